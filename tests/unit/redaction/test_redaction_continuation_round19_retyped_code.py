"""Round 19, over messages: a card's security code retyped in a message of its own after the
message that gave it ("cvv 471", then "no wait 146"), in five languages. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("cvv 471", "no wait 146", "no wait [CREDIT_DEBIT_CVV]"),
        ("cvv 471", "sorry, 146", "sorry, [CREDIT_DEBIT_CVV]"),
        ("cvv 4712", "nope, wait: 1468", "nope, wait: [CREDIT_DEBIT_CVV]"),  # four digits
        ("cvv 471", "no espera, 146", "no espera, [CREDIT_DEBIT_CVV]"),
        ("cvv 471", "non attendez, 146", "non attendez, [CREDIT_DEBIT_CVV]"),
        ("cvc 471", "nee moment, 146", "nee moment, [CREDIT_DEBIT_CVV]"),
        ("cvv 471", "não pera, 146", "não pera, [CREDIT_DEBIT_CVV]"),
        ("cvv 471.", "no wait 146!", "no wait [CREDIT_DEBIT_CVV]!"),
    ],
)
def test_a_code_retyped_after_a_correction_is_masked(first: str, second: str, masked: str) -> None:
    out, pending = conversation(first, second)

    digits = sum(c.isdigit() for c in first)
    assert pending[0] is not None
    assert (pending[0].entity_type, pending[0].seen) == ("CREDIT_DEBIT_CVV", digits)
    assert out[1] == masked


@pytest.mark.parametrize(
    "second",
    [
        "no wait 1460",  # one digit more than the code
        "no wait 14",  # fewer
        "no wait 146 items",  # words after it
        "no 146",  # a "no" without a wait
    ],
)
def test_what_retypes_no_code_stays(second: str) -> None:
    out, _ = conversation("cvv 471", second)

    assert out[1] == second


def test_a_retyped_code_may_be_retyped_again() -> None:
    out, _ = conversation("cvv 471", "no wait 146", "sorry, 147")

    assert out[2] == "sorry, [CREDIT_DEBIT_CVV]"


def test_a_code_not_ending_the_message_leaves_no_marker() -> None:
    out, pending = conversation("cvv 471 and the card expires soon", "no wait 146")

    assert pending[0] is None
    assert out[1] == "no wait 146"


def test_a_correction_without_a_code_before_it_stays() -> None:
    out, pending = conversation("my order is late", "no wait 146")

    assert pending[0] is None
    assert out[1] == "no wait 146"


def test_only_the_next_message_may_retype_the_code() -> None:
    out, _ = conversation("cvv 471", "hm", "no wait 146")

    assert out[2] == "no wait 146"


def test_the_code_marker_survives_the_sessions_table() -> None:
    _, pending = conversation("cvv 471")
    assert pending[0] is not None

    assert PendingNumber.from_item(pending[0].to_item()) == pending[0]
