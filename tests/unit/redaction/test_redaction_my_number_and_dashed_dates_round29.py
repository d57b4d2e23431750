"""Two starts of a value across messages that were none: "mano" (Portuguese and Spanish
slang for "bro") read as "ma no", a possessive and the number's abbreviation, which made the
next message's price a phone's rest; and a day written with dashes ("no dia 9-8-2025") after
a card's word, read as the card's first digits. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize("first", ["boa tarde mano", "mano", "hola mano", "mino"])
def test_a_word_glued_like_my_no_starts_no_phone(first: str) -> None:
    out, markers = conversation(first, "debitaram 722 Kz duas vezes")
    assert markers[0] is None
    assert out[1] == "debitaram 722 Kz duas vezes"


@pytest.mark.parametrize(
    "first",
    ["my no.", "mi nro", "mon n°", "meu nº", "mein nr", "my number", "mynumber", "minumero"],
)
def test_a_possessive_and_the_number_word_still_start_a_phone(first: str) -> None:
    out, markers = conversation(first, "612 555 0199")
    assert markers[0] is not None
    assert markers[0].entity_type == "PHONE"
    assert out[1] == "[PHONE]"


@pytest.mark.parametrize(
    "text",
    [
        "clonaram meu cartão no dia 9-8-2025",
        "my card was cloned on 12-31-2025",
        "mi tarjeta fue clonada el 1-2-2024",
        "ma carte a été bloquée le 3-11-2025",
        "meine Karte wurde am 9-8-2025 gesperrt",
    ],
)
def test_a_dashed_day_after_the_card_word_is_no_card_start(text: str) -> None:
    out, markers = conversation(text)
    assert out == [text]
    assert markers[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "card 12-34-2025",  # no month 34: digits, not a day
        "card 9-8-1825",  # a year no date of a card's holder has
    ],
)
def test_digits_in_a_dates_shape_that_are_no_date_still_start_the_card(text: str) -> None:
    out, markers = conversation(text)
    assert out[0] != text
    assert markers[0] is not None
    assert markers[0].entity_type == "CREDIT_DEBIT_NUMBER"


def test_the_card_after_the_dashed_day_is_masked() -> None:
    out, _ = conversation("clonaram meu cartão no dia 9-8-2025", "é o 4000 0012", "3456 7899")
    assert out[1:] == ["é o [CREDIT_DEBIT_NUMBER]", "[CREDIT_DEBIT_NUMBER]"]
    assert out[0] == "clonaram meu cartão no dia 9-8-2025"
