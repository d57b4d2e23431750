"""Round 9: after a routing number (named, or a bare reply of nine digits passing the ABA
checksum), the account is what customers give next: the next message's leading digits
("and 724401660003") are masked as the account. A count, or a message with no digits, after
it stays; the marker holds no digit. Synthetic values (267084131 and 147223957 pass the ABA
checksum)."""

from __future__ import annotations

from tests.support.redaction import conversation

ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


def test_the_account_after_a_named_routing_number_is_masked():
    out, markers = conversation("routing 267084131", "and 12345678")

    assert out == ["routing [BANK_ROUTING]", f"and {ACCOUNT}"]
    assert "267084131" not in repr(markers[0])


def test_the_account_after_a_bare_routing_number_is_masked():
    out, _ = conversation("its 147223957", "and 724401660003")

    assert out[1] == f"and {ACCOUNT}" and "147223957" not in out[0]


def test_a_count_after_the_routing_number_stays():
    out, _ = conversation("routing 267084131", "2 items were returned")

    assert out[1] == "2 items were returned"


def test_a_bare_number_failing_the_aba_checksum_leaves_no_account_marker():
    _, markers = conversation("its 147223958")

    assert markers[0] is None or markers[0].entity_type != "BANK_ACCOUNT_NUMBER"
