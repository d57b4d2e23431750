"""Round 23: digits handed over by a copula alone ("its 9688", "é 5873", "ist 8666"), then
the rest of the value bare in the next message. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, start_pending
from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        ["its 9617", "2093851"],
        ["it's 9617", "209 3851"],
        ["é 9617", "2093851"],
        ["ist 9617", "2093 851"],
        ["c'est 96170", "2093851"],
        ["es 961", "7209385"],
    ],
)
def test_a_value_handed_over_by_a_copula_then_its_rest_bare_is_masked(messages):
    # (the first part alone is a reply ``bare_number`` masks, or not: "c'est 96170")
    assert redact_conversation(messages)[1] == "[PII]"


@pytest.mark.parametrize(
    ("text", "seen"),
    [("its 9617", 4), ("é 961", 3), ("ist 961720938512", 12), ("its 9617209385129", 13)],
)
def test_the_handed_over_digits_leave_an_unnamed_marker(text, seen):
    pending = start_pending(text, 0.0).pending
    assert pending == PendingNumber("PII", seen, 22, 0, 120.0, unnamed=True)


@pytest.mark.parametrize(
    "text",
    [
        "its 12",  # two digits: a count
        "é 1975",  # a year
        "its 9617 ok",  # a word after the digits
        "so 9617",  # no copula
    ],
)
def test_what_is_handed_over_otherwise_leaves_no_fragment(text):
    pending = start_pending(text, 0.0).pending
    assert pending is None or pending.entity_type != "PII"


def test_digits_alone_of_four_to_twelve_still_leave_no_fragment():
    pending = start_pending("96172093", 0.0).pending
    assert pending is None or pending.entity_type != "PII"
