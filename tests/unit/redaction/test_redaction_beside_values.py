"""Values typed one after another in a message, and what must not be read across them:
a card part after other digits starts with a card's first four digits as printed (a
phone's pairs and a postcode behind it are not a card), and a lower-case one-letter word
after eight digits ("e", "y", "a") is a word, not a DNI check letter, without a DNI word."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # French phone in pairs, then a postcode: together 13+ digits that pass Luhn
        ("mon fixe 01 42 68 53 00 - 59800 Lille", "59800"),
        ("tel 06 12 34 56 78 / cp 13008", "13008"),
        ("llámame al 612 34 56 78, CP 41001", "41001"),
    ],
)
def test_a_postcode_after_a_phone_is_not_read_as_a_card(text, kept):
    out = redact(text)

    assert kept in out
    assert "[CREDIT_DEBIT_NUMBER]" not in out


@pytest.mark.parametrize(
    "text",
    [
        "28013 4111 1111 1111 1111",  # a postcode, then a card as printed
        "7 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",  # a digit, then a card digit by digit
    ],
)
def test_a_card_after_other_digits_is_still_found(text):
    assert "[CREDIT_DEBIT_NUMBER]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "o pacote 95498690 e o outro chegaram",
        "llegó el 30111238 y luego nada",  # 30111238Y would be a DNI
        "paquete 30111235 a nombre de mi hermana",  # 30111235A too
    ],
)
def test_a_one_letter_word_after_eight_digits_is_not_a_check_letter(text):
    assert "[ES_DNI]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["mi dni es 95498690 e gracias", "95498690E", "nº 95498690-E"],
)
def test_a_dni_with_its_letter_is_still_masked(text):
    assert "[ES_DNI]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "mein DNI nº30111231E, bitte prüfen",  # glued to the number sign
        "documento n°30111238-Y",
        "NIE nºY1234567X",
    ],
)
def test_an_id_glued_to_the_number_sign_is_masked(text):
    out = redact(text)

    assert not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    "text",
    [
        "steuerliche ID: 65 929 970 489",
        "meine steuerliche Identifikationsnummer ist 65929970489",
        "hier die steuerliche id 65 / 929 / 970 / 489",
    ],
)
def test_the_german_tax_id_after_its_adjective_form_is_masked(text):
    out = redact(text)

    assert "[DE_TAX_ID]" in out and not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    "text",
    [
        "mi nie: Y 👉 1234567 👉 X",
        "NIE y1234567_x gracias",
        "el nie X luego 1234567 luego L",  # X1234567L
    ],
)
def test_a_nie_with_noise_after_its_leading_letter_is_masked(text):
    out = redact(text)

    assert "[ES_NIE]" in out and not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    "text",
    [
        "iban GB8 2WE ST1 234 569 876 543 2 thanks",  # GB82WEST12345698765432 in threes
        "mi cuenta ES9 121 000 418 450 200 051 332",
        "IBAN DE8-9370-4004-4053-2013-000",
    ],
)
def test_an_iban_grouped_in_threes_is_masked(text):
    out = redact(text)

    assert "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]" in out and not any(c.isdigit() for c in out)


def test_a_country_letter_pair_and_digits_that_fail_the_check_stay():
    assert redact("flight BA2 490 118 223 445 667 delayed") == (
        "flight BA2 490 118 223 445 667 delayed"
    )
