"""Phones split by noise and owned by "my number", round 46."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns import PatternsDetector


def _phones(text: str) -> list[str]:
    spans = PatternsDetector().detect(text)
    return [text[s.begin : s.end] for s in spans if s.entity_type == "PHONE"]


def _covered(text: str, value: str) -> bool:
    begin = text.index(value)
    spans = PatternsDetector().detect(text)
    return all(
        not text[i].isalnum() or any(s.begin <= i < s.end for s in spans)
        for i in range(begin, begin + len(value))
    )


# "my number" and its siblings: the customer's own phone, even after a third party's word
# and even a drama number outside the allocated ranges.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("gave the courier my number 0117 496 0975 and he never called", "0117 496 0975"),
        ("gave the courier my new number 0161 | 496 / 0880 and nothing", "0161 | 496 / 0880"),
        ("le di al repartidor mi número 0161 | 496 / 0880 y nada", "0161 | 496 / 0880"),
        ("j'ai donné au livreur mon numéro 0161 | 496 / 0880, rien", "0161 | 496 / 0880"),
        ("dem Kurier meine Nummer 0161 | 496 / 0880 gegeben, nichts", "0161 | 496 / 0880"),
        ("dei ao entregador meu número 0161 | 496 / 0880 e nada", "0161 | 496 / 0880"),
        (
            "gave the courier my number 312 then 555 👉 0144 and he never called",
            "312 then 555 👉 0144",
        ),
    ],
)
def test_my_number_reads_a_phone_after_a_third_party(text: str, value: str) -> None:
    assert _covered(text, value)


# The thing numbered follows the word: not the customer's phone.
@pytest.mark.parametrize(
    "text",
    [
        "my order number 0117 496 0975 please",
        "my number of orders is 0117 496 0975",
        "mi número de pedido 0117 496 0975",
        "mon numéro de commande 0117 496 0975",
        "meu número do pedido 0117 496 0975",
    ],
)
def test_a_numbered_thing_is_no_phone_word(text: str) -> None:
    assert _phones(text) == []


def test_leer_is_a_spoken_gap() -> None:
    text = "hab dem Boten meine Nummer gegeben +49 leer 1519\n4990250, nie angerufen"
    assert _covered(text, "+49 leer 1519\n4990250")


def test_leer_as_a_word_keeps_its_numbers() -> None:
    assert _phones("mein Ordner ist leer 2 Dateien") == []


# A last group under four digits after a wide gap is the number's own; four or more is a
# field of its own (a postcode).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rückruf bitte an 4915123\n575 | 084", "4915123\n575 | 084"),
        ("my phone 4915123 575 | 084", "4915123 575 | 084"),
        ("por whatsapp mejor 528138\n061 | 762 o al correo", "528138\n061 | 762"),
    ],
)
def test_short_last_group_stays_with_its_number(text: str, value: str) -> None:
    assert _covered(text, value)


def test_a_postcode_after_a_wide_gap_stays_apart() -> None:
    assert set(_phones("tel 05 92 02 61 85 / 32854")) == {"05 92 02 61 85"}
