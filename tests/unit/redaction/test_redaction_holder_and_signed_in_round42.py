"""Round 42: a handle named as the account's holder ("el titular es jdoe.77"), and a name of
small letters alone signed in with, ending the message ("im signed in as jdoe"). A person's
name, a role or a manner ("as usual") stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the account holder is jdoe_77", "the account holder is [USERNAME]"),
        ("ok gracias, el titular es jdoe.77", "ok gracias, el titular es [USERNAME]"),
        ("le titulaire c'est jdoe77", "le titulaire c'est [USERNAME]"),
        ("Kontoinhaber ist jdoe.m12", "Kontoinhaber ist [USERNAME]"),
        ("o titular é jdoe_77", "o titular é [USERNAME]"),
    ],
)  # fmt: skip
def test_a_handle_named_as_the_holder_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "el titular es Juan Pérez",
        "account holder is Maria",
        "der Kontoinhaber ist mein Mann",
        "o titular é meu pai",
        "le titulaire est absent",
    ],
)  # fmt: skip
def test_a_holder_without_a_handle_is_kept(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("error 404, im signed in as jdoe", "error 404, im signed in as [USERNAME]"),
        ("i logged in as jdoe", "i logged in as [USERNAME]"),
        ("bin eingeloggt als jdoe", "bin eingeloggt als [USERNAME]"),
        ("signed in as abcd.", "signed in as [USERNAME]."),
    ],
)  # fmt: skip
def test_a_plain_name_signed_in_with_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "i logged in as usual",
        "im logged in as guest",
        "signed in as admin",
        "signed in as abc",  # three letters: too short to tell from a word
        "logged in as jdoe, still fails",  # not ending the message
        "log in as jdoe",  # an instruction as often as the customer's session
        "kann mich nicht anmelden als jdoe",
    ],
)  # fmt: skip
def test_a_role_or_a_manner_signed_in_as_is_kept(text):
    assert redact(text) == text
