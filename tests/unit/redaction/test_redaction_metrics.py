"""What the redactor counts: entities in total and per entity type, never text."""

from __future__ import annotations

import json

from connect_privacy.redaction import METRIC_ENTITIES, Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.custom import parse_custom_patterns
from connect_privacy.redaction.redactor import METRIC_ENTITIES_OF_TYPE
from connect_privacy.telemetry import MemoryCounter

TEXT = "card 4111 1111 1111 1111, ssn 123-45-6789, member MBR-12345678, spouse ssn 234-56-7891"


def offline_redactor(counter: MemoryCounter):
    settings = RedactionSettings(
        engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}),
        custom_patterns=parse_custom_patterns(
            json.dumps({"MEMBER_ID": r"\bMBR-\d{8}\b"}), source="test"
        ),
    )
    return build_redactor(settings, comprehend_client=None, counter=counter)


def test_entities_are_counted_in_total_and_per_type():
    counter = MemoryCounter()

    result = offline_redactor(counter).redact(TEXT)

    assert "[SSN]" in result.text and "[MEMBER_ID]" in result.text
    assert counter.totals == {
        METRIC_ENTITIES: 4,
        "RedactedEntities_CREDIT_DEBIT_NUMBER": 1,
        "RedactedEntities_SSN": 2,
        "RedactedEntities_MEMBER_ID": 1,
    }
    assert METRIC_ENTITIES_OF_TYPE.format("SSN") == "RedactedEntities_SSN"


def test_nothing_is_counted_for_text_without_entities():
    counter = MemoryCounter()

    offline_redactor(counter).redact("hello, when do you open?")

    assert counter.totals == {}
