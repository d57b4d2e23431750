"""Round 25, English: an NI number's two prefix letters alone after its word ("nino", then
"TW", then the pairs), as an NIE's letter alone already was. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize("prefix", ["TW", "AB", " JM.", "CE"])
def test_the_prefix_alone_after_the_word_starts_the_ni_number(prefix):
    masked, pending = conversation("nino", prefix, "12 34 56 C")
    assert "[UK_NATIONAL_INSURANCE_NUMBER]" in masked[1]
    assert not any(c.isupper() for c in masked[1].replace("[UK_NATIONAL_INSURANCE_NUMBER]", ""))
    assert pending[1] is not None and pending[1].seen == 2
    assert masked[2] == "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    "reply",
    [
        # chat words in capitals a prefix could spell
        "OK",
        "AH",
        "EH",
        "HM",
        # letters HMRC never issues first (D) or second (O)
        "DA",
        "TO",
        # small letters, or three capitals: a word
        "tw",
        "TWO",
    ],
)
def test_two_letters_that_are_no_prefix_are_left(reply):
    masked, _ = conversation("nino", reply)
    assert masked[1] == reply


def test_the_prefix_alone_without_the_word_before_starts_nothing():
    masked, pending = conversation("hello", "TW")
    assert masked[1] == "TW"
    assert pending[1] is None
