"""Text a detector read in an image, with the detector's own geometry, and the two adapters.

Both services give boxes as ratios of the image's width and height, origin top-left, and
either may return values below 0 or above 1 (clamped when painted). Rekognition
``DetectText``: PNG or JPEG, image bytes up to 5 MB, at least 80 px a side, and "up to 100
words in an image" (docs.aws.amazon.com/rekognition DetectText): when it returns 100 words
the image may hold more, so the result is marked incomplete and the caller asks Textract.
Textract ``DetectDocumentText``: JPEG, PNG, PDF or TIFF, 10 MB, PDFs one page
(docs.aws.amazon.com/textract/latest/dg/limits-document.html), ``PAGE -> LINE -> WORD``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from botocore.exceptions import BotoCoreError, ClientError

from connect_privacy.aws_errors import error_code

logger = logging.getLogger(__name__)

REKOGNITION_WORD_CAP = 100
# Rekognition's default word filter drops words below 80 % confidence; a half-read card
# number must still be covered, so every candidate word is kept.
MIN_WORD_CONFIDENCE = 0.0


@dataclass(frozen=True)
class Box:
    """A detector's bounding box, as ratios of the image size."""

    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class Word:
    text: str = field(repr=False)
    box: Box


@dataclass(frozen=True)
class Line:
    """A line and its words; a line whose words were not returned is covered whole."""

    text: str = field(repr=False)
    box: Box
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class DetectedText:
    lines: tuple[Line, ...]
    complete: bool = True  # False: the detector may have stopped before the last word


class DetectionFailed(Exception):
    """The detector could not read the image; carries the AWS error code only."""


class TextDetector(Protocol):
    def detect(self, image: bytes) -> DetectedText:
        """What the service read; raises DetectionFailed."""
        ...


def _box(geometry: Any) -> Box | None:
    raw = geometry.get("BoundingBox") if isinstance(geometry, Mapping) else None
    if not isinstance(raw, Mapping):
        return None
    try:
        return Box(float(raw["Left"]), float(raw["Top"]), float(raw["Width"]), float(raw["Height"]))
    except (KeyError, TypeError, ValueError):
        return None


def _call(operation: str, call: Callable[[], Any]) -> Any:
    try:
        return call()
    except ClientError as error:
        code = error_code(error, "Unknown")
        logger.warning("text detection failed", extra={"operation": operation, "error_code": code})
        raise DetectionFailed(f"{operation} failed ({code})") from None
    except BotoCoreError as error:
        logger.warning(
            "text detection failed", extra={"operation": operation, "error": type(error).__name__}
        )
        raise DetectionFailed(f"{operation} failed ({type(error).__name__})") from None


class RekognitionText:
    """Photos: ``DetectText`` on the image bytes."""

    def __init__(self, client: Callable[[], Any]) -> None:
        # Any: no type stubs for rekognition/textract are locked; the Stubber tests check
        # the parameters against botocore's model instead.
        self._client = client

    def detect(self, image: bytes) -> DetectedText:
        response = _call(
            "DetectText",
            lambda: self._client().detect_text(
                Image={"Bytes": image},
                Filters={"WordFilter": {"MinConfidence": MIN_WORD_CONFIDENCE}},
            ),
        )
        return rekognition_lines(response.get("TextDetections", []))


def rekognition_lines(detections: Sequence[Mapping[str, Any]]) -> DetectedText:
    lines: dict[int, tuple[str, Box]] = {}
    words: dict[int, list[Word]] = {}
    word_count = 0
    for item in detections:
        box = _box(item.get("Geometry"))
        text = item.get("DetectedText")
        if box is None or not isinstance(text, str):
            continue
        if item.get("Type") == "LINE" and isinstance(item.get("Id"), int):
            lines[item["Id"]] = (text, box)
        elif item.get("Type") == "WORD":
            word_count += 1
            parent = item.get("ParentId")
            if isinstance(parent, int):
                words.setdefault(parent, []).append(Word(text, box))
    parsed = [Line(text, box, tuple(words.get(line_id, ()))) for line_id, (text, box) in
              sorted(lines.items())]  # fmt: skip
    # Words whose line is missing are still covered when they hold an entity.
    orphans = [w for parent, ws in words.items() if parent not in lines for w in ws]
    parsed.extend(Line(w.text, w.box, (w,)) for w in orphans)
    return DetectedText(tuple(parsed), complete=word_count < REKOGNITION_WORD_CAP)


class TextractText:
    """Documents and text-heavy images: ``DetectDocumentText`` on PNG or JPEG bytes."""

    def __init__(self, client: Callable[[], Any]) -> None:
        self._client = client

    def detect(self, image: bytes) -> DetectedText:
        response = _call(
            "DetectDocumentText",
            lambda: self._client().detect_document_text(Document={"Bytes": image}),
        )
        return textract_lines(response.get("Blocks", []))


def textract_lines(blocks: Sequence[Mapping[str, Any]]) -> DetectedText:
    by_id = {b["Id"]: b for b in blocks if isinstance(b.get("Id"), str)}
    lines: list[Line] = []
    for block in blocks:
        if block.get("BlockType") != "LINE":
            continue
        box = _box(block.get("Geometry"))
        if box is None:
            continue
        children = [
            by_id[child]
            for relation in block.get("Relationships") or []
            if relation.get("Type") == "CHILD"
            for child in relation.get("Ids") or []
            if child in by_id
        ]
        words = tuple(
            Word(str(child.get("Text", "")), child_box)
            for child in children
            if child.get("BlockType") == "WORD" and (child_box := _box(child.get("Geometry")))
        )
        lines.append(Line(str(block.get("Text", "")), box, words))
    return DetectedText(tuple(lines))
