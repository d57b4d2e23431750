"""Round 23b, over messages: a number word opening the message, a relative clause about
the number, then a copula and a phone's first digits ("el número que tienen está mal, es
612", "the number you have is 415", "le numéro qu'on a est 06") start a phone whose rest
comes next, as a bare "number is 415" does. A clause with a reference's or an error's word,
or with digits, starts nothing. Synthetic values (the NANP's 555 exchange, made-up digits).
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("el número que tienen está mal, es 612", "345 678"),  # past a named value's reach
        ("el número que ya no uso es 612", "345 678"),  # five words between, within reach
        ("el numero que tienen esta mal, es 222-162", "8383"),
        ("the number you have is 415", "555 0135"),
        ("the number that is on file is 415", "555 0135"),
        ("the number which you have: 415", "555 0135"),
        ("the number i gave you is wrong, it is 415", "555 0135"),
        ("the number we set up is 415", "555 0135"),
        ("le numéro qu'on a est 06 12", "34 56 78"),
        ("le numéro qui est enregistré c'est 06 12", "34 56 78"),
        ("die Nummer, die Sie haben, ist 0151", "2345 678"),
        ("die Nummer, den ihr habt: 0151", "2345 678"),
        ("die Nummer, das steht falsch: 0151", "2345 678"),
        ("o número que vocês têm é 219", "555 0135"),
        # the clause's thirty characters, the most
        ("the number that " + "a" * 30 + " is 415", "555 0135"),
        # sixty-four characters with a clause, the most
        ("..okay, the number that you have on my file is   415 555 013 !!!", "5"),
    ],
)
def test_a_phone_s_start_after_a_clause_about_the_number_continues(first: str, rest: str) -> None:
    out, markers = conversation(first, rest)

    assert markers[0] is not None and markers[0].entity_type == "PHONE", markers
    assert not any(c.isdigit() for c in "".join(out)), out


def test_a_card_issuer_s_digits_after_a_clause_start_a_phone() -> None:
    _, markers = conversation("el numero que tienen esta mal, es 222-162")

    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen, markers[0].complete) == ("PHONE", 6, 10)


@pytest.mark.parametrize(
    "first",
    [
        "the number that " + "a" * 31 + " is 415",  # a clause of thirty-one characters
        "..okay, the number that you have on my files is   415 555 013 !!!",  # 65 characters
        "el número que sale en el pedido es 612",  # a reference's word in the clause
        "the number that the error shows is 415",  # an error's word in the clause
        "the number you had in 2019 is 415",  # digits in the clause
        "the number on file is 415",  # no clause's word
        "the numberthat you have is 415",  # the clause's word glued to the number's
        "the number you have is 193",  # no phone's start after the copula
    ],
)
def test_no_phone_starts_after_a_clause_that_is_not_about_the_customer_s_number(
    first: str,
) -> None:
    out, markers = conversation(first, "555 0135")

    assert markers[0] is None or markers[0].entity_type != "PHONE", markers
    assert out[1] == "555 0135", out
