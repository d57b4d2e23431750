"""After the eleventh author's split was opened (it is a development split now): an error's
code is no security code ("error code 430", "code erreur 442", "Fehler-Code 17", "código de
error"); the value right after a flight word is the flight, not a passport ("flight AA5834
01/28/24, passport ..."); "new number" without its possessive starts a phone over messages,
and so does "send the otp on"; a NIR born in Corsica ("2A"/"2B" for its department) is
read with its letter; a French phone said "le 06617" starts a phone over messages. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "text",
    [
        "error code 430",
        "code erreur 442",
        "code d'erreur 447",
        "código de error 430",
        "Fehler-Code 17",
        "l'adresse ip de ma box, code erreur ERR-8527",
    ],
)
def test_an_error_code_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("security code 430", "security code [CREDIT_DEBIT_CVV]"),
        ("el código es 123", "el código es [CREDIT_DEBIT_CVV]"),
    ],
)
def test_a_security_code_is_still_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "flight AA5834 01/28/24, passport 402038586, seat doesnt matter",
            "flight AA5834 01/28/24, passport [PASSPORT_NUMBER], seat doesnt matter",
        ),
        (
            "flight EI955 7/26, passport A815742389",
            "flight EI955 7/26, passport [PASSPORT_NUMBER]",
        ),
        (
            "adding my passport to the booking: PH3595275",
            "adding my passport to the booking: [PASSPORT_NUMBER]",
        ),
    ],
)
def test_a_flight_number_is_no_passport(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "texts",
    [
        ("new number is (208)", "484-9190"),
        ("plz send otp on 080525", "22156"),
    ],
)
def test_a_new_number_or_an_otp_destination_is_followed(texts: tuple[str, ...]) -> None:
    out, _ = conversation(*texts)

    assert not any(c.isdigit() for text in out for c in text)


def test_a_new_number_of_things_is_no_phone() -> None:
    out, _ = conversation("the new number of items is 12", "30")

    assert out == ["the new number of items is 12", "30"]


@pytest.mark.parametrize(
    "value",
    ["1500 52B 39027 062", "26112 2B-0803-14 14", "275022B39568814", "2 40 09 2B 081 350 56"],
)
def test_a_nir_born_in_corsica_is_masked(value: str) -> None:
    assert redact(f"n° de sécurité sociale : {value}") == "n° de sécurité sociale : [FR_NIR]"


def test_a_corsican_shape_failing_the_nir_key_stays() -> None:
    assert redact("ref 275022B39568815") == "ref 275022B39568815"


@pytest.mark.parametrize(
    "texts",
    [("le 06617", "65789 voilà"), ("le 01 33", "25 68 00"), ("c'est le 07 98", "12 34 56")],
)
def test_a_french_phone_said_with_le_is_followed(texts: tuple[str, ...]) -> None:
    out, _ = conversation(*texts)

    assert not any(c.isdigit() for text in out for c in text)


def test_le_and_a_day_of_the_month_stays() -> None:
    out, _ = conversation("le 01", "ok")

    assert out == ["le 01", "ok"]
