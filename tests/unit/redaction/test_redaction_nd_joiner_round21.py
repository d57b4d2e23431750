"""Round 21: chat's "nd" for "and" between the groups of a number ("4111 nd 1111"), read as
noise like "and" and "n"; an ordinal's "nd" ("2nd 3") joins nothing. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.normalize import deobfuscate
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("card 4111 nd 1111 | 1111 nd 1111", "card [CREDIT_DEBIT_NUMBER]"),
        ("text me 415 nd 555 nd 0132 after 7:00pm", "text me [PHONE] after 7:00pm"),
        ("full ssn 219 nd 09 nd 9999", "full ssn [SSN]"),
    ],
)
def test_groups_joined_by_nd_read_as_one_number(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_nd_between_groups_is_blanked() -> None:
    assert deobfuscate("4111 nd 1111") == "4111    1111"


@pytest.mark.parametrize("text", ["on the 2nd 3 of them", "4111 ndx 1111"])
def test_an_ordinal_or_a_longer_word_is_no_joiner(text: str) -> None:
    assert deobfuscate(text) == text
