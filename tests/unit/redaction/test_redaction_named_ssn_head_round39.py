"""Round 39: an SSN's first two groups ending a short message that names the SSN earlier,
other words between, and its last four next. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (
            ("which part of my social? the whole one is 178-12", "4410"),
            ["which part of my social? the whole one is [SSN]", "[SSN]"],
        ),
        (
            ("the ssn you want? starts with 512 34", "0091"),
            ["the ssn you want? starts with [SSN]", "[SSN]"],
        ),
        (
            ("el seguro social, los primeros son 583 66", "7120"),
            ["el seguro social, los primeros son [SSN]", "[SSN]"],
        ),
    ],
)
def test_an_ssn_head_named_earlier_is_masked_with_its_rest(messages, masked):
    assert conversation(*messages)[0] == masked


@pytest.mark.parametrize(
    "messages",
    [
        # no SSN named before the digits
        ("card ends in 123 45",),
        ("order 123-45 and my social is fine",),
        # "social" naming something else
        ("my social media handle ends in 176 11",),
        # a reference's word between the SSN's and the digits
        ("my social is fine but the ticket number is 176-11",),
        ("i asked about my social before, the order you want is 178-12",),
    ],
)
def test_digits_no_ssn_names_stay(messages):
    assert conversation(*messages)[0] == list(messages)


def test_a_long_message_is_prose_not_a_value_in_parts():
    head = "which part of my social? the whole one is 178-12"
    padded = "which part of my social? " + "x" * (96 - len(head) + 1) + " the whole one is 178-12"
    assert conversation(head)[0] == ["which part of my social? the whole one is [SSN]"]
    assert conversation(padded)[0] == [padded]
