"""Round 23: "ok" between the groups of a number read as noise like "and" ("4111 ok 1111"),
and a MAC address after its word with spaces or dashes typed inside its pairs, its colons
left where they were ("mac 1A:3 0-11:4 5-12:0 0"). Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.normalize import deobfuscate
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("card 4111 ok 1111 | 1111 okay 1111", "card [CREDIT_DEBIT_NUMBER]"),
        ("phone: 415 ok 555 ... 0132", "phone: [PHONE]"),
    ],
)
def test_groups_joined_by_ok_read_as_one_number(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_ok_between_groups_is_blanked() -> None:
    assert deobfuscate("4111 OK 1111") == "4111    1111"


@pytest.mark.parametrize("text", ["4111 oki 1111", "4111 okx 1111", "I need 2 ok 3 of them"])
def test_a_longer_word_or_small_numbers_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mac 0A:7 - 2:BD - :56: - 20:E - A, fw 4.9.12", "mac [MAC_ADDRESS], fw 4.9.12"),
        ("mac F3:3 6:D2 :93: 52:2 8", "mac [MAC_ADDRESS]"),
        ("dirección mac 1A:3 0-11:4 5-12:0 0", "dirección mac [MAC_ADDRESS]"),
        ("mac 1A:3  0-11:4  5-12:0  0 is blocked", "mac [MAC_ADDRESS] is blocked"),
    ],
)
def test_scattered_pairs_after_a_mac_word_are_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no MAC word before them
        "0A:7 - 2:BD - :56: - 20:E - A",
        # twelve decimal digits: times or a list as likely as an address
        "mac 10:3 0-11:4 5-12:0 0",
        # thirteen hex digits, then a letter run on: not the address alone
        "mac 1A:3 0-11:4 5-12:0 0B",
        "mac 1A:3 0-11:4 5-12:0 0x",
    ],
)
def test_scattered_pairs_need_the_word_twelve_digits_and_a_hex_letter(text: str) -> None:
    assert "[MAC_ADDRESS]" not in redact(text)


def test_scattered_pairs_need_a_colon() -> None:
    assert "[MAC_ADDRESS]" not in redact("mac 1A 3 0-11 4 5-12 0 0")
