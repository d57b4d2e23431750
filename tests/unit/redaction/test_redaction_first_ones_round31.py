"""Round 31: a message saying its digits are a number's first ones, without a count ("the
first ones are 482", "los primeros son 482", "les premiers c'est 482", "die ersten sind 482",
"os primeiros são 482"), starts a dictation: the next messages of digits alone are its rest.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PII = "[PII]"


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        ("the first ones are 482", "the first ones are"),
        ("ok first digits 482", "ok first digits"),
        ("los primeros son 482", "los primeros son"),
        ("primeros números 482", "primeros números"),
        ("les premiers c'est 482", "les premiers c'est"),
        ("premiers chiffres: 482", "premiers chiffres:"),
        ("die ersten sind 482", "die ersten sind"),
        ("ersten ziffern 482", "ersten ziffern"),
        ("os primeiros são 482", "os primeiros são"),
    ],
)
def test_the_first_ones_start_a_dictation(first: str, lead: str) -> None:
    out, markers = conversation(first, "04", "3861")

    assert out[0] == f"{lead} {PII}"
    assert markers[0] is not None and markers[0].entity_type == "PII"
    assert out[1:] == [PII, PII]


@pytest.mark.parametrize(
    "said",
    [
        "los primeros 30 días son gratis",  # words after the digits
        "the first ones arrived 12 days ago",
        "die ersten sind 4",  # one digit
        "les premiers sont arrivés",
    ],
)
def test_other_first_things_start_nothing(said: str) -> None:
    out, markers = conversation(said)

    assert out[0] == said
    assert markers[0] is None
