"""A password named by what it was set to, the value first ("coloquei Soleil.16 de senha",
"puse Sol#8812 de contraseña", "j'ai mis Nuage42x en mot de passe"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "coloquei Soleil.16 de senha e agora não entro",
            "coloquei [PASSWORD] de senha e agora não entro",
        ),
        ("puse Sol#8812 de contraseña y no entro", "puse [PASSWORD] de contraseña y no entro"),
        ("j'ai mis Nuage42x en mot de passe", "j'ai mis [PASSWORD] en mot de passe"),
        ("coloquei DOIjh09ECf de senha", "coloquei [PASSWORD] de senha"),
    ],
)
def test_a_value_set_as_the_password_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["o link 12/05 de senha", "pedido 123456 de senha não chegou"])
def test_a_date_or_an_order_before_the_password_word_stays(text):
    assert redact(text) == text
