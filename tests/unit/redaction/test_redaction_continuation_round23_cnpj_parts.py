"""Round 23, Portuguese first: a CNPJ sent bare over two messages, told by its branch
("0001" for the head office): its first twelve digits, then the check digits; or a first
part, then its end from the root's last digits on. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, start_pending
from tests.support.redaction import conversation


def redact_conversation(messages: list[str]) -> list[str]:
    return conversation(*messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        ["112223330001", "81"],
        ["11.222.333/0001", "81"],
        ["11 222 333 0002", "62"],
        ["11-222-333-0001", "81"],
    ],
)
def test_a_cnpj_head_then_its_check_digits_is_masked(messages):
    assert redact_conversation(messages) == ["[BR_CNPJ]", "[BR_CNPJ]"]


def test_the_head_leaves_a_marker_for_the_two_check_digits():
    carried = start_pending("112223330001", 0.0)
    assert carried.pending == PendingNumber("BR_CNPJ", 12, 14, 0, 120.0)


@pytest.mark.parametrize("text", ["333-0001-81", "333 000181", "2 333/0001-81", "33.0009.81"])
def test_a_cnpj_end_alone_is_masked(text):
    out = redact_conversation([text])[0]
    assert out.strip() == "[BR_CNPJ]"


@pytest.mark.parametrize(
    "text",
    [
        "112223330000",  # no branch: "0000"
        "1122233300011",  # thirteen digits
        "112.223.330/001",  # the groups of no CNPJ
    ],
)
def test_other_twelve_digits_start_no_cnpj(text):
    carried = start_pending(text, 0.0)
    assert carried.pending is None or carried.pending.entity_type != "BR_CNPJ"


@pytest.mark.parametrize(
    "text",
    [
        "0001-81",  # no root digit before the branch
        "40000587",  # the branch not set apart: a card's start as much
        "3330001 81",
        "333-0000-81",  # no branch
        "333-0001-8",  # one check digit
        "order 333-0001-81",  # a word: not the end alone
        "123456789-0001-81",  # nine root digits
    ],
)
def test_what_is_no_cnpj_end_starts_no_cnpj(text):
    assert all(span.entity_type != "BR_CNPJ" for span in start_pending(text, 0.0).spans)


def test_a_whole_cnpj_is_left_to_its_finder():
    assert start_pending("11222333000181", 0.0).spans == ()
