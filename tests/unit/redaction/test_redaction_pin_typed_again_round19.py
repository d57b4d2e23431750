"""Digits typed again and again at a cash machine are its card's PIN, named by no word:
"j'ai tapé 4821 trois fois au distributeur", "I typed 4821 three times at the ATM". Typed
once, typed elsewhere, or with a reference between them and the machine, they stay.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I typed 4821 three times at the ATM", "I typed [PIN] three times at the ATM"),
        (
            "I entered 48213 two times at the cash machine",
            "I entered [PIN] two times at the cash machine",
        ),
        (
            "j'ai tapé 0481 trois fois au DAB et la carte est bloquée",
            "j'ai tapé [PIN] trois fois au DAB et la carte est bloquée",
        ),
        ("puse 12345678 tres veces en el cajero", "puse [PIN] tres veces en el cajero"),
        (
            "digitei 1234 três vezes no caixa eletrônico",
            "digitei [PIN] três vezes no caixa eletrônico",
        ),
        # the count right after the digits, with no number word
        (
            "j'ai saisi 4821 fois trois au distributeur",
            "j'ai saisi [PIN] fois trois au distributeur",
        ),
    ],
)
def test_digits_typed_again_at_a_cash_machine_are_a_pin(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # typed once: an amount as often
        "I typed 4821 at the ATM",
        # no cash machine
        "I typed 4821 three times at the store",
        # three digits, nine digits
        "I typed 482 three times at the ATM",
        "I typed 482148214 three times at the ATM",
        # a reference between the count and the machine
        "I typed 4821 three times for order 5 at the ATM",
        # two words between the digits and the count
        "I typed 4821 and then three times at the ATM",
        # the machine too far after the count
        "I typed 4821 three times and then went home and later on walked to the ATM",
    ],
)
def test_digits_typed_once_or_elsewhere_stay(text: str) -> None:
    assert redact(text) == text
