"""Round 14: a message saying "number" that ends with the NANP's country code typed without
its "+" and an area code ("number is 1 203", "mi número 1-415 55") starts a phone; the next
message's digits are its rest. The marker holds counts only. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "number is 1 203",
        "number is 1-415",
        "the number: 1.415",
        "number 1 (415",
        "number is 1 415 5",
        "number is 1 203 289",
    ],
)
def test_nanp_country_code_and_area_code_start_a_phone(first):
    out, markers = conversation(first, "555-0123")

    assert out[0].endswith("[PHONE]") and out[1] == "[PHONE]", out
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].complete) == ("PHONE", 11)


def test_the_marker_counts_the_digits_seen_of_eleven():
    _, markers = conversation("number is 1 203 28")

    assert markers[0] is not None
    assert (markers[0].seen, markers[0].complete) == (6, 11)


@pytest.mark.parametrize(
    "first",
    [
        "i have 1 203",  # no number word
        "order number is 1 203",  # a reference's number
        "number is 1 103",  # no area code starts with 1
        "number is 1 293",  # nor has 9 in the middle
        "number is 1 911",  # nor is a service code
        "number is 1 203 2895",  # four more digits: not the exchange's first
        "number is 21 203",  # 21, not the country code
        "number is 1 203 thanks",  # a word that is no plea to wait: the value is whole
    ],
)
def test_other_endings_start_no_nanp_phone(first):
    out, _ = conversation(first, "555-0123")

    assert out[1] == "555-0123", out


@pytest.mark.parametrize(("blanks", "starts"), [(18, True), (19, False)])
def test_number_word_within_24_characters(blanks, starts):
    out, _ = conversation("number" + " " * blanks + "1 203", "555-0123")

    assert (out[1] == "[PHONE]") is starts, out


def test_a_reference_word_far_back_does_not_own_it():
    # Only the message's last 80 characters are read for a reference's word.
    first = "order 12 arrived fine " + "x" * 60 + " but my number is 1 203"

    out, _ = conversation(first, "555-0123")

    assert out[1] == "[PHONE]", out
