"""Round 25: a MAC address whose first message holds few pairs: two pairs after its word
("la mac 7C-E1"), pairs set apart by spaces ("la mac 7C E1 04 9A"), or one pair after the
word alone ("la mac c'est", "3E"). Decimal pairs that may be a time, a clock or a number
still need a hex letter. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    ("messages", "rest"),
    [
        (["la mac 7C-E1", "04-9A-2B-5D"], "04-9A-2B-5D"),
        (["la mac 7C E1 04 9A", "2B 5D"], "2B 5D"),
        (["mac is 7c e1 04", "9a 2b 5d"], "9a 2b 5d"),
        (["adresse mac : 12:3F", "04:9A:2B:5D"], "04:9A:2B:5D"),
    ],
)
def test_a_mac_started_with_two_pairs_or_spaced_pairs_is_masked(messages, rest):
    out = redact_conversation(messages)

    assert out[0].endswith("[MAC_ADDRESS]")
    assert rest not in out[1] and "[MAC_ADDRESS]" in out[1]


@pytest.mark.parametrize(
    "messages",
    [
        ["mac 12:30", "04:9A:2B:5D"],  # two decimal pairs: a time
        ["mac 10 45 30", "04 9A 2B"],  # decimal pairs apart: a clock
        ["mac 12 34 56", "78 9A 2B"],  # decimal pairs apart: not read as a MAC's
    ],
)
def test_decimal_first_pairs_need_a_hex_letter(messages):
    out = redact_conversation(messages)

    assert out[0] == messages[0]


@pytest.mark.parametrize(
    ("messages", "rest"),
    [
        (["la mac c'est", "3E", "9B:D9:EC:72:8C"], "9B:D9:EC:72:8C"),
        (["mac is", "c4", "9b 0d ec 72 8c"], "9b 0d ec 72 8c"),
    ],
)
def test_one_hex_pair_after_the_announcement_starts_the_mac(messages, rest):
    out = redact_conversation(messages)

    assert out[1] == "[MAC_ADDRESS]"
    assert rest not in out[2]


@pytest.mark.parametrize("pair", ["12", "45"])
def test_one_decimal_pair_after_the_announcement_is_a_number(pair):
    out = redact_conversation(["mac is", pair, "E1:04:9A:2B:5D"])

    assert out[1] == pair
