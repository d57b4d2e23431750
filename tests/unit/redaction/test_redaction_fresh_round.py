"""How a new author writes PII: word orders, glued and abbreviated context words (issue 14).

Sentences are written here from what customers of the five markets type, not copied
from any corpus. All values are synthetic: test card numbers, made-up identifiers
whose check digits were computed for the test.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.telemetry import MemoryCounter

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


def redact(text: str) -> str:
    return REDACTOR.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("exp0627 and the cvv is 123", "0627"),
        ("vence0930, la tarjeta es de débito", "0930"),
        ("valable jusqu'à: expi 11/28", "11/28"),
        ("Ablauf122029 steht vorne", "122029"),
        ("val0131 no verso", "0131"),
    ],
)
def test_an_expiry_typed_onto_its_word_or_abbreviated_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the crd is 4111 1111 1111 1111",
        "my creditcard: 4111-1111-1111-1111",
        "ma crte 4111 1111 1111 1111",
        "KK-Nr. 4111 1111 1111 1111",
    ],
)
def test_misspelt_card_words_still_introduce_a_card(text: str) -> None:
    assert "1111" not in redact(text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ok here's my crd 4111 1111", "1111 1111"),
        ("Kartennr ist 5500 0000", "0000 0004"),
        ("die kk-nr: 4111 1111", "1111 1111"),
    ],
)
def test_a_card_split_after_a_misspelt_word_is_masked_in_the_next_message(
    first: str, second: str
) -> None:
    _, pending = redact_in_conversation(REDACTOR, first, None, 0.0)
    assert pending is not None
    following, _ = redact_in_conversation(REDACTOR, second, pending, 5.0)
    assert following.text.strip() == "[CREDIT_DEBIT_NUMBER]"


def test_groups_joined_by_n_then_are_one_card() -> None:
    assert "4111" not in redact("card 4111 1111 n then 1111 n 1111 thx")


@pytest.mark.parametrize("word", ["passwot", "paswort", "passwod"])
def test_a_password_word_with_its_last_letter_wrong_still_counts(word: str) -> None:
    assert "Tulip#4471" not in redact(f"geht nicht, {word} Tulip#4471 wird abgelehnt")


def test_a_dni_spelled_with_commas_is_masked() -> None:
    # 12345678Z: the check letter of 12345678 is Z.
    text = "mi dni: uno, dos, tres, cuatro, cinco, seis, siete, ocho - Z"
    assert "ocho" not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("return label 1Z999AA10123456784 9261 2900 1234 5678 95", "9261 2900 1234 5678 95"),
        ("etiqueta de devolución 9261 2900 1234 5678 95", "9261 2900 1234 5678 95"),
        ("facture payée, réf 82 53 14 76 90", "82 53 14 76 90"),
    ],
)
def test_label_and_abbreviated_reference_numbers_stay(text: str, kept: str) -> None:
    assert kept in redact(text)
