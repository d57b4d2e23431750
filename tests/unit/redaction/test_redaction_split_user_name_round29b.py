"""Round 29b, English and German: a user name sent over two messages after its word ("user
jane.r", then "oss44"). Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.asked_user_name import user_name_labelled
from connect_privacy.redaction.patterns.secrets import names_account_state
from tests.support.redaction import conversation


def redact_conversation(*messages: str) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (("user jane.r", "oss44"), ["user [USERNAME]", "[USERNAME]"]),
        (("username: kat_w", "ebb91"), ["username: [USERNAME]", "[USERNAME]"]),
        (("my login is tom.h", "ale7"), ["my login is [USERNAME]", "[USERNAME]"]),
        (("Benutzer lena.k", "rau5"), ["Benutzer [USERNAME]", "[USERNAME]"]),
        (("Benutzername: jonas.b", "eck09"), ["Benutzername: [USERNAME]", "[USERNAME]"]),
        (("mein Nutzername ist lena.k", "rau5"), ["mein Nutzername ist [USERNAME]", "[USERNAME]"]),
        # a wait between the parts keeps the marker
        (("user jane.r", "sorry", "oss44"), ["user [USERNAME]", "sorry", "[USERNAME]"]),
        (("Benutzer lena.k", "moment", "rau5"), ["Benutzer [USERNAME]", "moment", "[USERNAME]"]),
        # a line break or an emoji around the parts
        (("user\njane.r", "oss44 🙂"), ["user\n[USERNAME]", "[USERNAME] 🙂"]),
        # a name's first letters alone: the rest is still the name's
        (("user rosa", "lind12"), ["user rosa", "[USERNAME]"]),
    ],
)
def test_a_user_name_split_after_its_word_is_masked(messages, masked):
    assert redact_conversation(*messages) == masked


@pytest.mark.parametrize(
    "messages",
    [
        # what the account is, not the name's start
        ("user blocked", "A1234"),
        ("Benutzer gesperrt", "A1234"),
        ("login page", "v2.0"),
        ("User WRONG", "x_12"),
        # the next message is no handle alone
        ("user jane.r", "thanks"),
        ("user jane.r", "order 5521"),
        ("user jane.r", "12345"),
        # more than the label and the name
        ("user jane.r please help", "oss44"),
        ("i think the user name field is broken", "oss44"),
    ],
)
def test_what_follows_no_split_user_name_stays(messages):
    out = redact_conversation(*messages)
    assert out[1] == messages[1]


def test_a_labelled_name_is_a_short_message_only():
    handle = "a" * 29 + ".b12"  # "my username is " and the handle: 48 characters
    assert user_name_labelled(f"my username is {handle}")
    assert not user_name_labelled(f"my username is {handle}3")


@pytest.mark.parametrize(
    ("word", "state"),
    [("blocked", True), ("Gesperrt", True), ("page", True), ("ERROR", True), ("jane.r", False)],
)
def test_words_naming_the_account_state(word, state):
    assert names_account_state(word) is state
