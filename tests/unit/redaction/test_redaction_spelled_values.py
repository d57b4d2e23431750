"""Spelled-out values and expiry words as customers type them (issue 14: spelled_out family).

A month said as a number and a year said as a number word ("zero six twenty eight"), the
misspelt and conjugated expiry words, and a security code spelled out before the word that
names it. Phrasings are written for these tests, in the five languages, not taken from
any corpus; values are synthetic.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("the expiry is oh nine thirty", "thirty"),
        ("exp: zero two twenty-nine", "twenty-nine"),
        ("la fecha de caducidad es el cero tres del veintisiete", "veintisiete"),
        ("vence 11 / treinta", "treinta"),
        ("la carte expire zéro quatre vingt-neuf", "vingt-neuf"),
        ("Ablauf null neun / sechsundzwanzig", "sechsundzwanzig"),
        ("validade um dois de vinte e sete", "vinte e sete"),
    ],
)
def test_a_month_number_then_a_year_word_is_an_expiry(text: str, year: str) -> None:
    masked = redact(text)
    assert year not in masked
    assert "[CREDIT_DEBIT_EXPIRY]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "and the card expierys 09/28",
        "it expirys on 11/27",
        "exps 04-30 i think",
        "expiery: 1028",
    ],
)
def test_misspelt_and_conjugated_expiry_words_introduce_an_expiry(text: str) -> None:
    assert "[CREDIT_DEBIT_EXPIRY]" in redact(text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("seven, one, four is the cvv on the back", ("seven", "four")),
        ("cinco-cero-dos es el código de seguridad", ("cinco", "dos")),
        ("huit, trois, un, six c'est le code", ("huit", "six")),
        ("neun null zwei ist die Prüfziffer", ("neun", "zwei")),
        ("sete, sete, dois é o cvv", ("sete", "dois")),
    ],
)
def test_a_spelled_security_code_before_its_word_is_masked(
    text: str, digits: tuple[str, str]
) -> None:
    masked = redact(text)
    assert all(word not in masked for word in digits)


@pytest.mark.parametrize(
    "text",
    [
        "the offer expires in two weeks",
        "my card expired twenty days ago",
        "vence en dos semanas, ¿lo renuevo?",
        "die Karte läuft in zwei Monaten ab",
        "expira daqui a vinte dias",
    ],
)
def test_number_words_after_an_expiry_word_that_are_no_date_stay(text: str) -> None:
    assert redact(text) == text
