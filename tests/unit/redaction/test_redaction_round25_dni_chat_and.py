"""Round 25, English: a DNI's check letter after chat's "n" or "nd" for "and" ("12 n 345 n
678 n Z"), as those already joined its digit groups. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    ["DNI is 12 n 345 n 678 n Z", "DNI is 12345678 nd Z", "DNI is 12345678 and Z"],
)
def test_a_check_letter_after_chat_and_is_masked_with_the_dni(text):
    assert redact(text) == "DNI is [ES_DNI]"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # the letter fails the check: the next word, not the DNI's letter
        ("DNI is 12345678 n K", "K"),
        # "w" joins nothing: the letter after it is left
        ("DNI is 12345678 w Z", " Z"),
    ],
)
def test_a_letter_that_is_not_the_check_letter_stays(text, left):
    assert redact(text).endswith(left)
