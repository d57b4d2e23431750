"""A user name of small letters handed over as a form's label and its value: a message of
the name's word and the name alone ("usuario jdoe", "mon identifiant jdoe"), or the
shorthand pair "user: jdoe pass: ..." where "pass:" labels the password."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "usuario xanax",
        "identifiant mdupont",
        "mon identifiant mdupont",
        "mi usuario jperez",
        "meu usuário jsilva",
        "utilisateur mdupont.",
    ],
)
def test_the_word_and_the_name_alone_mask_the_name(text):
    out = redact(text)

    assert "[USERNAME]" in out
    assert not any(name in out for name in ("xanax", "mdupont", "jperez", "jsilva"))


@pytest.mark.parametrize(
    "text",
    [
        # more than a label before the word: a sentence, the name not handed over
        "el usuario jperez",
        "hola usuario jperez",
        # the login act, not the name's word ("login fails")
        "login jperez",
        # the account's state, tier or role
        "usuario premium",
        "usuario principal",
        "identifiant perdu",
        "usuario bloqueado",
    ],
)
def test_a_label_only_message_needs_the_label_alone_and_a_name(text):
    assert "[USERNAME]" not in redact(text)


def test_the_shorthand_pass_label_after_the_name_masks_both():
    out = redact("user: jperez pass: Clave#123")

    assert out == "user: [USERNAME] pass: [PASSWORD]"


@pytest.mark.parametrize(
    "text",
    [
        # "pass" without its colon is a word of prose
        "user: jperez pass me the form",
    ],
)
def test_pass_without_its_colon_is_no_password_label(text):
    assert "jperez" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # German "Benutzer" still needs a verb: "benutzer gesperrt" is as likely (the name's
        # own nouns, "Benutzername", need none: ``test_redaction_round25_bare_user_name``)
        "benutzer kmuell",
        # a stretch between masks is no message's start ("pass: ... user maria")
        "pass: Xq7LmPzW2kV user maria",
        " usuario jperez",
    ],
)
def test_a_person_word_and_stretches_after_a_mask_keep_needing_a_verb(text):
    assert "[USERNAME]" not in redact(text)
