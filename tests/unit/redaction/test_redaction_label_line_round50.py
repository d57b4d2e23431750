"""Round 50: a value pasted on the line under its label ("passport:" then "X1234567"): a
context word's gap never crosses a line break, so the label named nothing. The line break
right after a label's colon now reads as a space; a list's lines without one stay apart.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value", "token"),
    [
        ("here is my passport:\nX7712034\n(from my notes)", "X7712034", "[PASSPORT_NUMBER]"),
        ("aquí va num de pasaporte:\nPAQ204417", "PAQ204417", "[PASSPORT_NUMBER]"),
        ("voici passeport :\n18KP33021\nmerci", "18KP33021", "[PASSPORT_NUMBER]"),
        ("hier Reisepass:\nC4RT8NK21", "C4RT8NK21", "[PASSPORT_NUMBER]"),
        ("segue passaporte:\nYB402218", "YB402218", "[PASSPORT_NUMBER]"),
        ("routing number:\n021000021\n(copied)", "021000021", "[BANK_ROUTING]"),
    ],
)  # fmt: skip
def test_a_value_on_the_line_under_its_label_is_masked(text: str, value: str, token: str) -> None:
    masked = text.replace(value, token)
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    "text",
    [
        "order:\n55120944\nstill not here",
        "pedido:\n33018842",
        "commande :\n40918832",
        "Bestellung:\n77120934",
        "total:\n49.90 EUR",
        "delivered:\n12/03/2025",
        # no colon: the next line of a list is another item
        "my passport\n12 boxes arrived",
    ],
)  # fmt: skip
def test_references_prices_and_dates_under_a_label_stay(text: str) -> None:
    assert redact(text) == text
