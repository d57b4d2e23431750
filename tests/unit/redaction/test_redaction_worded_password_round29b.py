"""A password that is one plain word ending the message after a Spanish, French or
Portuguese password word with no connective ("la contraseña girasol", "mdp tournesol"),
and the prose of the same shape that stays ("senha errada"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la contraseña girasol", "la contraseña [PASSWORD]"),
        ("contrasena Girasol", "contrasena [PASSWORD]"),  # typed without its tilde
        ("clave pajaro!", "clave [PASSWORD]"),  # its mark masked with it, as after a colon
        ("mdp tournesol", "mdp [PASSWORD]"),
        ("mot de passe tournesol 🙂", "mot de passe [PASSWORD] 🙂"),
        ("a senha girassol", "a senha [PASSWORD]"),
        ("senha Lobo", "senha [PASSWORD]"),  # four letters: the least
        ("senha " + "a" * 24, "senha [PASSWORD]"),  # twenty-four: the most
        ("usuario ana_lopez7, contraseña girasol", "usuario [USERNAME], contraseña [PASSWORD]"),
    ],
)
def test_a_plain_word_ending_the_message_is_the_password(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "senha Sol",  # three letters: a word's, not a password's
        "senha " + "a" * 25,  # longer than a word anyone types
        "mdp tournesol et le reste",  # more words after it: prose
        "mdp tournesol 2",  # a digit after it: not the message's last word
        "password sunshine",  # English: its words come before the noun
        "contraseña 2fa?",  # not letters alone: a word with a digit is a term's
        "mdp v2.0",
        # what is said of a password after its word
        "contraseña caducó",
        "la contraseña actual",
        "la contraseña tampoco",
        "mot de passe oublié",
        "mot de passe oubliée",
        "mot de passe provisoire",
        "mdp svp",
        "mot de passe perdu",
        "senha errada",
        "senha bloqueada",
        "senha expirou",
        "senha vencida",
        "a senha antiga",
        "senha trocaram",
        "senha do wifi",
        "contraseña wifi",
        "a senha falha",
        "la contraseña expira",
        "le mot de passe expire",
        # what kind of password it is, or a bank's name for one
        "la clave dinámica",
        "Clave Única",
        "senha padrão",
        "clave personal",
        "mot de passe personnel",
        "contraseña secreta",
        "mdp différent",
        "senha numérica",
        # forgetting it, without the accent
        "contraseña olvide",
        "senha esqueci",
    ],
)
def test_what_is_said_of_a_password_stays(text: str) -> None:
    assert redact(text) == text


def test_a_word_typed_in_two_messages_is_masked_in_both() -> None:
    texts, _ = conversation("mdp Tourne", "sol*88")
    assert texts == ["mdp [PASSWORD]", "[PASSWORD]"]


def test_a_corrected_plain_password_is_masked() -> None:
    texts, _ = conversation("perdón, me equivoqué", "la contraseña girasol")
    assert texts == ["perdón, me equivoqué", "la contraseña [PASSWORD]"]
