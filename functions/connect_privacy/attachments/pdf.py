"""A one-page PDF rendered to a bitmap, so it can be screened and covered like a photo.

Textract's synchronous call reads one PDF page (limits-document.html); a PDF is never
forwarded as a PDF under ``screen``: its text layer, annotations and metadata could hold
what the bitmap hides. The covered bitmap is uploaded as a PNG instead.
"""

from __future__ import annotations

from PIL import Image

MAX_PAGES = 1
RENDER_DPI = 150
MAX_SIDE = 4000  # Textract accepts up to 10000 px a side; 4000 keeps memory small


class UnreadablePdf(Exception):
    """Damaged, encrypted or otherwise not renderable."""


class TooManyPages(Exception):
    """More pages than one synchronous detection call reads."""


def render_single_page(data: bytes) -> Image.Image:
    # Imported on the first PDF, not at cold start: loading libpdfium takes ~0.3 s.
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise UnreadablePdf("the PDF could not be opened") from None
    try:
        if len(document) > MAX_PAGES:
            raise TooManyPages(f"{len(document)} pages")
        if len(document) == 0:
            raise UnreadablePdf("the PDF has no pages")
        page = document[0]
        width, height = page.get_size()  # points (1/72 inch)
        scale = min(RENDER_DPI / 72, MAX_SIDE / max(width, height, 1))
        image: Image.Image = page.render(scale=scale).to_pil()
        return image.convert("RGB")
    except pypdfium2.PdfiumError:
        raise UnreadablePdf("the PDF page could not be rendered") from None
    finally:
        document.close()
