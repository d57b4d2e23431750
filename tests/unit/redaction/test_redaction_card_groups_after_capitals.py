"""A card typed in groups stays a card when capitals are glued to its first digit; a code
printed as one token after its capitals (a parcel's "JJD5281...") stays a code."""

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.telemetry import MemoryCounter

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


@pytest.mark.parametrize(
    "text",
    [
        "AAA4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",  # found by hypothesis
        "ref ABC4111 1111 1111 1111 thanks",
        "XYZ5555-5555-5555-4444",
    ],
)
def test_card_in_groups_after_glued_capitals_is_masked(text: str) -> None:
    redacted = REDACTOR.redact(text).text

    assert "1111" not in redacted and "5555" not in redacted and "4444" not in redacted


@pytest.mark.parametrize("text", ["parcel JJD528151135455453 is late", "REF4111111111111111"])
def test_code_printed_as_one_token_after_its_capitals_stays(text: str) -> None:
    assert REDACTOR.redact(text).text == text
