"""Round 39: two or three fillers before a number word opening the message ("ok so the
number is 3714", "bueno pues el número es 4111") leave it the customer's own number, as one
filler did: a card issuer's first digits start a card whose rest follows alone. A clause
about a number on file, or two digits, still start nothing. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        ("ok so the number is 4111", "ok so the number is"),
        ("yeah well the number is 4111", "yeah well the number is"),
        ("bueno pues el número es 4111", "bueno pues el número es"),
        ("oui alors le numéro c'est 4111", "oui alors le numéro c'est"),
        ("ja also die Nummer ist 4111", "ja also die Nummer ist"),
        ("tá então o número é 4111", "tá então o número é"),
    ],
)
def test_fillers_before_the_number_word_start_a_card(first: str, lead: str) -> None:
    out, _ = conversation(first, "1111 1111 1111")

    assert out[0] == f"{lead} [CREDIT_DEBIT_NUMBER]"
    assert out[1] == "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    "said",
    [
        "ok so the number you have is wrong",
        "ok so the number is 12",
    ],
)
def test_fillers_before_a_clause_or_two_digits_start_nothing(said: str) -> None:
    out, _ = conversation(said, "33")

    assert out == [said, "33"]
