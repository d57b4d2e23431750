"""Letters typed for digits inside identifiers that mix letters and digits (issue 14:
letter_substitution family): a DNI's eight digits with O for 0 and its check letter in
lower case, an RFC's birth date with O and l. The digit positions are read as digits and
the value is validated with python-stdnum like any other. Values were computed for these
tests; phrasings are not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mi dni es 3O71OO58k", "3O71OO58k"),
        ("DNI: 3OlOOOO4l, gracias", "3OlOOOO4l"),  # the check letter L typed like a one
        ("te paso el documento 1O472O93d", "1O472O93d"),
        ("rfc GODE56l23lGR8 para la factura", "GODE56l23lGR8"),
        ("mi RFC es BEGA8OO7l4Q27", "BEGA8OO7l4Q27"),
    ],
)
def test_look_alike_letters_in_an_identifier_are_read_as_digits(text: str, value: str) -> None:
    masked = redact(text)
    assert value not in masked
    assert "[" in masked


@pytest.mark.parametrize(
    "text",
    [
        "el modelo BOLO1234x no funciona",  # fails the DNI letter
        "tengo el modelo lOO12345 en casa",  # no check letter
        "ref ABCD9OO72O000 no es un rfc",  # not a birth date of a valid RFC
    ],
)
def test_look_alike_shapes_that_fail_their_check_stay(text: str) -> None:
    assert redact(text) == text
