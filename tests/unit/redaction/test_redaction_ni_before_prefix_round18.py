"""Round 18: "ni" right before an NI number's prefix in capitals ("ni BJ", "ni SS-14-05")
names an NI number, which may go on in the next message. "ni" is Spanish's "nor" too, so
only a prefix HMRC issues, in capitals and alone, makes it the label. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

_NINO = "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("ni BJ", "12 34 56 C"),  # the prefix alone, then the rest
        ("ni SS-14-05", "36-C"),  # dashes between the pairs
        ("ni JM-68", "12-34-C"),
    ],
)
def test_ni_before_a_prefix_starts_an_ni_number(first: str, rest: str) -> None:
    out, pending = conversation(first, rest)

    assert out == [f"ni {_NINO}", _NINO]
    assert pending[1] is None


def test_ni_before_a_whole_ni_number_masks_it() -> None:
    assert redact("ni BJ 12 34 56 C") == f"ni {_NINO}"


@pytest.mark.parametrize(
    "text",
    [
        "ni idea",  # Spanish "nor"
        "ni bj",  # a prefix in lower case
        "ni JAM",  # three capitals: a word
        "ni GB",  # a pair HMRC never issues
        "ni DA",  # D never first
        "ni AO",  # O never second
    ],
)
def test_ni_before_anything_else_is_no_label(text: str) -> None:
    out, pending = conversation(text)

    assert out == [text] and pending == [None]
