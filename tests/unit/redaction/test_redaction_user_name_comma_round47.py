"""Round 47: a user name of small letters after the name's own noun ("username",
"Benutzername"), maybe a verb, then a comma closing its clause: "username xlukasfer, tried
resetting 12 times". A label's colon was needed before; the noun names the value as well.
The words said of the name, not a name, stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "I can't get into my account. username xlukasfer, tried resetting 12 times",
            "I can't get into my account. username [USERNAME], tried resetting 12 times",
        ),
        (
            "username is xannagar, and the app says no",
            "username is [USERNAME], and the app says no",
        ),
        ("Benutzername mschulzke, geht nicht", "Benutzername [USERNAME], geht nicht"),
        # round 41 kept it, wanting a label's colon
        ("user name zedqux, also my cell", "user name [USERNAME], also my cell"),
    ],
)
def test_a_name_after_its_noun_closed_by_a_comma_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my username changed, help",
        "my username is wrong, help",
        "username forgotten, pls",
        "the username field, it is empty",
        "username here, password there",
        "login broken, help",  # the act of logging in, not the name's noun
    ],
)
def test_words_said_of_the_name_stay(text: str) -> None:
    assert redact(text) == text
