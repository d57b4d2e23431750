"""Round 7: the start of an NI number or a NIR at the end of a message after its word, an
NI number's end sent alone, an RFC with dots, "banque" before the code banque, a code
before a cash machine, a password with a symbol after "reçu", and an expiry "écrit" on the
card. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my NI number? LY", "my NI number? [UK_NATIONAL_INSURANCE_NUMBER]"),
        ("my NI number? TA.38", "my NI number? [UK_NATIONAL_INSURANCE_NUMBER]"),
        ("98.51.A", "[UK_NATIONAL_INSURANCE_NUMBER]"),
        ("87 08 36 D", "[UK_NATIONAL_INSURANCE_NUMBER]"),
        ("ma sécu 1.78.04", "ma sécu [FR_NIR]"),
        (
            "mi RFC está mal en la factura, el bueno es RAUE.780124.157",
            "mi RFC está mal en la factura, el bueno es [MX_RFC]",
        ),
        ("banque 30004", "banque [BANK_ROUTING]"),
        (
            "code 815588 et le distributeur a avalé ma carte",
            "code [PIN] et le distributeur a avalé ma carte",
        ),
        (
            "le mot de passe provisoire reçu : winter&915, je peux le changer ?",
            "le mot de passe provisoire reçu : [PASSWORD], je peux le changer ?",
        ),
        (
            "ma carte 4111 1111 1111 1111, la date, il y a écrit Juin 32",
            "ma carte [CREDIT_DEBIT_NUMBER], la date, il y a écrit [CREDIT_DEBIT_EXPIRY]",
        ),
    ],
)
def test_a_partial_or_loosely_named_value_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "NI number: OK",
        "my NI number? ly",
        "my NI number is on the letter",
        "ma sécu arrive le 12",
        "12.30 a",
        "banque 2024",  # a year, not the code banque's five digits
        "code 12345 de la commande, le distributeur est vide",
    ],
)
def test_a_word_a_date_or_a_reference_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a calendar date's digits before "(n°" are no DNI; the order's number stays too
        (
            "commande passée le 2026-04-13 (n° D9758335), payé 25,90€",
            "commande passée le 2026-04-13 (n° D9758335), payé 25,90€",
        ),
        # a time of day after a password word is not the password; the PIN before it goes
        (
            "minha nova senha do cartão é 7920, troquei às 8:15pm",
            "minha nova senha do cartão é [PIN], troquei às 8:15pm",
        ),
        ("umm 123", "umm [CREDIT_DEBIT_CVV]"),
        ('I used "Nube77!x" and it says wrong', 'I used "[PASSWORD]" and it says wrong'),
        ('the code "SAVE20" was rejected', 'the code "SAVE20" was rejected'),
    ],
)
def test_dates_and_times_beside_values_stay(text, masked):
    assert redact(text) == masked
