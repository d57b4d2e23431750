"""Round 21, over messages: a message that ends with a card's expiry leaves a marker (the
kind and its count of digits, never a digit), and the next message may offer another
expiry instead ("validade 0527", then "ou 1030 peraí"; "fecha de vto 0729", then "o 0928,
espere que la busco"), or retype a security code the same way ("cvv 471", then "or 146").
Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


def _marker(pending: PendingNumber | None) -> tuple[str, int, int, int] | None:
    if pending is None:
        return None
    return pending.entity_type, pending.seen, pending.complete, pending.follow_ups


def test_an_expiry_ending_the_message_leaves_a_marker_of_its_digits() -> None:
    _, pending = conversation("validade 0527")

    assert _marker(pending[0]) == ("CREDIT_DEBIT_EXPIRY", 4, 4, 0)


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("validade 0527", "ou 1030 peraí", "ou [CREDIT_DEBIT_EXPIRY] peraí"),
        (
            "fecha de vto 0729",
            "o 0928, espere que la busco",
            "o [CREDIT_DEBIT_EXPIRY], espere que la busco",
        ),
        ("expiry 0527", "or 1230, hold on", "or [CREDIT_DEBIT_EXPIRY], hold on"),
        ("Ablaufdatum 0527", "oder 0130", "oder [CREDIT_DEBIT_EXPIRY]"),
        ("validade 05/27", "ou 1030", "ou [CREDIT_DEBIT_EXPIRY]"),
        ("expiry 0527", "sorry, 0628", "sorry, [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_another_expiry_offered_after_one_is_masked(first: str, second: str, masked: str) -> None:
    out, _ = conversation(first, second)

    assert out[1] == masked


@pytest.mark.parametrize(
    "second",
    [
        "ou 2024",  # no month: a year
        "ou 1330",  # month thirteen
        "ou 0030",  # month zero
        "ou 103",  # fewer digits than the expiry had
        "ou 1030 obrigado",  # no waiting word after it
        "ne 1030",  # no "or" and no correction
    ],
)
def test_what_is_no_other_expiry_stays(second: str) -> None:
    out, _ = conversation("validade 0527", second)

    assert "0527" not in out[0]
    assert out[1] == second


def test_an_expiry_that_does_not_end_the_message_leaves_no_marker() -> None:
    out, pending = conversation("validade 0527 e o resto já mando", "ou 1030")

    assert pending[0] is None
    assert out[1] == "ou 1030"


@pytest.mark.parametrize(
    ("second", "masked"),
    [
        ("or 146", "or [CREDIT_DEBIT_CVV]"),  # no month in a security code
        ("ou 946 pera", "ou [CREDIT_DEBIT_CVV] pera"),
    ],
)
def test_another_security_code_offered_after_one_is_masked(second: str, masked: str) -> None:
    out, _ = conversation("cvv 471", second)

    assert out[1] == masked


def test_a_security_code_retyped_may_be_retyped_again() -> None:
    out, _ = conversation("cvv 471", "no wait 146", "sorry, 148")

    assert out[1:] == ["no wait [CREDIT_DEBIT_CVV]", "sorry, [CREDIT_DEBIT_CVV]"]


def test_an_expiry_read_over_two_messages_leaves_no_marker_after_its_year() -> None:
    out, pending = conversation("expiration 07", "2031", "or 0832")

    assert pending[1] is None
    assert out[2] == "or 0832"
