"""A value's word in a message whose only digits are a reference's: the reference said to be
what the value is for ("mon numéro de sécu pour le dossier TK4711"), or named before the
word that ends the message ("für Vorgang #4711 noch meine Steuer-ID"). The value is
announced, nothing of it seen; other digits keep it from being so. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "entity"),
    [
        ("mon numéro de sécu pour le dossier TK4711", "FR_NIR"),
        ("my ssn for case 4711", "SSN"),
        ("my ssn for the ticket #4711", "SSN"),
        ("o CPF para o chamado #4711", "BR_CPF"),
        ("el DNI por el caso 4711", "ES_DNI"),
        ("meine Steuer-ID für den Vorgang 4711", "DE_TAX_ID"),
        ("meine Steuer-ID fur Vorgang 4711", "DE_TAX_ID"),
    ],
)
def test_a_reference_the_value_is_for_leaves_it_announced(first: str, entity: str) -> None:
    out, markers = conversation(first)
    assert out == [first]
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen) == (entity, 0)


@pytest.mark.parametrize(
    ("first", "entity"),
    [
        ("für Vorgang #4711 noch meine Steuer-ID", "DE_TAX_ID"),
        ("ticket 4711: my ssn", "SSN"),
        ("dossier TK-4711, mon numéro de sécu", "FR_NIR"),
    ],
)
def test_a_reference_before_the_word_ending_the_message_leaves_it_announced(
    first: str, entity: str
) -> None:
    out, markers = conversation(first)
    assert out == [first]
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen) == (entity, 0)


def test_the_announced_value_is_masked_in_the_next_messages() -> None:
    out, _ = conversation("für Vorgang #4711 noch meine Steuer-ID", "12 345", "678 901")
    assert out[1:] == ["[DE_TAX_ID]", "[DE_TAX_ID]"]


@pytest.mark.parametrize(
    "first",
    [
        "2 Fragen zu Vorgang 4711, meine Steuer-ID",  # a digit before the reference's word
        "Vorgang 4711 und 12 meine Steuer-ID",  # a digit between the reference and the word
        "Vorgang 4711 meine Steuer-ID 12",  # a digit after the word: its start
        "Rückfrage 4711 meine Steuer-ID",  # digits no reference's word names
    ],
)
def test_other_digits_announce_nothing(first: str) -> None:
    _, markers = conversation(first)
    marker = markers[0]
    assert marker is None or (marker.entity_type, marker.seen) != ("DE_TAX_ID", 0)


def test_a_reference_word_without_a_number_blanks_nothing() -> None:
    # "factura a mi RFC": the letter after the reference's word is no number of its, so the
    # RFC's first letters ending the message are still its start
    out, markers = conversation("necesito factura a mi RFC GPTQ")

    assert out[0] == "necesito factura a mi RFC [MX_RFC]"
    assert markers[0] is not None and markers[0].entity_type == "MX_RFC"
