"""Round 25b: a card's last four given without an ending word, right after a noun naming a
card ("karte 5641 / CHF 12.90") or a phrase saying it paid ("paid with 3712", "bezahlt mit
der 1846", "mit meiner 0562 bezahlt"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("order 5512-3300 / karte 7315 / 12,90 €", f"order 5512-3300 / karte {CARD} / 12,90 €"),
        ("the card 7315 was declined", f"the card {CARD} was declined"),
        ("cards: 7315 and more", f"cards: {CARD} and more"),
        ("visa 7315, order 88123", f"visa {CARD}, order 88123"),
        ("Kreditkarte #7315 gesperrt", f"Kreditkarte #{CARD} gesperrt"),
        ("ec-karte 7315 weg", f"ec-karte {CARD} weg"),
        ("girocard 7315 weg", f"girocard {CARD} weg"),
        ("order 264411, i paid with 7315", f"order 264411, i paid with {CARD}"),
        ("i paid using my 7315 yesterday", f"i paid using my {CARD} yesterday"),
        ("it was charged on the 7315", f"it was charged on the {CARD}"),
        ("bestellung 5512 bezahlt mit der 7315", f"bestellung 5512 bezahlt mit der {CARD}"),
        ("ich zahle mit meiner 7315", f"ich zahle mit meiner {CARD}"),
        ("ich habe mit der 7315 bezahlt", f"ich habe mit der {CARD} bezahlt"),
        ("mit meiner 7315 zahlt er", f"mit meiner {CARD} zahlt er"),
    ],
)
def test_a_cards_last_four_after_its_noun_or_payment_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "card 731 was fine",  # three digits
        "karte 73155 bitte",  # five: no last four
        "paid with 1000 euros",  # a price
        "paid with 1000€ cash",
        "gift card 5000 points",
        "paid with 4000 miles",
        "karte 7315.50 zahlen",  # an amount
        "karte 7315/2 fehlt",
        "credit 7315 applied",  # "credit" names amounts too
        "mit der 2025 version",  # no payment verb
        "ich zahle mit der karte",
        "paid 7315 times",  # no "with"
    ],
)
def test_four_digits_that_are_no_cards_last_four_stay(text: str) -> None:
    assert redact(text) == text
