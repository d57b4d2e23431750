"""A PIN said in words after its word, whose pairs leave wide gaps between its digits in
the spelled view ("cero - noventa y cuatro - tres", "setenta e quatro oitenta e cinco").
Two typed PINs joined by "and then" stay two, the words between them visible."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "el pin que puse fue cero - noventa y cuatro - tres, el cajero de la sucursal 827",
            "el pin que puse fue [PIN], el cajero de la sucursal 827",
        ),
        (
            "esqueci o PIN, o antigo era setenta e quatro oitenta e cinco",
            "esqueci o PIN, o antigo era [PIN]",
        ),
        (
            "PIN vergessen, die alte war achtundneunzig fünfundzwanzig null sieben",
            "PIN vergessen, die alte war [PIN]",
        ),
        ("PIN quatrocentos e setenta e cinco - um", "PIN [PIN]"),
    ],
)
def test_a_pin_said_in_pairs_is_masked_whole(text, expected):
    assert OFFLINE.redact(text).text == expected


def test_two_typed_pins_joined_by_then_stay_two():
    assert OFFLINE.redact("PIN 0418 und dann 9014").text == "PIN [PIN] und dann [PIN]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CVV eight hundred twenty seven", "CVV [CREDIT_DEBIT_CVV]"),
        ("CVV seiscientos cuarenta y nueve", "CVV [CREDIT_DEBIT_CVV]"),
        (
            "CVC „sechsunddreißig acht“ exp 1126",
            "CVC „[CREDIT_DEBIT_CVV]“ exp [CREDIT_DEBIT_EXPIRY]",
        ),
    ],
)
def test_a_security_code_said_in_pairs_or_hundreds_is_masked_whole(text, expected):
    assert OFFLINE.redact(text).text == expected


def test_a_typed_code_then_a_count_after_then_stays_apart():
    assert (
        OFFLINE.redact("cvv 123 und dann 4 Stück").text == "cvv [CREDIT_DEBIT_CVV] und dann 4 Stück"
    )
