"""Round 23b: further from its word in the same sentence, a passport of Spain's and
Portugal's shape (three capitals, six digits) and the common shapes copied with a
look-alike letter for a digit (O or o for 0, I or l for 1: "el pasaporte lo copié de una
foto, creo que es PAA12345O") are masked, as the plain shape already was. A reference's
word between them, no passport word, too few digits or no look-alike at all in a longer
run keep the value. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_FAR = "el pasaporte lo copié de una foto, creo que es "


@pytest.mark.parametrize(
    "value",
    [
        "PAA123456",  # three capitals and six digits
        "PAA12345O",  # a capital O for a 0, ending it
        "PAA1234o6",  # a lower-case o
        "PAA12I456",  # a capital I for a 1
        "PAA1l3456",  # a lower-case l
        "X1O3O567",  # two look-alikes: five digits among the seven, the fewest
        "X12345o7",  # one capital, seven characters after it
        "X12345o78",  # eight, the most
        "XY1234l6",  # two capitals, six, the fewest
    ],
)
def test_a_passport_copied_with_look_alike_letters_far_from_its_word_is_masked(
    value: str,
) -> None:
    assert redact(_FAR + value) == _FAR + "[PASSPORT_NUMBER]"


@pytest.mark.parametrize(
    "text",
    [
        _FAR + "PAA1O3OO6",  # four digits only among the six
        _FAR + "PAA12345",  # three capitals and five digits
        _FAR + "PAA1234o",  # three capitals and five characters
        _FAR + "PAA1234567",  # three capitals and seven digits: a ticket's shape
        _FAR + "PAA12345o7",  # three capitals, a look-alike and seven characters
        _FAR + "X12345o789",  # one capital and nine characters
        _FAR + "XY12l45",  # two capitals and five characters
        _FAR + "PAAO12345",  # a look-alike first: a word's letter, not a digit
        _FAR + "PAA123456x",  # a letter glued after it
        "mi pasaporte venció y el pedido es PAA12345O",  # a reference's word between them
        "lo copié de una foto, creo que es PAA12345O",  # no passport word
    ],
)
def test_other_shapes_far_from_the_passport_word_stay(text: str) -> None:
    assert redact(text) == text
