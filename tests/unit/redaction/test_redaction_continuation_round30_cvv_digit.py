"""Round 30: after a message that is only a card security code's word ("the cvv?"), the code
may be read out a digit a message: one digit alone starts it. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_CVV = "[CREDIT_DEBIT_CVV]"


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("the cvv?", "5", "38"), ["the cvv?", _CVV, _CVV]),
        (("o cvv?", "0", "7-4"), ["o cvv?", _CVV, _CVV]),
        (("die Prüfziffer?", "8", "2 6"), ["die Prüfziffer?", _CVV, _CVV]),
        (("le cryptogramme", "3", "19"), ["le cryptogramme", _CVV, _CVV]),
        (("the cvv?", "47", "2"), ["the cvv?", _CVV, _CVV]),  # two, then one, as before
    ],
)
def test_a_code_read_out_a_digit_first(texts: tuple[str, ...], masked: list[str]) -> None:
    assert conversation(*texts)[0] == masked


def test_one_digit_leaves_a_marker_that_counts_it() -> None:
    _, markers = conversation("the cvv?", "5")
    assert markers[1] is not None
    assert (markers[1].entity_type, markers[1].seen, markers[1].complete) == (
        "CREDIT_DEBIT_CVV",
        1,
        3,
    )


@pytest.mark.parametrize(
    "texts",
    [
        ("the cvv?", "5 ok"),  # a word beside the digit: not digits read out alone
        ("the cvv?", "3 days"),
        ("le code", "8"),  # a PIN announced: its first part still has two digits or more
        ("cvv", "4 digits?"),
    ],
)
def test_one_digit_with_words_or_of_another_kind_stays(texts: tuple[str, ...]) -> None:
    assert conversation(*texts)[0] == list(texts)
