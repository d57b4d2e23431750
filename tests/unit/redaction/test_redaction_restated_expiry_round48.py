"""Round 48: the expiry on file said to be wrong, then the right one, in each language: "the
expiry they have on file is wrong, correct one: 10/26", "la fecha de venc que tienen está
mal, el bueno es: 1127". The value stood too far from its word before. At most two short
words between "wrong" and "right", no digit before the value, and the value a month and
year of a card in use. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            'the expiry they have on file is wrong, correct one: "10 - 26"',
            'the expiry they have on file is wrong, correct one: "[CREDIT_DEBIT_EXPIRY]"',
        ),
        (
            "the expiry date you have is wrong, the right one is: 11/27",
            "the expiry date you have is wrong, the right one is: [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "la fecha de venc que tienen esta mal, la buena es: 1127",
            "la fecha de venc que tienen esta mal, la buena es: [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "la date d'exp enregistrée est fausse, la bonne : « 03/30 »",
            "la date d'exp enregistrée est fausse, la bonne : « [CREDIT_DEBIT_EXPIRY] »",
        ),
        (
            "das hinterlegte Ablaufdatum stimmt nicht, richtig ist „0633“",
            "das hinterlegte Ablaufdatum stimmt nicht, richtig ist „[CREDIT_DEBIT_EXPIRY]“",
        ),
        (
            "a validade que vocês têm está errada, a certa é: 11/27",
            "a validade que vocês têm está errada, a certa é: [CREDIT_DEBIT_EXPIRY]",
        ),
    ],
)
def test_the_right_expiry_after_the_wrong_one_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # another noun between "wrong" and "right": its number, not the expiry
        "la fecha de vencimiento está mal, el pedido correcto es 1127",
        "the expiry is wrong, the order number correct is 1127",
        # a month and year long past: no card in use
        "the expiry is wrong, correct one: 10/15",
        # no month thirteen
        "Ablaufdatum falsch, richtig: 13/27",
        # no expiry word
        "the date is wrong, correct one: 11/27 for the meeting",
    ],
)
def test_other_numbers_after_a_correction_stay(text: str) -> None:
    assert redact(text) == text
