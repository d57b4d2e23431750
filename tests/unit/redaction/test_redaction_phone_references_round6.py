"""Phones and the numbers beside them, round 6: prices, times and currencies between digit
groups are not noise that joins them; a code of capitals dashed onto a number, the printed
shapes of a CPF or CNPJ, a parcel label's groups of four past E.164's length, unbroken
digits longer than a national number, and a number an arrow points from to a reference
word are not phones. Phones split by noise and phones beside such values stay masked."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    "text",
    [
        "paid 745€ + €1296.41 shipping",
        "€856.13 + €1880.61 versand bezahlt",
        "el precio paso de $621.54 a 1123.53 usd de un dia para otro",
        "compre 9 del XPS 13 5822 a 1234,21eur cada uno",
        "compre 16 del RTX 3060 a $302.25 cada uno",
        "got charged twice £1531.49 + £2139 on 16-4-2025",
        "reorder of FR-2026-664780 please",
        "MX-2026-022813 👈 pedido",
        "7467135159 👈 pedido",
        "8698587484 <- bestellung",
        "mi caso es REQ00387 y el anterior era 276.013.502-41",
        "die referenz auf dem kassenbon ist 835.721.958-46",
        "9400 8466 7200 6087 6477 78",
        "mon dossier c'est BZS-8190 et l'ancien 07533932956630",
    ],
)
def test_prices_references_and_labels_are_not_phones(text):
    assert OFFLINE.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rappelez moi au 044 / 393 • 74 et 96 après 20.00", "rappelez moi au [PHONE] après 20.00"),
        ("call 06.12 👉 34.56.78", "call [PHONE]"),
        ("num 052 👉 479 👉 484 👉 12,50 €", "num [PHONE] 👉 12,50 €"),
        ("0612345678 👈 mon portable", "[PHONE] 👈 mon portable"),
        ("my cell 015112345678", "my cell [PHONE]"),
        ("+4915112345678901", "[PHONE]"),
    ],
)
def test_phones_beside_prices_times_and_arrows_stay_masked(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ta tudo aqui: b.oliveira31@example.com.br / (31) 97838-6068 / 67510-231",
            "ta tudo aqui: [EMAIL] / [PHONE] / 67510-231",
        ),
        (
            "je vous donne tout : tia_r8693@example.fr / 05 92 02 61 85 / 32854",
            "je vous donne tout : [EMAIL] / [PHONE] / 32854",
        ),
        ("hier alles: 030 57492373 / 39334", "hier alles: [PHONE] / 39334"),
        (
            "everything: pierre@example.com / +351 21 224 0232 / 7132-116",
            "everything: [EMAIL] / [PHONE] / 7132-116",
        ),
        # a phone split by noise or spelled has short pieces between its gaps: one phone
        ("mi numero es +34, 795, 849, seis cinco dos", "mi numero es [PHONE]"),
        ("mon mobile : +33 - 6 - 52 - 74 - 50 - 30", "mon mobile : [PHONE]"),
    ],
)
def test_a_whole_phone_then_a_postcode_after_a_separator_are_two_values(text, expected):
    assert OFFLINE.redact(text).text == expected


def test_a_card_after_a_phone_with_its_country_code_is_still_found():
    out = OFFLINE.redact("call +44 20 7946 0958 4111 1111 1111 1111").text

    assert out == "call [PHONE] [CREDIT_DEBIT_NUMBER]"


def test_a_postal_item_number_between_two_codes_is_not_a_phone():
    text = "etiqueta de devolução para QS 252 393 825 BR item A6342"

    assert OFFLINE.redact(text).text == text
    assert OFFLINE.redact("ligue 912 345 678 OK").text == "ligue [PHONE] OK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "card 5445 0379 5410 0792 10/7 is when it was charged",
            "card [CREDIT_DEBIT_NUMBER] 10/7 is when it was charged",
        ),
        (
            "tél +41 78 592 80 96 commande PD2736549 livraison 23.8.25 16.15",
            "tél [PHONE] commande PD2736549 livraison 23.8.25 16.15",
        ),
    ],
)
def test_a_day_and_month_or_a_short_dotted_date_is_not_part_of_a_number(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    "text", ["+0000000000000", "x+351212240232 / 7132116", "+351 21 224 0232 / 4111 1111 1111 1111"]
)
def test_a_luhn_valid_run_after_a_plus_is_never_left_whole(text):
    out = OFFLINE.redact(text).text

    assert "CREDIT_DEBIT_NUMBER" in out
