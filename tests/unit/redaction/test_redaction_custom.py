"""Operator-supplied patterns: validated at load, protected against backtracking."""

from __future__ import annotations

import json

import pytest
import regex

from connect_privacy.config import ConfigError
from connect_privacy.redaction import (
    METRIC_BLOCKED,
    METRIC_CUSTOM_TIMEOUT,
    Engine,
    RedactionBlocked,
    RedactionSettings,
    build_redactor,
)
from connect_privacy.redaction.custom import (
    CustomPattern,
    parse_custom_patterns,
)
from connect_privacy.telemetry import MemoryCounter

PATTERNS = {"MEMBER_ID": r"\bMBR-?\d{8}\b", "CLAIM_NUMBER": r"\bCLM-\d{4}-\d{6}\b"}


def redactor_with(patterns, counter=None, **kwargs):
    settings = RedactionSettings(
        engines=frozenset({Engine.CUSTOM}),
        custom_patterns=parse_custom_patterns(json.dumps(patterns), source="test"),
        **kwargs,
    )
    return build_redactor(settings, comprehend_client=None, counter=counter or MemoryCounter())


def test_custom_patterns_are_masked_with_their_own_names():
    result = redactor_with(PATTERNS).redact("member MBR-12345678, claim CLM-2024-000123 pls")

    assert result.text == "member [MEMBER_ID], claim [CLAIM_NUMBER] pls"
    assert {s.detector for s in result.entities} == {"custom"}


def test_custom_types_are_not_filtered_by_the_entity_type_allow_list():
    redactor = redactor_with(PATTERNS, entity_types=frozenset({"SSN"}))

    assert redactor.redact("MBR-12345678").text == "[MEMBER_ID]"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"MEMBER_ID": "MBR-(\\\\d{8}"}', "custom pattern MEMBER_ID does not compile"),
        ('{"member id": "x"}', "custom pattern name 'member id'"),
        ('{"EMPTY": ""}', "custom pattern EMPTY must be a non-empty string"),
        ('{"ANY": "\\\\d*"}', "custom pattern ANY matches empty text"),
        ('{"NESTED": "(a+)+$"}', "custom pattern NESTED backtracks catastrophically"),
        ('["MBR-\\\\d+"]', "must be a JSON object"),
    ],
)
def test_a_bad_pattern_fails_at_load_naming_it(document, message):
    with pytest.raises(ConfigError, match=message):
        parse_custom_patterns(document, source="REDACTION_CUSTOM_PATTERNS")


def test_a_pattern_that_times_out_on_a_message_withholds_it():
    # The load-time probes now refuse (x|xx)+y; built directly, it stands for a
    # pattern that got past them. It backtracks exponentially on a run of x's
    # and the run-time timeout, the fail-closed backstop, stops it.
    counter = MemoryCounter()
    settings = RedactionSettings(
        engines=frozenset({Engine.CUSTOM, Engine.PATTERNS}),
        custom_patterns=(CustomPattern("SLOW", regex.compile(r"(x|xx)+y")),),
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=counter)

    with pytest.raises(RedactionBlocked) as blocked:
        redactor.redact("x" * 80 + " card 4111111111111111")

    assert blocked.value.reason == "custom_pattern_timeout"
    assert "4111" not in str(blocked.value)
    assert counter.totals[METRIC_CUSTOM_TIMEOUT] == 1
    assert counter.totals[METRIC_BLOCKED] == 1
