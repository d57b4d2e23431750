"""Round 27: a passport's last character alone, after its start ended the previous message
("o passaporte R71 693", then "2"), is the passport's when the two make seven characters at
least (the shortest passports); after a shorter start a lone character is a reply's count.
Synthetic values."""

from __future__ import annotations

from tests.support.redaction import conversation

PASSPORT = "[PASSPORT_NUMBER]"


def test_a_lone_character_ending_a_passport_is_masked() -> None:
    masked, markers = conversation("o passaporte R71 693", "2")
    assert masked == [f"o passaporte {PASSPORT}", PASSPORT]
    assert markers[1] is not None and markers[1].seen == 7


def test_a_lone_capital_ending_a_passport_is_masked() -> None:
    masked, _ = conversation("passaporte XY4418", "K")
    assert masked[1] == PASSPORT


def test_after_six_characters_short_of_seven_a_lone_digit_stays() -> None:
    masked, _ = conversation("o passaporte R71 69", "2")
    assert masked[1] == "2"


def test_a_lone_lower_case_letter_stays() -> None:
    masked, _ = conversation("o passaporte R71 693", "a")
    assert masked[1] == "a"
