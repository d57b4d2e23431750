"""Round 27: the handle a customer signs in with ("been trying to log in as jdoe_77 all day",
"eingeloggt als jdoe.m12") is a user name; a word after the same phrase ("log in as usual",
"sign in as admin") stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "been trying to log in as jdoe_77 all day",
            "been trying to log in as [USERNAME] all day",
        ),
        ("logged in as jdoe.m12", "logged in as [USERNAME]"),
        ("logging in as jdoe_77", "logging in as [USERNAME]"),
        ("login as jdoe_77 fails", "login as [USERNAME] fails"),
        ("sign in as jdoe_77", "sign in as [USERNAME]"),
        ("signed in as jdoe_77", "signed in as [USERNAME]"),
        ("signing in as jdoe_77", "signing in as [USERNAME]"),
        ("ich bin eingeloggt als jdoe.m12", "ich bin eingeloggt als [USERNAME]"),
        ("kann mich nicht einloggen als jdoe_77", "kann mich nicht einloggen als [USERNAME]"),
        ("kann mich nicht anmelden als jdoe_77", "kann mich nicht anmelden als [USERNAME]"),
    ],
)
def test_the_handle_signed_in_with_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "log in as usual",
        "sign in as admin",
        "logged in as of 2019",
        "eingeloggt als Gast",
        "log in as jdoe",  # a word's shape, no digit, dot or underscore
    ],
)
def test_a_word_after_signing_in_as_stays(text: str) -> None:
    assert redact(text) == text
