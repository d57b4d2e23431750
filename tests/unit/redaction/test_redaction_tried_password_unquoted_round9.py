"""A password the customer typed at a login that failed, unquoted, in a message that names
the password too: "digitei Soleil.16 na senha e nada", "j'ai tapé Nuage42! dans le mot de
passe", "ich hab Hund2024! probiert, passwort falsch", "puse Sol#8812 pero dice clave
incorrecta". A device's name, a reference or a promotion's code stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("digitei Soleil.16 na senha e nada", "digitei [PASSWORD] na senha e nada"),
        ("j'ai tapé Nuage42! dans le mot de passe", "j'ai tapé [PASSWORD]! dans le mot de passe"),
        (
            "ich hab Hund2024! probiert, passwort falsch",
            "ich hab [PASSWORD]! probiert, passwort falsch",
        ),
        ("puse Sol#8812 pero dice clave incorrecta", "puse [PASSWORD] pero dice clave incorrecta"),
        ("tentei Gato.99 e diz senha inválida", "tentei [PASSWORD] e diz senha inválida"),
    ],
)
def test_a_tried_password_in_a_message_naming_the_password_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "tentei pelo iPhone15 e a senha falha",
        "tentei o pedido AB-1234 e a senha falha",
        "tentei entrar no app versão 14.1.6 e a senha falha",
        "digitei Soleil.16 e nada",  # no password word: not read unquoted
    ],
)
def test_a_device_a_reference_or_an_unnamed_word_stays(text):
    assert redact(text) == text
