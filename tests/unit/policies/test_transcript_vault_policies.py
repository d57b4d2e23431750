"""The vault's bucket, key, trail and queue policies, as rendered by the provider, decide right."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.iam_policy import Decision, Principal, Request, authorize, authorize_kms
from tests.unit.policies.example_stack import (
    ACCOUNT,
    ADMIN,
    ANALYST,
    CLOUDTRAIL,
    COMPLIANCE,
    COMPLIANCE_SSO,
    EVENTBRIDGE,
    FAILURE_QUEUES,
    FUNCTIONS_KEY,
    LOG_BUCKET,
    LOGS,
    PUBLISH,
    REGION,
    RELOCATION,
    TRAIL_ARN,
    VAULT_BUCKET,
    VAULT_KEY,
    delete,
    read,
    rendered_documents,
    s3_call,
    write,
)

ALLOW, DENY, NOTHING = Decision.ALLOW, Decision.EXPLICIT_DENY, Decision.IMPLICIT_DENY
OBJECT = (
    "Analysis/Voice/2026/11/28/"
    "0f1e2d3c-aaaa-bbbb-cccc-123456789abc_analysis_2026-11-28T10:15:00Z.json"
)
KEY_HEADER = "s3:x-amz-server-side-encryption-aws-kms-key-id"


@pytest.fixture(scope="module", autouse=True)
def documents() -> None:
    rendered_documents()


# --- the table of the issue -------------------------------------------------------------------


def test_a_non_tls_request_to_the_vault_is_denied() -> None:
    outcome = read(COMPLIANCE, VAULT_BUCKET, OBJECT, tls=False, mfa=True)

    assert outcome.s3 is DENY


@pytest.mark.parametrize(("mfa", "why"), [(None, "long-term keys"), (False, "no MFA")])
def test_a_vault_read_without_mfa_is_denied(mfa: bool | None, why: str) -> None:
    assert read(COMPLIANCE, VAULT_BUCKET, OBJECT, mfa=mfa).s3 is DENY, why


def test_a_compliance_role_with_mfa_reads_the_vault() -> None:
    outcome = read(COMPLIANCE, VAULT_BUCKET, OBJECT, mfa=True)

    assert (outcome.s3, outcome.kms) == (ALLOW, ALLOW)


def test_an_identity_center_compliance_role_listed_as_mfa_exempt_reads_the_vault() -> None:
    # Identity Center sessions never carry aws:MultiFactorAuthPresent (the caveat).
    outcome = read(COMPLIANCE_SSO, VAULT_BUCKET, OBJECT)

    assert (outcome.s3, outcome.kms) == (ALLOW, ALLOW)


@pytest.mark.parametrize("principal", [ANALYST, ADMIN, PUBLISH, Principal.anonymous()], ids=str)
def test_nobody_else_reads_the_vault_even_with_mfa(principal: Principal) -> None:
    outcome = read(principal, VAULT_BUCKET, OBJECT, mfa=True)

    assert outcome.s3 is DENY
    assert outcome.kms is DENY


# --- the relocation role's copy into the vault --------------------------------------------------


def copy_into_vault(**headers: str) -> Decision:
    return write(RELOCATION, VAULT_BUCKET, OBJECT, extra=headers).decision


def test_the_relocation_role_copies_an_original_in_with_the_vault_key() -> None:
    named = {KEY_HEADER: VAULT_KEY, "s3:x-amz-server-side-encryption": "aws:kms"}

    assert copy_into_vault(**named) is ALLOW


def test_a_part_without_encryption_headers_gets_the_vault_key_and_is_not_denied() -> None:
    # UploadPart carries no encryption headers (botocore#471); the bucket default applies.
    assert copy_into_vault() is ALLOW


@pytest.mark.parametrize(
    "headers",
    [
        {KEY_HEADER: f"arn:aws:kms:{REGION}:{ACCOUNT}:key/00000000-0000-0000-0000-000000000000"},
        {KEY_HEADER: "alias/aws/s3"},
        {"s3:x-amz-server-side-encryption": "AES256"},
        {"s3:x-amz-server-side-encryption-customer-algorithm": "AES256"},
    ],
    ids=["another key", "the AWS managed key", "SSE-S3", "SSE-C"],
)
def test_writes_under_anything_but_the_vault_key_are_denied(headers: dict[str, str]) -> None:
    assert copy_into_vault(**headers) is DENY


def test_the_multipart_copy_may_decrypt_the_parts_it_uploaded() -> None:
    documents = rendered_documents()
    context = {
        "kms:ViaService": f"s3.{REGION}.amazonaws.com",
        "kms:EncryptionContext:aws:s3:arn": f"arn:aws:s3:::{VAULT_BUCKET}/{OBJECT}",
    }
    decrypt = Request(RELOCATION, "kms:Decrypt", VAULT_KEY, context)

    assert (
        authorize_kms(decrypt, key_policy=documents.vault_key, identity=[documents.relocation_role])
        is ALLOW
    )


def test_the_relocation_role_heads_its_copy_without_mfa() -> None:
    # HeadObject is authorised as s3:GetObject; a Lambda role never has MFA.
    head = s3_call(RELOCATION, "s3:GetObject", VAULT_BUCKET, OBJECT, kms_action=None)

    assert head.s3 is ALLOW


@pytest.mark.parametrize("principal", [RELOCATION, ANALYST, ADMIN], ids=str)
def test_only_compliance_roles_delete_from_the_vault(principal: Principal) -> None:
    assert delete(principal, VAULT_BUCKET, OBJECT).decision is DENY
    assert delete(COMPLIANCE, VAULT_BUCKET, OBJECT, mfa=True).decision is ALLOW


# --- the audit trail, the functions key and the failure queues ------------------------


def cloudtrail(action: str, resource: str, **context: Any) -> Request:
    return Request(CLOUDTRAIL, action, resource, context)


def test_cloudtrail_writes_the_vault_trail_logs_and_nothing_else() -> None:
    policy = rendered_documents().log_bucket
    log = f"arn:aws:s3:::{LOG_BUCKET}/AWSLogs/{ACCOUNT}/CloudTrail/{REGION}/2026/11/28/x.json.gz"
    good = {
        "aws:SecureTransport": True,
        "s3:x-amz-acl": "bucket-owner-full-control",
        "aws:SourceArn": TRAIL_ARN,
    }
    other_trail = {**good, "aws:SourceArn": f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/other"}

    assert authorize(cloudtrail("s3:PutObject", log, **good), resource=policy) is ALLOW
    assert authorize(cloudtrail("s3:PutObject", log, **other_trail), resource=policy) is NOTHING
    acl_check = cloudtrail(
        "s3:GetBucketAcl", f"arn:aws:s3:::{LOG_BUCKET}", **{"aws:SourceArn": TRAIL_ARN}
    )
    assert authorize(acl_check, resource=policy) is ALLOW


def test_cloudtrail_encrypts_its_log_files_with_the_vault_key() -> None:
    key_policy = rendered_documents().vault_key
    context = {
        "aws:SourceArn": TRAIL_ARN,
        "kms:EncryptionContext:aws:cloudtrail:arn": TRAIL_ARN,
    }

    assert (
        authorize_kms(
            cloudtrail("kms:GenerateDataKey", VAULT_KEY, **context), key_policy=key_policy
        )
        is ALLOW
    )
    context["aws:SourceArn"] = f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/other"
    assert (
        authorize_kms(
            cloudtrail("kms:GenerateDataKey", VAULT_KEY, **context), key_policy=key_policy
        )
        is NOTHING
    )


def test_cloudwatch_logs_uses_the_functions_key_for_the_vault_functions_only() -> None:
    key_policy = rendered_documents().functions_key

    def encrypt(log_group: str) -> Decision:
        arn = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{log_group}"
        request = Request(
            LOGS, "kms:GenerateDataKey", FUNCTIONS_KEY, {"kms:EncryptionContext:aws:logs:arn": arn}
        )
        return authorize_kms(request, key_policy=key_policy)

    assert encrypt("/aws/lambda/connect-privacy-test-relocate") is ALLOW
    assert encrypt("/aws/lambda/someone-else") is NOTHING


@pytest.mark.parametrize("function", sorted(FAILURE_QUEUES))
def test_only_the_contact_lens_rules_send_dead_letters(function: str) -> None:
    policy = rendered_documents().failure_queues[function]
    queue = FAILURE_QUEUES[function]

    def send(rule: str) -> Decision:
        source = f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{rule}"
        request = Request(EVENTBRIDGE, "sqs:SendMessage", queue, {"aws:SourceArn": source})
        return authorize(request, resource=policy)

    assert send("connect-privacy-test-contact-lens-relocation") is ALLOW
    assert send("someone-elses-rule") is NOTHING
