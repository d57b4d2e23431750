"""Round 9: right after an SSN word, a number in the SSN's shape (3-2-4, or nine digits) is
the SSN even when its area or group was never issued or is blacklisted ("ssn 666-12-3456",
"my social is 219-09-9999", "ssn 078-05-1120"): a mistyped or made-up number is the
customer's too. Without the word, or with a reference word nearer, such a number stays.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "ssn 666-12-3456",
        "ssn 000-12-3456",
        "my social is 219-09-9999",
        "ssn 078-05-1120",
        "ssn 987-65-4320",
        "ssn 666123456",
    ],
)
def test_an_unissued_number_after_the_ssn_word_is_masked(text):
    assert redact(text).endswith("[SSN]")


@pytest.mark.parametrize(
    "text",
    ["666-12-3456", "order 666-12-3456", "ssn is fine, order 666-12-3456"],
)
def test_without_the_word_or_with_a_reference_nearer_it_stays(text):
    assert redact(text) == text
