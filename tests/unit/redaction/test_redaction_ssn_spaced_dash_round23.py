"""Round 23: an SSN's groups apart by a dash set apart by spaces ("446 - 76 - 5476"), the
same joint throughout, read as its 3-2-4 shape; a fourth group after the same joint makes
the run something else. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("whole thing is fine? 446 - 76 - 5476", "whole thing is fine? [SSN]"),
        ("ok 446 / 76 / 5476. thanks", "ok [SSN]. thanks"),
    ],
)
def test_a_dash_set_apart_by_spaces_joins_an_ssn(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "so 446 - 76 - 5476 - 12",  # a fourth group: not an SSN alone
        "so 446 - 76 - 5476 - 1234 - 5678",  # a card's or a list's groups
    ],
)
def test_other_runs_are_no_spaced_ssn(text: str) -> None:
    assert "[SSN]" not in redact(text)
