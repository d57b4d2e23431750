"""Round 9: a US number said over several messages with words naming each part ("ssn first
part 123", "then 45", "rest is 6789"; "first 3 are 123", "next 2 are 45", "last 4 6789";
"part two 78"), and a routing number in parts after its word ("routing 2670", then
"84131"): every part is masked, and the marker holds no digit. "part" after the digits
still says more is coming; a count of items after a whole routing number stays.
Synthetic values."""

from __future__ import annotations

from tests.support.redaction import conversation

SSN = "[SSN]"
ITIN = "[US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER]"
ROUTING = "[BANK_ROUTING]"


def test_an_ssn_in_named_parts_is_masked():
    out, _ = conversation("ssn first part 123", "then 45", "rest is 6789")

    assert out == [f"ssn first part {SSN}", f"then {SSN}", f"rest is {SSN}"]


def test_an_announced_ssn_in_three_counted_groups_is_masked():
    out, _ = conversation("ok my social", "first 3 are 123", "next 2 are 45", "last 4 6789")

    assert out == ["ok my social", f"first 3 are {SSN}", f"next 2 are {SSN}", f"last 4 {SSN}"]


def test_an_itin_in_numbered_parts_is_masked():
    out, _ = conversation("my itin, part one 912", "part two 78", "part three 1234")

    assert out == [f"my itin, part one {ITIN}", f"part two {ITIN}", f"part three {ITIN}"]


def test_a_routing_number_in_parts_is_masked_and_the_marker_holds_no_digit():
    out, markers = conversation("routing number is 267", "084", "131")

    assert out == [f"routing number is {ROUTING}", ROUTING, ROUTING]
    assert markers[0] is not None and "267" not in repr(markers[0])
    assert markers[-1] is None


def test_a_count_after_a_whole_routing_number_stays():
    out, _ = conversation("routing 267084131", "12 items arrived broken")

    assert out == [f"routing {ROUTING}", "12 items arrived broken"]


def test_a_card_word_then_last_four_starts_nothing():
    out, markers = conversation("card ending", "last 4 1234", "order 55")

    assert out[2] == "order 55" and markers[1] is None


def test_a_part_word_with_no_id_word_starts_nothing():
    text = "I bought the first part 123 yesterday"

    assert conversation(text)[0] == [text]
