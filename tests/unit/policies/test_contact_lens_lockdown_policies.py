"""The Contact Lens bucket's policy and key policy, as rendered by the provider, decide right.

Each request goes through both layers the way S3 does it: the bucket policy (with the
principal's IAM policies) for the S3 call, and the key policy (with IAM policies and
Connect's grant) for the kms:Decrypt or kms:GenerateDataKey S3 makes on the caller's
behalf, whose aws:s3:arn encryption context is the object ARN (Bucket Keys are off).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.iam_policy import Decision, Principal
from tests.unit.policies.example_stack import (
    ADMIN,
    ANALYST,
    CALL_RECORDINGS,
    CHANNELS,
    COMPLIANCE,
    COMPLIANCE_SSO,
    CONNECT_BUCKET,
    CONNECT_SLR,
    OTHER_APP,
    PUBLISH,
    PUBLISHED_PREFIX,
    RELOCATION,
    delete,
    read,
    rendered_documents,
    write,
)

ALLOW, DENY = Decision.ALLOW, Decision.EXPLICIT_DENY


@pytest.fixture(scope="module", autouse=True)
def documents() -> None:
    rendered_documents()  # renders once, or skips/fails loudly without the toolchain


def original(channel: str = "Voice") -> str:
    return (
        f"Analysis/{channel}/2026/11/28/"
        "0f1e2d3c-aaaa-bbbb-cccc-123456789abc_analysis_2026-11-28T10:15:00Z.json"
    )


def redacted(channel: str = "Voice") -> str:
    return (
        f"Analysis/{channel}/Redacted/2026/11/28/"
        "0f1e2d3c-aaaa-bbbb-cccc-123456789abc_analysis_redacted_2026-11-28T10:15:00Z.json"
    )


RECORDING = (
    f"{CALL_RECORDINGS}2026/11/28/0f1e2d3c-aaaa-bbbb-cccc-123456789abc_20261128T10:15_UTC.wav"
)


# --- the table of the issue -----------------------------------------------------------------


def test_a_compliance_role_reads_an_original() -> None:
    outcome = read(COMPLIANCE, CONNECT_BUCKET, original())

    assert (outcome.s3, outcome.kms) == (ALLOW, ALLOW)


def test_an_analyst_reading_an_original_is_denied_by_both_layers() -> None:
    outcome = read(ANALYST, CONNECT_BUCKET, original())

    assert (outcome.s3, outcome.kms) == (DENY, DENY)


@pytest.mark.parametrize("channel", CHANNELS)
def test_anyone_with_access_reads_a_redacted_file(channel: str) -> None:
    outcome = read(ANALYST, CONNECT_BUCKET, redacted(channel))

    assert (outcome.s3, outcome.kms) == (ALLOW, ALLOW)


@pytest.mark.parametrize("key", [original(), redacted(), RECORDING])
def test_connects_service_linked_role_writes_reads_and_deletes(key: str) -> None:
    assert write(CONNECT_SLR, CONNECT_BUCKET, key).decision is ALLOW
    assert read(CONNECT_SLR, CONNECT_BUCKET, key).decision is ALLOW
    assert delete(CONNECT_SLR, CONNECT_BUCKET, key).decision is ALLOW


def test_the_relocation_role_reads_and_deletes_an_original() -> None:
    assert read(RELOCATION, CONNECT_BUCKET, original()).decision is ALLOW
    assert delete(RELOCATION, CONNECT_BUCKET, original()).decision is ALLOW


# --- not done if ------------------------------------------------------------------------------

OUTSIDERS = {
    "analyst": ANALYST,
    "administrator": ADMIN,
    "other application with s3:* and kms:*": OTHER_APP,
    "publish function": PUBLISH,
    "anonymous": Principal.anonymous(),
}
EXEMPT = {
    "compliance": COMPLIANCE,
    "compliance through Identity Center": COMPLIANCE_SSO,
    "connect": CONNECT_SLR,
    "relocation": RELOCATION,
}

day = st.dates().map(lambda d: f"{2000 + d.year % 1000:04d}/{d.month:02d}/{d.day:02d}/")
contact = st.uuids().map(str)
file_name = st.sampled_from(
    ["_analysis_2026-01-01T00:00:00Z.json", "_analysis_20260101T00:00_UTC.json"]
)


@settings(deadline=None, max_examples=60)
@given(channel=st.sampled_from(CHANNELS), day=day, contact=contact, name=file_name)
def test_no_original_is_readable_outside_the_exempt_list(
    channel: str, day: str, contact: str, name: str
) -> None:
    key = f"Analysis/{channel}/{day}{contact}{name}"
    for principal in OUTSIDERS.values():
        outcome = read(principal, CONNECT_BUCKET, key)
        # Each layer denies on its own: one mistake does not open the originals.
        assert outcome.s3 is DENY, principal
        assert outcome.kms is DENY, principal


@pytest.mark.parametrize("principal", OUTSIDERS.values(), ids=OUTSIDERS.keys())
def test_the_call_recordings_prefix_is_locked_too(principal: Principal) -> None:
    assert read(principal, CONNECT_BUCKET, RECORDING).decision is DENY


@pytest.mark.parametrize("principal", OUTSIDERS.values(), ids=OUTSIDERS.keys())
def test_an_original_under_an_unexpected_folder_is_still_denied_by_the_key(
    principal: Principal,
) -> None:
    # Only the key layer covers "<channel>/<anything but Redacted>/..." (the bucket policy
    # matches the year); the relocation function moves such objects as originals too.
    outcome = read(principal, CONNECT_BUCKET, "Analysis/Chat/Reprocessed/x_analysis.json")

    assert outcome.kms is DENY


@pytest.mark.parametrize("principal", EXEMPT.values(), ids=EXEMPT.keys())
@pytest.mark.parametrize("channel", CHANNELS)
def test_the_exempt_roles_are_not_denied(principal: Principal, channel: str) -> None:
    outcome = read(principal, CONNECT_BUCKET, original(channel))

    assert DENY not in (outcome.s3, outcome.kms)


@settings(deadline=None, max_examples=60)
@given(channel=st.sampled_from(CHANNELS), day=day, contact=contact)
def test_redacted_files_stay_readable_and_writable(channel: str, day: str, contact: str) -> None:
    for name in ("_analysis_redacted_2026-01-01T00:00:00Z.json", "_call_recording_redacted_x.wav"):
        key = f"Analysis/{channel}/Redacted/{day}{contact}{name}"
        assert read(ANALYST, CONNECT_BUCKET, key).decision is ALLOW
        assert read(PUBLISH, CONNECT_BUCKET, key).decision is ALLOW
        assert write(CONNECT_SLR, CONNECT_BUCKET, key).decision is ALLOW


# --- least privilege of the function roles on this bucket ---------------------------------------


def test_the_relocation_role_cannot_touch_redacted_files_or_recordings() -> None:
    assert read(RELOCATION, CONNECT_BUCKET, redacted()).decision is Decision.IMPLICIT_DENY
    assert delete(RELOCATION, CONNECT_BUCKET, redacted()).decision is Decision.IMPLICIT_DENY
    assert delete(RELOCATION, CONNECT_BUCKET, RECORDING).decision is Decision.IMPLICIT_DENY
    assert write(RELOCATION, CONNECT_BUCKET, original()).decision is Decision.IMPLICIT_DENY


def test_the_publish_role_writes_only_under_the_published_prefix() -> None:
    published = f"{PUBLISHED_PREFIX}{redacted()}"

    assert write(PUBLISH, CONNECT_BUCKET, published).decision is ALLOW
    assert write(PUBLISH, CONNECT_BUCKET, redacted()).decision is Decision.IMPLICIT_DENY
    assert delete(PUBLISH, CONNECT_BUCKET, redacted()).decision is Decision.IMPLICIT_DENY


# --- the merge with the existing policy -----------------------------------------------


def test_existing_statements_are_kept_and_a_stale_copy_of_ours_is_replaced() -> None:
    statements = rendered_documents().contact_lens_bucket["Statement"]
    by_sid = {statement["Sid"]: statement for statement in statements}

    assert set(by_sid) == {
        "AllowQualityAnalystsToList",
        "DenyContactLensOriginalReadsExceptExemptRoles",
    }
    assert len(statements) == 2
    assert not any(
        "stale" in r for r in by_sid["DenyContactLensOriginalReadsExceptExemptRoles"]["Resource"]
    )
