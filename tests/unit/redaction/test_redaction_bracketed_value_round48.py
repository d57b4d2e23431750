"""Round 48: a value the customer puts in square brackets ("swift [DEUTDEFF]") is masked as
it is without them. Only a bracketed word carrying one of the redactor's mask names (an
entity type, PII, an operator's custom pattern name) is a mask token that nothing may be
found inside: masking stays idempotent. Other bracketed capitals stay. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.custom import parse_custom_patterns
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("codigo swift [DEUTDEFF]", "codigo swift [[SWIFT_CODE]]"),
        ("here u go swift code [NWBKGB2L]", "here u go swift code [[SWIFT_CODE]]"),
        ("segue swift [BOFAUS3NXXX]", "segue swift [[SWIFT_CODE]]"),
    ],
)
def test_a_bracketed_value_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ticket [URGENT] please call back",
        "status [RESOLVED] thanks [ACCOUNTS] team",
        "codigo swift [[SWIFT_CODE]]",
        "mi ssn [SSN] y tarjeta [PII]",
    ],
)
def test_bracketed_words_and_mask_tokens_stay(text: str) -> None:
    assert redact(text) == text


def test_a_custom_patterns_token_is_not_read_again() -> None:
    # a pattern that would match its own token's name: a second pass changes nothing
    settings = RedactionSettings(
        engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}),
        custom_patterns=parse_custom_patterns('{"MBR_ID": "MBR_ID|MBR-[0-9]{6}"}', source="test"),
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=MemoryCounter())
    once = redactor.redact("member MBR-123456 please").text
    assert once == "member [MBR_ID] please"
    assert redactor.redact(once).text == once
