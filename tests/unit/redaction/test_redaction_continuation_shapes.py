"""Numbers split across messages, as customers type them: an interjection after the
first part ("wait", "espera", "moment", an emoji), or no context word at all when the
first part is plainly the start of a card ("c'est 4012 8888" then "8888 1881").
Dates, counts and references that end a message start nothing."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("first", "after"),
    [
        ("my card is 4111 1111", " wait"),
        ("mi tarjeta 4111-1111", " espera un seg"),
        ("ma carte 4111 1111", " attendez..."),
        ("meine Karte 4111 1111", " moment 🙏"),
        ("o cartão é 4111 1111", " pera"),
        ("phone: +44 7700", " sorry hit enter"),
    ],
)
def test_an_interjection_after_the_first_part_still_leaves_it_pending(first, after):
    out, markers = conversation(first + after, "900123 ok")

    assert not any(c.isdigit() for c in out[0] + out[1].removesuffix(" ok"))
    assert markers[0] is not None


@pytest.mark.parametrize(
    "first",
    [
        "c'est 4012 8888 attendez",
        "é 5105-1051",
        "aqui va: 4111 1111 1111",
        "so 3782 822463 wait",  # Amex groups 4-6
        "2223 0031 ⬇️",
        "the number is 4012 8888 oops",  # a phone word, but card groups and prefix
        "die Nummer ist 4012 8888 moment",
    ],
)
def test_the_first_groups_of_a_card_start_one_without_a_card_word(first):
    out, markers = conversation(first, "8888 1881")

    assert not any(c.isdigit() for c in out[0])
    assert out[1] == CARD
    assert markers[0].entity_type == "CREDIT_DEBIT_NUMBER"
    assert markers[1] is None or markers[1].entity_type == "CREDIT_DEBIT_NUMBER"


@pytest.mark.parametrize(
    "first",
    [
        "order 4111 2222",  # a reference word before it
        "pedido 4012-8888 espera",
        "room 1234 5678",  # no card prefix
        "delivered 2024 1201",  # a date written in groups
        "between 4000 and 4500 please",  # two numbers: amounts
        "about 4111 wait",  # one group only
        "call 4012 8888 12",  # groups not as a card prints them
    ],
)
def test_numbers_that_are_not_a_card_start_leave_nothing_pending(first):
    out, markers = conversation(first, "7 items")

    assert markers[0] is None
    assert out[1] == "7 items"


def test_a_cards_ending_is_no_start_its_marker_waits_for_a_whole_card() -> None:
    # round 27: the ending leaves a bare card marker (see the round-27 rest-after-ending tests)
    out, markers = conversation("card ending 4111 2222", "7 items")

    assert markers[0] is not None and markers[0].unnamed
    assert out[1] == "7 items"


@pytest.mark.parametrize(
    "text",
    [
        "PIN 1234 und die Karte ist seit 10.06.2025 gesperrt",
        "die Karte ist seit 2027-06-19 gesperrt",
        "account ref 773313433 (not my card lol) shows 12 late fees",
        "meu celular é um Xiaomi 14T",
    ],
)
def test_dates_counts_and_models_after_a_context_word_start_nothing(text):
    _, markers = conversation(text)

    assert markers[0] is None


def test_a_continued_run_is_not_restarted_as_a_new_card():
    # "3704 0044 0532" is the middle of an IBAN, though its groups look like a card's start.
    out, markers = conversation("my iban is DE89", "3704 0044 0532", "0130 00")

    assert out[1:] == ["[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"] * 2
    assert markers[-1] is None


@pytest.mark.parametrize(
    "between", ["wait", "wait 🙏", "un momento por favor", "attendez", "👇", "pera aí"]
)
def test_a_message_asking_to_wait_keeps_the_number_pending(between):
    out, markers = conversation("my card is 4111 1111", between, "1111 1111")

    assert out[1:] == [between, CARD]
    assert markers[-1] is None or (markers[-1].seen, markers[-1].complete) == (16, 19)


def test_waiting_messages_still_count_towards_the_bound():
    # a card may take four follow-ups (round 8), an account four (round 19), other kinds two
    out, _ = conversation("my card is 4111 1111", "wait", "sorry", "oops", "wait", "1111 1111")
    account, _ = conversation("my account is 1234 5678", "wait", "sorry", "oops", "wait", "1111 x")
    nif, _ = conversation("o meu nif é 1234", "wait", "sorry", "11111 x")

    assert out[-1] == "1111 1111"
    assert account[-1] == "1111 x"
    assert nif[-1] == "11111 x"


def test_a_message_that_moves_on_ends_the_number():
    out, markers = conversation("my card is 4111 1111", "ok thanks", "1111 1111")

    assert markers[1] is None
    assert out[-1] == "1111 1111"
