"""One example deployment of the lockdown and the vault, and its rendered policy documents.

The documents come from the real modules (terraform/modules/*/policies) rendered by the
real AWS provider (tests/fixtures/policy_render, tests/support/terraform.py). The identity
policies below stand for what each principal has outside our modules: deliberately broad
for the people we keep out, so that the resource and key policies are what is tested.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tests.support.iam_policy import (
    Decision,
    Grant,
    Principal,
    Request,
    authorize,
    authorize_kms,
)
from tests.support.terraform import REPO_ROOT, render_outputs

ACCOUNT = "111122223333"
REGION = "eu-west-2"
PARTITION = "aws"
VIA_S3 = f"s3.{REGION}.amazonaws.com"

CONNECT_BUCKET = "amazon-connect-0a1b2c3d4e5f"
CALL_RECORDINGS = "connect/example-instance/CallRecordings/"
VAULT_BUCKET = f"connect-privacy-test-vault-{ACCOUNT}"
LOG_BUCKET = f"connect-privacy-test-vault-trail-{ACCOUNT}"
TRAIL = "connect-privacy-test-vault-data-events"
PUBLISHED_PREFIX = "Published/"

CONNECT_KEY = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/11111111-2222-3333-4444-555555555555"
LEGACY_KEY = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/99999999-2222-3333-4444-555555555555"
VAULT_KEY = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/22222222-2222-3333-4444-555555555555"
FUNCTIONS_KEY = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/33333333-2222-3333-4444-555555555555"


def role(name: str) -> Principal:
    return Principal.role(f"arn:aws:iam::{ACCOUNT}:role/{name}")


COMPLIANCE = role("ContactLensCompliance")
COMPLIANCE_SSO = role(
    f"aws-reserved/sso.amazonaws.com/{REGION}/AWSReservedSSO_Compliance_0123456789abcdef"
)
ANALYST = role("QualityAnalyst")
ADMIN = role("Administrator")
CONNECT_SLR = role(
    "aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_Ab12Cd34Ef56"
)
RELOCATION = role("connect-privacy-test-relocate")
PUBLISH = role("connect-privacy-test-publish")
OTHER_APP = role("some-other-application")
CLOUDTRAIL = Principal.aws_service("cloudtrail.amazonaws.com")
EVENTBRIDGE = Principal.aws_service("events.amazonaws.com")
LOGS = Principal.aws_service(f"logs.{REGION}.amazonaws.com")

CHANNELS = ("Voice", "Chat", "Email")
RULE_PATTERN = f"arn:aws:events:{REGION}:{ACCOUNT}:rule/connect-privacy-test-contact-lens-*"
FAILURE_QUEUES = {
    "relocate": f"arn:aws:sqs:{REGION}:{ACCOUNT}:connect-privacy-test-relocate-failures",
    "publish": f"arn:aws:sqs:{REGION}:{ACCOUNT}:connect-privacy-test-publish-failures",
}

# What was on the bucket before: a statement of another team, and a stale copy of one of
# ours (same Sid) that must be replaced, not kept beside the new one.
EXISTING_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowQualityAnalystsToList",
            "Effect": "Allow",
            "Principal": {"AWS": ANALYST.arn},
            "Action": "s3:ListBucket",
            "Resource": f"arn:aws:s3:::{CONNECT_BUCKET}",
        },
        {
            "Sid": "DenyContactLensOriginalReadsExceptExemptRoles",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{CONNECT_BUCKET}/stale/*",
        },
    ],
}

VARIABLES: dict[str, Any] = {
    "region": REGION,
    "contact_lens": {
        "partition": PARTITION,
        "account_id": ACCOUNT,
        "bucket_name": CONNECT_BUCKET,
        "contact_lens_prefix": "",
        "channels": list(CHANNELS),
        "extra_original_prefixes": [CALL_RECORDINGS],
        "compliance_role_arns": [COMPLIANCE.arn, COMPLIANCE_SSO.arn],
        "connect_service_role_arn": CONNECT_SLR.arn,
        "relocation_role_arn": RELOCATION.arn,
        "redacted_reader_arns": [],
        "existing_policy_json": json.dumps(EXISTING_POLICY),
    },
    "vault": {
        "vault_bucket_name": VAULT_BUCKET,
        "vault_key_arn": VAULT_KEY,
        "log_bucket_name": LOG_BUCKET,
        "trail_name": TRAIL,
        "function_log_group_names": [
            "/aws/lambda/connect-privacy-test-relocate",
            "/aws/lambda/connect-privacy-test-publish",
        ],
        "read_mfa": {"required": True, "exempt_principal_arns": [COMPLIANCE_SSO.arn]},
        "source_kms_key_arns": [CONNECT_KEY, LEGACY_KEY],
        "publish": {
            "bucket_name": CONNECT_BUCKET,
            "prefix": PUBLISHED_PREFIX,
            "kms_key_arns": [CONNECT_KEY],
        },
        "failure_queue_arns": FAILURE_QUEUES,
        "event_rule_arn_pattern": RULE_PATTERN,
    },
}

TRAIL_ARN = f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/{TRAIL}"


@dataclass(frozen=True)
class Documents:
    contact_lens_bucket: dict[str, Any]
    contact_lens_key: dict[str, Any]
    vault_bucket: dict[str, Any]
    vault_key: dict[str, Any]
    functions_key: dict[str, Any]
    log_bucket: dict[str, Any]
    relocation_role: dict[str, Any]
    publish_role: dict[str, Any]
    failure_queues: dict[str, dict[str, Any]] = field(default_factory=dict)


@cache
def rendered_documents() -> Documents:
    outputs = render_outputs(REPO_ROOT / "tests" / "fixtures" / "policy_render", VARIABLES)
    raw = outputs["documents"]
    return Documents(
        **{name: json.loads(value) for name, value in raw.items() if name != "failure_queues"},
        failure_queues={key: json.loads(value) for key, value in raw["failure_queues"].items()},
    )


# --- what each principal holds outside our modules ------------------------------------------


def allow(actions: list[str], resources: list[str]) -> dict[str, Any]:
    return {"Effect": "Allow", "Action": actions, "Resource": resources}


def identity_policies(principal: Principal, documents: Documents) -> list[dict[str, Any]]:
    connect_objects = f"arn:aws:s3:::{CONNECT_BUCKET}/*"
    vault_objects = f"arn:aws:s3:::{VAULT_BUCKET}/*"
    broad_read = allow(["s3:GetObject", "s3:GetObjectVersion"], [connect_objects, vault_objects])
    decrypt_all = allow(["kms:Decrypt"], [CONNECT_KEY, VAULT_KEY])
    policies: dict[Principal, list[dict[str, Any]]] = {
        COMPLIANCE: [broad_read, allow(["s3:DeleteObject*"], [vault_objects]), decrypt_all],
        COMPLIANCE_SSO: [broad_read, decrypt_all],
        ANALYST: [broad_read, decrypt_all],
        ADMIN: [allow(["s3:*", "kms:*"], ["*"])],
        OTHER_APP: [allow(["s3:*"], [connect_objects]), allow(["kms:*"], [CONNECT_KEY])],
        # Amazon Connect administrator guide, "Use service-linked roles for Amazon Connect":
        # the S3 permissions its role gets on the instance's bucket.
        CONNECT_SLR: [
            allow(
                [
                    "s3:GetObject",
                    "s3:GetObjectAcl",
                    "s3:PutObject",
                    "s3:PutObjectAcl",
                    "s3:DeleteObject",
                ],
                [connect_objects],
            )
        ],
        RELOCATION: [documents.relocation_role],
        PUBLISH: [documents.publish_role],
    }
    return [{"Statement": [statement]} for statement in _flatten(policies.get(principal, []))]


def _flatten(policies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    statements: list[dict[str, Any]] = []
    for policy in policies:
        statements.extend(policy.get("Statement", [policy]))
    return statements


# Connect's storage configuration creates this grant for its service-linked role (KMS
# Developer Guide / Connect administrator guide, "Encryption at rest").
CONNECT_GRANT = Grant(
    grantee_arn=str(CONNECT_SLR.arn),
    operations=frozenset({"Encrypt", "Decrypt", "GenerateDataKey"}),
)


# --- requests through S3 and KMS ---------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """The verdict of each layer, and of the request as a whole."""

    s3: Decision
    kms: Decision | None

    @property
    def decision(self) -> Decision:
        layers = [self.s3] if self.kms is None else [self.s3, self.kms]
        if Decision.EXPLICIT_DENY in layers:
            return Decision.EXPLICIT_DENY
        return (
            Decision.ALLOW if all(d is Decision.ALLOW for d in layers) else Decision.IMPLICIT_DENY
        )


def _bucket_setup(bucket: str, documents: Documents) -> tuple[dict[str, Any], str]:
    if bucket == CONNECT_BUCKET:
        return documents.contact_lens_bucket, CONNECT_KEY
    if bucket == VAULT_BUCKET:
        return documents.vault_bucket, VAULT_KEY
    raise AssertionError(bucket)


def s3_call(
    principal: Principal,
    action: str,
    bucket: str,
    key: str,
    *,
    kms_action: str | None,
    tls: bool = True,
    mfa: bool | None = None,
    extra: dict[str, Any] | None = None,
) -> Outcome:
    """One S3 object call; with ``kms_action`` also the KMS call S3 makes for it."""
    documents = rendered_documents()
    bucket_policy, kms_key = _bucket_setup(bucket, documents)
    obj = f"arn:aws:s3:::{bucket}/{key}"
    context: dict[str, Any] = {"aws:SecureTransport": tls, **(extra or {})}
    if mfa is not None:
        context["aws:MultiFactorAuthPresent"] = mfa
    identity = identity_policies(principal, documents)
    s3 = authorize(
        Request(principal, action, obj, context), identity=identity, resource=bucket_policy
    )
    if kms_action is None:
        return Outcome(s3=s3, kms=None)
    kms_context = {
        **context,
        "kms:ViaService": VIA_S3,
        "kms:CallerAccount": ACCOUNT,
        "kms:EncryptionContext:aws:s3:arn": obj,
    }
    kms = authorize_kms(
        Request(principal, kms_action, kms_key, kms_context),
        key_policy=documents.contact_lens_key if kms_key == CONNECT_KEY else documents.vault_key,
        identity=identity,
        grants=[CONNECT_GRANT] if kms_key == CONNECT_KEY else [],
    )
    return Outcome(s3=s3, kms=kms)


def read(principal: Principal, bucket: str, key: str, **kwargs: Any) -> Outcome:
    return s3_call(principal, "s3:GetObject", bucket, key, kms_action="kms:Decrypt", **kwargs)


def write(principal: Principal, bucket: str, key: str, **kwargs: Any) -> Outcome:
    return s3_call(
        principal, "s3:PutObject", bucket, key, kms_action="kms:GenerateDataKey", **kwargs
    )


def delete(principal: Principal, bucket: str, key: str, **kwargs: Any) -> Outcome:
    return s3_call(principal, "s3:DeleteObject", bucket, key, kms_action=None, **kwargs)
