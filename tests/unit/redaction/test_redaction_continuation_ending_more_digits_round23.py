"""Round 23: more digits after a card's ending word than an ending is taken to have (its
last four, five on American Express, or two printed groups) are the card's first groups,
typed before the customer corrects themselves ("card ending 4111-1111-1111", then "no wait
whole thing 1111"). An ending of eight digits or fewer starts no card (after a card word it
is masked as the card's ending, see ``test_redaction_card_ending``; once masked, it waits for
the card's rest, see ``test_redaction_card_rest_after_ending_round27``). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "then", "masked_first", "masked_then"),
    [
        (
            "card ending 4111-1111-1111",
            "no wait whole thing 1111",
            "card ending [CREDIT_DEBIT_NUMBER]",
            "no wait whole thing [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "quería pagar con la que termina en 4111 1111 1111",
            "no mejor toda 1111",
            "quería pagar con la que termina en [CREDIT_DEBIT_NUMBER]",
            "no mejor toda [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "die Karte endet auf 4111-1111-1111",
            "nee ganz 1111",
            "die Karte endet auf [CREDIT_DEBIT_NUMBER]",
            "nee ganz [CREDIT_DEBIT_NUMBER]",
        ),
    ],
)
def test_a_card_start_after_an_ending_word_and_its_rest(
    first: str, then: str, masked_first: str, masked_then: str
) -> None:
    masked, markers = conversation(first, then)
    assert masked == [masked_first, masked_then]
    assert markers[0] is not None and markers[0].seen == sum(c.isdigit() for c in first)


@pytest.mark.parametrize(
    "text",
    [
        "card ending 411122223",  # nine digits after a card word: more than an ending
        "la que termina en 411111112",  # nine, with no card word: an issuer's prefix
        "la que termina en 4111 1111 1 espera",  # a wait after them
    ],
)
def test_nine_digits_after_an_ending_word_start_a_card(text: str) -> None:
    masked, markers = conversation(text)
    assert "[CREDIT_DEBIT_NUMBER]" in masked[0]
    assert markers[0] is not None


@pytest.mark.parametrize(
    "text",
    [
        "la que termina en 41111111",
        "la que termina en 4111 2222",
        "la que termina en 411111112 gracias",  # a word after them names them
        "order ending 411111112",  # a reference's ending
        "last 4 1234",  # the ending word's own digit is no digit of the value
    ],
)
def test_an_ending_stays_and_starts_nothing(text: str) -> None:
    masked, markers = conversation(text)
    assert masked == [text]
    assert markers == [None]


def test_without_an_ending_word_ungrouped_digits_are_no_card_start() -> None:
    masked, _ = conversation("pagué con 411111112")
    assert masked == ["pagué con 411111112"]


def test_without_an_issuers_prefix_or_a_card_word_no_card_starts() -> None:
    masked, markers = conversation("la que termina en 911111112")
    assert "[CREDIT_DEBIT_NUMBER]" not in masked[0]
    assert markers == [None]
