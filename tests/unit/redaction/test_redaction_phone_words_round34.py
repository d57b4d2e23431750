"""Round 34: more ways a customer names their own phone. A line named whose or what kind it
is ("my work line", "línea fija", "ligne directe", "linha fixa", "Durchwahl"), not a line
alone (a credit line); and the phone word after the number, said of it ("03 294 9782 is my
cell", "... c'est mon portable", "... es mi celular", "... ist meine Handynummer", "... é o
meu telemóvel"), which makes the number as plainly a phone as the word before it does.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

# Nine digits with a trunk 0, of no plan the default regions allocate: a phone only when
# named one.
NUMBER = "03 294 9782"


@pytest.mark.parametrize(
    "lead",
    [
        "or my work line",
        "home line:",
        "mi línea fija",
        "línea directa",
        "ligne directe",
        "ma ligne fixe",
        "linha fixa",
        "meine Durchwahl",
    ],
)
def test_a_named_line_names_a_phone(lead: str) -> None:
    assert redact(f"{lead} {NUMBER}") == f"{lead} [PHONE]"


@pytest.mark.parametrize(
    "tail",
    [
        "is my cell",
        "- thats my work phone",
        "c'est mon portable",
        "es mi celular",
        "ist meine Handynummer",
        "é o meu telemóvel",
    ],
)
def test_a_phone_word_after_the_number_names_it(tail: str) -> None:
    assert redact(f"{NUMBER} {tail}") == f"[PHONE] {tail}"


@pytest.mark.parametrize(
    "text",
    [
        NUMBER,  # named nothing
        f"line {NUMBER}",  # a line alone
        f"{NUMBER} is my order",
        f"{NUMBER} is my cellar's code",
        f"{NUMBER} is the phone's serial",  # not said to be the customer's
    ],
)
def test_no_phone_without_its_own_word(text: str) -> None:
    assert "[PHONE]" not in redact(text)
