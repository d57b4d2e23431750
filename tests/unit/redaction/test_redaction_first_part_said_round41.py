"""Round 41: a number typed across messages whose first part the customer labels after its
digits ("482 is the first part", "es el principio", "c'est le début", "ist der Anfang", "é o
começo"), and the words that name a country's number by a generic word and its country
("french social security number", "id fiscal alemán") or where the customer can be reached
("erreichbar unter"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("cpf 482 is the first part", "then 193", "650 27"),
         ["cpf [BR_CPF] is the first part", "then [BR_CPF]", "[BR_CPF]"]),
        (("clabe 072 es el principio", "luego 180", "y 00123456789 4"),
         ["clabe [MX_CLABE] es el principio", "luego [MX_CLABE]", "y [MX_CLABE]"]),
        (("ma carte 4970 c'est le début", "puis 1234 5678", "9012"),
         ["ma carte [CREDIT_DEBIT_NUMBER] c'est le début", "puis [CREDIT_DEBIT_NUMBER]",
          "[CREDIT_DEBIT_NUMBER]"]),
        (("Kontonummer 58 ist der Anfang", "dann 40", "2211"),
         ["Kontonummer [BANK_ACCOUNT_NUMBER] ist der Anfang", "dann [BANK_ACCOUNT_NUMBER]",
          "[BANK_ACCOUNT_NUMBER]"]),
        (("clabe 072 é o começo", "depois 180", "00123456789 4"),
         ["clabe [MX_CLABE] é o começo", "depois [MX_CLABE]", "[MX_CLABE]"]),
        # "just the start", "la primera parte": the same said otherwise
        (("my social security number is 123 just the start", "then 45", "6789"),
         ["my social security number is [SSN] just the start", "then [SSN]", "[SSN]"]),
        (("cpf 482 es la primera parte", "luego 193", "650 27"),
         ["cpf [BR_CPF] es la primera parte", "luego [BR_CPF]", "[BR_CPF]"]),
    ],
)  # fmt: skip
def test_a_first_part_said_after_its_digits_starts_the_number(texts, masked):
    out, _ = conversation(*texts)

    assert out == masked


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        # an IBAN's value stops before the words ("DE21", not "DE21 es el principio"), so its
        # count of characters is right and the whole rest is masked
        (("cuenta (iban): DE21 es el principio", "luego 5001 0517 5407 3249", "y 31"),
         ["cuenta (iban): [INTERNATIONAL_BANK_ACCOUNT_NUMBER] es el principio",
          "luego [INTERNATIONAL_BANK_ACCOUNT_NUMBER]", "y [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"]),
    ],
)  # fmt: skip
def test_an_iban_start_labelled_as_such_counts_its_characters_only(texts, masked):
    out, _ = conversation(*texts)

    assert out == masked


@pytest.mark.parametrize(
    "texts",
    [
        # other words after the digits name them: the value is whole as typed
        ("cpf 482 is wrong", "then 193"),
        ("cuenta 3071 es el saldo", "luego 5528"),
        ("Kontonummer 58 ist der Betrag", "dann 40"),
        ("clabe 072 é o banco", "depois 180"),
        # no word naming a value before the digits: "first part" alone names none
        ("order 482 is the first part", "then 193"),
    ],
)
def test_other_words_after_few_digits_start_nothing(texts):
    out, _ = conversation(*texts)

    assert out[-1] == texts[-1]


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("french social security number 2 84", "05 13 228", "417 63"),
         ["french social security number [FR_NIR]", "[FR_NIR]", "[FR_NIR]"]),
        (("número da segurança social francesa 2 84", "05 13 228", "417 63"),
         ["número da segurança social francesa [FR_NIR]", "[FR_NIR]", "[FR_NIR]"]),
        (("französische Sozialversicherungsnummer 2 84", "05 13 228", "417 63"),
         ["französische Sozialversicherungsnummer [FR_NIR]", "[FR_NIR]", "[FR_NIR]"]),
        (("german tax id 36 is the start", "then 480 217", "905"),
         ["german tax id [DE_TAX_ID] is the start", "then [DE_TAX_ID]", "[DE_TAX_ID]"]),
        (("id fiscal alemán 36", "luego 480", "y 217 905"),
         ["id fiscal alemán [DE_TAX_ID]", "luego [DE_TAX_ID]", "y [DE_TAX_ID]"]),
        (("id fiscal alemão 36", "depois 480 217", "905"),
         ["id fiscal alemão [DE_TAX_ID]", "depois [DE_TAX_ID]", "[DE_TAX_ID]"]),
    ],
)  # fmt: skip
def test_a_generic_word_qualified_by_its_country_names_that_countrys_number(texts, masked):
    out, _ = conversation(*texts)

    assert out == masked


def test_a_us_social_security_number_still_ends_at_nine_digits():
    # without "french" the word is a US SSN's: nine digits, then what follows is not it
    out, _ = conversation("social security number 123", "45", "6789", "555 36")

    assert out == ["social security number [SSN]", "[SSN]", "[SSN]", "555 36"]


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("erreichbar unter +34 ist der Anfang", "dann 612", "34 56 78"),
         ["erreichbar unter [PHONE] ist der Anfang", "dann [PHONE]", "[PHONE]"]),
        (("reachable at +44 is the first part", "then 7700", "900 123"),
         ["reachable at [PHONE] is the first part", "then [PHONE]", "[PHONE]"]),
        (("joignable au 06 c'est le début", "puis 12 34", "56 78"),
         ["joignable au [PHONE] c'est le début", "puis [PHONE]", "[PHONE]"]),
    ],
)  # fmt: skip
def test_where_the_customer_is_reached_names_a_phone(texts, masked):
    out, _ = conversation(*texts)

    assert out == masked


@pytest.mark.parametrize(
    "texts",
    [
        ("erreichbar unter der Woche", "dann 12"),
        ("reachable at 5pm", "then 12"),
    ],
)
def test_where_the_customer_is_reached_without_a_number_starts_nothing(texts):
    out, _ = conversation(*texts)

    assert out[-1] == texts[-1]
