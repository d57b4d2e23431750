"""Round 44: a user name without the verb or the word order the label-led finder needs.
Assigned to a key that names a user, as a configuration or a shell writes it ("login:
username=jdoe77", "export DB_USER=..."); listed after another identifier at the message's
end ("ticket CS-4711, login ...", "correo ... usuario ..."); right before the password's
label ("locked out of jdoe_77, pass ..."). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        # the word for the login before the key no longer hides the key's value
        ("login: username=jdoe77 pw Sol#8812abc", "login: username=[USERNAME] pw [PASSWORD]"),
        ('export DB_USER="anamaria"', 'export DB_USER="[USERNAME]"'),
        ("datos:\nusuario='anamaria'", "datos:\nusuario='[USERNAME]'"),
        ("config: utilisateur = anamaria", "config: utilisateur = [USERNAME]"),
        ("Benutzername=anamaria", "Benutzername=[USERNAME]"),
        ("dados:\nlogin=anamaria", "dados:\nlogin=[USERNAME]"),
    ],
)  # fmt: skip
def test_a_name_assigned_to_a_users_key_is_masked(said, masked):
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "login=true",  # a setting, not a name
        "user=none",
        "login: anamaria is broken",  # a colon alone is prose's
    ],
)
def test_a_setting_or_prose_keeps_its_words(said):
    assert redact(said) == said


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("ticket CS-4711, login anamaria", "ticket CS-4711, login [USERNAME]"),
        ("correo ana@mail.com usuario anamaria", "correo [EMAIL] usuario [USERNAME]"),
        ("courriel ana@mail.fr, pseudo anamaria", "courriel [EMAIL], pseudo [USERNAME]"),
        ("Kundennummer 4711, Benutzer anamaria", "Kundennummer 4711, Benutzer [USERNAME]"),
        ("email ana@mail.pt login anamaria", "email [EMAIL] login [USERNAME]"),
        # six letters: the least a listed name of letters alone is taken at
        ("ticket CS-4711, login anamar", "ticket CS-4711, login [USERNAME]"),
    ],
)  # fmt: skip
def test_a_name_listed_after_another_identifier_is_masked(said, masked):
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "ticket CS-4711, login broken",  # the login's state
        "ticket CS-4711, login funktioniert",
        "pedido 4711, usuario bloqueado",
        "ticket CS-4711, login working",
        "ticket CS-4711, login anama",  # five letters: a word
        "ticket with login anamaria",  # no identifier before the label
        "version 5.9 login anamaria",  # a version is no identifier
        "ticket CS-4711, login anamaria since monday",  # not the message's end
    ],
)
def test_a_list_ending_in_a_state_or_prose_keeps_its_words(said):
    assert redact(said) == said


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("locked out of jdoe_77, pass Sol#8812", "locked out of [USERNAME], pass [PASSWORD]"),
        ("locked out of anamaria, pass Sol#8812", "locked out of [USERNAME], pass [PASSWORD]"),
        ("no entro en ana.r, contraseña Perro.81!",
         "no entro en [USERNAME], contraseña [PASSWORD]"),
        ("bloqué sur lea.costa, mdp Sol#8812x", "bloqué sur [USERNAME], mdp [PASSWORD]"),
        ("komme nicht in max.m, Passwort Sonne#81",
         "komme nicht in [USERNAME], Passwort [PASSWORD]"),
        ("não entro na joao_p, senha Sol#abc12", "não entro na [USERNAME], senha [PASSWORD]"),
    ],
)  # fmt: skip
def test_a_name_right_before_the_passwords_label_is_masked(said, masked):
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "v2, password expired",  # a password of letters alone: prose
        "app jdoe_77, pass please",
        "locked out of anamaria, password reset",
        "i tried anamaria, pass Sol#8812",  # letters alone need "out of" / "into"
    ],
)
def test_a_word_before_a_prose_password_keeps_its_words(said):
    assert redact(said).split(",")[0] == said.split(",")[0]


def test_masking_twice_changes_nothing():
    once = redact("ticket CS-4711, login anamaria; login: username=jdoe77")
    assert redact(once) == once
