"""Reading the REDACTION_* environment at cold start."""

from __future__ import annotations

import pytest

from connect_privacy.config import ConfigError
from connect_privacy.redaction import (
    DEFAULT_ENTITY_TYPES,
    Engine,
    FailurePolicy,
    Language,
    MaskMode,
    RedactionSettings,
)


def test_defaults_match_the_documented_contract():
    settings = RedactionSettings.from_env({})

    assert settings.engines == {Engine.COMPREHEND, Engine.PATTERNS, Engine.CUSTOM}
    assert settings.mask_mode is MaskMode.ENTITY_TYPE
    assert settings.language is Language.EN
    assert settings.min_score == 0.5
    assert settings.failure_policy is FailurePolicy.PATTERNS_ONLY
    assert settings.entity_types == DEFAULT_ENTITY_TYPES
    assert settings.custom_patterns == ()


def test_default_entity_types_cover_financial_id_credential_and_contact_but_not_name_or_date():
    assert {
        "CREDIT_DEBIT_NUMBER",
        "BANK_ROUTING",
        "SSN",
        "PASSPORT_NUMBER",
        "PASSWORD",
        "AWS_SECRET_KEY",
        "EMAIL",
        "PHONE",
        "ADDRESS",
    } <= DEFAULT_ENTITY_TYPES
    assert not {"NAME", "DATE_TIME"} & DEFAULT_ENTITY_TYPES


def test_every_variable_is_read():
    settings = RedactionSettings.from_env(
        {
            "REDACTION_ENGINES": "patterns, Custom",
            "REDACTION_MASK_MODE": "pii",
            "REDACTION_LANGUAGE": "es",
            "REDACTION_MIN_SCORE": "0.8",
            "REDACTION_ENTITY_TYPES": "ssn,CREDIT_DEBIT_NUMBER",
            "REDACTION_FAILURE_POLICY": "block",
            "REDACTION_CUSTOM_PATTERNS": '{"MEMBER_ID": "MBR-\\\\d{8}"}',
            "REDACTION_ALLOW_UNDETECTED_TYPES": ",".join(
                sorted(DEFAULT_ENTITY_TYPES - {"SSN", "CREDIT_DEBIT_NUMBER"})
            ),
        }
    )

    assert settings.engines == {Engine.PATTERNS, Engine.CUSTOM}
    assert settings.mask_mode is MaskMode.PII
    assert settings.language is Language.ES
    assert settings.min_score == 0.8
    assert settings.entity_types == {"SSN", "CREDIT_DEBIT_NUMBER"}
    assert settings.failure_policy is FailurePolicy.BLOCK
    assert [p.name for p in settings.custom_patterns] == ["MEMBER_ID"]
    assert settings.allow_undetected == DEFAULT_ENTITY_TYPES - {"SSN", "CREDIT_DEBIT_NUMBER"}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REDACTION_ENGINES", "patterns,regexes"),
        ("REDACTION_MASK_MODE", "stars"),
        ("REDACTION_LANGUAGE", "fr"),
        ("REDACTION_MIN_SCORE", "1.5"),
        ("REDACTION_ENTITY_TYPES", "SSN,SHOE_SIZE"),
        ("REDACTION_FAILURE_POLICY", "deliver"),
        ("REDACTION_CUSTOM_PATTERNS", "not json"),
    ],
)
def test_a_bad_value_fails_naming_the_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        RedactionSettings.from_env({name: value})
