"""A long number with look-alike letters inside ("o" for 0, "l" for 1) right after a generic
"the number is": the customer hid it, so it is theirs. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.context import mend_typos
from connect_privacy.redaction.patterns.disguised_number import find_disguised_number
from connect_privacy.redaction.patterns.normalize import deobfuscate, fold, spell
from tests.support.redaction import conversation, redact


def _found(text: str) -> list[str]:
    """The values the finder masks, read on the views the detector gives it."""
    spelled = spell(mend_typos(fold(text)))
    clear = deobfuscate(spelled)
    return [text[span.begin : span.end] for span in find_disguised_number(spelled, clear)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("o número é 12o45678l234", "12o45678l234"),
        ("o numero e 12o45678l234", "12o45678l234"),  # typed without accents
        ("el numero es 5I3o2468", "5I3o2468"),  # eight digits: the least
        ("el número: 5I3o24689", "5I3o24689"),
        ("le numéro c'est 73O9 4l18 26", "73O9 4l18 26"),  # in groups
        ("le numéro est l2345678", "l2345678"),  # the disguise leading
        ("the number is 8O4512345678", "8O4512345678"),
        ("Nummer ist 8O4512345678", "8O4512345678"),
        ("numero 12o45678l234", "12o45678l234"),  # the label alone
        ("bueno, número 12o45678l234", "12o45678l234"),  # a sign before the label
        ("y mi numero es 12o45678l234", "12o45678l234"),  # a possessive before it
        ("o número é 1234o678901234567890123", "1234o678901234567890123"),  # 24: the most
    ],
)
def test_a_disguised_number_after_the_generic_label_is_found(text: str, value: str) -> None:
    assert _found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "o número é 12045678123",  # typed plainly: nothing was hidden (other finders weigh it)
        "el numero es 5I3o246",  # seven digits: a code's or a price's length
        "o número é 1234o67890123456789012345",  # twenty-five digits: longer than any account
        "el número de pedido es 5I3o24689",  # named by its own word between label and value
        "no es 5I3o24689",  # a negation, not the abbreviation of "número"
        "pronumero 5I3o24689",  # the label a word's end
        "the order number is 5I3o24689",  # English names the number before its word
        "numero uno dos tres cuatro cinco seis siete ocho",  # digits said in words: no letter
        "o número, que eu acho que anotei, 5I3o24689",  # words between the label and the value
    ],
)
def test_other_runs_are_not_this_finders(text: str) -> None:
    assert _found(text) == []


def test_a_disguised_number_beside_an_order_keeps_the_order() -> None:
    assert redact("pedido 48213 o número é 12o45678l234") == (
        "pedido 48213 o número é [BANK_ACCOUNT_NUMBER]"
    )


def test_the_message_after_a_disguised_number_is_left() -> None:
    texts, _ = conversation("el numero es 7l2o45678l23", "gracias")
    assert texts == ["el numero es [BANK_ACCOUNT_NUMBER]", "gracias"]
