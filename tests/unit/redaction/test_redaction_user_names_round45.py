"""Round 45: a user name of small letters after its word and a verb, followed by the next
clause's conjunction, is stated ("username is jdoe and the last one i remember was ...");
a handle's word may take a colon after its verb ("my handle is: weberp07"). Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pls reset my pw, username is xjdoemillerx and the last one was x", "xjdoemillerx"),
        ("mi usuario es jdoeperez y no entra", "jdoeperez"),
        ("mon identifiant c'est jdoeperez et ça bloque", "jdoeperez"),
        ("mein Benutzername ist jdoeperez und geht nicht", "jdoeperez"),
        ("meu usuário é jdoeperez e não entra", "jdoeperez"),
    ],
)  # fmt: skip
def test_letters_name_before_the_next_clause_is_masked(text, name):
    assert name not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "username is wrong and i cant login",
        "my username is blocked and i cant login",
        "login is broken and i cant get in",
        "the username is here and there",
        "user name: zedqux and more",  # a label's colon, no verb
        "my username is jdoex but it fails",  # "but": what the word does
    ],
)
def test_state_or_act_before_the_next_clause_is_kept(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my handle is: weberp07 thats what the form asked for", "weberp07"),
        ("mi alias es: jdoe_77 gracias", "jdoe_77"),
        ("mon pseudo c'est : jdoe77", "jdoe77"),
        ("mein Spitzname ist: jdoe.m12", "jdoe.m12"),
        ("meu apelido é: jdoe_x9", "jdoe_x9"),
    ],
)  # fmt: skip
def test_handle_after_a_verb_and_a_colon_is_masked(text, name):
    assert name not in redact(text)


@pytest.mark.parametrize("text", ["my handle is: great", "my handle is: broken now"])
def test_word_after_a_verb_and_a_colon_is_kept(text):
    assert redact(text) == text
