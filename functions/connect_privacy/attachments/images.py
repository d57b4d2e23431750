"""Pillow work on a customer image: decode upright, cover boxes, re-encode without metadata.

Pillow does not apply EXIF orientation on open; ``ImageOps.exif_transpose`` does and drops
the tag (pillow.readthedocs.io, ImageOps). The upright bitmap is what the detector sees and
what gets painted, so the detector's ratios land on the pixels they describe. Encoding
passes no ``exif``/``pnginfo``, so EXIF (GPS included), XMP and text chunks are all dropped.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from connect_privacy.attachments.detected_text import Box

# A 12-megapixel photo is 4000 x 3000; far above that is a decompression bomb, not a photo.
MAX_PIXELS = 50_000_000
COVER_COLOUR = (0, 0, 0)
# Rekognition's input limits: image bytes up to 5 MB, at least 80 pixels a side.
DETECTION_MAX_BYTES = 5 * 1024 * 1024
DETECTION_MIN_SIDE = 80
DETECTION_MAX_SIDE = 4096
PNG_DETECTION_MAX_PIXELS = 4_000_000
# Glyph edges anti-aliased just outside a tight box must not stay legible.
PAD_RATIO_OF_HEIGHT = 0.15


class UnreadableImage(Exception):
    """Pillow could not decode the bytes as one of the accepted image formats."""


def open_upright(data: bytes) -> Image.Image:
    """The image decoded, rotated as its EXIF says, in a mode that can be painted opaque."""
    try:
        with Image.open(io.BytesIO(data)) as source:
            width, height = source.size
            if width * height > MAX_PIXELS:
                raise UnreadableImage("image too large to decode")
            source.seek(0)  # an animation's first frame
            image = ImageOps.exif_transpose(source)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise UnreadableImage("not a decodable image") from None
    if image.mode not in {"RGB", "RGBA", "L"}:
        image = image.convert("RGBA" if "A" in image.mode or "transparency" in image.info
                              else "RGB")  # fmt: skip
    return image


def pixel_rect(box: Box, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The pixels a box covers, padded and clamped: (x0, y0, x1, y1), x1/y1 exclusive."""
    width, height = size
    pad = box.height * PAD_RATIO_OF_HEIGHT
    x0 = math.floor((box.left - pad * height / max(width, 1)) * width)
    y0 = math.floor((box.top - pad) * height)
    x1 = math.ceil((box.left + box.width + pad * height / max(width, 1)) * width)
    y1 = math.ceil((box.top + box.height + pad) * height)
    return max(0, x0), max(0, y0), min(width, x1), min(height, y1)


def cover(image: Image.Image, boxes: Iterable[Box]) -> int:
    """Paint every box opaque, in place; the number of boxes that covered any pixel."""
    draw = ImageDraw.Draw(image)
    fill: int | tuple[int, ...] = COVER_COLOUR if image.mode != "L" else 0
    if image.mode == "RGBA":
        fill = (*COVER_COLOUR, 255)
    covered = 0
    for box in boxes:
        x0, y0, x1, y1 = pixel_rect(box, image.size)
        if x1 > x0 and y1 > y0:
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=fill)
            covered += 1
    return covered


def encode(image: Image.Image, image_format: str) -> bytes:
    """JPEG (quality 90) or PNG, with no metadata carried over."""
    out = io.BytesIO()
    if image_format == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=90)
    else:
        # Level 3: most of level 6's size at a fraction of its time on a 12 MP photo.
        image.save(out, "PNG", compress_level=3)
    return out.getvalue()


def detection_copy(image: Image.Image) -> bytes:
    """The image as the detector should get it: within its byte and size limits.

    Boxes come back as ratios, so a scaled copy gives the same boxes for the full image.
    Small images (screenshots) go as PNG, which keeps thin text sharp; photos as JPEG,
    which is smaller and much faster to encode.
    """
    copy = image
    longest = max(image.size)
    if longest > DETECTION_MAX_SIDE:
        scale = DETECTION_MAX_SIDE / longest
        copy = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.BILINEAR,
        )
    if min(copy.size) < DETECTION_MIN_SIDE:
        scale = DETECTION_MIN_SIDE / min(copy.size)
        copy = copy.resize((math.ceil(copy.width * scale), math.ceil(copy.height * scale)))
    if copy.width * copy.height <= PNG_DETECTION_MAX_PIXELS:
        data = encode(copy, "PNG")
        if len(data) <= DETECTION_MAX_BYTES:
            return data
    quality = 90
    while True:
        out = io.BytesIO()
        copy.convert("RGB").save(out, "JPEG", quality=quality)
        if out.tell() <= DETECTION_MAX_BYTES:
            return out.getvalue()
        if quality > 60:
            quality -= 15
        else:  # still too large: fewer pixels (the ratios stay the same)
            copy = copy.resize((max(1, copy.width * 3 // 4), max(1, copy.height * 3 // 4)))
