"""Round 10: a bank-branch code said over two messages after its word: Australia's BSB and
the UK/Irish sort code (six digits, "bsb is 035" then "892 and acct ..."), Germany's
Bankleitzahl (eight, "blz 493" then "36 und konto ..."). Both parts are masked; the marker
holds no digit. Synthetic values."""

from __future__ import annotations

from tests.support.redaction import conversation

ROUTING = "[BANK_ROUTING]"


def test_a_bsb_in_two_messages_is_masked():
    out, markers = conversation("bsb is 035", "892 and acct 314888708")

    assert out == [f"bsb is {ROUTING}", f"{ROUTING} and acct [BANK_ACCOUNT_NUMBER]"]
    assert "035" not in repr(markers[0])


def test_a_sort_code_in_two_messages_is_masked():
    out, _ = conversation("my sort code is 20", "45 67 and the account 12345678")

    assert out[0] == f"my sort code is {ROUTING}" and out[1].startswith(f"{ROUTING} and")


def test_a_bankleitzahl_in_two_messages_is_masked():
    out, _ = conversation("blz 493", "36 und konto 66969431167")

    assert out == [f"blz {ROUTING}", f"{ROUTING} und konto [BANK_ACCOUNT_NUMBER]"]


def test_a_count_after_a_whole_bsb_stays():
    out, _ = conversation("bsb 062-000", "2 payments bounced")

    assert out[1] == "2 payments bounced"
