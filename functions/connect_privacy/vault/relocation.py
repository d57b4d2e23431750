"""Move each Contact Lens original into the vault exactly once: copy, verify, delete.

The state in S3 is the only memory, so any number of retries, duplicates and
reorderings converge:

1. HeadObject the source version. Gone: the object was moved before (or never
   existed); the vault copy decides which (``_already_relocated``).
2. CopyObject (or UploadPartCopy above the multipart threshold) under the same key,
   SSE-KMS with the vault key named explicitly, metadata naming the source bucket,
   key, version, size, checksum and the time of the move, ``If-None-Match: *`` so an
   existing vault object is never overwritten, and ``x-amz-copy-source-if-match`` so
   only the version headed is copied.
3. HeadObject the vault object and verify it: it names this source, its size matches
   and S3's full-object checksum in the same algorithm equals the source's; it is
   encrypted with the vault key.
4. Only then DeleteObject the exact source ``VersionId`` (versioned bucket: no
   recoverable version or delete marker left) or, unversioned, with ``If-Match`` on the
   ETag headed, so a newer object under the same key is never deleted unverified.

Four S3 requests per object on the common path. Outcomes are counted; the three
inconsistent states raise errors whose metrics alarm (``ALARM_METRICS``): the
invocation fails, Lambda retries, and the on-failure destination keeps the event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from urllib.parse import quote

from connect_privacy.telemetry import Counter
from connect_privacy.vault.checksums import Checksum, StreamingCrc32, copy_algorithm
from connect_privacy.vault.events import ObjectRef
from connect_privacy.vault.keys import KeyLayout, ObjectKind, key_digest, redacted_location
from connect_privacy.vault.store import (
    CopyRequest,
    ObjectHead,
    ObjectStore,
    PreconditionFailed,
    SourceGone,
)

logger = logging.getLogger(__name__)

# User metadata on every vault object (x-amz-meta-*). S3 metadata is ASCII: the key is
# percent-encoded, and its digest is what verification compares.
META_BUCKET = "vault-source-bucket"
META_KEY = "vault-source-key"
META_KEY_SHA256 = "vault-source-key-sha256"
META_VERSION = "vault-source-version-id"
META_SIZE = "vault-source-size"
META_CHECKSUM = "vault-source-checksum"
META_MOVED_AT = "vault-moved-at"
NO_VERSION = "none"
# S3 allows 2 KB of user metadata; a longer encoded key is recorded by its digest only.
_MAX_ENCODED_KEY = 1024

GIB = 1024**3
MIB = 1024**2
# CopyObject's limit; larger objects need UploadPartCopy.
COPY_OBJECT_LIMIT = 5 * GIB
MIN_PART_SIZE = 5 * MIB
MAX_PARTS = 10_000

METRIC_STREAMED = "VerifiedByStreaming"
METRIC_FAILED = "RelocationFailed"


class Outcome(StrEnum):
    RELOCATED = "Relocated"
    ALREADY_RELOCATED = "AlreadyRelocated"
    IGNORED = "Ignored"
    RECORDING_DEFERRED = "RecordingDeferred"


class RelocationError(Exception):
    """A state the relocation must not resolve on its own. Messages name no key or content."""

    metric = METRIC_FAILED


class VerificationFailed(RelocationError):
    metric = "VerificationFailed"


class DestinationConflict(RelocationError):
    metric = "DestinationConflict"


class OriginalMissing(RelocationError):
    metric = "OriginalMissing"


class SourceChanged(RelocationError):
    """The source changed between HeadObject and the copy; a retry starts over."""

    metric = "SourceChanged"


ALARM_METRICS = (VerificationFailed.metric, DestinationConflict.metric, OriginalMissing.metric)


@dataclass(frozen=True)
class VaultSettings:
    source_bucket: str
    vault_bucket: str
    kms_key_id: str
    layout: KeyLayout = field(default_factory=KeyLayout)
    multipart_threshold: int = COPY_OBJECT_LIMIT
    part_size: int = 512 * MIB
    recordings_enabled: bool = False


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    ref: ObjectRef


class Relocator:
    def __init__(
        self,
        store: ObjectStore,
        settings: VaultSettings,
        *,
        counter: Counter,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._settings = settings
        self._counter = counter
        self._clock = clock

    def handle(self, ref: ObjectRef) -> list[Result]:
        """Everything one event object leads to: one result per object, each audited.

        A redacted Voice analysis can move the contact's original recordings (when
        recordings are enabled), so one event may yield several results. Errors are
        counted, audited and re-raised.
        """
        settings = self._settings
        kind = settings.layout.classify(ref.key)
        if ref.bucket != settings.source_bucket:
            return [self._done(ref, Outcome.IGNORED, reason="not_the_source_bucket")]
        if kind is ObjectKind.ORIGINAL_ANALYSIS:
            return [self._relocate(ref)]
        if kind is ObjectKind.CALL_RECORDING and settings.recordings_enabled:
            return [self._recording_created(ref)]
        if kind is ObjectKind.REDACTED_ANALYSIS and settings.recordings_enabled:
            return self._analysis_redacted(ref)
        return [self._done(ref, Outcome.IGNORED, reason=kind.value)]

    # --- recordings: moved only once Contact Lens has finished with them ---------------

    def _recording_created(self, ref: ObjectRef) -> Result:
        contact = self._settings.layout.recording_contact(ref.key)
        if contact is None:
            return self._done(ref, Outcome.IGNORED, reason="unrecognised_recording_key")
        prefixes = self._settings.layout.redacted_analysis_prefixes(*contact)
        if any(self._store.keys_with_prefix(ref.bucket, p, limit=1) for p in prefixes):
            return self._relocate(ref)
        # The redacted analysis event moves it later (``_analysis_redacted``).
        return self._done(ref, Outcome.RECORDING_DEFERRED)

    def _analysis_redacted(self, ref: ObjectRef) -> list[Result]:
        contact = self._settings.layout.analysis_contact(ref.key)
        recordings = []
        if contact is not None and "_analysis_redacted_" in ref.key:
            for prefix in self._settings.layout.recording_prefixes(*contact):
                recordings.extend(self._store.keys_with_prefix(ref.bucket, prefix))
        if not recordings:
            return [self._done(ref, Outcome.IGNORED, reason="no_recording_to_move")]
        return [self._relocate(ObjectRef(ref.bucket, key)) for key in sorted(set(recordings))]

    # --- one object ----------------------------------------------------------------

    def _relocate(self, ref: ObjectRef) -> Result:
        try:
            source = self._store.head(ref.bucket, ref.key, ref.version_id)
            if source is None:
                outcome = self._already_relocated(ref)
            else:
                outcome = self._move(source)
                ref = ObjectRef(ref.bucket, ref.key, source.version_id)
        except Exception as error:
            metric = error.metric if isinstance(error, RelocationError) else METRIC_FAILED
            self._counter.count(metric)
            self._audit(ref, metric, error=type(error).__name__)
            raise
        return self._done(ref, outcome)

    def _move(self, source: ObjectHead) -> Outcome:
        settings = self._settings
        multipart = source.size > settings.multipart_threshold
        expected = source.checksum()
        algorithm = copy_algorithm(expected, multipart=multipart)
        if algorithm is None or expected is None:
            # No full-object checksum S3 can reproduce on the copy: compute CRC32 here.
            self._counter.count(METRIC_STREAMED)
            expected = StreamingCrc32.of(self._store.stream(source))
            algorithm = expected.algorithm
        request = CopyRequest(
            source=source,
            bucket=settings.vault_bucket,
            key=source.key,
            metadata=self._metadata(source, expected),
            kms_key_id=settings.kms_key_id,
            checksum_algorithm=algorithm,
        )
        try:
            if multipart:
                self._store.multipart_copy(request, _part_size(source.size, settings.part_size))
            else:
                self._store.copy(request)
        except PreconditionFailed:
            # The vault holds the key already (an earlier attempt, or a conflict) or the
            # source changed since HeadObject: verification below tells which.
            pass
        except SourceGone:
            return self._already_relocated(ObjectRef(source.bucket, source.key, source.version_id))
        copy = self._store.head(settings.vault_bucket, source.key)
        if copy is None:
            raise SourceChanged("the source changed between HeadObject and CopyObject")
        self._verify(copy, source, expected)
        self._store.delete(
            source.bucket, source.key, version_id=_real_version(source.version_id), etag=source.etag
        )
        return Outcome.RELOCATED

    def _already_relocated(self, ref: ObjectRef) -> Outcome:
        """The source is gone: success only if the vault holds a verified copy of it."""
        copy = self._store.head(self._settings.vault_bucket, ref.key)
        if copy is None:
            raise OriginalMissing("neither the source nor a vault copy exists")
        if not _names(copy, ref.bucket, ref.key, ref.version_id):
            raise DestinationConflict("the vault object under this key names another source")
        recorded = Checksum.from_metadata(copy.metadata.get(META_CHECKSUM, ""))
        actual = copy.checksum(recorded.algorithm) if recorded else None
        if recorded is None or actual is None or actual.value != recorded.value:
            raise VerificationFailed("the vault copy does not match its recorded checksum")
        if copy.metadata.get(META_SIZE) != str(copy.size):
            raise VerificationFailed("the vault copy does not match its recorded size")
        return Outcome.ALREADY_RELOCATED

    def _verify(self, copy: ObjectHead, source: ObjectHead, expected: Checksum) -> None:
        if not _names(copy, source.bucket, source.key, source.version_id):
            raise DestinationConflict("the vault object under this key names another source")
        actual = copy.checksum(expected.algorithm)
        recorded = Checksum.from_metadata(copy.metadata.get(META_CHECKSUM, ""))
        if (
            copy.size != source.size
            or actual is None
            or not actual.full_object
            or actual.value != expected.value
            or recorded != Checksum(expected.algorithm, expected.value)
        ):
            raise VerificationFailed("the vault copy differs from the source")
        if copy.server_side_encryption != "aws:kms" or not _same_key(
            copy.kms_key_id, self._settings.kms_key_id
        ):
            raise VerificationFailed("the vault copy is not encrypted with the vault key")

    def _metadata(self, source: ObjectHead, checksum: Checksum) -> dict[str, str]:
        metadata = {
            META_BUCKET: source.bucket,
            META_KEY_SHA256: key_digest(source.key),
            META_VERSION: source.version_id or NO_VERSION,
            META_SIZE: str(source.size),
            META_CHECKSUM: checksum.as_metadata(),
            META_MOVED_AT: self._clock().astimezone(UTC).isoformat(timespec="seconds"),
        }
        encoded = quote(source.key, safe="/")
        if len(encoded) <= _MAX_ENCODED_KEY:
            metadata[META_KEY] = encoded
        return metadata

    # --- counting and the audit trail ----------------------------------------------------

    def _done(self, ref: ObjectRef, outcome: Outcome, *, reason: str = "") -> Result:
        self._counter.count(outcome.value)
        self._audit(ref, outcome.value, reason=reason)
        return Result(outcome, ref)

    def _audit(self, ref: ObjectRef, outcome: str, **extra: str) -> None:
        """One line per object: where it was and what happened, never what it holds."""
        fields = {
            "bucket": ref.bucket,
            **redacted_location(ref.key),
            "version_id": ref.version_id or NO_VERSION,
            "outcome": outcome,
            **{k: v for k, v in extra.items() if v},
        }
        log = logger.info if outcome in {o.value for o in Outcome} else logger.error
        log("vault relocation", extra={"audit": fields})


def _names(copy: ObjectHead, bucket: str, key: str, version_id: str | None) -> bool:
    """Whether the vault object's metadata names this source object (and version)."""
    metadata = copy.metadata
    if metadata.get(META_BUCKET) != bucket or metadata.get(META_KEY_SHA256) != key_digest(key):
        return False
    return version_id is None or metadata.get(META_VERSION) == version_id


def _same_key(reported: str | None, configured: str) -> bool:
    """S3 reports the key ARN; the setting may be the ARN or the bare key id."""
    if not reported:
        return False
    return reported == configured or reported.endswith(f"/{configured}")


def _real_version(version_id: str | None) -> str | None:
    # An unversioned bucket reports no version; a suspended one reports "null", which
    # DeleteObject accepts as the version id of the null version.
    return version_id or None


def _part_size(size: int, configured: int) -> int:
    """The configured part size, grown when the object would need more than 10,000 parts."""
    needed = -(-size // MAX_PARTS)
    return max(configured, needed, MIN_PART_SIZE)
