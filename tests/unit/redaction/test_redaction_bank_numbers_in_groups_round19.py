"""Round 19, over messages: an account number or an IBAN read out in its groups, one
message each ("número de conta", "366", "189", "49"; "iban IE29 AIBK", "9311 5212", "3456",
"78"), is continued by up to four messages, as a card is. Synthetic values; the IBAN is the
registry's documented example."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import BANK_FOLLOW_UPS
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "announcement",
    ["número de conta", "mon numéro de compte", "my account number", "mi cuenta", "Kontonummer"],
)
def test_an_account_read_out_in_three_groups_is_masked_whole(announcement: str) -> None:
    out, markers = conversation(announcement, "366", "189", "49")

    assert not any(c.isdigit() for c in "".join(out)), out
    assert markers[-1] is not None and markers[-1].follow_ups == 3


def test_an_account_is_continued_by_four_messages_and_no_more() -> None:
    out, _ = conversation("account", "11", "22", "33", "44", "55")

    assert BANK_FOLLOW_UPS == 4
    assert out[1:5] == ["[BANK_ACCOUNT_NUMBER]"] * 4, out
    assert out[5] == "55", out


def test_an_iban_read_out_in_groups_of_four_is_masked_to_its_last_group() -> None:
    out, markers = conversation("iban IE29 AIBK", "9311 5212", "3456", "78")

    assert not any(c.isdigit() for c in "".join(out)), out
    assert markers[-1] is None  # the Irish IBAN's 22 characters are in


def test_after_a_whole_account_the_next_digits_stay() -> None:
    out, markers = conversation("my account is 1234", "5678", "9012", "34")

    assert markers[2] is None  # twelve digits: a whole account
    assert out[3] == "34", out
