"""Round 43: a vehicle's plate typed after the driving licence ("DL: X1234567 plate M-VS
1203") is the car's, not the licence's; and the head of an IBAN typed after its word, the
rest still to come ("the iban is IT 38 Z4 77 88", "el iban\\nBR6 186"), is masked though no
whole IBAN's check digits confirm it. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("DL: X1234567 plate M-VS 1203", "DL: [DRIVER_ID] plate M-VS 1203"),
        ("licencia 12345678 placa 3047 VCV", "licencia [DRIVER_ID] placa 3047 VCV"),
        ("permis 12AB34567 plaque AB-123-CD", "permis [DRIVER_ID] plaque AB-123-CD"),
        (
            "Führerschein B072RRE2I55, Kennzeichen 2159 GJK",
            "Führerschein [DRIVER_ID], Kennzeichen 2159 GJK",
        ),
        ("cnh 12345678901 placa CZ-628-HA", "cnh [DRIVER_ID] placa CZ-628-HA"),
    ],
)  # fmt: skip
def test_a_plate_after_the_licence_is_kept(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my plate is gone, licence X1234567", "my plate is gone, licence [DRIVER_ID]"),
        (
            "la placa está rota y mi licencia es B1234567",
            "la placa está rota y mi licencia es [DRIVER_ID]",
        ),
    ],
)  # fmt: skip
def test_a_licence_after_a_plate_word_is_still_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the iban is IT 38 Z4 77 88", "the iban is [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        ("el iban\nBR6 186", "el iban\n[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        ("mon IBAN : CH89 1590", "mon IBAN : [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        ("die IBAN ist DE89 3704", "die IBAN ist [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        ("o iban é PT50 0002", "o iban é [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
    ],
)  # fmt: skip
def test_the_head_of_an_iban_after_its_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my iban is wrong, can you check",
        "iban es 12 meses de espera",  # Spanish "is" before a count, not a country
        "l'iban XX12 3456",  # no IBANs in that country
        "die IBAN ist falsch",
        "o iban é o mesmo",
        "my iban? ie29aibk 9311",  # small letters failing the check digits: no head
    ],
)  # fmt: skip
def test_an_iban_word_without_a_head_is_kept(text):
    assert redact(text) == text


def test_the_word_in_a_dotted_capital_i_is_read_as_the_case_blind_scan_reads_it():
    # "İBAN".lower() is not "iban", but the scan's (?i) reads the dotted capital I as i
    assert redact("the İBAN is IT 38 Z4 77 88") == "the İBAN is [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"
