"""Rules written after the veiled corpus's sealed split was opened (it is a development split
since; the closing note says so): a passport in parentheses after "Pass", a value named with
"for the ..." after it, an NI number's prefix and digit pairs ending a message with its
suffix letter in the next, a second guess after a hedge ("i think?? or maybe"), a reply that
opens with laughter. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Pass (CV9PJR16L), Führerschein (N979D1367A1)",
            "Pass ([PASSPORT_NUMBER]), Führerschein ([DRIVER_ID])",
        ),
        (
            "it's 40-47-84 for the sort code and 31926819 for the account",
            "it's [BANK_ROUTING] for the sort code and [BANK_ROUTING] for the account",
        ),
        # a second guess after a hedge, and a reply that opens with laughter
        (
            "debit pin was 8770 i think?? or maybe 587380",
            "debit pin was [PIN] i think?? or maybe [PIN]",
        ),
        ("jajaja ok 689", "jajaja ok [CREDIT_DEBIT_CVV]"),
        ("mdr ok 558", "mdr ok [CREDIT_DEBIT_CVV]"),
    ],
)
def test_a_value_in_parentheses_or_named_with_for_the_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "boarding pass (AB1234567)",
        "I paid 120 for the card",
        "3 for the account team, thanks",
        "hahaha 20 minutes",
        "jajaja",
    ],
)
def test_a_boarding_pass_a_price_or_a_count_stays(text):
    assert redact(text) == text


def test_an_ni_number_without_its_word_is_followed_to_its_suffix_letter():
    out, markers = conversation("It's JN 33 82 06", "D")

    assert out == ["It's [UK_NATIONAL_INSURANCE_NUMBER]", "[UK_NATIONAL_INSURANCE_NUMBER]"]
    assert markers[0] is not None and markers[0].seen == 8
    assert markers[1] is None


@pytest.mark.parametrize("end", [".", "?", "!", " \U0001f447", "...."])
def test_an_ni_number_start_ending_a_sentence_is_followed_to_its_suffix_letter(end):
    # found by mutmut (a survivor of _nino_head): a mark after the digits left both parts
    # visible
    out, markers = conversation("It's JN 33 82 06" + end, "D")

    assert out == [f"It's [UK_NATIONAL_INSURANCE_NUMBER]{end}", "[UK_NATIONAL_INSURANCE_NUMBER]"]
    assert markers[1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("flight BA 24 90 12", "ok"),  # a reference word names it
        ("It's GB 24 90 12", "ok"),  # a prefix never issued
        ("It's JK 23", "ok"),  # one pair is too little to tell
    ],
)
def test_capitals_and_pairs_that_are_no_ni_number_start_nothing(texts):
    out, markers = conversation(*texts)

    assert out == list(texts)
    assert markers == [None, None]
