"""Round 42: a user name's word, the name, then "and the" and the password's word ("usuario
jdoe y la contra ...", "user jdoe and the password ..."): the article does not break the
pair, so a name of small letters alone is the name there. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("usuario moreauana y la contra Perro.81!", "usuario [USERNAME] y la contra [PASSWORD]"),
        ("user jbernard and the password Perro.81!", "user [USERNAME] and the password [PASSWORD]"),
        (
            "identifiant jbernard et le mot de passe Perro.81!",
            "identifiant [USERNAME] et le mot de passe [PASSWORD]",
        ),
        (
            "Benutzer jbernard und das Passwort Perro.81!",
            "Benutzer [USERNAME] und das Passwort [PASSWORD]",
        ),
        ("usuário jbernard e a senha Perro.81!", "usuário [USERNAME] e a senha [PASSWORD]"),
    ],
)  # fmt: skip
def test_an_article_before_the_password_word_keeps_the_pair(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a state of the account, not a name, before the password's word
        "usuario bloqueado y la contra no funciona",
        "user blocked and the password reset",
        # an article before another noun: no password follows the name
        "usuario moreauana y la tarjeta vencida",
        "user jbernard and the other one",
    ],
)  # fmt: skip
def test_an_article_before_another_word_keeps_the_text(text):
    assert redact(text) == text
