"""Numbers read aloud, round 6: a spoken plus ("plus", "más", "mais") before a phone's
spelled digits is its "+", masked with it; Belgian and Swiss French tens (septante,
huitante, octante, nonante); Portuguese "uma". A plus before typed digits or a few words
stays as written."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "call me back at plus one - two zero one - six zero eight - five one seven three",
            "call me back at [PHONE]",
        ),
        (
            "más tres cuatro - ocho uno nueve - tres cero - nueve tres - cuatro nueve,"
            " ese es mi cel",
            "[PHONE], ese es mi cel",
        ),
        (
            "mais cinco cinco, uma uma, nove seis três zero nove, zero sete oito sete,"
            " esse é meu celular",
            "[PHONE], esse é meu celular",
        ),
        (
            "rappelez-moi au plus trois deux - quatre cinquante-neuf - huitante-six - septante-huit"
            " - nonante-trois",
            "rappelez-moi au [PHONE]",
        ),
        (
            "plus vier eins einundzwanzig null dreiundzwanzig zweiundfünfzig zweiundsiebzig,"
            " das ist mein Handy",
            "[PHONE], das ist mein Handy",
        ),
        ("me liga no um uma - nove seis quatro cinco duas - um dois oito um", "me liga no [PHONE]"),
    ],
)
def test_a_phone_read_aloud_with_its_plus_is_masked_whole(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    "text", ["plus 2 items please", "quiero dos más tres", "mais um pouco", "plus three more"]
)
def test_a_plus_before_typed_digits_or_a_few_words_stays(text):
    assert OFFLINE.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CVC sechs sechzehn", "CVC [CREDIT_DEBIT_CVV]"),
        ("CVC eins vierunddreißig", "CVC [CREDIT_DEBIT_CVV]"),
        (
            "validade 0632, cvc dois vinte e nove",
            "validade [CREDIT_DEBIT_EXPIRY], cvc [CREDIT_DEBIT_CVV]",
        ),
    ],
)
def test_a_digit_then_a_number_from_ten_to_ninety_nine_is_three_digits(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize("text", ["j'ai un vingt", "il a vingt ans", "tengo dos veinte años"])
def test_an_article_or_words_before_a_ten_stay(text):
    assert OFFLINE.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ma carte vitale : l 99 06 24 O55 841 10", "ma carte vitale : [FR_NIR]"),
        ("ma carte vitale : I 77 O2 47 o68 017 61", "ma carte vitale : [FR_NIR]"),
        (
            "hier die IBAN: CH35 l634 4969 4973 5225 I",
            "hier die IBAN: [INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
        ),
    ],
)
def test_a_lone_look_alike_letter_leading_or_ending_a_number_is_a_digit(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize("text", ["I 20 30 40 are the sizes", "I 5 stars"])
def test_the_pronoun_before_numbers_stays(text):
    assert OFFLINE.redact(text).text == text
