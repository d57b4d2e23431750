"""What a file is, read from its first bytes: never from its name, URL or declared type.

Connect chat takes 18 extensions and 20 MB per file ("Amazon Connect feature
specifications", a hard limit: .csv .doc .docx .heic .jfif .jpeg .jpg .mov .mp4 .pdf .png
.ppt .pptx .rtf .txt .wav .xls .xlsx; no gif, webp, mp3, ogg). Messenger takes uploads up
to 25 MB, images up to 8 MB (developers.facebook.com, messenger-platform "saving assets").
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from enum import StrEnum

CONNECT_MAX_BYTES = 20 * 1024 * 1024
MESSENGER_MAX_BYTES = 25 * 1024 * 1024
MESSENGER_MAX_IMAGE_BYTES = 8 * 1024 * 1024


class MediaKind(StrEnum):
    """Messenger's attachment types, which are also the placeholder words agents see."""

    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    FILE = "file"


@dataclass(frozen=True)
class FileType:
    mime: str
    extension: str
    kind: MediaKind
    connect_chat: bool  # on Connect's chat attachment list


JPEG = FileType("image/jpeg", "jpg", MediaKind.IMAGE, True)
PNG = FileType("image/png", "png", MediaKind.IMAGE, True)
GIF = FileType("image/gif", "gif", MediaKind.IMAGE, False)
WEBP = FileType("image/webp", "webp", MediaKind.IMAGE, False)
HEIC = FileType("image/heic", "heic", MediaKind.IMAGE, True)
PDF = FileType("application/pdf", "pdf", MediaKind.FILE, True)
MP4 = FileType("video/mp4", "mp4", MediaKind.VIDEO, True)
MOV = FileType("video/quicktime", "mov", MediaKind.VIDEO, True)
WAV = FileType("audio/wav", "wav", MediaKind.AUDIO, True)
MP3 = FileType("audio/mpeg", "mp3", MediaKind.AUDIO, False)
OGG = FileType("audio/ogg", "ogg", MediaKind.AUDIO, False)
RTF = FileType("application/rtf", "rtf", MediaKind.FILE, True)
DOCX = FileType(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "docx", MediaKind.FILE, True,
)  # fmt: skip
XLSX = FileType(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsx", MediaKind.FILE, True,
)  # fmt: skip
PPTX = FileType(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pptx", MediaKind.FILE, True,
)  # fmt: skip
TEXT = FileType("text/plain", "txt", MediaKind.FILE, True)
DOC = FileType("application/msword", "doc", MediaKind.FILE, True)
XLS = FileType("application/vnd.ms-excel", "xls", MediaKind.FILE, True)
PPT = FileType("application/vnd.ms-powerpoint", "ppt", MediaKind.FILE, True)
CSV = FileType("text/csv", "csv", MediaKind.FILE, True)
# Legacy Office files share one container signature; only the declared type tells them apart.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_TYPES = {t.mime: t for t in (DOC, XLS, PPT)}

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"mif1", b"msf1"})
_OOXML_PARTS = (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX))
_TEXT_PROBE_BYTES = 4096


def sniff(data: bytes, declared: str = "") -> FileType | None:
    """The file's type from its magic bytes; None when it is none of the known ones.

    ``declared`` (a sender's MIME type) only picks among types the bytes cannot tell apart:
    the three legacy Office formats, and CSV among plain text.
    """
    head = data[:16]
    if head.startswith(_OLE_MAGIC):
        return _OLE_TYPES.get(declared.lower())
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return WAV
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"OggS"):
        return OGG
    if head.startswith(b"ID3") or head[:2] in {b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"}:
        return MP3
    if head.startswith(b"{\\rtf"):
        return RTF
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return HEIC
        return MOV if brand == b"qt  " else MP4
    if head.startswith(b"PK\x03\x04"):
        return _office_type(data)
    text = _plain_text(data)
    return CSV if text and declared.lower() == CSV.mime else text


def _office_type(data: bytes) -> FileType | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError):
        return None
    for prefix, file_type in _OOXML_PARTS:
        if any(name.startswith(prefix) for name in names):
            return file_type
    return None


def _plain_text(data: bytes) -> FileType | None:
    probe = data[:_TEXT_PROBE_BYTES]
    if not probe or b"\x00" in probe:
        return None
    try:
        # A multi-byte character cut at the probe's end is still text.
        probe.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(probe) - 3:
            return None
    return TEXT


def messenger_kind(file_type: FileType, size: int) -> MediaKind | None:
    """How Meta should get this file, or None when it is over Meta's limits."""
    if size > MESSENGER_MAX_BYTES:
        return None
    if file_type.kind is MediaKind.IMAGE and (
        size > MESSENGER_MAX_IMAGE_BYTES or file_type not in {JPEG, PNG, GIF}
    ):
        return MediaKind.FILE  # a HEIC or a large photo still arrives, as a file
    return file_type.kind
