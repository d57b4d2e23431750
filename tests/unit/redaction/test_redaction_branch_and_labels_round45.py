"""Round 45: a French agence's code has five digits (the code guichet), fewer name an
agency's or a shop's number; a message led by a branch's word names a new number, not the
rest of an account in progress; a number's own label before a value names it, not the
passport word after it; an account word followed by its holder's word names a person; digits
glued to three capitals are a code's tail, not a card. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize("code", ["713", "1515"])
def test_agence_of_three_or_four_digits_is_kept(code):
    out = redact(f"compte 58459610 agence {code}")
    assert out.endswith(f"agence {code}")
    assert "[BANK_ACCOUNT_NUMBER]" in out


def test_agence_of_five_digits_is_the_code_guichet():
    assert redact("compte 12345678901 agence 00123").endswith("agence [BANK_ROUTING]")


def test_sucursal_after_an_account_stays_a_branch_code():
    assert redact("cuenta 2589509215 sucursal 5189").endswith("sucursal [BANK_ROUTING]")


@pytest.mark.parametrize(
    ("first", "branch"),
    [
        ("la cuenta 9298", "sucursal 313"),
        ("le compte 9298", "agence 370"),
        ("my account 9298", "branch 512"),
        ("mein Konto 9298", "Zweigstelle 440"),
        ("a conta 9298", "balcão 312"),
    ],
)  # fmt: skip
def test_branch_word_leading_a_message_ends_the_account_in_progress(first, branch):
    out, _ = conversation(first, "0538", branch)
    assert out[1] != "0538"  # the account's rest is still taken
    assert out[2] == branch


def test_bare_digits_still_continue_the_account():
    out, _ = conversation("la cuenta 9298", "0538", "1234")
    assert out[2] != "1234"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("versicherungsnummer 33582319, mein Reisepass C01X00T47", "33582319"),
        ("versicherungsnummer POL-46064639, mein Reisepass C01X00T47", "POL-46064639"),
        ("policy number 33582319, my passport C01X00T47", "33582319"),
        ("número de póliza 33582319, mi pasaporte C01X00T47", "33582319"),
        ("numéro de contrat 33582319, mon passeport C01X00T47", "33582319"),
    ],
)  # fmt: skip
def test_labelled_value_before_a_passport_word_is_kept(text, kept):
    out = redact(text)
    assert kept in out
    assert "C01X00T47" not in out


@pytest.mark.parametrize(
    "text",
    [
        "C01X00T47 is my passport",
        "ok C01X00T47, mein Reisepass",
        "P88 . 260 . 17 es mi pasaporte",
    ],
)
def test_unlabelled_value_before_a_passport_word_is_masked(text):
    assert "[PASSPORT_NUMBER]" in redact(text)


@pytest.mark.parametrize("holder", ["acct holder", "account holder", "account owner"])
def test_account_word_naming_its_holder_keeps_the_value_before(holder):
    out = redact(f"why is my bill higher?? meter says 139366 ({holder} jane.doe@example.com)")
    assert "139366" in out
    assert "[EMAIL]" in out


@pytest.mark.parametrize("text", ["139366 (account)", "139366 (account number)"])
def test_account_word_alone_names_the_value_before(text):
    assert "139366" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "colis JJD528151135455453 jamais reçu",
        "Paket JJD440353805889012 nie angekommen",
        "tracking says JJD528151135455453. text me",
    ],
)
def test_digits_glued_to_capitals_are_a_code(text):
    assert "JJD" in redact(text) and "CREDIT_DEBIT" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "card VISA4111111111111111",
        "AMEX378282246310005",
        "card 4111111111111111",
        "CARD4111111111111111",
        "PAN 4111111111111111 / PAN4111111111111111",
    ],
)
def test_card_glued_to_an_issuer_name_is_masked(text):
    assert "[CREDIT_DEBIT_NUMBER]" in redact(text)
