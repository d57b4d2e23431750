"""Full-object checksums: how a copy is proven equal to its source without reading it.

S3 computes checksums server-side. HeadObject with ``ChecksumMode=ENABLED`` returns the
object's checksum and its type: ``FULL_OBJECT`` (over all bytes: single-part objects,
and multipart uploads created with a full-object CRC) or ``COMPOSITE`` (a checksum of
the part checksums, suffixed ``-<parts>``). Since 2025 S3 gives every new object a
CRC64NVME full-object checksum when the writer sent none.

A copy is verified by asking S3 for the *same algorithm* on the destination and
comparing the two values; the ETag is no proof (it is not an MD5 under SSE-KMS or
multipart). Which algorithm a copy can use depends on the source:

- single CopyObject: any full-object algorithm of the source (CRC64NVME, CRC32,
  CRC32C, SHA1, SHA256);
- multipart UploadPartCopy: only CRCs, the algorithms S3 can combine into a
  full-object checksum across parts (CRC64NVME, CRC32, CRC32C).

A source with no checksum, or only a composite one, cannot be compared server-side;
the relocation then computes CRC32 of the source by streaming it (``StreamingCrc32``)
and has S3 compute CRC32 of the copy. That path moves bytes through the function and
is counted (``VerifiedByStreaming``).
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

SINGLE_COPY_ALGORITHMS = ("CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1")
MULTIPART_ALGORITHMS = ("CRC64NVME", "CRC32", "CRC32C")
FULL_OBJECT = "FULL_OBJECT"
COMPOSITE = "COMPOSITE"


@dataclass(frozen=True)
class Checksum:
    """``algorithm`` as S3 names it (``CRC64NVME``), ``value`` base64 as S3 returns it."""

    algorithm: str
    value: str
    type: str = FULL_OBJECT

    @property
    def full_object(self) -> bool:
        return self.type == FULL_OBJECT and "-" not in self.value

    def as_metadata(self) -> str:
        return f"{self.algorithm}:{self.value}"

    @classmethod
    def from_metadata(cls, text: str) -> Checksum | None:
        algorithm, separator, value = text.partition(":")
        if not separator or algorithm not in SINGLE_COPY_ALGORITHMS or not value:
            return None
        return cls(algorithm, value)


def checksum_from_head(head: Mapping[str, Any], algorithm: str | None = None) -> Checksum | None:
    """The checksum a HeadObject (ChecksumMode=ENABLED) reported, optionally of one algorithm."""
    candidates = (algorithm,) if algorithm else SINGLE_COPY_ALGORITHMS
    # S3 reports no ChecksumType for some older objects; a "-N" suffix marks a composite one.
    kind = str(head.get("ChecksumType") or FULL_OBJECT)
    for name in candidates:
        value = head.get(f"Checksum{name}")
        if value:
            return Checksum(name, str(value), kind)
    return None


def copy_algorithm(source: Checksum | None, *, multipart: bool) -> str | None:
    """The algorithm to request on the copy, or None when only streaming can verify it."""
    if source is None or not source.full_object:
        return None
    allowed = MULTIPART_ALGORITHMS if multipart else SINGLE_COPY_ALGORITHMS
    return source.algorithm if source.algorithm in allowed else None


class StreamingCrc32:
    """CRC32 (IEEE, the one S3 calls ``CRC32``) of a stream of chunks, as S3 encodes it."""

    algorithm = "CRC32"

    def __init__(self) -> None:
        self._crc = 0

    def update(self, chunk: bytes) -> None:
        self._crc = zlib.crc32(chunk, self._crc)

    def digest(self) -> Checksum:
        value = base64.b64encode(self._crc.to_bytes(4, "big")).decode("ascii")
        return Checksum(self.algorithm, value)

    @classmethod
    def of(cls, chunks: Iterable[bytes]) -> Checksum:
        crc = cls()
        for chunk in chunks:
            crc.update(chunk)
        return crc.digest()
