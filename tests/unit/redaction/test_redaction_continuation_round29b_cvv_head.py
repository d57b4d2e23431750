"""Round 29b: a message that is only a card security code's word and its first one or two
digits ("cvv 52") starts the code; its rest follows in the next message. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_CVV = "[CREDIT_DEBIT_CVV]"


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("cvv 52", "7"), [f"cvv {_CVV}", _CVV]),
        (("cvv: 4", "71"), [f"cvv: {_CVV}", _CVV]),  # one digit, then two
        (("my cvv is 52", "3"), [f"my cvv is {_CVV}", _CVV]),
        (("el cvv es 52", "1"), [f"el cvv es {_CVV}", _CVV]),
        (("le cryptogramme 47", "1"), [f"le cryptogramme {_CVV}", _CVV]),
        (("die Prüfziffer ist 12", "3"), [f"die Prüfziffer ist {_CVV}", _CVV]),
        (("o cvv 90", "8"), [f"o cvv {_CVV}", _CVV]),
        (("cvv 52!!", "3"), [f"cvv {_CVV}!!", _CVV]),
        (("cvv 52", "wait", "3"), [f"cvv {_CVV}", "wait", _CVV]),  # a pause between the parts
        (("cvv 5", "2", "7"), [f"cvv {_CVV}", _CVV, _CVV]),  # one digit a message
        (("CVV 52 🙏", "7"), [f"CVV {_CVV} 🙏", _CVV]),
        (("cvc 52", "sorry 7"), [f"cvc {_CVV}", f"sorry {_CVV}"]),
        (("código de segurança 52", "3"), [f"código de segurança {_CVV}", _CVV]),
        (("Sicherheitscode 52", "3"), [f"Sicherheitscode {_CVV}", _CVV]),
    ],
)
def test_a_code_begun_after_its_word_then_its_rest(
    texts: tuple[str, ...], masked: list[str]
) -> None:
    assert conversation(*texts)[0] == masked


def test_the_first_part_leaves_a_marker_that_counts_its_digits() -> None:
    _, markers = conversation("cvv 52")
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen, markers[0].complete) == (
        "CREDIT_DEBIT_CVV",
        2,
        3,
    )


@pytest.mark.parametrize(
    "texts",
    [
        ("cvv 52 ok", "3"),  # a word after the digits: not a code begun alone
        ("my cvv 52 was refused", "3"),
        ("code 52 cvv", "3"),  # the digits before the word
        ("the cvv now 52", "3"),  # another word between
        ("cvv", "3 days"),  # announced, then a count
    ],
)
def test_what_is_no_code_begun_stays(texts: tuple[str, ...]) -> None:
    assert conversation(*texts)[0] == list(texts)


def test_three_digits_are_a_whole_code_and_start_nothing() -> None:
    masked, markers = conversation("cvv 471", "5")
    assert masked == [f"cvv {_CVV}", "5"]
    assert markers[0] is not None and markers[0].seen == markers[0].complete == 3


def test_a_long_message_is_no_code_begun() -> None:
    text = "cvv" + " " * 36 + "52"  # 41 characters, one more than a short reply
    assert conversation(text, "3")[0] == [text, "3"]
    shorter = "cvv" + " " * 3 + "52"
    assert conversation(shorter, "3")[0] == ["cvv   " + _CVV, _CVV]
