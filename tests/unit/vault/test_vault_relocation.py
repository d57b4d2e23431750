"""Copy, verify, delete against moto S3 and KMS: every path, every inconsistent state."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import boto3
import pytest
from botocore.client import BaseClient
from botocore.config import Config
from botocore.exceptions import ClientError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from moto import mock_aws

from connect_privacy.telemetry import MemoryCounter
from connect_privacy.vault.checksums import StreamingCrc32
from connect_privacy.vault.events import ObjectRef
from connect_privacy.vault.keys import KeyLayout
from connect_privacy.vault.relocation import (
    MIB,
    DestinationConflict,
    OriginalMissing,
    Outcome,
    Relocator,
    SourceChanged,
    VaultSettings,
    VerificationFailed,
)
from connect_privacy.vault.s3_store import S3ObjectStore
from tests.conftest import REGION
from tests.support.vault import (
    SOURCE,
    VAULT,
    create_bucket,
    create_key,
    enforce_copy_if_none_match,
    transcript,
    versions,
)

MOVED_AT = datetime(2026, 11, 26, 0, 15, tzinfo=UTC)
KEYS = [
    "Analysis/Voice/2026/11/26/c0ffee00-0000-4000-8000-000000000001_analysis_2026-11-26T00:10:00Z.json",
    "Analysis/Chat/2026/11/26/with space and+plus_analysis_2026-11-26T00:10_UTC.json",
    "Analysis/Email/2026/11/26/café-😀-ünïcode_analysis_20261126T00:10_UTC.json",
    "Analysis/Chat/2026/11/26/deep/er/path/x%2By_analysis.json",
]


class Vault:
    """moto S3 and KMS with a Connect bucket, a vault bucket and a relocator over them."""

    def __init__(self, *, source_versioned: bool = True, **overrides: Any) -> None:
        self.s3 = boto3.client("s3", region_name=REGION)
        enforce_copy_if_none_match(self.s3)
        create_bucket(self.s3, SOURCE, versioned=source_versioned)
        create_bucket(self.s3, VAULT, versioned=True)
        self.key_arn = create_key()
        self.counter = MemoryCounter()
        self.settings = VaultSettings(SOURCE, VAULT, self.key_arn, **overrides)
        self.store = S3ObjectStore(lambda: self.s3)
        self.relocator = Relocator(
            self.store, self.settings, counter=self.counter, clock=lambda: MOVED_AT
        )

    def put(
        self, key: str, body: bytes | None = None, *, client: BaseClient | None = None
    ) -> str | None:
        response = (client or self.s3).put_object(
            Bucket=SOURCE, Key=key, Body=body or transcript(), ContentType="application/json"
        )
        return response.get("VersionId")

    def relocate(self, key: str, version_id: str | None = None) -> Outcome:
        [result] = self.relocator.handle(ObjectRef(SOURCE, key, version_id))
        return result.outcome

    def vault_copy(self, key: str) -> dict[str, Any]:
        return self.s3.head_object(Bucket=VAULT, Key=key, ChecksumMode="ENABLED")

    def assert_moved_once(self, *keys: str) -> None:
        source_versions, source_markers = versions(self.s3, SOURCE)
        vault_versions, _ = versions(self.s3, VAULT)
        assert source_versions == [] and source_markers == []
        assert sorted(vault_versions) == sorted(keys)


@pytest.fixture
def vault(aws: None) -> Vault:
    return Vault()


def fail_once(client: BaseClient, operation: str, error: Callable[[], Exception]) -> None:
    """The next ``operation`` call raises ``error()`` before reaching S3."""
    fired = []

    def hook(**_: Any) -> None:
        if not fired:
            fired.append(True)
            raise error()

    client.meta.events.register(f"before-call.s3.{operation}", hook)


def denied(operation: str) -> ClientError:
    return ClientError(
        {"Error": {"Code": "AccessDenied", "Message": "denied"},
         "ResponseMetadata": {"HTTPStatusCode": 403}},
        operation,
    )  # fmt: skip


@pytest.mark.parametrize("key", KEYS)
def test_an_original_is_copied_verified_and_its_version_deleted(vault: Vault, key: str) -> None:
    version = vault.put(key)
    assert vault.relocate(key, version) is Outcome.RELOCATED
    vault.assert_moved_once(key)
    copy = vault.vault_copy(key)
    assert copy["ServerSideEncryption"] == "aws:kms"
    assert copy["SSEKMSKeyId"] == vault.key_arn
    assert copy["ContentType"] == "application/json"
    assert copy["Metadata"]["vault-source-bucket"] == SOURCE
    assert copy["Metadata"]["vault-source-version-id"] == version
    assert copy["Metadata"]["vault-moved-at"] == "2026-11-26T00:15:00+00:00"
    assert copy["Metadata"]["vault-source-checksum"] == f"CRC32:{copy['ChecksumCRC32']}"
    body = vault.s3.get_object(Bucket=VAULT, Key=key)["Body"].read()
    assert body == transcript()


def test_the_vault_metadata_names_the_key_percent_encoded(vault: Vault) -> None:
    key = KEYS[2]
    vault.relocate(key, vault.put(key))
    from urllib.parse import unquote

    assert unquote(vault.vault_copy(key)["Metadata"]["vault-source-key"]) == key


def test_an_unversioned_source_is_deleted_when_unchanged(aws: None) -> None:
    vault = Vault(source_versioned=False)
    vault.put(KEYS[1])
    assert vault.relocate(KEYS[1]) is Outcome.RELOCATED
    vault.assert_moved_once(KEYS[1])
    assert vault.vault_copy(KEYS[1])["Metadata"]["vault-source-version-id"] == "none"


def test_a_redelivered_event_is_already_relocated(vault: Vault) -> None:
    version = vault.put(KEYS[0])
    vault.relocate(KEYS[0], version)
    assert vault.relocate(KEYS[0], version) is Outcome.ALREADY_RELOCATED
    assert vault.counter.totals == {"Relocated": 1, "AlreadyRelocated": 1}
    vault.assert_moved_once(KEYS[0])


@pytest.mark.parametrize(
    "key",
    [
        "Analysis/Voice/Redacted/2026/11/26/c_analysis_redacted_2026-11-26T00:10:00Z.json",
        "Analysis/Chat/Redacted/2026/11/26/c_analysis_redacted_2026-11-26T00:10_UTC.json",
        "Analysis/Voice/Redacted/2026/11/26/c_call_recording_redacted_2026-11-26T00:10:00Z.wav",
        "connect/example/CallRecordings/2026/11/26/c_20261126T00:10_UTC.wav",
        "Reports/2026/11/26/agents.csv",
    ],
)
def test_everything_but_originals_is_ignored_and_left_in_place(vault: Vault, key: str) -> None:
    vault.put(key)
    assert vault.relocate(key) is Outcome.IGNORED
    assert versions(vault.s3, SOURCE)[0] == [key]
    assert versions(vault.s3, VAULT)[0] == []
    assert vault.counter.totals == {"Ignored": 1}


def test_objects_of_another_bucket_are_ignored(vault: Vault) -> None:
    [result] = vault.relocator.handle(ObjectRef("someone-elses-bucket", KEYS[0]))
    assert result.outcome is Outcome.IGNORED


def test_a_crash_after_the_copy_is_finished_by_the_retry(vault: Vault) -> None:
    version = vault.put(KEYS[0])
    fail_once(vault.s3, "DeleteObject", lambda: RuntimeError("runtime killed"))
    with pytest.raises(RuntimeError):
        vault.relocate(KEYS[0], version)
    assert versions(vault.s3, SOURCE)[0] == [KEYS[0]]  # still there: not yet deleted
    assert vault.relocate(KEYS[0], version) is Outcome.RELOCATED
    vault.assert_moved_once(KEYS[0])


def test_a_denied_vault_write_leaves_the_source_untouched(vault: Vault) -> None:
    version = vault.put(KEYS[0])
    fail_once(vault.s3, "CopyObject", lambda: denied("CopyObject"))
    with pytest.raises(ClientError):
        vault.relocate(KEYS[0], version)
    assert versions(vault.s3, SOURCE) == ([KEYS[0]], [])
    assert versions(vault.s3, VAULT)[0] == []
    assert vault.counter.totals == {"RelocationFailed": 1}
    # After the fix, the replayed event completes the move.
    assert vault.relocate(KEYS[0], version) is Outcome.RELOCATED


def test_a_copy_that_differs_from_the_source_is_never_followed_by_a_delete(vault: Vault) -> None:
    version = vault.put(KEYS[0])

    def corrupt(**_: Any) -> None:
        # What a silently corrupted copy would look like: S3 computes another checksum.
        metadata = vault.s3.head_object(Bucket=VAULT, Key=KEYS[0])["Metadata"]
        vault.s3.put_object(Bucket=VAULT, Key=KEYS[0], Body=b"corrupted", Metadata=metadata,
                            ServerSideEncryption="aws:kms", SSEKMSKeyId=vault.key_arn)  # fmt: skip

    vault.s3.meta.events.register("after-call.s3.CopyObject", corrupt)
    with pytest.raises(VerificationFailed):
        vault.relocate(KEYS[0], version)
    assert versions(vault.s3, SOURCE)[0] == [KEYS[0]]
    assert vault.counter.totals == {"VerificationFailed": 1}


def test_a_different_object_already_in_the_vault_is_a_conflict(vault: Vault) -> None:
    version = vault.put(KEYS[0])
    vault.s3.put_object(Bucket=VAULT, Key=KEYS[0], Body=b"something else")
    with pytest.raises(DestinationConflict):
        vault.relocate(KEYS[0], version)
    assert versions(vault.s3, SOURCE)[0] == [KEYS[0]]
    assert vault.counter.totals == {"DestinationConflict": 1}


def test_source_gone_and_a_foreign_vault_object_is_a_conflict(vault: Vault) -> None:
    vault.s3.put_object(Bucket=VAULT, Key=KEYS[0], Body=b"something else")
    with pytest.raises(DestinationConflict):
        vault.relocate(KEYS[0], "a-version-that-is-gone")


def test_source_gone_and_no_vault_copy_raises_an_alarm(vault: Vault) -> None:
    with pytest.raises(OriginalMissing):
        vault.relocate(KEYS[0], "a-version-that-is-gone")
    assert vault.counter.totals == {"OriginalMissing": 1}


def test_a_tampered_vault_copy_is_not_taken_for_a_relocation(vault: Vault) -> None:
    version = vault.put(KEYS[0])
    vault.relocate(KEYS[0], version)
    metadata = vault.vault_copy(KEYS[0])["Metadata"]
    vault.s3.put_object(Bucket=VAULT, Key=KEYS[0], Body=b"tampered", Metadata=metadata)
    with pytest.raises(VerificationFailed):
        vault.relocate(KEYS[0], version)


def test_large_objects_take_the_multipart_path_with_metadata_and_checksum(aws: None) -> None:
    vault = Vault(multipart_threshold=8 * MIB, part_size=5 * MIB)
    body = bytes(range(256)) * (12 * MIB // 256 + 17)  # 12 MiB and a bit: three parts
    version = vault.put(KEYS[0], body)
    calls: list[str] = []
    vault.s3.meta.events.register("before-call.s3.*", lambda model, **_: calls.append(model.name))
    assert vault.relocate(KEYS[0], version) is Outcome.RELOCATED
    assert calls.count("UploadPartCopy") == 3
    assert "CopyObject" not in calls
    vault.assert_moved_once(KEYS[0])
    copy = vault.vault_copy(KEYS[0])
    assert copy["ContentLength"] == len(body)
    assert copy["Metadata"]["vault-source-version-id"] == version
    assert copy["SSEKMSKeyId"] == vault.key_arn
    assert vault.s3.get_object(Bucket=VAULT, Key=KEYS[0])["Body"].read() == body


def test_a_source_without_a_checksum_is_verified_by_streaming_crc32(vault: Vault) -> None:
    # An object written before S3 added default checksums: the SDK sends none.
    legacy = boto3.client("s3", region_name=REGION,
                          config=Config(request_checksum_calculation="when_required"))  # fmt: skip
    version = vault.put(KEYS[1], client=legacy)
    assert "ChecksumCRC32" not in vault.s3.head_object(
        Bucket=SOURCE, Key=KEYS[1], ChecksumMode="ENABLED"
    )
    assert vault.relocate(KEYS[1], version) is Outcome.RELOCATED
    assert vault.counter.totals["VerifiedByStreaming"] == 1
    copy = vault.vault_copy(KEYS[1])
    assert copy["ChecksumCRC32"] == StreamingCrc32.of([transcript()]).value
    vault.assert_moved_once(KEYS[1])


def test_four_requests_per_object_and_no_body_read(vault: Vault) -> None:
    version = vault.put(KEYS[0])
    calls: list[str] = []
    vault.s3.meta.events.register("before-call.s3.*", lambda model, **_: calls.append(model.name))
    vault.relocate(KEYS[0], version)
    assert calls == ["HeadObject", "CopyObject", "HeadObject", "DeleteObject"]


# --- call recordings --------------------------------------------------------------

RECORDINGS = "connect/example/CallRecordings/"
RECORDING = f"{RECORDINGS}2026/11/26/c0ffee_20261126T23:58_UTC.wav"
ANALYSIS = "Analysis/Voice/Redacted/2026/11/27/c0ffee_analysis_redacted_2026-11-27T00:01:00Z.json"


@pytest.fixture
def recordings(aws: None) -> Vault:
    return Vault(layout=KeyLayout("Analysis/", RECORDINGS), recordings_enabled=True)


def test_a_recording_waits_for_its_redacted_analysis(recordings: Vault) -> None:
    version = recordings.put(RECORDING)
    assert recordings.relocate(RECORDING, version) is Outcome.RECORDING_DEFERRED
    assert versions(recordings.s3, SOURCE)[0] == [RECORDING]
    # Contact Lens finishes (next day, UTC): its redacted analysis moves the recording.
    recordings.put(ANALYSIS)
    [result] = recordings.relocator.handle(ObjectRef(SOURCE, ANALYSIS))
    assert result.outcome is Outcome.RELOCATED
    assert versions(recordings.s3, VAULT)[0] == [RECORDING]
    assert versions(recordings.s3, SOURCE)[0] == [ANALYSIS]  # the redacted file stays
    # The delayed recording event, redelivered, finds it done.
    assert recordings.relocate(RECORDING, version) is Outcome.ALREADY_RELOCATED


def test_a_recording_whose_analysis_exists_moves_at_once(recordings: Vault) -> None:
    recordings.put(ANALYSIS)
    version = recordings.put(RECORDING)
    assert recordings.relocate(RECORDING, version) is Outcome.RELOCATED


def test_recordings_are_left_alone_when_the_option_is_off(vault: Vault) -> None:
    vault.put(RECORDING)
    vault.put(ANALYSIS)
    assert vault.relocate(RECORDING) is Outcome.IGNORED
    assert vault.relocate(ANALYSIS) is Outcome.IGNORED
    assert versions(vault.s3, VAULT)[0] == []


# --- any order, any duplicates, crashes in between -----------------------------------

events_strategy = st.lists(st.tuples(st.integers(0, 2), st.booleans()), max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=events_strategy, order=st.permutations(range(3)))
def test_any_sequence_of_duplicated_reordered_and_crashed_events_converges(
    events: list[tuple[int, bool]], order: list[int]
) -> None:
    with mock_aws():
        vault = Vault()
        keys = KEYS[:3]
        version_ids = [vault.put(key) for key in keys]
        # Every object is announced at least once; extra deliveries may crash midway
        # (after the copy, before the delete) and are then redelivered, as Lambda does.
        pending = [(i, crash) for i, crash in events] + [(i, False) for i in order]
        while pending:
            index, crash = pending.pop(0)
            if crash:
                fail_once(vault.s3, "DeleteObject", lambda: RuntimeError("crash"))
            try:
                vault.relocate(keys[index], version_ids[index])
            except RuntimeError:
                pending.append((index, False))
            finally:
                vault.s3.meta.events.unregister("before-call.s3.DeleteObject")
        vault.assert_moved_once(*keys)
        for key, version in zip(keys, version_ids, strict=True):
            assert vault.vault_copy(key)["Metadata"]["vault-source-version-id"] == version
        assert vault.counter.totals["Relocated"] == 3
        assert set(vault.counter.totals) <= {"Relocated", "AlreadyRelocated", "RelocationFailed"}


def test_a_source_replaced_between_head_and_copy_is_retried_not_deleted(vault: Vault) -> None:
    vault.put(KEYS[0])
    # x-amz-copy-source-if-match fails: the object under the key is not the one headed.
    fail_once(
        vault.s3,
        "CopyObject",
        lambda: ClientError(
            {"Error": {"Code": "PreconditionFailed"}, "ResponseMetadata": {"HTTPStatusCode": 412}},
            "CopyObject",
        ),
    )
    with pytest.raises(SourceChanged):
        vault.relocate(KEYS[0])
    assert versions(vault.s3, SOURCE)[0] == [KEYS[0]]
    assert vault.relocate(KEYS[0]) is Outcome.RELOCATED


def test_a_composite_multipart_source_is_verified_by_streaming_then_part_copied(
    aws: None,
) -> None:
    """A composite checksum cannot be compared with a copy's: CRC32 is computed here."""
    vault = Vault(multipart_threshold=8 * MIB, part_size=5 * MIB)
    body = b"0123456789abcdef" * (12 * MIB // 16)
    upload = vault.s3.create_multipart_upload(Bucket=SOURCE, Key=KEYS[0], ChecksumAlgorithm="CRC32")
    parts = []
    for number, start in enumerate(range(0, len(body), 6 * MIB), start=1):
        part = vault.s3.upload_part(
            Bucket=SOURCE, Key=KEYS[0], UploadId=upload["UploadId"], PartNumber=number,
            Body=body[start : start + 6 * MIB], ChecksumAlgorithm="CRC32",
        )  # fmt: skip
        parts.append(
            {"PartNumber": number, "ETag": part["ETag"], "ChecksumCRC32": part["ChecksumCRC32"]}
        )
    version = vault.s3.complete_multipart_upload(
        Bucket=SOURCE, Key=KEYS[0], UploadId=upload["UploadId"], MultipartUpload={"Parts": parts}
    )["VersionId"]
    # S3 reports a composite checksum as "<value>-<parts>" with ChecksumType COMPOSITE;
    # moto computes the composite value but reports it bare, so the report is completed here.
    composite = vault.s3.head_object(Bucket=SOURCE, Key=KEYS[0], ChecksumMode="ENABLED")[
        "ChecksumCRC32"
    ]

    def as_s3_reports_it(parsed: dict[str, Any], **_: Any) -> None:
        if parsed.get("ChecksumCRC32") == composite:
            parsed.update(ChecksumCRC32=f"{composite}-2", ChecksumType="COMPOSITE")

    vault.s3.meta.events.register("after-call.s3.HeadObject", as_s3_reports_it)
    assert vault.relocate(KEYS[0], version) is Outcome.RELOCATED
    assert vault.counter.totals["VerifiedByStreaming"] == 1
    assert vault.vault_copy(KEYS[0])["ChecksumCRC32"] == StreamingCrc32.of([body]).value
    vault.assert_moved_once(KEYS[0])


def test_two_concurrent_invocations_for_one_object_both_succeed(vault: Vault) -> None:
    """S3 redelivers while the first invocation runs: the second finishes the move first."""
    version = vault.put(KEYS[0])
    outcomes: list[Outcome] = []

    def second_invocation(**_: Any) -> None:
        vault.s3.meta.events.unregister("before-call.s3.DeleteObject", second_invocation)
        outcomes.append(vault.relocate(KEYS[0], version))

    vault.s3.meta.events.register("before-call.s3.DeleteObject", second_invocation)
    outcomes.append(vault.relocate(KEYS[0], version))
    assert outcomes == [Outcome.RELOCATED, Outcome.RELOCATED]
    vault.assert_moved_once(KEYS[0])
