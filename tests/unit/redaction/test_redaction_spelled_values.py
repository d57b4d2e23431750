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
        # the year as two numbers, the month as one
        ("expires oh nine twenty thirty", "thirty"),
        ("caduca once, veintinueve", "veintinueve"),
        ("Ablauf zwölf, neunundzwanzig", "neunundzwanzig"),
        ("validade zero três vinte vinte e nove", "nove"),
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
        "my visa (travel) expires 02/06/2026, flight tomorrow",
        "el permiso vence 11-07-2027",
    ],
)
def test_number_words_after_an_expiry_word_that_are_no_date_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # phones read out in pairs, as French customers do, and in the other languages
        (
            "rappelez-moi au zéro sept, quinze, quatre-vingt-dix-neuf, vingt et un, soixante",
            ("quinze", "neuf", "soixante"),
        ),
        (
            "llámame al seis, cuarenta y dos, diecisiete, noventa y nueve, once",
            ("cuarenta", "nueve", "once"),
        ),
        (
            "meine Nummer: null eins, zweiundsiebzig, dreizehn, achtundvierzig, sechzig",
            ("zweiundsiebzig", "sechzig"),
        ),
        (
            "liga para nove, trinta e um, vinte e dois, quinze, oitenta e oito",
            ("trinta", "oitenta"),
        ),
        ("call me on zero seven, seventy-two, thirteen, forty eight, sixty", ("seventy", "sixty")),
    ],
)
def test_numbers_said_in_pairs_are_read_as_their_digits(text: str, words: tuple[str, ...]) -> None:
    masked = redact(text)
    assert all(word not in masked for word in words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my ssn is six one two dash three four dash five six seven eight", ("six", "eight")),
        (
            "la tarjeta: cinco uno cero cinco guion uno cero cinco uno guion"
            " cero cinco uno cero guion cinco uno cero cero",
            ("cinco", "cero"),
        ),
        ("my social is 219 thirty four 5567", ("thirty", "5567")),
    ],
)
def test_a_spoken_dash_and_a_single_pair_word_between_digits_join_the_number(
    text: str, words: tuple[str, ...]
) -> None:
    masked = redact(text)
    assert all(word not in masked for word in words)


@pytest.mark.parametrize(
    "text",
    [
        "we need twelve, fifteen or twenty chairs for the event",
        "il y a vingt, trente, quarante euros de différence entre les deux",
        "son las doce y media, llego en veinte minutos",
        "es kostet neunzehn, zwanzig Euro, vierundzwanzig mit Versand",
        "são onze, doze, treze reais por unidade",
        "twenty twenty five was a long year",
        "entre 12 o 34 unidades",
    ],
)
def test_counts_prices_and_times_in_words_stay(text: str) -> None:
    assert redact(text) == text
