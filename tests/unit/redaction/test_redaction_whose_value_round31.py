"""Round 31: words saying whose value it is, between its word and the value ("el NIE de mi
pareja es Z", "the SSN of my wife is 482", "o número do meu marido é 11", "das Handy meiner
Frau ist 0151", "le numéro de ma femme c'est 06"), do not take the value away from its word:
its start is masked and its rest awaited. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest", "entity"),
    [
        ("el NIE de mi pareja es Z", "3662550N", "ES_DNI"),
        ("el NIE de mi pareja es Y6499038", "B", "ES_DNI"),
        ("the SSN of my wife is 482", "04 3861", "SSN"),
        ("el móvil de mi marido es 612", "345 678", "PHONE"),
        ("sim o número do meu marido é 11", "96227-8643", "PHONE"),
        ("o celular da minha esposa é 11", "96227-8643", "PHONE"),
        ("das handy meiner frau ist 0151", "2218 4411", "PHONE"),
        ("le portable de ma femme c'est 06", "12 34 56 78", "PHONE"),
    ],
)
def test_a_relatives_value_is_started_and_continued(first: str, rest: str, entity: str) -> None:
    out, markers = conversation(first, rest)

    assert out[0].endswith(f"[{entity}]")
    assert markers[0] is not None and markers[0].entity_type == entity
    assert out[1] == f"[{entity}]"


@pytest.mark.parametrize(
    "said",
    [
        "the SSN of my wife and the kids is 482",  # more words than whose it is
        "el NIE de mi pareja no lo tengo aquí 12",
        "my phone is a Redmi Note 13",
    ],
)
def test_longer_gaps_still_take_nothing(said: str) -> None:
    out, markers = conversation(said)

    assert out[0] == said
    assert markers[0] is None
