"""Round 24: a message that is only a card security code's word, maybe after its article
and before a copula ("o cvv", "le cryptogramme", "die Prüfziffer ist"), announces the code,
which may follow in two messages ("47", then "1"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_CVV = "[CREDIT_DEBIT_CVV]"


@pytest.mark.parametrize(
    ("announced", "first", "rest"),
    [
        ("o cvv", "47", "1"),
        ("le cryptogramme", "08", "6"),
        ("die Prüfziffer", "31", "7"),
        ("el cvc", "52", "9"),
        ("the security code", "61", "4"),
        ("my cvv is", "73", "2"),
        ("la cvv es", "73", "2"),
        ("le cryptogramme c'est", "29", "5"),
        ("o cvv é", "84", "0"),
        ("die Prüfziffer ist", "16", "3"),
        ("meine Prüfziffer lautet:", "16", "3"),
        ("cvv", "47", "1"),
        ("mon cvv", "47", "1"),
        ("ton cvv", "47", "1"),
        ("tu cvv", "47", "1"),
        ("mi cvv", "47", "1"),
        ("meu cvv", "47", "1"),
        ("seu cvv", "47", "1"),
        ("der cvv", "47", "1"),
        ("mein cvv", "47", "1"),
        ("my cvv", "12", "34"),  # four digits, as on the front of some cards
    ],
)
def test_a_code_announced_by_its_word_then_sent_in_two_messages(
    announced: str, first: str, rest: str
) -> None:
    assert conversation(announced, first, rest)[0] == [announced, _CVV, _CVV]


def test_the_announced_code_sent_whole() -> None:
    assert conversation("le cryptogramme", "471")[0] == ["le cryptogramme", _CVV]


def test_the_announcement_leaves_an_empty_three_digit_marker() -> None:
    _, markers = conversation("o cvv")
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen, markers[0].complete) == (
        "CREDIT_DEBIT_CVV",
        0,
        3,
    )


def test_a_wait_then_both_parts_use_up_the_two_follow_ups() -> None:
    # "wait" and the first part are the two messages the marker waits for: the third stays
    assert conversation("o cvv", "wait", "47", "1")[0] == ["o cvv", "wait", _CVV, "1"]


def test_a_wait_then_the_whole_code_is_masked() -> None:
    assert conversation("o cvv", "wait", "471")[0] == ["o cvv", "wait", _CVV]


def test_the_three_digits_in_the_code_ends_it() -> None:
    assert conversation("o cvv", "47", "1", "5 items")[0] == ["o cvv", _CVV, _CVV, "5 items"]


@pytest.mark.parametrize(
    "texts",
    [
        ("the cvv is worn off", "47"),  # a word after: no announcement
        ("why the cvv", "47"),  # a word before that is no article
        ("code", "47"),  # any code's word
        ("cod.", "47"),
        ("código", "47"),
        ("my código is", "47"),
        ("meine card verification number lautet!!!!", "47"),  # forty-one characters
    ],
)
def test_a_code_word_among_other_words_announces_nothing(texts: tuple[str, ...]) -> None:
    marker = conversation(*texts)[1][0]
    assert marker is None or marker.entity_type != "CREDIT_DEBIT_CVV"


def test_forty_characters_may_announce_the_code() -> None:
    announced = "meine card verification number lautet!!!"
    assert len(announced) == 40
    assert conversation(announced, "47", "1")[0] == [announced, _CVV, _CVV]


def test_the_code_alone_after_its_article_stays_a_pin() -> None:
    assert conversation("le code", "82", "13")[0] == ["le code", "[PIN]", "[PIN]"]


def test_a_retyped_code_is_still_read_as_one() -> None:
    assert conversation("cvv 471", "no wait 146")[0] == [f"cvv {_CVV}", f"no wait {_CVV}"]
