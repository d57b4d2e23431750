"""Round 34: digit values whose word is shortened or whose shape read as something else. A
compact expiry after "Abl." (Ablauf), as after "exp." or "expir."; an Indian IFSC with its
bank's letters apart ("SBIN 0001234", "HDFC-0001234"); a PIN typed in dotted pairs that no
calendar reads ("code confidentiel 05.29.07": dots put the day first); a phone after "the
number on file" in French ("dans le dossier", "au dossier"), where "dossier" names the
customer's record, not a case. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "karte 4111111111111111 abl 1032",
            "karte [CREDIT_DEBIT_NUMBER] abl [CREDIT_DEBIT_EXPIRY]",
        ),
        ("abl 0332, cvc 123", "abl [CREDIT_DEBIT_EXPIRY], cvc [CREDIT_DEBIT_CVV]"),
        ("Abl. 03/29", "Abl. [CREDIT_DEBIT_EXPIRY]"),
        ("expir 0527", "expir [CREDIT_DEBIT_EXPIRY]"),
        ("expir. 11/28", "expir. [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_an_expiry_after_its_shortened_word_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "abl 1332",  # no month
        "ablage 0332",  # a longer word
        "expir. 1332",
    ],
)
def test_no_expiry_without_the_word_or_a_month(text: str) -> None:
    assert "CREDIT_DEBIT_EXPIRY" not in redact(text)


@pytest.mark.parametrize(
    "code", ["SBIN 0240739", "HDFC-0583072", "SBIN.0057937", "HDFC - 0497774", "SBIN0001234"]
)
def test_an_ifsc_with_its_bank_letters_apart_is_masked_whole(code: str) -> None:
    assert redact(f"IFSC {code}") == "IFSC [BANK_ROUTING]"


@pytest.mark.parametrize(
    "text",
    [
        "IFSC SBIN 1240739",  # the branch's part opens with a zero
        "IFSC SBIN -- 0240739",  # two separators
        "IFSC is fine, branch SBIN 0240739",  # too far from its word
    ],
)
def test_no_ifsc_unless_shaped_as_one(text: str) -> None:
    assert "BANK_ROUTING" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("code confidentiel 05.29.07", "code confidentiel [PIN]"),
        ("mi pin es 88.61.78", "mi pin es [PIN]"),
        ("PIN 12.34.56", "PIN [PIN]"),
    ],
)
def test_a_pin_in_dotted_pairs_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "pin geändert am 05.12.23",  # a day and a month
        "PIN seit 29.05.07 gesperrt",
        "senha do app (versão 14.1.6)",  # a version number
    ],
)
def test_dates_and_versions_are_no_pin(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "mauvais numéro dans le dossier, le nouveau : 01.99.65.74.19",
        "le numéro au dossier est faux, le nouveau : 01 99 65 74 19",
        "changez le téléphone sur mon dossier, le nouveau : 0450 80 98 40",
    ],
)
def test_a_phone_after_the_number_on_file_is_masked(text: str) -> None:
    assert "[PHONE]" in redact(text)
    assert not any(c.isdigit() for c in redact(text))


@pytest.mark.parametrize(
    "text", ["numéro de dossier 01 99 65 74 19", "le numéro du dossier est 0450809840"]
)
def test_a_case_number_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # "a" before the address it is sent to: a preposition, whose address is masked
        (
            "manden la factura 93645331 a javi_gom@example.de",
            "manden la factura 93645331 a [EMAIL]",
        ),
        ("la factura 93645334 y javi_gom@example.de", "la factura 93645334 y [EMAIL]"),
    ],
)
def test_a_one_letter_word_before_a_masked_value_is_no_check_letter(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["93645331 a", "mi dni 93645331 a", "93645331 A javi@example.de"])
def test_a_dni_with_its_letter_is_still_masked(text: str) -> None:
    assert "[ES_DNI]" in redact(text)
