"""Round 30: a relative's number in Spanish and French ("el número de mi esposo es 312",
"le numéro de mon chum c'est 613") is a phone, and its first digits start one across
messages, as the English and German phrasings already do. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "sí, el número de mi esposo es 312",
        "el numero de mi hija 312",
        "el número de nuestra madre es 312",
        "el número de mi novio es 312",
        "oui le numéro de mon chum c'est 613",
        "le numero de ma blonde est 613",
        "le numéro de notre fils 613",
        "le numéro de ma sœur c'est 613",
    ],
)
def test_a_relatives_number_starts_a_phone(first: str) -> None:
    out, markers = conversation(first, "555 0101")

    assert not any(c.isdigit() for c in "".join(out)), out
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


@pytest.mark.parametrize(
    "first",
    [
        "el número de pedido de mi hijo es 3124",  # another number of theirs
        "el número de la esposa es 3124",  # no possessive
        "el número de mi cuenta es 3124",  # no relative
        "mi esposo es 3124",  # no number word
        "le numéro de commande de mon fils est 6134",  # another number of theirs
        "le numéro de la femme est 6134",  # no possessive
        "le numéro de mon dossier est 6134",  # no relative
    ],
)
def test_other_numbers_of_people_start_no_phone(first: str) -> None:
    _, markers = conversation(first)

    assert markers[0] is None or markers[0].entity_type != "PHONE"
