"""Files for the attachment tests: a real HTTP server on 127.0.0.1 and generated images.

``FileServer`` serves scripted files (any bytes under any Content-Type, redirects, huge
bodies streamed without a length) and records PUTs, so it stands in for Meta's CDN,
Connect's pre-signed GetAttachment URLs and the S3 upload URL at once.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from PIL import Image, ImageDraw, ImageFont

CARD = "4111 1111 1111 1111"


@dataclass
class Served:
    body: bytes
    content_type: str = "application/octet-stream"
    status: int = 200
    location: str | None = None
    send_length: bool = True


@dataclass
class FileServer:
    base_url: str = ""
    files: dict[str, Served] = field(default_factory=dict)
    puts: dict[str, tuple[dict[str, str], bytes]] = field(default_factory=dict)

    def serve(self, path: str, served: Served) -> str:
        self.files[path] = served
        return f"{self.base_url}{path}"


def _handler(server: FileServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            served = server.files.get(self.path)
            if served is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(served.status)
            self.send_header("Content-Type", served.content_type)
            if served.location:
                self.send_header("Location", served.location)
            if served.send_length:
                self.send_header("Content-Length", str(len(served.body)))
                self.end_headers()
                self.wfile.write(served.body)
            else:
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(served.body)
                self.close_connection = True

        def do_PUT(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            server.puts[self.path] = (dict(self.headers.items()), self.rfile.read(length))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            return None

    return Handler


@contextmanager
def running_file_server() -> Iterator[FileServer]:
    state = FileServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@dataclass(frozen=True)
class DrawnWord:
    text: str
    pixels: tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive)


def card_image(size: tuple[int, int] = (900, 240)) -> tuple[Image.Image, list[DrawnWord]]:
    """A noisy-background image with "Card" and a card number drawn word by word."""
    image = Image.new("RGB", size)
    image.putdata(
        [
            ((x * 7) % 256, (y * 5) % 256, (x + y) % 256)
            for y in range(size[1])
            for x in range(size[0])
        ]
    )
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    words: list[DrawnWord] = []
    x = 30
    for text in ["Card", *CARD.split()]:
        left, top, right, bottom = draw.textbbox((x, 90), text, font=font)
        draw.rectangle((left - 4, top - 4, right + 4, bottom + 4), fill=(255, 255, 255))
        draw.text((x, 90), text, font=font, fill=(10, 10, 10))
        words.append(DrawnWord(text, (left, top, right + 1, bottom + 1)))
        x = right + 30
    return image, words


def encoded(image: Image.Image, image_format: str = "PNG", **options: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def geometry(pixels: tuple[int, int, int, int], size: tuple[int, int]) -> dict[str, Any]:
    """A detector's Geometry for a pixel box: ratios, plus the four-corner polygon."""
    x0, y0, x1, y1 = pixels
    width, height = size
    box = {
        "Width": (x1 - x0) / width,
        "Height": (y1 - y0) / height,
        "Left": x0 / width,
        "Top": y0 / height,
    }
    polygon = [
        {"X": x0 / width, "Y": y0 / height},
        {"X": x1 / width, "Y": y0 / height},
        {"X": x1 / width, "Y": y1 / height},
        {"X": x0 / width, "Y": y1 / height},
    ]
    return {"BoundingBox": box, "Polygon": polygon}


def detect_text_response(words: list[DrawnWord], size: tuple[int, int]) -> dict[str, Any]:
    """Rekognition DetectText's answer: one LINE over all words, then each WORD."""
    x0 = min(w.pixels[0] for w in words)
    y0 = min(w.pixels[1] for w in words)
    x1 = max(w.pixels[2] for w in words)
    y1 = max(w.pixels[3] for w in words)
    detections: list[dict[str, Any]] = [
        {
            "DetectedText": " ".join(w.text for w in words),
            "Type": "LINE",
            "Id": 0,
            "Confidence": 99.0,
            "Geometry": geometry((x0, y0, x1, y1), size),
        }
    ]
    for index, word in enumerate(words):
        detections.append(
            {
                "DetectedText": word.text,
                "Type": "WORD",
                "Id": index + 1,
                "ParentId": 0,
                "Confidence": 98.0,
                "Geometry": geometry(word.pixels, size),
            }
        )
    return {"TextDetections": detections, "TextModelVersion": "3.0"}


def detect_document_response(words: list[DrawnWord], size: tuple[int, int]) -> dict[str, Any]:
    """Textract DetectDocumentText's answer: PAGE -> LINE -> WORD blocks."""
    x0 = min(w.pixels[0] for w in words)
    y0 = min(w.pixels[1] for w in words)
    x1 = max(w.pixels[2] for w in words)
    y1 = max(w.pixels[3] for w in words)
    word_ids = [f"word-{i}" for i in range(len(words))]
    blocks: list[dict[str, Any]] = [
        {
            "BlockType": "PAGE",
            "Id": "page-1",
            "Geometry": geometry((0, 0, size[0], size[1]), size),
            "Relationships": [{"Type": "CHILD", "Ids": ["line-1"]}],
        },
        {
            "BlockType": "LINE",
            "Id": "line-1",
            "Text": " ".join(w.text for w in words),
            "Confidence": 99.0,
            "Geometry": geometry((x0, y0, x1, y1), size),
            "Relationships": [{"Type": "CHILD", "Ids": word_ids}],
        },
    ]
    for word_id, word in zip(word_ids, words, strict=True):
        blocks.append(
            {
                "BlockType": "WORD",
                "Id": word_id,
                "Text": word.text,
                "Confidence": 98.0,
                "TextType": "PRINTED",
                "Geometry": geometry(word.pixels, size),
            }
        )
    return {"DocumentMetadata": {"Pages": 1}, "Blocks": blocks}
