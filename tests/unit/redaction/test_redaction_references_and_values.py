"""References stay, values beside them go (issue 14: structured identifiers, must_keep).

A card typed right after an order number, a value named as the "old" or "new" one, a BIC
typed in lower case next to an IBAN broken over lines; and the references customers
paste next to them (marketplace order numbers, German compound words for return labels
and parcel numbers, Spanish and Portuguese words for tracking and case numbers) left
alone. Phrasings are written for these tests, not taken from any corpus; card numbers
are the schemes' test numbers, other values synthetic.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("order 77120934 4111111111111111 was charged twice", "77120934"),
        ("pedido 20931 5555555555554444 no llegó", "20931"),
        ("Bestellung 883201 und Karte 4012888888881881", "883201"),
    ],
)
def test_a_whole_card_after_an_order_number_is_masked_and_the_order_stays(
    text: str, reference: str
) -> None:
    masked = redact(text)
    assert "[CREDIT_DEBIT_NUMBER]" in masked
    assert reference in masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1093 . 4471 . 22 ist die alte Kontonummer", "4471"),
        ("1184-0033-91 c'est mon ancien numéro de compte", "0033"),
        ("100 2938 4417 es mi nueva cuenta", "2938"),
        ("1900 2871 0045 1 é a minha outra conta", "2871"),
    ],
)
def test_a_value_named_as_the_old_or_new_one_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


def test_a_lower_case_bic_beside_an_iban_broken_over_lines_is_masked() -> None:
    text = "IBAN DE89 3704\n0044 0532 0130 00, bic cobadeffxxx"
    masked = redact(text)
    assert "cobadeff" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "bic required for DE89 transfers?",
        "the bic pourquoi ça ne marche pas",
    ],
)
def test_words_after_a_bic_word_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "where is 114-3941689-8772232? still nothing",
        "Bestellnummer 305-1122334-5566778 storniert",
        "el pedido 702-8812345-1234567 llegó roto",
    ],
)
def test_marketplace_order_numbers_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Versandlabel 4011 2233 4455 6677 8899 01 funktioniert nicht",
        "Rücksendenummer 5121 0099 8873 4412 9",
        "número de guía 4017 9930 2281 7765 12",
        "protocolo 3560 2211 8765 4321 009 do atendimento",
    ],
)
def test_numbers_after_reference_compounds_and_tracking_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Auftrag vom 02.11.2026 Nr. 261904417 noch offen",
        "encomenda de 02/11/2026 n.º 261904417 não chegou",
        "pedido del 2026-11-02 nº 961904417, ¿dónde está?",
    ],
)
def test_a_reference_numbered_after_its_date_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Bestellung vom 03.02.2026, Handy-Nr 0151 23456789", "23456789"),
        ("pedido del 03/02/2026, mi móvil nº 612 345 678", "345"),
    ],
)
def test_a_phone_after_a_dated_reference_and_its_own_word_is_masked(text: str, digits: str) -> None:
    assert digits not in redact(text)
