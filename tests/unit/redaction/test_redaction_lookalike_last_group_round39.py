"""Round 39: one look-alike letter ending a number of two groups or more, joined to them by
the same dot or dash as they are to each other ("compte 9541.3474.O", "8l89-7549-O"), is the
number's last digit: the whole account is masked, its letter too. A letter after a space,
after one group, or after another joint stays a letter. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.normalize import deobfuscate
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("said", "lead"),
    [
        ("my account 9541.3474.O", "my account"),
        ("mi cuenta 8l89-7549-O", "mi cuenta"),
        ("mon compte 9541.3474.O", "mon compte"),
        ("Konto 8l89.7549.O", "Konto"),
        ("minha conta 9541-3474-O", "minha conta"),
    ],
)
def test_a_lookalike_letter_ending_a_grouped_account_is_masked(said: str, lead: str) -> None:
    out, _ = conversation(said)

    assert out[0].startswith(lead + " [")
    assert out[0].endswith("]")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("9541.3474.O", "9541.3474.0"),
        ("9541-3474-l", "9541-3474-1"),
        ("9541 3474 O", "9541 3474 O"),  # a space: maybe the article "o"
        ("version 2.O", "version 2.O"),  # one group
        ("9541.3474-O", "9541.3474-O"),  # another joint
    ],
)
def test_only_a_letter_joined_as_the_groups_are_reads_as_a_digit(typed: str, read: str) -> None:
    assert deobfuscate(typed) == read
