"""Screening one customer file: read its text, redact that text, cover what was redacted.

The redactor is the very one messages go through, run once on all the text the detector
read (lines in reading order, one per row), so context-dependent detectors see what they
would see in a message. Each word keeps its character range; every word overlapping an
entity is covered with the detector's own box for that word, and a line the detector gave
no words for is covered whole. Nothing is inferred from position.

Fail closed: a file that cannot be decoded, rendered or read, or whose text the redactor
refuses (``RedactionBlocked`` under the ``block`` failure policy), raises
:class:`ScreeningRefused` and is withheld. There is no offline text detector, so a failed
detection call withholds under either failure policy; a Comprehend failure on the detected
text follows the policy (``patterns_only`` covers what the offline detectors found).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from PIL import Image

from connect_privacy.attachments import images, pdf
from connect_privacy.attachments.detected_text import (
    Box,
    DetectedText,
    DetectionFailed,
    TextDetector,
)
from connect_privacy.attachments.file_types import (
    CONNECT_MAX_BYTES,
    GIF,
    JPEG,
    PDF,
    PNG,
    WEBP,
    FileType,
)
from connect_privacy.redaction import RedactionBlocked, RedactionResult

# Images Pillow decodes and this module re-encodes as JPEG or PNG for the chat.
SCREENABLE_IMAGES = frozenset({JPEG, PNG, GIF, WEBP})
SCREENABLE_TYPES = SCREENABLE_IMAGES | {PDF}


class TextRedactor(Protocol):
    def redact(self, text: str) -> RedactionResult: ...


class WithheldReason(StrEnum):
    """Why a file did not reach the agent; also the metric suffix (``AttachmentsWithheld...``)."""

    UNSUPPORTED_TYPE = "UnsupportedType"
    UNREADABLE = "Unreadable"
    TOO_MANY_PAGES = "TooManyPages"
    DETECTION_FAILED = "DetectionFailed"
    REDACTION_BLOCKED = "RedactionBlocked"
    TOO_LARGE = "TooLarge"
    DOWNLOAD_FAILED = "DownloadFailed"
    TOO_MANY_FILES = "TooManyFiles"


class ScreeningRefused(Exception):
    def __init__(self, reason: WithheldReason) -> None:
        self.reason = reason
        super().__init__(f"file withheld: {reason.value}")


@dataclass(frozen=True)
class ScreenedFile:
    data: bytes = field(repr=False)
    file_type: FileType
    regions_covered: int
    words_read: int
    degraded: bool


def boxes_to_cover(detected: DetectedText, redactor: TextRedactor) -> tuple[list[Box], bool]:
    """The detector's boxes holding an entity, and whether redaction ran degraded."""
    units: list[tuple[int, int, Box]] = []
    rows: list[str] = []
    offset = 0
    for line in detected.lines:
        if line.words:
            pieces: list[str] = []
            for word in line.words:
                start = offset + sum(len(p) + 1 for p in pieces)
                units.append((start, start + len(word.text), word.box))
                pieces.append(word.text)
            row = " ".join(pieces)
        else:
            row = line.text
            units.append((offset, offset + len(row), line.box))
        rows.append(row)
        offset += len(row) + 1
    if not rows:
        return [], False
    result = redactor.redact("\n".join(rows))
    spans = [(span.begin, span.end) for span in result.entities]
    boxes = [box for start, end, box in units if any(start < e and s < end for s, e in spans)]
    return boxes, result.degraded


class Screener:
    """``photos`` reads images (Rekognition); ``documents`` reads PDFs and any image on
    which ``photos`` may have stopped early (Textract)."""

    def __init__(
        self, *, photos: TextDetector, documents: TextDetector, redactor: TextRedactor
    ) -> None:
        self._photos = photos
        self._documents = documents
        self._redactor = redactor

    def screen(self, data: bytes, file_type: FileType) -> ScreenedFile:
        if file_type == PDF:
            image = self._render(data)
            return self._screen_image(image, PNG, use_documents=True)
        if file_type in SCREENABLE_IMAGES:
            try:
                image = images.open_upright(data)
            except images.UnreadableImage:
                raise ScreeningRefused(WithheldReason.UNREADABLE) from None
            return self._screen_image(image, JPEG if file_type == JPEG else PNG,
                                      use_documents=False)  # fmt: skip
        raise ScreeningRefused(WithheldReason.UNSUPPORTED_TYPE)

    @staticmethod
    def _render(data: bytes) -> Image.Image:
        try:
            return pdf.render_single_page(data)
        except pdf.TooManyPages:
            raise ScreeningRefused(WithheldReason.TOO_MANY_PAGES) from None
        except pdf.UnreadablePdf:
            raise ScreeningRefused(WithheldReason.UNREADABLE) from None

    def _screen_image(
        self, image: Image.Image, out_type: FileType, *, use_documents: bool
    ) -> ScreenedFile:
        probe = images.detection_copy(image)
        try:
            detected = (self._documents if use_documents else self._photos).detect(probe)
            if not detected.complete:
                # Rekognition stops at 100 words; Textract reads the whole page.
                detected = self._documents.detect(probe)
        except DetectionFailed:
            raise ScreeningRefused(WithheldReason.DETECTION_FAILED) from None
        try:
            boxes, degraded = boxes_to_cover(detected, self._redactor)
        except RedactionBlocked:
            raise ScreeningRefused(WithheldReason.REDACTION_BLOCKED) from None
        covered = images.cover(image, boxes)
        data = images.encode(image, "JPEG" if out_type == JPEG else "PNG")
        if len(data) > CONNECT_MAX_BYTES and out_type != JPEG:
            out_type, data = JPEG, images.encode(image, "JPEG")
        if len(data) > CONNECT_MAX_BYTES:
            raise ScreeningRefused(WithheldReason.TOO_LARGE)
        words = sum(max(1, len(line.words)) for line in detected.lines)
        return ScreenedFile(data, out_type, covered, words, degraded)
