"""Round 29b, English and German: a six-digit PIN whose last pair follows its first four in
the next message ("pin 5173", then "28"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def redact_conversation(*messages: str) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (("pin 5173", "28"), ["pin [PIN]", "[PIN]"]),
        (("PIN 51 73", "28"), ["PIN [PIN]", "[PIN]"]),
        (("mein pin ist 5173", "28"), ["mein pin ist [PIN]", "[PIN]"]),
        (("Pin: 5173", "28."), ["Pin: [PIN]", "[PIN]."]),
        # a wait between the parts keeps the marker
        (("pin 5173", "wait", "28"), ["pin [PIN]", "wait", "[PIN]"]),
    ],
)
def test_a_six_digit_pin_split_after_four_is_masked(messages, masked):
    assert redact_conversation(*messages) == masked


@pytest.mark.parametrize(
    "messages",
    [
        # a count, an amount, a year, a time, a single digit, a word before the pair
        ("pin 5173", "19 attempts"),
        ("PIN 5173", "19 Versuche"),
        ("pin 5173", "19 €"),
        ("pin 5173", "2026"),
        ("pin 5173", "12:30"),
        ("pin 5173", "3"),
        ("pin 5173", "and 28"),
        # the four digits did not end the message
        ("pin 5173 please", "28"),
        # five or six digits first: no six-digit PIN's four
        ("pin 51739", "28"),
        ("pin 517390", "28"),
    ],
)
def test_what_follows_a_whole_pin_stays(messages):
    assert redact_conversation(*messages)[1] == messages[1]


def test_a_four_digit_pin_announced_alone_still_comes_whole():
    assert redact_conversation("the pin", "5173") == ["the pin", "[PIN]"]
    # three digits first: a four-digit PIN's, its last digit alone
    assert redact_conversation("pin 517", "3") == ["pin [PIN]", "[PIN]"]
    assert redact_conversation("code 51", "73") == ["code [PIN]", "[PIN]"]
