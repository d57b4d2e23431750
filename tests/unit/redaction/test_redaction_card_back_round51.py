"""Round 51: the security code read off "the back" of the card ("read it off the back for
you: 062"), the French "le dos"/"du dos" and the Portuguese "costas" ("nas costas do cartão
318"): only "on the back", "back of the card" and "au dos" named the place before. A room's
back or a body's stays ("the back office", "mal au dos"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("read it off the back for you: 062. the rest is on the front", "062"),
        ("from the back it's 7504", "7504"),
        ("je vous lis le dos : 768. et devant rien", "768"),
        ("le code du dos c'est 4412", "4412"),
        ("nas costas do cartão tem 318", "318"),
        ("auf der Rückseite steht 531", "531"),
        ("el reverso dice 902", "902"),
    ],
)  # fmt: skip
def test_a_code_read_off_the_back_of_the_card_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[CREDIT_DEBIT_CVV]")


@pytest.mark.parametrize(
    "text",
    [
        "the back office ticket 4412 is still open",
        "went to the back and waited 20 min",
        "j'ai mal au dos depuis 3 jours",
        "order 4471 arrived, the back of the box was torn",
        "price 129.99 on the back shelf",
    ],
)  # fmt: skip
def test_a_back_that_is_no_cards_leaves_numbers(text: str) -> None:
    assert redact(text) == text
