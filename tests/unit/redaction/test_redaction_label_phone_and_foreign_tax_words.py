"""Tuned on the eleventh author's dev split (curtained/): a phone word before a reference
word names the number printed there ("le tél sur l'étiquette doit être ..."); a German tax
id named in French or Spanish ("identifiant fiscal", "identificación fiscal") is read
through any grouping when its check digit holds; a phone read out over five messages
(French pairs) is followed to its end. A promotion's "código promo" names no security code.
Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PHONE_FOLLOW_UPS
from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "colis JJD12355442684588, le tél sur l'étiquette doit être 06 34 64 26 49",
            "colis JJD12355442684588, le tél sur l'étiquette doit être [PHONE]",
        ),
        ("the phone on the label is 07700 900123", "the phone on the label is [PHONE]"),
        ("el teléfono de la etiqueta: 612 345 678", "el teléfono de la etiqueta: [PHONE]"),
    ],
)
def test_a_phone_printed_on_a_label_is_a_phone(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "label 06 34 64 26 49",
        "tracking 06 34 64 26 49",
        # the reference word is the subject here, not where a phone is printed
        "phone about my order 06 34 64 26 49",
    ],
)
def test_a_reference_word_alone_still_keeps_its_number(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "value",
    ["573  82622  106", "42-699-38 70 51", "78503 - 245 - 569", "79 54126 0356"],
)
def test_a_german_tax_id_named_in_french_is_masked(value: str) -> None:
    text = f"l'identifiant fiscal allemand {value}, je travaille à Francfort"
    assert redact(text) == "l'identifiant fiscal allemand [DE_TAX_ID], je travaille à Francfort"


def test_a_german_tax_id_named_in_spanish_is_masked() -> None:
    text = "mi identificación fiscal alemana es 79 54126 0356"
    assert redact(text) == "mi identificación fiscal alemana es [DE_TAX_ID]"


def test_a_french_tax_number_of_another_length_is_not_read_as_a_german_one() -> None:
    assert redact("identifiant fiscal 1234567890123") == "identifiant fiscal 1234567890123"


@pytest.mark.parametrize(
    "texts",
    [
        ("mon numéro c'est le 06", "639", "697", "16"),
        ("call me on 06", "12", "34", "56", "78"),
    ],
)
def test_a_phone_is_followed_over_five_messages(texts: tuple[str, ...]) -> None:
    out, _ = conversation(*texts)

    assert not any(c.isdigit() for text in out for c in text)


def test_a_phone_is_followed_no_further_than_its_follow_ups() -> None:
    out, _ = conversation("my number is 06", "1", "2", "3", "4", "55")

    assert out[1:5] == ["[PHONE]"] * 4
    assert out[-1] == "55"
    assert PHONE_FOLLOW_UPS == 4


@pytest.mark.parametrize(
    "text", ["nuevo código promo 2025", "código promo 2025", "código promocional 2025"]
)
def test_a_promotion_code_stays(text: str) -> None:
    assert redact(text) == text


def test_a_bare_codigo_still_names_the_security_code() -> None:
    assert redact("el código es 123") == "el código es [CREDIT_DEBIT_CVV]"
