"""Messenger credentials from Secrets Manager (moto), cached with a TTL."""

from __future__ import annotations

import json
from collections.abc import Iterator

import boto3
import pytest
from aws_lambda_powertools.utilities import parameters

from connect_privacy.messenger.secrets import (
    MessengerSecrets,
    SecretUnavailable,
    load_messenger_secrets,
)

SECRET_ID = "connect-privacy/messenger"
VALUE = {
    "APP_SECRET": "synthetic-app-secret",
    "VERIFY_TOKEN": "synthetic-verify-token",
    "PAGE_TOKEN": "synthetic-page-token",
}


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    parameters.clear_caches()
    yield
    parameters.clear_caches()


@pytest.fixture
def secretsmanager(aws: None):
    return boto3.client("secretsmanager")


def put(secretsmanager, value: object) -> None:
    text = value if isinstance(value, str) else json.dumps(value)
    try:
        secretsmanager.put_secret_value(SecretId=SECRET_ID, SecretString=text)
    except secretsmanager.exceptions.ResourceNotFoundException:
        secretsmanager.create_secret(Name=SECRET_ID, SecretString=text)


def test_reads_the_three_values(secretsmanager) -> None:
    put(secretsmanager, VALUE)
    secrets = load_messenger_secrets(SECRET_ID, max_age_seconds=300)
    assert secrets.app_secret == "synthetic-app-secret"
    assert secrets.verify_token == "synthetic-verify-token"
    assert secrets.page_token("any-page") == "synthetic-page-token"


def test_page_tokens_map_overrides_the_default(secretsmanager) -> None:
    put(secretsmanager, {**VALUE, "PAGE_TOKENS": {"111": "token-111"}})
    secrets = load_messenger_secrets(SECRET_ID, max_age_seconds=300)
    assert secrets.page_token("111") == "token-111"
    assert secrets.page_token("222") == "synthetic-page-token"


def test_a_page_without_a_token_is_a_clear_error(secretsmanager) -> None:
    put(
        secretsmanager,
        {
            **{k: v for k, v in VALUE.items() if k != "PAGE_TOKEN"},
            "PAGE_TOKENS": {"111": "token-111"},
        },
    )
    secrets = load_messenger_secrets(SECRET_ID, max_age_seconds=300)
    with pytest.raises(SecretUnavailable, match="no page token"):
        secrets.page_token("222")


def test_the_cached_value_is_used_within_its_max_age(secretsmanager) -> None:
    put(secretsmanager, VALUE)
    load_messenger_secrets(SECRET_ID, max_age_seconds=300)
    put(secretsmanager, {**VALUE, "APP_SECRET": "rotated"})
    assert load_messenger_secrets(SECRET_ID, max_age_seconds=300).app_secret != "rotated"


def test_a_rotated_value_takes_effect_once_the_cache_expires(secretsmanager) -> None:
    put(secretsmanager, VALUE)
    load_messenger_secrets(SECRET_ID, max_age_seconds=0)
    put(secretsmanager, {**VALUE, "APP_SECRET": "rotated"})
    assert load_messenger_secrets(SECRET_ID, max_age_seconds=0).app_secret == "rotated"


def test_a_missing_secret_is_a_clear_error(secretsmanager) -> None:
    with pytest.raises(SecretUnavailable, match="could not be read"):
        load_messenger_secrets(SECRET_ID, max_age_seconds=300)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("not json at all", "not a JSON object"),
        ('["a list"]', "not a JSON object"),
        ({"VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}, "APP_SECRET"),
        ({"APP_SECRET": "a", "PAGE_TOKEN": "p"}, "VERIFY_TOKEN"),
        ({"APP_SECRET": " ", "VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}, "APP_SECRET"),
        ({"APP_SECRET": "a", "VERIFY_TOKEN": "v"}, "PAGE_TOKEN, PAGE_TOKENS or INSTAGRAM_TOKENS"),
        ({"APP_SECRET": "a", "VERIFY_TOKEN": "v", "PAGE_TOKENS": ["x"]}, "PAGE_TOKENS"),
        ({"APP_SECRET": "a", "VERIFY_TOKEN": "v", "PAGE_TOKEN": 7}, "PAGE_TOKEN"),
    ],
)
def test_a_malformed_secret_names_the_problem_not_the_value(
    secretsmanager,
    value: object,
    problem: str,
) -> None:
    put(secretsmanager, value)
    with pytest.raises(SecretUnavailable, match=problem) as raised:
        load_messenger_secrets(SECRET_ID, max_age_seconds=300)
    assert "not json at all" not in str(raised.value)
    assert raised.value.__cause__ is None


def test_repr_reveals_no_secret_values() -> None:
    secrets = MessengerSecrets("app-secret-x", "verify-x", "page-x", {"111": "token-x"})
    assert "-x" not in repr(secrets)
