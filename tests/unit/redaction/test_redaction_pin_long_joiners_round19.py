"""A PIN dictated digit by digit with long joining words between them ("code confidentiel
5 ensuite 3 ensuite 4 ensuite 9", "pin 5 anschließend 3 ..."): ``normalize`` blanks the
words, up to sixteen characters, and the PIN reads across the blanks, one digit at a time.
Seventeen spaces split it; groups of several digits so joined stay two guesses. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("code confidentiel 5 ensuite 3 ensuite 4 ensuite 9", "code confidentiel [PIN]"),
        ("pin 5 anschließend 3 anschließend 4 anschließend 9", "pin [PIN]"),
        # sixteen spaces after the first digit: the most the blanks leave
        ("pin 1" + " " * 16 + "2 3 4", "pin [PIN]"),
        # eight digits, the most
        (
            "pin 1 ensuite 2 ensuite 3 ensuite 4 ensuite 5 ensuite 6 ensuite 7 ensuite 8",
            "pin [PIN]",
        ),
    ],
)
def test_a_pin_dictated_digit_by_digit_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # seventeen spaces: the first digit is no part of it, three are left
        "pin 1" + " " * 17 + "2 3 4",
        # three digits
        "code confidentiel 5 ensuite 3 ensuite 4",
    ],
)
def test_too_far_apart_or_too_few_digits_stay(text: str) -> None:
    assert redact(text) == text


def test_groups_joined_so_stay_two_guesses() -> None:
    assert redact("pin 0418 and then 9014") == "pin [PIN] and then [PIN]"
    assert redact("pin 1234 and then 2 more tries") == "pin [PIN] and then 2 more tries"
