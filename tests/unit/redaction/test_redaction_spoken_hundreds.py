"""Numbers from 100 to 999 read aloud ("four hundred eleven", "trois cent quarante-six",
"neunhundertsechsundsiebzig", "seiscientos cuarenta y nueve", "quatrocentos e setenta e
cinco"): three digits each, in a card, a phone or a security code. A price said in
hundreds with no context word stays, and so does a bare "cent" or "hundred"."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "my card is four hundred eleven - one hundred eleven - one hundred and eleven"
            " - one hundred eleven - eleven - eleven",
            "my card is [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "la tarjeta es cuatrocientos once, ciento once, ciento once, ciento once, once, once",
            "la tarjeta es [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "ma carte quatre cent onze cent onze cent onze cent onze onze onze",
            "ma carte [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "meine Karte vierhundertelf hundertelf einhundertelf hundert elf elf elf",
            "meine Karte [CREDIT_DEBIT_NUMBER]",
        ),
        (
            "meu cartão quatrocentos e onze cento e onze cento e onze cento e onze onze onze",
            "meu cartão [CREDIT_DEBIT_NUMBER]",
        ),
    ],
)
def test_a_card_read_in_hundreds_is_masked_whole(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "call me plus one four hundred fifteen - five hundred fifty-five - twenty-six"
            " - seventy-one",
            "call me [PHONE]",
        ),
        ("CVV eight hundred twenty seven", "CVV [CREDIT_DEBIT_CVV]"),
        ("CVC neunhundert sechsundsiebzig", "CVC [CREDIT_DEBIT_CVV]"),
        ("CVV seiscientos cuarenta y nueve", "CVV [CREDIT_DEBIT_CVV]"),
        ("PIN cent seize un", "PIN [PIN]"),
    ],
)
def test_a_phone_or_a_code_read_in_hundreds_is_masked(text, expected):
    assert OFFLINE.redact(text).text == expected


def test_a_number_after_a_hundred_across_a_spaced_dash_stays_its_own():
    # "five hundred - six" is 500 and 6 as said, not 506: the phone keeps its eleven digits
    text = "call me plus six hundred and fourteen - twelve - eighty-seven - five hundred - six"
    assert OFFLINE.redact(text).text == "call me [PHONE]"


@pytest.mark.parametrize(
    "text",
    [
        "I paid two hundred dollars for order 12345",
        "it was fifty cent at the store",
        "cuesta quinientos pesos",
        "il reste cinq cents",
        "a hundred thanks",
    ],
)
def test_a_price_or_a_bare_hundred_stays(text):
    assert OFFLINE.redact(text).text == text


def test_a_hundred_takes_its_multiplier_from_the_pair_before_it():
    # "twenty four hundred" is 20 and 4..: the reading of each number ends where it ends,
    # so a message cut anywhere reads the same numbers before the cut
    from connect_privacy.redaction.patterns.normalize import spell

    digits = "".join(c for c in spell("four hundred twenty four hundred twenty") if c.isdigit())
    assert digits == "420420"


def test_a_german_ten_then_a_unit_is_two_numbers():
    # German says "vierundachtzig" for 84: "achtzig vier" is 80 and 4
    from connect_privacy.redaction.patterns.normalize import spell

    digits = "".join(c for c in spell("fünfhundert achtzig vier fünf") if c.isdigit())
    assert digits == "58045"
