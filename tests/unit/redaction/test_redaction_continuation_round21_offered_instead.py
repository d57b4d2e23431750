"""Round 21, over messages: a whole compact expiry, or a card's security code, that ended a
message, then another offered in its place by a customer unsure which is right ("exp 0827",
then "or maybe its 0526 hang on"), in five languages. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("second", "masked"),
    [
        ("or maybe its 0526 hang on", "or maybe its [CREDIT_DEBIT_EXPIRY] hang on"),
        ("or was it 0526?", "or was it [CREDIT_DEBIT_EXPIRY]?"),
        ("or perhaps 0526", "or perhaps [CREDIT_DEBIT_EXPIRY]"),
        ("ou 0526 attends", "ou [CREDIT_DEBIT_EXPIRY] attends"),
        ("ou c'était 0526", "ou c'était [CREDIT_DEBIT_EXPIRY]"),
        ("ou peut-être 0526", "ou peut-être [CREDIT_DEBIT_EXPIRY]"),
        ("oder 0526 warte", "oder [CREDIT_DEBIT_EXPIRY] warte"),
        ("oder war es 0526", "oder war es [CREDIT_DEBIT_EXPIRY]"),
        ("oder vielleicht 0526", "oder vielleicht [CREDIT_DEBIT_EXPIRY]"),
        ("o es 0526", "o es [CREDIT_DEBIT_EXPIRY]"),
        ("o quizás 0526", "o quizás [CREDIT_DEBIT_EXPIRY]"),
        ("ou talvez 0526", "ou talvez [CREDIT_DEBIT_EXPIRY]"),
        ("ou é 0526", "ou é [CREDIT_DEBIT_EXPIRY]"),
        ("or 0526, wait", "or [CREDIT_DEBIT_EXPIRY], wait"),
        ("or 1230", "or [CREDIT_DEBIT_EXPIRY]"),  # December: the last month
        ("or 0130", "or [CREDIT_DEBIT_EXPIRY]"),  # January: the first
    ],
)
def test_another_expiry_offered_after_one_is_masked(second: str, masked: str) -> None:
    out, pending = conversation("exp 0827", second)

    assert pending[0] is not None
    assert (pending[0].entity_type, pending[0].seen, pending[0].complete) == (
        "CREDIT_DEBIT_EXPIRY",
        4,
        4,
    )
    assert out[1] == masked


@pytest.mark.parametrize(
    "second",
    [
        "or 1330",  # no thirteenth month: a time
        "or 0028",  # no month nought
        "or 05260",  # a digit more than the expiry
        "or maybe 328",  # a digit fewer
        "or 0526 tomorrow",  # a word after it that asks no wait
        "order 0526",  # "or" inside a word
        "hm",
    ],
)
def test_what_offers_no_other_expiry_stays(second: str) -> None:
    out, _ = conversation("exp 0827", second)

    assert out[1] == second


def test_an_expiry_not_ending_the_message_leaves_no_marker() -> None:
    out, pending = conversation("exp 0827 thanks", "or 0526")

    assert pending[0] is None
    assert out[1] == "or 0526"


def test_an_expiry_in_progress_still_takes_its_year() -> None:
    out, pending = conversation("expiration 07", "30")

    assert pending[0] is not None
    assert pending[0].seen < pending[0].complete
    assert out[1] == "[CREDIT_DEBIT_EXPIRY]"


def test_another_security_code_offered_after_one_is_masked() -> None:
    out, _ = conversation("cvv 471", "or maybe 146 hold on")

    assert out[1] == "or maybe [CREDIT_DEBIT_CVV] hold on"


def test_the_expiry_marker_survives_the_sessions_table() -> None:
    _, pending = conversation("exp 0827")
    assert pending[0] is not None

    assert PendingNumber.from_item(pending[0].to_item()) == pending[0]


@pytest.mark.parametrize("second", ["31", "2031"])
def test_a_whole_expiry_awaits_no_year(second: str) -> None:
    out, pending = conversation("expiration 07/31", second)

    assert pending[0] is not None
    assert pending[0].seen == pending[0].complete
    assert out[1] == second


@pytest.mark.parametrize(
    ("month", "year"),
    [
        ("month 07", "year 29"),
        ("month 07", "year 12"),  # two digits that could be a month: still no whole expiry
        ("expiration 07", "2029"),
        ("mes 07", "año 29"),
    ],
)
def test_the_year_that_ends_an_expiry_in_two_goes_leaves_no_marker(month: str, year: str) -> None:
    _, pending = conversation(month, year)

    assert pending[1] is None


def test_an_expiry_with_its_century_leaves_no_marker() -> None:
    # six digits: the code retyped after one is as long, and no four-digit guess is
    _, pending = conversation("exp 07/2031")

    assert pending == [None]


@pytest.mark.parametrize(
    ("tail", "masked"),
    [
        (" que la busco", True),  # a wait and what for
        (" " + "x" * 23, True),  # twenty-four characters after the wait word: the most
        (" " + "x" * 24, False),  # one more: no longer a wait closing the message
        (" en 5 min", False),  # a digit after the wait: another number, not its words
    ],
)
def test_a_wait_may_say_what_for_in_a_few_words(tail: str, masked: bool) -> None:
    out, _ = conversation("exp 0827", f"o 0928, espere{tail}")

    assert (out[1] == f"o [CREDIT_DEBIT_EXPIRY], espere{tail}") is masked
