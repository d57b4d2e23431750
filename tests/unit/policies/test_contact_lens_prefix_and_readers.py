"""The lockdown follows ``contact_lens_prefix``; ``redacted_reader_arns`` opens redacted files only.

Rendered from the same modules as test_contact_lens_lockdown_policies.py, with Contact Lens
under ``connect/example-instance/Analysis/`` and a reader role that has no KMS permission in
its IAM policies: the key policy's own statement is all that lets it decrypt.
"""

from __future__ import annotations

import pytest

from tests.support.iam_policy import Decision
from tests.unit.policies.example_stack import (
    ANALYST,
    CHANNELS,
    COMPLIANCE,
    CONNECT_BUCKET,
    CONNECT_SLR,
    PREFIX,
    REDACTED_READER,
    read,
    rendered_documents,
    write,
)

# Renders the policies with the Terraform toolchain: `make test` runs these after `make tools`.
pytestmark = pytest.mark.toolchain

ALLOW, DENY = Decision.ALLOW, Decision.EXPLICIT_DENY
CONTACT = "0f1e2d3c-aaaa-bbbb-cccc-123456789abc"


@pytest.fixture(scope="module", autouse=True)
def documents() -> None:
    rendered_documents(prefixed=True)


def original(channel: str, prefix: str = PREFIX) -> str:
    return f"{prefix}Analysis/{channel}/2026/11/28/{CONTACT}_analysis_2026-11-28T10:15:00Z.json"


def redacted(channel: str) -> str:
    return (
        f"{PREFIX}Analysis/{channel}/Redacted/2026/11/28/"
        f"{CONTACT}_analysis_redacted_2026-11-28T10:15:00Z.json"
    )


@pytest.mark.parametrize("channel", CHANNELS)
def test_originals_under_the_prefix_are_denied_by_both_layers(channel: str) -> None:
    for principal in (ANALYST, REDACTED_READER):
        outcome = read(principal, CONNECT_BUCKET, original(channel), prefixed=True)
        assert (outcome.s3, outcome.kms) == (DENY, DENY), principal


@pytest.mark.parametrize("channel", CHANNELS)
def test_exempt_roles_and_connect_still_work_under_the_prefix(channel: str) -> None:
    assert read(COMPLIANCE, CONNECT_BUCKET, original(channel), prefixed=True).decision is ALLOW
    assert write(CONNECT_SLR, CONNECT_BUCKET, original(channel), prefixed=True).decision is ALLOW
    assert read(CONNECT_SLR, CONNECT_BUCKET, redacted(channel), prefixed=True).decision is ALLOW


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_redacted_reader_decrypts_through_the_key_policy_alone(channel: str) -> None:
    outcome = read(REDACTED_READER, CONNECT_BUCKET, redacted(channel), prefixed=True)

    assert (outcome.s3, outcome.kms) == (ALLOW, ALLOW)


def test_a_redacted_reader_decrypts_nothing_outside_the_redacted_folders() -> None:
    other = read(REDACTED_READER, CONNECT_BUCKET, "Reports/daily.csv", prefixed=True)

    assert other.kms is Decision.IMPLICIT_DENY


def test_a_wrong_prefix_leaves_the_real_originals_open() -> None:
    # Why the README's first step is `aws s3 ls`: the lockdown covers the configured prefix
    # only, so originals at the bucket root stay readable here.
    outcome = read(ANALYST, CONNECT_BUCKET, original("Voice", prefix=""), prefixed=True)

    assert DENY not in (outcome.s3, outcome.kms)
