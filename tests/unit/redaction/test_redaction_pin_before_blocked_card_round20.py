"""Round 20: digits typed in, in a message that says the card was then blocked or kept, are
its PIN ("puse 4821 en el cajero y me retuvo la tarjeta"); and an error's code after a card
word starts no card over messages ("die Karte gesperrt, Fehler 429"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "card's blocked after I put in 4821 at the shop",
            "card's blocked after I put in [PIN] at the shop",
        ),
        ("I entered 48213579 and the card got locked", "I entered [PIN] and the card got locked"),
        (
            "the atm swallowed my card, typed 4821 twice",
            "the atm swallowed my card, typed [PIN] twice",
        ),
        (
            "puse 4821 en el cajero y me retuvo la tarjeta",
            "puse [PIN] en el cajero y me retuvo la tarjeta",
        ),
        (
            "j'ai tapé 4821 et ma carte est bloquée",
            "j'ai tapé [PIN] et ma carte est bloquée",
        ),
        (
            "hab 4821 dreimal eingegeben und jetzt ist die Karte gesperrt",
            "hab [PIN] dreimal eingegeben und jetzt ist die Karte gesperrt",
        ),
        ("hab 4821 eingetippt, EC-Karte gesperrt", "hab [PIN] eingetippt, EC-Karte gesperrt"),
        (
            "digitei 4821 e o cartão foi bloqueado",
            "digitei [PIN] e o cartão foi bloqueado",
        ),
        (
            "the machine kept my card after I keyed in 4821",
            "the machine kept my card after I keyed in [PIN]",
        ),
    ],
)
def test_digits_typed_before_the_card_was_blocked_are_a_pin(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no blocked card: typed once, an amount as often
        "I typed 4821 at the ATM",
        "I typed 4821 and my card works fine",
        # the block in another sentence than the card
        "my card is fine. it is blocked since I typed 4821",
        # the card too far before the block
        "my card, the one I use for groceries and fuel every week, is blocked, typed 4821",
        # an amount or a unit after the digits, a currency before them
        "I put in 2000 euros and my card is blocked",
        "I put in 2000 $ and my card is blocked",
        "I put in $2000 and my card is blocked",
        # three digits, nine digits
        "I typed 482 and my card is blocked",
        "I typed 482148214 and my card is blocked",
        # a date or a decimal after the verb
        "I entered 2024-05 and my card is blocked",
        # no typing verb right before the digits
        "I typed the order 4821 and my card is blocked",
        "hab 4821 gestern bei der Bank gesagt, Karte gesperrt",
        # no digits, or no card word at all
        "the card is blocked, I typed it in twice",
        "I typed 4821 and it is blocked",
    ],
)
def test_digits_typed_without_a_blocked_card_stay(text: str) -> None:
    assert redact(text) == text


def test_an_error_code_after_a_card_word_starts_no_card() -> None:
    out, pending = conversation("die Karte ist gesperrt, Fehler 429")

    assert out[0] == "die Karte ist gesperrt, Fehler 429"
    assert pending[0] is None


def test_digits_after_a_card_word_without_an_error_word_still_start_a_card() -> None:
    out, pending = conversation("die Karte ist gesperrt, 4111")

    assert out[0] == "die Karte ist gesperrt, [CREDIT_DEBIT_NUMBER]"
    assert pending[0] is not None and pending[0].entity_type == "CREDIT_DEBIT_NUMBER"
