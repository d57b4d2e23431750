"""Round 29: a reference word before a code keeps it out of the bank's numbers even when the
word is long or the code's letters are glued to its digits ("Konto? Verwendungszweck
FAC759114": an account word further back, German's transfer purpose nearer), and a branch
word further back names no code that a reference word leads ("sua agência? referência
FAC257072"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "ist das euer Konto? Verwendungszweck FAC481516",
        "Konto? Verwendungszweck 481516",
        "mein Konto, Rechnungsnummer FAC48151623",
        "é mesmo da vossa agência? referência FAC481516",
        "a agência, referência 4815",
        "bank account? reference INV4815162",
    ],
)
def test_a_code_led_by_a_nearer_reference_word_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # the account word is the nearer one
        ("Rechnung bezahlt, Konto 48151623", "Rechnung bezahlt, Konto [BANK_ACCOUNT_NUMBER]"),
        # a reference word further back than the reach names nothing
        (
            "Verwendungszweck steht unten, mein Konto 48151623",
            "Verwendungszweck steht unten, mein Konto [BANK_ACCOUNT_NUMBER]",
        ),
        ("pedido 555, agência 1234", "pedido 555, agência [BANK_ROUTING]"),
        ("referência 555, a agência 1234", "referência 555, a agência [BANK_ROUTING]"),
        ("agência 1234 conta 48151623", "agência [BANK_ROUTING] conta [BANK_ACCOUNT_NUMBER]"),
    ],
)
def test_the_nearer_bank_word_still_names_the_number(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_reference_word_names_the_code_up_to_24_characters_before_its_digits() -> None:
    # "Ref" starts 24 characters before the digits: within reach, the reference's number
    assert redact("Konto, Ref. wie abgesprochen:  48151623") == (
        "Konto, Ref. wie abgesprochen:  48151623"
    )
    # 25 characters: out of reach, and the account word before it names the digits
    assert redact("Konto, Ref. wie abgesprochen:   48151623") == (
        "Konto, Ref. wie abgesprochen:   [BANK_ACCOUNT_NUMBER]"
    )
