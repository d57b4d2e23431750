"""Round 14: a card issuer's first digits after a word of assent and nothing else ("also
51058869", "ok 4000-1234"), like those digits alone, leave an unnamed card marker: the
first part cannot be known to be a card and stays, a next message of digits alone that fits
in a card is its rest. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize("first", ["also 51058869", "ok 40004558", "jo, 3528", "ja 510588"])
def test_assent_then_an_issuers_digits_leave_an_unnamed_card_marker(first):
    out, markers = conversation(first, "43876115")

    assert out[1] == "[CREDIT_DEBIT_NUMBER]", out
    assert markers[0] is not None and markers[0].unnamed


@pytest.mark.parametrize(
    "first",
    [
        "also 91058869",  # no issuer starts with 9
        "also 2024",  # a year
        "also 5105   8869",  # groups too far apart for a card's
        "also 510588691234567",  # fifteen digits: more than a start
        "also nr 51058869",  # a word that is no assent
    ],
)
def test_other_replies_leave_no_card_marker(first):
    out, _ = conversation(first, "43876115")

    assert out[1] == "43876115", out


def test_the_first_part_stays_visible():
    out, _ = conversation("also 51058869", "43876115")

    assert out[0] == "also 51058869"
