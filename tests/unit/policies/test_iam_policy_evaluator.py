"""The test helper's IAM evaluator against examples from AWS's own documentation.

Each test names the page its example and expected outcome come from, so a reader can check
that ``tests/support/iam_policy.py`` decides as AWS says AWS decides before trusting it with
our policies (tests/unit/policies/test_contact_lens_lockdown_policies.py and
test_transcript_vault_policies.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.iam_policy import (
    Decision,
    Grant,
    Principal,
    Request,
    UnsupportedPolicyError,
    authorize,
    authorize_kms,
    evaluate,
)

ACCOUNT = "123456789012"
CARLOS = Principal.role(f"arn:aws:iam::{ACCOUNT}:user/carlossalazar")

# IAM User Guide, "Policy evaluation for requests within a single account", section
# "Example identity-based and resource-based policy evaluation": the policy attached to
# the IAM user carlossalazar.
CARLOS_IDENTITY_POLICY: dict[str, Any] = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowS3ListRead",
            "Effect": "Allow",
            "Action": [
                "s3:GetBucketLocation",
                "s3:GetAccountPublicAccessBlock",
                "s3:ListAccessPoints",
                "s3:ListAllMyBuckets",
            ],
            "Resource": "arn:aws:s3:::*",
        },
        {
            "Sid": "AllowS3Self",
            "Effect": "Allow",
            "Action": "s3:*",
            "Resource": [
                "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/*",
                "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar",
            ],
        },
        {
            "Sid": "DenyS3Logs",
            "Effect": "Deny",
            "Action": "s3:*",
            "Resource": "arn:aws:s3:::*log*",
        },
    ],
}


def request(principal: Principal, action: str, resource: str, **context: Any) -> Request:
    return Request(principal=principal, action=action, resource=resource, context=context)


def test_carlos_may_save_to_his_own_bucket() -> None:
    put = request(
        CARLOS, "s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar/notes.txt"
    )

    assert authorize(put, identity=[CARLOS_IDENTITY_POLICY]) is Decision.ALLOW


def test_carlos_may_not_save_to_the_logs_bucket_deny_s3_logs_wins() -> None:
    # The page's outcome: the DenyS3Logs statement denies the request to the -logs bucket.
    put = request(
        CARLOS, "s3:PutObject", "arn:aws:s3:::amzn-s3-demo-bucket-carlossalazar-logs/notes.txt"
    )

    assert authorize(put, identity=[CARLOS_IDENTITY_POLICY]) is Decision.EXPLICIT_DENY


def test_carlos_may_list_all_buckets_through_allow_s3_list_read() -> None:
    listing = request(CARLOS, "s3:ListAllMyBuckets", "arn:aws:s3:::amzn-s3-demo-bucket-other")

    assert authorize(listing, identity=[CARLOS_IDENTITY_POLICY]) is Decision.ALLOW


def test_one_allow_in_identity_or_resource_policy_suffices_within_an_account() -> None:
    # Same page, "Important": if either the identity-based or the resource-based policy in
    # the same account allows the request and the other does not, the request is allowed.
    bucket_policy = {
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": CARLOS.arn},
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::amzn-s3-demo-bucket-shared/*",
            }
        ]
    }
    get = request(CARLOS, "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket-shared/report.csv")

    assert authorize(get, identity=[], resource=bucket_policy) is Decision.ALLOW
    assert (
        authorize(get, identity=[CARLOS_IDENTITY_POLICY], resource=None) is Decision.IMPLICIT_DENY
    )


def test_a_resource_policy_naming_the_account_delegates_to_iam() -> None:
    # IAM User Guide, "AWS JSON policy elements: Principal", AWS account principals: the
    # account's identity policies must still grant the permission.
    bucket_policy = {
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*",
            }
        ]
    }
    get = request(CARLOS, "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/a")

    assert authorize(get, resource=bucket_policy) is Decision.IMPLICIT_DENY


# IAM User Guide, "Condition operators", "...IfExists condition operators": the policy that
# does not work (StringLike) and the one that does (StringLikeIfExists).
def instance_type_policy(operator: str) -> dict[str, Any]:
    return {
        "Version": "2012-10-17",
        "Statement": {
            "Effect": "Allow",
            "Action": "ec2:*",
            "Resource": "*",
            "Condition": {operator: {"ec2:InstanceType": ["t1.*", "t2.*", "m3.*"]}},
        },
    }


@pytest.mark.parametrize(
    ("operator", "context", "expected"),
    [
        # Without IfExists a request that has no InstanceType key is not allowed...
        ("StringLike", {}, Decision.IMPLICIT_DENY),
        # ...with IfExists it is: "If the condition key is not present, the condition is true".
        ("StringLikeIfExists", {}, Decision.ALLOW),
        ("StringLikeIfExists", {"ec2:InstanceType": "t2.micro"}, Decision.ALLOW),
        ("StringLikeIfExists", {"ec2:InstanceType": "m5.large"}, Decision.IMPLICIT_DENY),
        ("StringLike", {"ec2:InstanceType": "t1.micro"}, Decision.ALLOW),
    ],
)
def test_if_exists_makes_an_absent_key_pass(
    operator: str, context: dict[str, str], expected: Decision
) -> None:
    run = request(
        CARLOS, "ec2:RunInstances", f"arn:aws:ec2:us-east-1:{ACCOUNT}:instance/*", **context
    )

    assert evaluate(instance_type_policy(operator), run) is expected


# IAM User Guide, "AWS global condition context keys", aws:MultiFactorAuthPresent: "Deny"
# with BoolIfExists false denies both non-MFA temporary credentials and long-term access
# keys (the key is absent); with Bool it misses the long-term keys ("not recommended").
def deny_without_mfa(operator: str) -> dict[str, Any]:
    return {
        "Statement": [
            {
                "Effect": "Deny",
                "Action": "*",
                "Resource": "*",
                "Condition": {operator: {"aws:MultiFactorAuthPresent": "false"}},
            }
        ]
    }


@pytest.mark.parametrize(
    ("operator", "mfa", "expected"),
    [
        ("BoolIfExists", None, Decision.EXPLICIT_DENY),  # long-term access key
        ("BoolIfExists", False, Decision.EXPLICIT_DENY),  # temporary credentials, no MFA
        ("BoolIfExists", True, Decision.IMPLICIT_DENY),  # MFA: this policy says nothing
        ("Bool", None, Decision.IMPLICIT_DENY),  # the documented gap of plain Bool
        ("Bool", False, Decision.EXPLICIT_DENY),
    ],
)
def test_mfa_deny_with_bool_if_exists_covers_long_term_keys(
    operator: str, mfa: bool | None, expected: Decision
) -> None:
    context = {} if mfa is None else {"aws:MultiFactorAuthPresent": mfa}
    get = request(CARLOS, "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/a", **context)

    assert evaluate(deny_without_mfa(operator), get) is expected


# IAM User Guide, "Condition operators": a key absent from the request context makes the
# condition false, except for negated operators such as StringNotLike or ArnNotLike, where
# it makes the condition true.
@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("StringLike", Decision.IMPLICIT_DENY),
        ("StringNotLike", Decision.EXPLICIT_DENY),
        ("ArnLike", Decision.IMPLICIT_DENY),
        ("ArnNotLike", Decision.EXPLICIT_DENY),
        ("StringEquals", Decision.IMPLICIT_DENY),
        ("StringNotEquals", Decision.EXPLICIT_DENY),
    ],
)
def test_absent_keys_make_negated_operators_true(operator: str, expected: Decision) -> None:
    policy = {
        "Statement": [
            {
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": "*",
                "Condition": {
                    operator: {"aws:PrincipalArn": f"arn:aws:iam::{ACCOUNT}:role/Auditor"}
                },
            }
        ]
    }
    anonymous = request(Principal.anonymous(), "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/a")

    assert evaluate(policy, anonymous) is expected


def test_values_of_a_key_are_ored_and_keys_are_anded() -> None:
    # IAM User Guide, "Create a condition with multiple context keys or values".
    policy = {
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "s3:GetObject",
                "Resource": "*",
                "Condition": {
                    "StringEquals": {"aws:PrincipalTag/department": ["finance", "hr", "legal"]},
                    "ArnLike": {"aws:PrincipalArn": [f"arn:aws:iam::{ACCOUNT}:user/*"]},
                },
            }
        ]
    }
    obj = "arn:aws:s3:::amzn-s3-demo-bucket/a"

    assert (
        evaluate(
            policy, request(CARLOS, "s3:GetObject", obj, **{"aws:PrincipalTag/department": "hr"})
        )
        is Decision.ALLOW
    )
    assert (
        evaluate(
            policy, request(CARLOS, "s3:GetObject", obj, **{"aws:PrincipalTag/department": "it"})
        )
        is Decision.IMPLICIT_DENY
    )
    role = Principal.role(f"arn:aws:iam::{ACCOUNT}:role/hr")
    assert (
        evaluate(
            policy, request(role, "s3:GetObject", obj, **{"aws:PrincipalTag/department": "hr"})
        )
        is Decision.IMPLICIT_DENY
    )


def test_a_negated_operator_with_several_values_needs_all_of_them_to_differ() -> None:
    # Same page: for a negated operator the request value must match none of the values.
    policy = {
        "Statement": [
            {
                "Effect": "Deny",
                "Action": "s3:GetObject",
                "Resource": "*",
                "Condition": {
                    "StringNotEquals": {"aws:PrincipalTag/department": ["finance", "hr"]}
                },
            }
        ]
    }
    obj = "arn:aws:s3:::amzn-s3-demo-bucket/a"

    assert (
        evaluate(
            policy, request(CARLOS, "s3:GetObject", obj, **{"aws:PrincipalTag/department": "hr"})
        )
        is Decision.IMPLICIT_DENY
    )
    assert (
        evaluate(
            policy, request(CARLOS, "s3:GetObject", obj, **{"aws:PrincipalTag/department": "it"})
        )
        is Decision.EXPLICIT_DENY
    )


def test_condition_key_names_are_case_insensitive() -> None:
    policy = {
        "Statement": [
            {
                "Effect": "Deny",
                "Action": "*",
                "Resource": "*",
                "Condition": {"Bool": {"AWS:SecureTransport": "false"}},
            }
        ]
    }
    get = request(CARLOS, "s3:GetObject", "arn:aws:s3:::b/a", **{"aws:securetransport": False})

    assert evaluate(policy, get) is Decision.EXPLICIT_DENY


def test_arn_like_matches_each_of_the_six_parts_on_its_own() -> None:
    # IAM User Guide, "Condition operators", ARN condition operators: each of the six
    # colon-delimited components is checked separately; a "*" does not span a colon.
    policy = {
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "sns:Publish",
                "Resource": "*",
                "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::amzn-s3-demo-*"}},
            }
        ]
    }

    def publish(source: str) -> Decision:
        return evaluate(policy, request(CARLOS, "sns:Publish", "x", **{"aws:SourceArn": source}))

    assert publish("arn:aws:s3:::amzn-s3-demo-bucket") is Decision.ALLOW
    assert publish("arn:aws:s3:us-east-1::amzn-s3-demo-bucket") is Decision.IMPLICIT_DENY


def test_resource_wildcards_cross_slashes_which_is_why_voice_star_matches_redacted() -> None:
    # IAM User Guide, "IAM JSON policy elements: Resource": wildcards match any combination
    # of characters, "/" included; the trap the Contact Lens lockdown avoids.
    policy = {
        "Statement": [
            {
                "Effect": "Deny",
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::b/Analysis/Voice/*",
            }
        ]
    }
    redacted = request(
        CARLOS, "s3:GetObject", "arn:aws:s3:::b/Analysis/Voice/Redacted/2026/01/01/x.json"
    )

    assert evaluate(policy, redacted) is Decision.EXPLICIT_DENY


def test_actions_are_case_insensitive_with_wildcards() -> None:
    policy = {"Statement": [{"Effect": "Allow", "Action": "S3:Get*", "Resource": "*"}]}

    assert (
        evaluate(policy, request(CARLOS, "s3:getobjectversion", "arn:aws:s3:::b/a"))
        is Decision.ALLOW
    )
    assert (
        evaluate(policy, request(CARLOS, "s3:PutObject", "arn:aws:s3:::b/a"))
        is Decision.IMPLICIT_DENY
    )


def test_deny_with_not_action_spares_only_the_listed_actions() -> None:
    # IAM User Guide, "IAM JSON policy elements: NotAction", the example that denies
    # everything except MFA self-management when the request carries no MFA.
    policy = {
        "Statement": [
            {
                "Sid": "DenyAllExceptListedIfNoMFA",
                "Effect": "Deny",
                "NotAction": [
                    "iam:CreateVirtualMFADevice",
                    "iam:EnableMFADevice",
                    "iam:GetUser",
                    "iam:ListMFADevices",
                ],
                "Resource": "*",
                "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
            }
        ]
    }

    assert evaluate(policy, request(CARLOS, "iam:ListMFADevices", "*")) is Decision.IMPLICIT_DENY
    assert (
        evaluate(policy, request(CARLOS, "s3:GetObject", "arn:aws:s3:::b/a"))
        is Decision.EXPLICIT_DENY
    )


def test_not_principal_applies_to_everyone_it_does_not_name() -> None:
    policy = {
        "Statement": [
            {
                "Effect": "Deny",
                "NotPrincipal": {"AWS": CARLOS.arn},
                "Action": "s3:*",
                "Resource": "arn:aws:s3:::b/*",
            }
        ]
    }
    other = Principal.role(f"arn:aws:iam::{ACCOUNT}:role/other")

    assert (
        evaluate(policy, request(CARLOS, "s3:GetObject", "arn:aws:s3:::b/a"))
        is Decision.IMPLICIT_DENY
    )
    assert (
        evaluate(policy, request(other, "s3:GetObject", "arn:aws:s3:::b/a"))
        is Decision.EXPLICIT_DENY
    )


KEY_POLICY_WITH_DENY: dict[str, Any] = {
    "Statement": [
        {
            "Sid": "Enable IAM User Permissions",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
            "Action": "kms:*",
            "Resource": "*",
        },
        {
            "Effect": "Deny",
            "Principal": {"AWS": "*"},
            "Action": "kms:Decrypt",
            "Resource": "*",
            "Condition": {"StringEquals": {"kms:EncryptionContext:Department": "IT"}},
        },
    ]
}


def test_kms_grants_allow_but_cannot_override_a_key_policy_deny() -> None:
    # KMS Developer Guide, "Grants in AWS KMS": use grants to allow access, not to deny it;
    # a Deny in the key policy takes precedence over grants.
    grantee = Principal.role(f"arn:aws:iam::{ACCOUNT}:role/grantee")
    grant = Grant(grantee_arn=str(grantee.arn), operations=frozenset({"Decrypt"}))
    key = f"arn:aws:kms:us-east-1:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"

    hr = request(grantee, "kms:Decrypt", key, **{"kms:EncryptionContext:Department": "HR"})
    it = request(grantee, "kms:Decrypt", key, **{"kms:EncryptionContext:Department": "IT"})

    assert authorize_kms(hr, key_policy=KEY_POLICY_WITH_DENY, grants=[grant]) is Decision.ALLOW
    assert (
        authorize_kms(it, key_policy=KEY_POLICY_WITH_DENY, grants=[grant]) is Decision.EXPLICIT_DENY
    )


def test_kms_root_statement_lets_iam_policies_grant_but_grants_nothing_itself() -> None:
    # KMS Developer Guide, "Default key policy": the statement "allows IAM policies to
    # allow access to the KMS key"; it does not by itself give any principal access.
    user = Principal.role(f"arn:aws:iam::{ACCOUNT}:role/app")
    key = f"arn:aws:kms:us-east-1:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    decrypt = request(user, "kms:Decrypt", key)
    iam = {"Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": key}]}

    assert authorize_kms(decrypt, key_policy=KEY_POLICY_WITH_DENY) is Decision.IMPLICIT_DENY
    assert authorize_kms(decrypt, key_policy=KEY_POLICY_WITH_DENY, identity=[iam]) is Decision.ALLOW


@pytest.mark.parametrize(
    "condition",
    [
        {"ForAnyValue:StringEquals": {"aws:TagKeys": ["a"]}},
        {"DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"}},
        {"StringEquals": {"aws:username": "${aws:username}"}},
    ],
)
def test_features_it_does_not_implement_fail_loudly(condition: dict[str, Any]) -> None:
    policy = {
        "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": condition}]
    }

    with pytest.raises(UnsupportedPolicyError):
        evaluate(policy, request(CARLOS, "s3:GetObject", "arn:aws:s3:::b/a"))
