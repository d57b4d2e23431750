"""Round 27: a card found after other digits in one run is printed as every scheme prints
it, ending with a group of three or more: "9400 4111 1111 1111 1112 09" (a parcel's number
in fours) holds no card after "9400"; "9400 4111 1111 1111 1112 001" (a 19-digit card
printed 4-4-4-4-3 after four other digits) still does. Synthetic values (Luhn-valid)."""

from __future__ import annotations

from tests.support.redaction import redact


def test_a_number_in_fours_ending_with_a_pair_holds_no_card() -> None:
    text = "9400 4111 1111 1111 1112 09"

    assert redact(text) == text


def test_a_card_ending_with_a_group_of_three_after_other_digits_is_masked() -> None:
    assert "4111 1111 1111 1112 001" not in redact("9400 4111 1111 1111 1112 001")
