"""Round 51: after "ending in..." and a shrug, the whole account number in groups the
customer set apart with spaces or noise ("acct ends in ... here the whole thing 2693 then
1620 0718"): only seven to twelve digits in one run were read as the whole number. An
ending's four digits, a date and counts stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("acct ends in ... here the whole thing 4417 then 2093 5581", "4417 then 2093 5581"),
        ("la cuenta termina en... bueno, toda: 6020 👉 0728 // 79", "6020 👉 0728 // 79"),
        ("le compte finit par... bref, 6021 1853 094", "6021 1853 094"),
        ("a conta termina em... sei lá, 8812 | 0374", "8812 | 0374"),
        ("ending in... whatever, 30418827", "30418827"),
    ],
)  # fmt: skip
def test_the_whole_number_in_groups_after_a_trailed_off_ending_is_masked(
    text: str, value: str
) -> None:
    assert redact(text) == text.replace(value, "[BANK_ACCOUNT_NUMBER]")


def test_the_whole_german_number_in_groups_is_masked() -> None:
    # German phones are grouped as freely: read as one, the digits are masked all the same
    masked = redact("das Konto mit der Endung... egal, 7730 1544 02")
    assert masked.startswith("das Konto mit der Endung... egal, [")
    assert not any(c.isdigit() for c in masked)


@pytest.mark.parametrize(
    "text",
    [
        "acct ending in 0718",
        "the card ending in ... 4242 and 12 items",
        "ending in... the one from 12 05 2024",
        "ending in... sorry it was 12 30 on 14 05 2024",
        "ending in... whatever, 41 22",
    ],
)  # fmt: skip
def test_endings_dates_and_counts_stay(text: str) -> None:
    assert redact(text) == text
