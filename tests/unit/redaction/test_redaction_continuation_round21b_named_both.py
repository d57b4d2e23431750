"""Round 21b, over messages: a word that names a PIN and a password ("senha", "clave",
"code") followed by a password announces no PIN; the password's rest alone in the next
message is the password's ("a senha nuvem-mar", then "iposa-75"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "masked_first"),
    [
        ("a senha rio-verde", "a senha [PASSWORD]"),
        ("senha rio-verde", "senha [PASSWORD]"),
        ("la clave rio-verde", "la clave [PASSWORD]"),
    ],
)
def test_the_rest_after_a_password_named_by_a_pin_word_is_the_password(
    first: str, masked_first: str
) -> None:
    out, pending = conversation(first, "ponte-64")

    assert out[0] == masked_first
    assert pending[0] is not None
    assert pending[0].entity_type == "PASSWORD"
    assert out[1] == "[PASSWORD]"


def test_the_pin_word_alone_still_announces_a_pin() -> None:
    out, pending = conversation("a senha", "4821")

    assert pending[0] is not None
    assert pending[0].entity_type == "PIN"
    assert out[1] == "[PIN]"


def test_a_rest_without_a_digit_stays() -> None:
    out, _ = conversation("a senha rio-verde", "obrigado")

    assert out[1] == "obrigado"
