"""Round 19, over messages: a phone's start after a bare number word opening the message
and a copula ("number is 201", then "oops 555-0135"; "el número es 612", "die Nummer ist
0151"), or after the words that say the number reaches the customer ("number to call back
(201)", "numéro pour me rappeler 06 12"), starts a phone; a card issuer's digits there start
a card. A number word after a reference's word ("order number is 201") starts nothing, nor
digits no phone starts with. Synthetic values (the NANP's 555 exchange, schemes' test cards).
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("number is 201", "oops 555-0135"),
        ("number is 615 555", "oops 0130"),
        ("number is +1718555", "0108"),
        ("number is (201) 555", "0135"),
        ("number is 209) 377", "0135"),  # the area code's bracket half typed
        ("number is 289", "555 0135"),  # an 8 in the middle, the highest
        ("number is 909", "555 0135"),  # a 9 first
        ("number is 091", "555 0135"),  # a trunk 0
        ("number is 412", "555 0135"),  # three digits: an area code, not yet a card
        ("....number is 201", "555 0135"),  # four symbols before the word, the most
        ("ok number is 201", "555 0135"),
        ("okay, the number is 201", "555 0135"),
        ("so number: 201", "555 0135"),
        ("el número es 612", "345 678"),
        ("le numéro c'est 06 12", "34 56 78"),
        ("le numéro est 06 12", "34 56 78"),
        ("die Nummer ist 0151", "2345 678"),
        ("der numero ist 0151", "2345 678"),
        ("o número é 912", "345 678"),
        ("..okay, the number   is   201-555-0 1!!!", "35"),  # 40 characters, the most
        ("number to call back (201)", "555-8138"),
        ("number to reach me 617 555", "0124"),
        ("number to text 201", "555 0135"),
        ("number to ring 201", "555 0135"),
        ("número para llamarme 612 34", "56 78"),
        ("número para contactar 612 34", "56 78"),
        ("número para ligar 11 9876", "5432"),
        ("número para contato 11 9876", "5432"),
        ("número para retorno 11 9876", "5432"),
        ("numéro pour me rappeler 06 12", "34 56 78"),
        ("numéro pour vous joindre 06 12", "34 56 78"),
        ("numéro pour contacter 06 12", "34 56 78"),
    ],
)
def test_a_phone_s_start_after_its_opening_word_continues(first: str, rest: str) -> None:
    out, markers = conversation(first, rest)

    assert markers[0] is not None and markers[0].entity_type == "PHONE", markers
    assert not any(c.isdigit() for c in "".join(out)), out


@pytest.mark.parametrize(
    ("first", "rest", "complete"),
    [
        ("ok the number is 4129", "1111 1111 1111", 16),  # four digits of a Visa
        ("number is 415 555", "oops 0130", 16),
        ("number is 3782 82", "2463 10005", 15),  # an American Express
    ],
)
def test_a_card_issuer_s_digits_after_the_opening_word_start_a_card(
    first: str, rest: str, complete: int
) -> None:
    out, markers = conversation(first, rest)

    assert markers[0] is not None and markers[0].entity_type == "CREDIT_DEBIT_NUMBER"
    assert markers[0].complete == complete
    assert not any(c.isdigit() for c in "".join(out)), out


@pytest.mark.parametrize(
    "first",
    [
        ".....number is 201",  # five symbols before the word
        "..okay, the number   is   201-555-0 1!!!!",  # 41 characters
        "number 201",  # no copula
        "number issue 201",  # a word, not the copula
        "number is 201 please",  # a word after the digits
        "order number is 201",  # a reference's word before it
        "tracking number: 201",
        "the number is 3",  # one digit: a count
        "number is 12345",  # a 1 first: no area code
        "number is 193",
        "number is 293",  # a 9 in the middle: no area code
        "number is 2034",  # four in a run, no card issuer's
        "number is 00",  # no trunk 0 before a 0
    ],
)
def test_no_phone_starts_without_the_opening_word_and_a_phone_s_start(first: str) -> None:
    out, markers = conversation(first, "555 0135")

    assert markers[0] is None or markers[0].entity_type != "PHONE", markers
    assert out[1] == "555 0135", out


def test_a_whole_phone_after_the_opening_word_leaves_no_marker() -> None:
    _, markers = conversation("number is 0151 2345 678")  # eleven digits, a trunk 0's whole

    assert markers[0] is None
