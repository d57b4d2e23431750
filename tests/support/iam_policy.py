"""A small IAM policy evaluator: enough of AWS's rules to test our own policy documents.

It answers one question for a request (principal, action, resource, context keys): does a
set of policies explicitly deny it, allow it, or say nothing? The rules implemented, each
from AWS's documentation:

- Evaluation within one account (IAM User Guide, "Policy evaluation logic" and "Policy
  evaluation for requests within a single account"): an explicit Deny in any policy wins;
  otherwise an Allow in the identity policy *or* the resource policy suffices; otherwise the
  request is implicitly denied. A resource policy that names the account (``...:root`` or the
  account id) delegates to IAM: the identity policy must still allow.
- KMS (KMS Developer Guide, "Key policies" and "Grants"): the key policy is required. A key
  policy Allow for the principal suffices; an Allow for the account root lets IAM policies
  grant; a grant allows its operations; a Deny in the key policy overrides all of them.
- Statements: ``Action``/``NotAction`` and ``Resource``/``NotResource`` with ``*`` (any
  characters, ``/`` and ``:`` included) and ``?`` (one character); actions are case
  insensitive, resources case sensitive. ``Principal``/``NotPrincipal`` with ``"*"``,
  ``{"AWS": "*"}``, role ARNs, account roots and ``{"Service": ...}``.
- Conditions ("IAM JSON policy elements: Condition operators"): operators in a block and
  keys under an operator are ANDed; values of one key are ORed, and a negated operator
  (``StringNotEquals``, ``StringNotLike``, ``ArnNotLike``...) is true when the request
  value matches none of them. A key absent from the request makes a positive operator false
  and a negated one true; ``...IfExists`` makes any operator true when the key is absent;
  ``Null`` tests presence. Condition key names are case insensitive. ``ArnLike``/``ArnEquals``
  match each of an ARN's six colon-separated parts on its own.

Anything else (policy variables, ``ForAnyValue``/``ForAllValues``, date and IP operators)
raises ``UnsupportedPolicyError``: a test must not pass because the evaluator skipped a rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

ContextValue = str | bool | int


class UnsupportedPolicyError(ValueError):
    """The policy uses a feature this evaluator does not implement."""


class Decision(Enum):
    ALLOW = "allow"
    EXPLICIT_DENY = "explicit deny"
    IMPLICIT_DENY = "implicit deny"


@dataclass(frozen=True)
class Principal:
    """Who signs the request: an IAM role (by its role ARN), a service, or nobody."""

    arn: str | None = None
    service: str | None = None

    @classmethod
    def role(cls, arn: str) -> Principal:
        return cls(arn=arn)

    @classmethod
    def aws_service(cls, name: str) -> Principal:
        return cls(service=name)

    @classmethod
    def anonymous(cls) -> Principal:
        return cls()

    @property
    def account(self) -> str | None:
        return self.arn.split(":")[4] if self.arn else None

    def context(self) -> dict[str, ContextValue]:
        """Global keys AWS adds for this principal (aws:PrincipalArn holds the role ARN)."""
        if self.arn is None:
            return {}
        return {"aws:PrincipalArn": self.arn, "aws:PrincipalAccount": str(self.account)}


@dataclass(frozen=True)
class Request:
    principal: Principal
    action: str
    resource: str
    context: Mapping[str, ContextValue] = field(default_factory=dict)

    def keys(self) -> dict[str, ContextValue]:
        merged = {**self.principal.context(), **self.context}
        return {key.lower(): value for key, value in merged.items()}


@dataclass(frozen=True)
class Grant:
    """A KMS grant: lets its grantee perform its operations (e.g. "Decrypt"); it cannot deny."""

    grantee_arn: str
    operations: frozenset[str]


@dataclass(frozen=True)
class PolicyResult:
    denied: bool
    allowed: bool  # an Allow matched the principal itself (or, in an identity policy, at all)
    delegated: bool  # a resource-policy Allow matched only through the principal's account


# --- public entry points --------------------------------------------------------------


def evaluate(policy: Mapping[str, Any], request: Request) -> Decision:
    """The verdict of one policy on its own (identity or resource policy)."""
    result = _evaluate(policy, request)
    if result.denied:
        return Decision.EXPLICIT_DENY
    return Decision.ALLOW if result.allowed or result.delegated else Decision.IMPLICIT_DENY


def authorize(
    request: Request,
    *,
    identity: Sequence[Mapping[str, Any]] = (),
    resource: Mapping[str, Any] | None = None,
) -> Decision:
    """Same-account evaluation of identity policies and a resource policy (S3, SQS...)."""
    results = [_evaluate(policy, request) for policy in identity]
    resource_result = _evaluate(resource, request) if resource is not None else None
    if any(r.denied for r in results) or (resource_result and resource_result.denied):
        return Decision.EXPLICIT_DENY
    if any(r.allowed for r in results) or (resource_result and resource_result.allowed):
        return Decision.ALLOW
    return Decision.IMPLICIT_DENY


def authorize_kms(
    request: Request,
    *,
    key_policy: Mapping[str, Any],
    identity: Sequence[Mapping[str, Any]] = (),
    grants: Iterable[Grant] = (),
) -> Decision:
    """KMS: the key policy must allow, delegate to IAM, or a grant must cover the call."""
    key_result = _evaluate(key_policy, request)
    identity_results = [_evaluate(policy, request) for policy in identity]
    if key_result.denied or any(r.denied for r in identity_results):
        return Decision.EXPLICIT_DENY
    if key_result.allowed:
        return Decision.ALLOW
    if key_result.delegated and any(r.allowed for r in identity_results):
        return Decision.ALLOW
    # Grant operations are named without the service prefix ("Decrypt", "GenerateDataKey").
    operation = request.action.lower().removeprefix("kms:")
    if any(
        grant.grantee_arn == request.principal.arn
        and operation in {op.lower() for op in grant.operations}
        for grant in grants
    ):
        return Decision.ALLOW
    return Decision.IMPLICIT_DENY


# --- statements ---------------------------------------------------------------------------


def _evaluate(policy: Mapping[str, Any], request: Request) -> PolicyResult:
    statements = policy["Statement"]
    if isinstance(statements, Mapping):
        statements = [statements]
    denied = allowed = delegated = False
    for statement in statements:
        principal_match = _principal_matches(statement, request.principal)
        if principal_match == "none":
            continue
        if not (
            _action_matches(statement, request.action)
            and _resource_matches(statement, request.resource)
        ):
            continue
        if not _conditions_hold(statement.get("Condition", {}), request.keys()):
            continue
        if statement["Effect"] == "Deny":
            denied = True
        elif statement["Effect"] == "Allow":
            if principal_match == "account":
                delegated = True
            else:
                allowed = True
        else:
            raise UnsupportedPolicyError(f"unknown Effect {statement['Effect']!r}")
    return PolicyResult(denied=denied, allowed=allowed, delegated=delegated)


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _action_matches(statement: Mapping[str, Any], action: str) -> bool:
    if "Action" in statement:
        return any(
            _glob(pattern, action, ignore_case=True) for pattern in _as_list(statement["Action"])
        )
    if "NotAction" in statement:
        return not any(_glob(p, action, ignore_case=True) for p in _as_list(statement["NotAction"]))
    raise UnsupportedPolicyError("a statement needs Action or NotAction")


def _resource_matches(statement: Mapping[str, Any], resource: str) -> bool:
    if "Resource" in statement:
        return any(_glob(pattern, resource) for pattern in _as_list(statement["Resource"]))
    if "NotResource" in statement:
        return not any(_glob(pattern, resource) for pattern in _as_list(statement["NotResource"]))
    raise UnsupportedPolicyError("a statement needs Resource or NotResource")


def _principal_matches(statement: Mapping[str, Any], principal: Principal) -> str:
    """How the statement names the principal: direct, account (delegation) or none."""
    if "Principal" in statement:
        return _principal_element_matches(statement["Principal"], principal)
    if "NotPrincipal" in statement:
        # NotPrincipal matches every principal the element does not name.
        return (
            "none"
            if _principal_element_matches(statement["NotPrincipal"], principal) != "none"
            else "direct"
        )
    return "direct"  # identity policy: the principal is whoever it is attached to


def _principal_element_matches(element: Any, principal: Principal) -> str:
    if element == "*":
        return "direct"
    if not isinstance(element, Mapping):
        raise UnsupportedPolicyError(f"unsupported Principal {element!r}")
    best = "none"
    for kind, identifiers in element.items():
        for identifier in _as_list(identifiers):
            if kind == "AWS":
                if identifier == "*":
                    return "direct"
                if "*" in identifier or "?" in identifier:
                    raise UnsupportedPolicyError("wildcards are not allowed in a Principal ARN")
                if principal.arn is not None and identifier == principal.arn:
                    return "direct"
                account = identifier if re.fullmatch(r"\d{12}", identifier) else None
                if identifier.endswith(":root"):
                    account = identifier.split(":")[4]
                if account is not None and account == principal.account:
                    best = "account"
            elif kind == "Service":
                if identifier == "*" or identifier == principal.service:
                    return "direct"
            elif kind in ("Federated", "CanonicalUser"):
                continue
            else:
                raise UnsupportedPolicyError(f"unknown principal type {kind!r}")
    return best


# --- conditions ------------------------------------------------------------------------------

_STRING_OPERATORS = {
    "StringEquals": (False, "exact"),
    "StringNotEquals": (True, "exact"),
    "StringEqualsIgnoreCase": (False, "ignore_case"),
    "StringNotEqualsIgnoreCase": (True, "ignore_case"),
    "StringLike": (False, "glob"),
    "StringNotLike": (True, "glob"),
    "ArnEquals": (False, "arn"),
    "ArnLike": (False, "arn"),
    "ArnNotEquals": (True, "arn"),
    "ArnNotLike": (True, "arn"),
    "Bool": (False, "bool"),
    "NumericEquals": (False, "number"),
    "NumericNotEquals": (True, "number"),
}


def _conditions_hold(condition: Mapping[str, Any], keys: Mapping[str, ContextValue]) -> bool:
    for operator, clauses in condition.items():
        for key, values in clauses.items():
            if not _clause_holds(operator, key.lower(), [str(v) for v in _as_list(values)], keys):
                return False
    return True


def _clause_holds(
    operator: str, key: str, values: list[str], keys: Mapping[str, ContextValue]
) -> bool:
    if ":" in operator:
        raise UnsupportedPolicyError(f"set operators are not implemented: {operator}")
    if any("${" in value for value in values):
        raise UnsupportedPolicyError("policy variables are not implemented")
    present = key in keys
    if operator == "Null":
        [expected] = values
        return (not present) is (expected.lower() == "true")
    if_exists = operator.endswith("IfExists")
    base = operator.removesuffix("IfExists")
    if base not in _STRING_OPERATORS:
        raise UnsupportedPolicyError(f"condition operator {operator} is not implemented")
    negated, kind = _STRING_OPERATORS[base]
    if not present:
        # IfExists: "if the key is not present, the condition is true"; otherwise absent
        # keys never match, which makes a negated operator true.
        return True if if_exists else negated
    actual = keys[key]
    if isinstance(actual, list | tuple):
        raise UnsupportedPolicyError("multivalued context keys need ForAnyValue/ForAllValues")
    matched = any(_value_matches(kind, expected, actual) for expected in values)
    return not matched if negated else matched


def _value_matches(kind: str, expected: str, actual: ContextValue) -> bool:
    text = str(actual).lower() if isinstance(actual, bool) else str(actual)
    if kind == "exact":
        return expected == text
    if kind == "ignore_case":
        return expected.lower() == text.lower()
    if kind == "glob":
        return _glob(expected, text)
    if kind == "arn":
        return _arn_matches(expected, text)
    if kind == "bool":
        return expected.lower() == text.lower()
    if kind == "number":
        return float(expected) == float(text)
    raise AssertionError(kind)


def _arn_matches(pattern: str, arn: str) -> bool:
    pattern_parts = pattern.split(":", 5)
    arn_parts = arn.split(":", 5)
    if len(pattern_parts) != 6 or len(arn_parts) != 6:
        return False
    return all(_glob(p, a) for p, a in zip(pattern_parts, arn_parts, strict=True))


@lru_cache(maxsize=4096)
def _compiled(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile(regex, re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def _glob(pattern: str, value: str, *, ignore_case: bool = False) -> bool:
    return _compiled(pattern, ignore_case).fullmatch(value) is not None
