"""The object storage the vault code needs, as a narrow interface.

Domain code (``relocation``, ``publishing``) depends on :class:`ObjectStore` only;
``s3_store.S3ObjectStore`` implements it over a boto3 S3 client, and tests can wrap
it to inject faults. Every method maps to one S3 request, except the multipart copy.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from connect_privacy.vault.checksums import Checksum


class PreconditionFailed(Exception):
    """A conditional request failed (HTTP 412): the destination exists or the source changed."""


class SourceGone(Exception):
    """The source object (or the version asked for) no longer exists."""


@dataclass(frozen=True)
class ObjectHead:
    """What HeadObject (with ChecksumMode=ENABLED) says about one object version."""

    bucket: str
    key: str
    size: int
    etag: str
    version_id: str | None = None
    content_type: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    checksums: tuple[Checksum, ...] = ()
    server_side_encryption: str | None = None
    kms_key_id: str | None = None

    def checksum(self, algorithm: str | None = None) -> Checksum | None:
        """The checksum in ``algorithm``, or the first one S3 reported."""
        for checksum in self.checksums:
            if algorithm is None or checksum.algorithm == algorithm:
                return checksum
        return None


@dataclass(frozen=True)
class CopyRequest:
    """A server-side copy into the vault: new metadata, the vault key, a checksum asked for."""

    source: ObjectHead
    bucket: str
    key: str
    metadata: Mapping[str, str]
    kms_key_id: str
    checksum_algorithm: str


class ObjectStore(Protocol):
    def head(self, bucket: str, key: str, version_id: str | None = None) -> ObjectHead | None:
        """The object (version), or None when it does not exist."""

    def copy(self, request: CopyRequest) -> None:
        """CopyObject; never overwrites (If-None-Match) and copies only the version headed.

        Raises PreconditionFailed (412) or SourceGone.
        """

    def multipart_copy(self, request: CopyRequest, part_size: int) -> None:
        """CreateMultipartUpload + UploadPartCopy per range + CompleteMultipartUpload.

        Same guarantees and errors as ``copy``; an unfinished upload is aborted.
        """

    def delete(self, bucket: str, key: str, *, version_id: str | None, etag: str) -> None:
        """Delete exactly that version (versioned bucket) or, unversioned, only if unchanged."""

    def stream(self, head: ObjectHead) -> Iterator[bytes]:
        """The bytes of exactly the version headed, in chunks."""

    def keys_with_prefix(self, bucket: str, prefix: str, limit: int = 1000) -> list[str]:
        """Keys starting with ``prefix`` (ListObjectsV2, one page)."""

    def read(self, bucket: str, key: str, version_id: str | None, max_bytes: int) -> bytes:
        """GetObject; raises ObjectTooLarge over ``max_bytes`` and SourceGone if missing."""

    def write(
        self,
        bucket: str,
        key: str,
        body: bytes,
        *,
        content_type: str,
        metadata: Mapping[str, str],
        kms_key_id: str | None,
    ) -> None:
        """PutObject (with an SDK-computed checksum)."""


class ObjectTooLarge(Exception):
    """The object is bigger than the function is configured to read into memory."""
