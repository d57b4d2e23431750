"""Round 41: a user name and its password joined by "and" in each language ("username
jdoe and pw ..."), and the French and Spanish labels' long forms alone before the name
("nom d'utilisateur jdoe"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("username zedqux and pw Tr1cky!x", "username [USERNAME] and pw [PASSWORD]"),
        ("usuario zedqux y contraseña Tr1cky!x", "usuario [USERNAME] y contraseña [PASSWORD]"),
        ("utilisateur zedqux et mot de passe Tr1cky!x",
         "utilisateur [USERNAME] et mot de passe [PASSWORD]"),
        ("Benutzer zedqux und Passwort Tr1cky!x", "Benutzer [USERNAME] und Passwort [PASSWORD]"),
        ("usuário zedqux e senha Tr1cky!x", "usuário [USERNAME] e senha [PASSWORD]"),
        ("user zedqux and my password Tr1cky!x", "user [USERNAME] and my password [PASSWORD]"),
    ],
)  # fmt: skip
def test_a_name_joined_to_its_password_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "login blocked and password reset",  # the account's state
        "user zedqux and then nothing works",  # no password's word after "and"
        "username zedqux or pw",  # not joined by "and"
    ],
)  # fmt: skip
def test_no_name_without_the_joined_password(text):
    assert "[USERNAME]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("nom d'utilisateur zoemax", "nom d'utilisateur [USERNAME]"),
        ("nom d’utilisateur zoemax", "nom d’utilisateur [USERNAME]"),
        ("nombre de usuario pepario", "nombre de usuario [USERNAME]"),
    ],
)  # fmt: skip
def test_the_long_label_alone_before_the_name(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "nom d'utilisateur oublié",  # what happened to it
        "nombre de usuario incorrecto",
        "j'ai perdu mon nom d'utilisateur zoemax",  # not the label opening the message
    ],
)  # fmt: skip
def test_the_long_label_before_a_state_is_kept(text):
    assert redact(text) == text
