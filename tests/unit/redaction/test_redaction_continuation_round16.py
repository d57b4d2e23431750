"""Round 16, over messages: a dictation announced with a long first part ("ok here goes
55556119", "ahí te va: 014 010 ..."), "lemme grab it" before the digits, "ph" before a
phone's first digits, and a trunk 0 or the NANP's 1 alone after a phone's word and a copula
("my cell is 1"). Each with the marker it leaves; synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation

_DICTATED = "[PII]"
_CARD = "CREDIT_DEBIT_NUMBER"


def _marker(pending: PendingNumber | None) -> tuple[str, int, int]:
    assert pending is not None
    return pending.entity_type, pending.seen, pending.complete


@pytest.mark.parametrize(
    ("first", "seen"),
    [
        ("ok here goes 20481736", 8),  # a card's first half in one run
        ("here it comes 2048 17365", 9),
        ("ok here goes 204 817 365 90", 11),  # four groups
        ("ok here goes 204817365901 23", 14),  # twelve digits in a run, then two
        ("va, ahí le va 20481736", 8),  # the clitic, and Mexico's "va" of assent
        ("ahí te va: 20481736", 8),
        ("dale, ahí va 20481736", 8),
    ],
)
def test_a_long_first_part_after_here_goes_is_masked_and_waits(first: str, seen: int) -> None:
    out, pending = conversation(first, "90817263")

    assert out[0].endswith(_DICTATED) and out[1] == _DICTATED
    assert _marker(pending[0]) == ("PII", seen, 16)


def test_the_dictated_number_ends_at_sixteen_digits() -> None:
    out, pending = conversation("ok here goes 20481736", "90817263", "55512")

    assert pending[1] is None
    assert out[2] == "55512"  # an order number given afterwards stays


@pytest.mark.parametrize(
    ("first", "follows"),
    [
        ("ok here goes 2048 1736 9081 726", True),  # fifteen: one more to come
        ("ok here goes 2048 1736 9081 7263", False),  # sixteen: whole as far as anyone knows
    ],
)
def test_a_first_part_of_sixteen_digits_leaves_no_marker(first: str, follows: bool) -> None:
    out, pending = conversation(first, "55512")

    assert out[0] == f"ok here goes {_DICTATED}"
    assert (pending[0] is not None) is follows
    assert ("55512" in out[1]) is not follows


def test_a_card_s_printed_groups_after_here_goes_start_a_card() -> None:
    out, pending = conversation("ok here goes 4111 2048", "1736 9081")

    assert out == [f"ok here goes [{_CARD}]", f"[{_CARD}]"]
    assert _marker(pending[0]) == (_CARD, 8, 16)


@pytest.mark.parametrize(
    "first",
    [
        "first half 1234567890123",  # thirteen in one run, as after "here goes"
        "ok here goes 1",  # one digit
        "ok here goes 2048173659012",  # thirteen in one run: no group is that long
        "ok here goes 20481736 items",  # a word after the digits
        "ahí me va 20481736",  # "me" is no clitic of handing over
        "ya, ahí le va 20481736",  # "ya" opens no dictation
        "ok here goes 2048 1736 9081 7263 5555",  # a fifth group
    ],
)
def test_no_long_dictation_without_its_announcement_and_digits(first: str) -> None:
    out, pending = conversation(first, "90817263")

    assert pending[0] is None or pending[0].entity_type != "PII"
    assert "90817263" in out[1] or not out[0].endswith(_DICTATED)


@pytest.mark.parametrize("wait", ["lemme grab it", "let me get it", "lemme check", "Lemme see"])
def test_lemme_grab_it_before_the_digits_starts_a_dictation(wait: str) -> None:
    out, pending = conversation(wait, "ok 40125461", "23456789")

    assert out == [wait, f"ok {_DICTATED}", _DICTATED]
    assert _marker(pending[0]) == ("PII", 0, 16)
    assert _marker(pending[1]) == ("PII", 8, 16)


@pytest.mark.parametrize(
    "words", ["lemme grab the kids", "let me grab lunch", "lemme grab a coffee"]
)
def test_grabbing_something_else_starts_nothing(words: str) -> None:
    out, pending = conversation(words, "40125461")

    assert pending[0] is None
    assert out[1] == "40125461"


def test_a_card_in_progress_survives_lemme_grab_it() -> None:
    out, pending = conversation("my card is 4111 2048", "lemme grab it", "1736 9081")

    assert out[2] == f"[{_CARD}]"
    assert pending[1] is not None and pending[1].follow_ups == 1


@pytest.mark.parametrize(
    ("first", "masked", "seen", "complete"),
    [
        ("ph 61 415", "ph [PHONE]", 5, 10),
        ("ph 0412 307", "ph [PHONE]", 7, 11),
        ("PH: 50673", "PH: [PHONE]", 5, 10),
        ("ph (514)", "ph ([PHONE])", 3, 10),
        ("ph 5105 123", "ph [PHONE]", 7, 10),  # a card's issuer digits: "ph" still a phone
    ],
)
def test_ph_before_a_phone_s_first_digits_starts_a_phone(
    first: str, masked: str, seen: int, complete: int
) -> None:
    out, pending = conversation(first, "555 0134")

    assert out == [masked, "[PHONE]"]
    assert _marker(pending[0]) == ("PHONE", seen, complete)


@pytest.mark.parametrize("first", ["ph 14", "ph 7.4", "the ph is 7", "graph 514", "phd 2024"])
def test_an_acidity_or_another_word_after_ph_starts_nothing(first: str) -> None:
    out, pending = conversation(first, "555 0134")

    assert out[0] == first
    assert pending[0] is None


def test_ph_with_three_digits_is_the_least_a_phone_start_takes() -> None:
    out, pending = conversation("ph 140", "555 0134")

    assert out[0] == "ph [PHONE]"
    assert _marker(pending[0]) == ("PHONE", 3, 10)


@pytest.mark.parametrize(
    ("first", "masked", "complete"),
    [
        ("my cell is 1", "my cell is [PHONE]", 11),  # the NANP's country code: eleven
        ("my cell is 0", "my cell is [PHONE]", 11),  # a trunk 0: eleven at most
        ("phone: 1", "phone: [PHONE]", 11),
        ("phone number is 1", "phone number is [PHONE]", 11),
        ("cell no. = 1", "cell no. = [PHONE]", 11),
        ("mobile # is 0", "mobile # is [PHONE]", 11),
        ("my cell's 1", "my cell's [PHONE]", 11),
        ("mi celular es 1", "mi celular es [PHONE]", 11),
        ("my number is 1", "my number is [PHONE]", 11),  # a number's word too, now eleven
    ],
)
def test_a_lone_prefix_after_a_phone_word_and_a_copula_starts_a_phone(
    first: str, masked: str, complete: int
) -> None:
    out, pending = conversation(first, "415 555 0134")

    assert out == [masked, "[PHONE]"]
    assert _marker(pending[0]) == ("PHONE", 1, complete)
    assert pending[1] is None  # eleven digits: whole


@pytest.mark.parametrize(
    "first",
    [
        "call me at 1",  # a time: no copula
        "cell 1",
        "my cell is 2",  # no phone's first digit alone
        "my cell is 1 year old",
        "my cell is #1",
        "my account is 1",  # no phone's word
        "phone was 1",
    ],
)
def test_a_lone_digit_without_a_copula_or_a_phone_word_starts_nothing(first: str) -> None:
    _, pending = conversation(first)

    assert pending[0] is None


def test_a_lone_one_waits_for_ten_digits_more() -> None:
    out, pending = conversation("my cell is 1", "415 555", "0134")

    assert out == ["my cell is [PHONE]", "[PHONE]", "[PHONE]"]
    assert _marker(pending[1]) == ("PHONE", 7, 11)
    assert pending[2] is None


def test_a_possessive_number_word_s_lone_one_is_the_nanp_code_too() -> None:
    out, pending = conversation("my number 1", "415 555 0134")

    assert out == ["my number [PHONE]", "[PHONE]"]
    assert _marker(pending[0]) == ("PHONE", 1, 11)


def test_a_lone_zero_after_a_bare_number_word_still_waits_as_before() -> None:
    # "mon numéro 0": the possessive's digit alone, as in earlier rounds, ten or eleven
    out, pending = conversation("mon numéro 0", "6 12 34 56 78")

    assert out == ["mon numéro [PHONE]", "[PHONE]"]
    assert _marker(pending[0]) == ("PHONE", 1, 11)


@pytest.mark.parametrize(
    "slip",
    [
        "oops hit enter too soon",  # five words: the most an interjection has
        "pressed enter",
        "sent too soon",
        "foi sem querer",
        "lo mandé sin querer",
        "envoyé trop tôt",
        "zu früh gesendet",
    ],
)
def test_a_card_in_progress_survives_a_message_sent_by_mistake(slip: str) -> None:
    out, pending = conversation("my card is 4111 2048", slip, "1736 9081")

    assert out[1:] == [slip, f"[{_CARD}]"]
    assert pending[1] is not None
    assert (pending[1].entity_type, pending[1].seen, pending[1].follow_ups) == (_CARD, 8, 1)


def test_bare_card_parts_survive_a_slip_too() -> None:
    out, _ = conversation("2223", "0032", "foi sem querer", "6957 9356")

    assert out[3] == f"[{_CARD}]"


@pytest.mark.parametrize(
    "words",
    [
        # six words: no interjection (a slip said in words of its own, "hit enter too soon",
        # starts a dictation of its own since round 23)
        "oops sorry sorry my bad again",
        "it was sent in the summer",  # no word of a slip
        "enter the code",
    ],
)
def test_a_longer_message_or_one_without_a_slip_ends_the_card(words: str) -> None:
    out, pending = conversation("my card is 4111 2048", words, "1736 9081")

    assert pending[1] is None
    assert out[2] == "1736 9081"
