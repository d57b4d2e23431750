"""Offline detectors in five languages, their markets' identifiers and obfuscations (issue 14).

All values are synthetic: check digits computed for made-up numbers, test card
numbers, documentation phone ranges.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connect_privacy.redaction import (
    DEFAULT_ENTITY_TYPES,
)
from connect_privacy.redaction.entity_types import NATIONAL_ENTITY_TYPES, PATTERN_ENTITY_TYPES
from connect_privacy.redaction.patterns.identity_numbers import clabe_is_valid
from connect_privacy.redaction.patterns.normalize import deobfuscate, fold, spell
from tests.support.redaction import redact


def test_national_types_are_offline_types_and_on_the_default_list():
    assert NATIONAL_ENTITY_TYPES <= PATTERN_ENTITY_TYPES
    assert NATIONAL_ENTITY_TYPES <= DEFAULT_ENTITY_TYPES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi DNI es 12345678Z gracias", "mi DNI es [ES_DNI] gracias"),
        ("NIE: X-1234567-L", "NIE: [ES_NIE]"),
        ("mi curp es BADD110313HCMLNS06", "mi curp es [MX_CURP]"),
        ("RFC GODE561231GR8 por favor", "RFC [MX_RFC] por favor"),
        ("clabe 032180000118359719", "clabe [MX_CLABE]"),
        ("meu CPF é 123.456.789-09", "meu CPF é [BR_CPF]"),
        ("CNPJ 11.222.333/0001-81", "CNPJ [BR_CNPJ]"),
        ("mon numéro de sécu 1 85 05 78 006 084 91", "mon numéro de sécu [FR_NIR]"),
        ("meine Steuer-ID ist 86095742719", "meine Steuer-ID ist [DE_TAX_ID]"),
        ("o meu NIF é 123456789", "o meu NIF é [PT_NIF]"),
    ],
)
def test_national_identifiers_are_validated_and_masked(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pedido 12345678A listo",  # wrong DNI letter
        "cliente 12345678901 ok",  # 11 digits failing CPF, no tax-id word
        "ref 86095742719 ok",  # a valid IdNr, but no context word
        "factura 123456780 ok",  # 9 digits, no NIF word
        "order 185057800608490",  # 15 digits failing the NIR key
    ],
)
def test_numbers_shaped_like_identifiers_but_failing_them_are_left_alone(text):
    assert redact(text) == text


def test_clabe_check_digit():
    assert clabe_is_valid("032180000118359719")
    assert not clabe_is_valid("032180000118359718")
    assert not clabe_is_valid("03218000011835971")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # context words, abbreviations and misspellings of five languages
        (
            "tarj 4111 1111 1111 1111 vence 06/27",
            "tarj [CREDIT_DEBIT_NUMBER] vence [CREDIT_DEBIT_EXPIRY]",
        ),
        (
            "carte 5555555555554444, cryptogramme 737",
            "carte [CREDIT_DEBIT_NUMBER], cryptogramme [CREDIT_DEBIT_CVV]",
        ),
        (
            "Karte gültig bis 11/28, Prüfziffer 123",
            "Karte gültig bis [CREDIT_DEBIT_EXPIRY], Prüfziffer [CREDIT_DEBIT_CVV]",
        ),
        (
            "cartão validade 0927 código de segurança 456",
            "cartão validade [CREDIT_DEBIT_EXPIRY] código de segurança [CREDIT_DEBIT_CVV]",
        ),
        ("exp 0627", "exp [CREDIT_DEBIT_EXPIRY]"),
        ("vence junio de 2027", "vence [CREDIT_DEBIT_EXPIRY]"),
        ("expire fin février 2028", "expire fin [CREDIT_DEBIT_EXPIRY]"),
        ("mi contraseña es Gato2024!", "mi contraseña es [PASSWORD]"),
        ("mon mdp Soleil99#", "mon mdp [PASSWORD]"),
        ("das Passwort ist Sommer2024", "das Passwort ist [PASSWORD]"),
        ("pasaporte AB 123456", "pasaporte [PASSPORT_NUMBER]"),
        ("passprt # 482117385 for the check in", "passprt # [PASSPORT_NUMBER] for the check in"),
        ("Führerschein B072RRE2I55", "Führerschein [DRIVER_ID]"),
        ("sort code 12-34-56", "sort code [BANK_ROUTING]"),
        ("Kto-Nr 1234567890", "Kto-Nr [BANK_ACCOUNT_NUMBER]"),
        ("PIN 4 - 3 - 2 - 1", "PIN [PIN]"),
    ],
)
def test_context_words_of_five_languages(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 4111 👉 1111 👉 1111 👉 1111", "card [CREDIT_DEBIT_NUMBER]"),
        ("tarjeta 4111|1111|1111|1111", "tarjeta [CREDIT_DEBIT_NUMBER]"),
        ("carte 4111 puis 1111 puis 1111 puis 1111", "carte [CREDIT_DEBIT_NUMBER]"),
        ("Karte 4111\n1111\n1111\n1111", "Karte [CREDIT_DEBIT_NUMBER]"),
        ("card 4lll 1111 1111 111l", "card [CREDIT_DEBIT_NUMBER]"),
        ("cvv 4.5.O", "cvv [CREDIT_DEBIT_CVV]"),
        ("cvv cinco, cero, dos", "cvv [CREDIT_DEBIT_CVV]"),
        ("mobile zéro six douze", "mobile zéro six douze"),  # "douze" is not a digit word
        ("ssn one two three four five six seven eight nine", "ssn [SSN]"),
        ("mail: ana.lopez AT example DOT com", "mail: [EMAIL]"),
        ("correo ana.lopez arroba example punto es", "correo [EMAIL]"),
        ("Mail jonas[ät]example[Punkt]de", "Mail [EMAIL]"),
        ("https://x.example.com/?email=ana%40example.com", "https://x.example.com/?email=[EMAIL]"),
        ("db://admin:S3cr3tP4ss@db.example.com/x", "db://[USERNAME]:[PASSWORD]@db.example.com/x"),
        (
            "https://x.example.com/login?user=ana_77&pass=Abc%23123",
            "https://x.example.com/login?user=[USERNAME]&pass=[PASSWORD]",
        ),
        ("DB_PASSWORD=hunter2hunter2", "DB_PASSWORD=[PASSWORD]"),
        ("my login is ana_lopez77", "my login is [USERNAME]"),
        ("IBAN DE89 3704 0044 0532 0130 00", "IBAN [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        ("IBAN DE89  3704  0044  0532  0130  00", "IBAN [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        (
            "IBAN DE89 und dann 3704 und dann 0044 und dann 0532 und dann 0130 und dann 00",
            "IBAN [INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
        ),
        ("mac 12 f1 13 c1 50 b5", "mac [MAC_ADDRESS]"),
    ],
)
def test_obfuscations(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi móvil 612 34 56 78", "mi móvil [PHONE]"),
        ("llámame al +52 55 1234 5678", "llámame al [PHONE]"),
        ("celular (11) 91234-5678", "celular [PHONE]"),
        ("portable 06 12 34 56 78", "portable [PHONE]"),
        ("Handy 0151 23456789", "Handy [PHONE]"),
        ("telemóvel 912 345 678", "telemóvel [PHONE]"),
        ("call me on +44 7700 900123", "call me on [PHONE]"),
    ],
)
def test_phones_of_the_markets_served(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "deliver to 94103-1234 please",  # ZIP+4
        "pedido 4060765765 no llegó",  # order number
        "commande #71094 du 12/10/2023",  # order and date
        "código postal 8383-427",  # Portuguese postcode
        "Bestellnummer 12345678901 vom 03.02.2024",
        "ISBN 978-0-306-40615-7",
        "the 07407-30 model stopped charging",  # product code, not a German landline
        "paguei R$ 1.299,00 em 10x",
        "versão 2.3.14 do app",
    ],
)
def test_zip_codes_orders_dates_and_references_stay(text):
    assert redact(text) == text


# The views every detector reads must map the text character for character.
VIEW_PIECES = [
    *"0123456789 OolI.-/|,;\n%2B@",
    *["%28", "%29"],
    *["👉", "🙂", " y luego ", " und dann ", "zéro", "cinco", "zwo", "meia", "at", "dot"],
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VIEW_PIECES), max_size=40).map("".join))
def test_every_view_keeps_the_length_and_digits_of_the_text(text):
    folded = fold(text)
    clear = deobfuscate(spell(folded))

    assert len(folded) == len(clear) == len(text)
    # The URL escapes the views decode (space, +, -, parentheses) are no digits.
    escapes = {i for m in re.finditer(r"%2[0BbDd89]", folded) for i in range(m.start(), m.end())}
    for index, char in enumerate(folded):
        if char.isdigit() and index not in escapes:
            assert clear[index] == char  # a real digit is never changed (%2B is no digit)
