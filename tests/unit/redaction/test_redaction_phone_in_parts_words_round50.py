"""Round 50: a phone's first digits after "my old number" ("mi antiguo número", "mon ancien
numéro", "meine alte Nummer", "meu antigo número"), after "the number for the callback"
(and its French, German, Spanish and Portuguese forms) or after "Rückrufnummer" typed with
"ue", start a phone whose rest follows in the next message. A value's word, words saying
it comes in parts and why ("en dos partes xq no me cabe") or a colon set apart ("iban en
deux fois : FR76") before its first characters leave it named. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("my old number 312", "5550199"),
        ("mi antiguo número 612", "345 678"),
        ("mon ancien numéro 06 12", "34 56 78"),
        ("meine alte Nummer 0151", "2345678"),
        ("meu antigo número 11 9", "8765 4321"),
        ("the number for the callback is 415", "5550123"),
        ("número para la devolución de llamada 612", "345 678"),
        ("numéro pour le rappel : 06 12", "34 56 78"),
        ("Nummer für den Rückruf 0151", "2345678"),
        ("número para o retorno 11 9", "8765 4321"),
        ("rueckrufnummer 0151", "2345678"),
    ],
)
def test_a_phone_started_after_its_words_is_masked_with_its_rest(first: str, rest: str) -> None:
    (head, tail), (marker, _) = conversation(first, rest)

    assert head.endswith("[PHONE]")
    assert tail == "[PHONE]"
    assert marker is not None
    assert marker.entity_type == "PHONE"


@pytest.mark.parametrize(
    "text",
    [
        "my old number was lost last year",
        "my old order number 4821",
        "the number for the callback is wrong",
    ],
)
def test_words_without_a_phone_stay(text: str) -> None:
    (masked, reply), _ = conversation(text, "ok thanks")

    assert (masked, reply) == (text, "ok thanks")


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("IBAN en dos partes xq no me cabe: ES91", "2100 0418 4502 0005 1332"),
        ("iban en deux fois : FR76 3000 6000", "0112 3456 7890 189"),
        ("my iban in two parts - GB82", "WEST 1234 5698 7654 32"),
    ],
)
def test_an_iban_started_after_an_aside_is_masked_with_its_rest(first: str, rest: str) -> None:
    (head, tail), (marker, _) = conversation(first, rest)

    assert head.endswith("[INTERNATIONAL_BANK_ACCOUNT_NUMBER]")
    assert "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]" in tail
    assert marker is not None


def test_a_count_after_many_words_and_a_colon_starts_nothing() -> None:
    text = "my iban is fine but the app shows this many errors today : 12"

    (masked,), (marker,) = conversation(text)

    assert masked == text
    assert marker is None


def test_a_value_masked_between_the_word_and_the_end_counts_as_a_word() -> None:
    (_, _, third), _ = conversation(
        "ist das Konto von meinem Vater, seine Mail otto.k@example.de",
        "und Handy 0151 23456789",
        "er ist 70, bitte Geduld",
    )

    assert third == "er ist 70, bitte Geduld"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("cambié de número, el nuevo es 612", "345 678"),
    ],
)
def test_a_comma_before_the_new_ones_start_is_no_word(first: str, rest: str) -> None:
    (head, tail), _ = conversation(first, rest)

    assert head.endswith("[PHONE]")
    assert tail == "[PHONE]"
