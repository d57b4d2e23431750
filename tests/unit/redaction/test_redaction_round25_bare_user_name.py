"""Round 25, English and German: a user name alone after its noun ("username jdoe",
"Benutzername jdoe") or after "login" and a colon ("login: jdoe"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("username qwerty", "username [USERNAME]"),
        ("user name qwerty", "user name [USERNAME]"),
        ("Benutzername qwerty", "Benutzername [USERNAME]"),
        ("Nutzername qwerty", "Nutzername [USERNAME]"),
        ("login: qwerty", "login: [USERNAME]"),
        ("username - qwerty", "username - [USERNAME]"),
    ],
)
def test_a_bare_user_name_after_its_noun_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # "login" without a colon is the act ("login broken"), a person's "user" no noun for
        # the name
        "login qwerty",
        "login is qwerty",
        "user qwerty",
        # what happened to the name, not the name
        "username forgotten",
        "username reset",
        "username change",
        "username recovery",
        "username reminder",
        "username field",
        "Benutzername vergessen",
        "Benutzername vergeben",
        "Benutzername verloren",
        "Benutzername ändern",
        "Benutzername feld",
        # an account state and a participle, as before
        "username wrong",
        "login: failed",
        # not at the message's end
        "username qwerty is not working",
    ],
)
def test_a_word_about_the_name_stays(text):
    assert redact(text) == text
