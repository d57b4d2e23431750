"""Round 8b: the "@" typed for the "a" of the word that names it ("@rroba", "@robase")
still spells an address: "priya @rroba example (punto) net", "jean @robase exemple point
fr". A price with "@" in a sentence stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mandenlo a priyadubois @rroba example (punto) net porfa", "mandenlo a [EMAIL] porfa"),
        ("mandem para noah.smith @rroba example ponto org", "mandem para [EMAIL]"),
        ("écrivez à jean.dupont @robase exemple point fr", "écrivez à [EMAIL]"),
    ],
)
def test_an_address_with_the_sign_inside_its_word_is_masked(text, masked):
    assert redact(text) == masked


def test_a_price_with_the_sign_stays():
    assert redact("2 boxes @ 4.99 each, order 123456") == "2 boxes @ 4.99 each, order 123456"
