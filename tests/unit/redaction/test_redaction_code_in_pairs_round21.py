"""Round 21b: a code dictated in pairs after "code", joined by a word or a mark that leaves
more than one blank once normalized ("code 68 ensuite 44", "code 96 🙏 14 👉 39").
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("code 31 ensuite 72", "code [PIN]"),
        ("code 31 puis 72 et 05", "code [PIN]"),  # three pairs: no CVV
        ("code 31 | 72 🙏 05", "code [PIN]"),
        ("el código 31 después 72", "el código [PIN]"),
        ("code 31 and then 72", "code [PIN]"),
    ],
)
def test_a_code_in_pairs_joined_by_words_or_marks_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "code 31 72 05",  # typed plainly, one blank apart: not dictated
        "code postal 75 puis 01",  # a postal code's word
        "code promo 20 puis 25",  # a promotion's
        "error code 40  04",  # an error's
        "le code 12 ensuite 5 euros",  # a pair, then a single digit
    ],
)
def test_pairs_that_are_no_dictated_code_stay(text: str) -> None:
    assert redact(text) == text


def test_one_blank_between_two_pairs_stays_the_cvv_it_was() -> None:
    assert redact("code 31 72") == "code [CREDIT_DEBIT_CVV]"
