"""Numbers split across messages: the edges mutmut found untested in continuation.py.

Each case is a conversation through ``redact_in_conversation`` and asserts what the agent
would see. Written against mutants left alive by ``make mutation`` (issue 17, item 4).

Equivalent mutants, left alive on purpose (no input tells them apart):
- ``continue_pending``: ``begin = end = None`` before the loop, and ``begin`` kept at the
  value's start instead of the first group's (the value starts with a digit, which is
  where its first group starts; a loop that takes nothing returns before using them);
- ``start_pending``'s no-digit check, whatever it says about ``kind.letters`` (both tail
  patterns make a value start with a digit or with two letters and two digits).
(``_NOT_CONTINUATION``'s ``"["`` / ``"]"`` test on the lead-in was equivalent too: the head
patterns' lead-in class excludes both brackets. It has since been removed.)

Not equivalent, left alive: looking for an ending word ("final", "ending") up to the end
of the message instead of up to the value. The value runs to the end of the message, so
the two differ only for such a word inside an IBAN's or id's own run of letters.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.continuation import WINDOW_SECONDS
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import conversation as through

CARD = "[CREDIT_DEBIT_NUMBER]"
IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


def conversation(*texts, seconds_between=5.0, entity_types=None):
    settings = RedactionSettings(
        engines=frozenset({Engine.PATTERNS}),
        **({"entity_types": entity_types} if entity_types else {}),
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=MemoryCounter())
    return through(*texts, seconds_between=seconds_between, redactor=redactor)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # The digits a value still lacks are all taken, however the groups fall.
        (("my card is 4111 1111 1111", "111 1"), ["my card is " + CARD, CARD]),
        # A lead-in word before the digits: the digits are still the continuation.
        (("my card is 4111 1111", "Sure 1111 1111"), ["my card is " + CARD, "Sure " + CARD]),
        # A check letter after an SSN's digits is part of the value.
        (("my social is 57060", "0536A"), ["my social is [SSN]", "[SSN]"]),
        # The last context word decides; two in one message are compared by position.
        (
            ("my phone is 0770 and my card is 4111 1111", "1111 1111"),
            ["my phone is 0770 and my card is " + CARD, CARD],
        ),
        # The value after the context word is read from there, however long the lead-in.
        (
            ("hello there my dear friend, my card is 4111 1111", "1111 1111"),
            ["hello there my dear friend, my card is " + CARD, CARD],
        ),
        # A German IBAN has 22 characters, in any case: the last 6 are still pending after
        # 16, where the shortest IBAN (15) would be complete.
        (
            ("my iban is DE89", "3704 0044 0532", "0130 00"),
            ["my iban is " + IBAN, IBAN, IBAN],
        ),
        (
            ("my iban is de89", "3704 0044 0532", "0130 00"),
            ["my iban is " + IBAN, IBAN, IBAN],
        ),
        # Outside the served markets an IBAN is taken to be the shortest (15).
        (("my iban is NO93", "8601 1117 947"), ["my iban is " + IBAN, IBAN]),
        # A number with a country code has 11 digits: the eleventh is masked too.
        (
            ("my phone is +1 415", "555 267", "1 thanks"),
            ["my phone is [PHONE]", "[PHONE]", "[PHONE] thanks"],
        ),
        # An ending word 25 characters before the context word is too far to count.
        (
            ("ending" + " " * 19 + "card is 4111 1111", "1111 1111"),
            ["ending" + " " * 19 + "card is " + CARD, CARD],
        ),
    ],
)
def test_the_rest_of_the_value_is_masked_and_nothing_more_is_left_pending(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    assert markers[-1] is None or (markers[-1].seen, markers[-1].complete) == (16, 19)


def test_nif_is_followed_whichever_country_it_names() -> None:
    # "nif" is a context word of Spain's DNI and Portugal's NIF; either way no digit shows.
    out, markers = conversation("nif 1234", "5678Z")

    assert out[0].startswith("nif [") and not any(ch.isdigit() for ch in "".join(out))
    assert markers[1] is None


@pytest.mark.parametrize(
    "texts",
    [
        # 4 digits were missing and a longer run follows: the whole run is masked, because a
        # customer who retypes or mistypes a group must not leak it (a masked reference
        # number typed in the same run is the accepted cost).
        ("my card is 4111 1111 1111", "1111 2222"),
        # American Express cards have 15 digits, not 16.
        ("my card is 3782 822463", "10005 1234"),
        ("my card is 3400 000000", "00009 1234"),
    ],
)
def test_a_run_that_continues_the_value_is_masked_whole(texts):
    out, markers = conversation(*texts)

    assert out[1] == CARD
    assert markers[1] is None


@pytest.mark.parametrize(
    ("texts", "second"),
    [
        # The continuation stops where its run of groups stops.
        (("my card is 4111 1111", "1111    2222"), CARD + "    2222"),
        # A message opening with an ending word ("ending of my card") starts nothing.
        (("ending of my card is 4242 42", "1234 ok"), "1234 ok"),
    ],
)
def test_digits_past_the_value_are_not_taken(texts, second):
    out, _ = conversation(*texts)

    assert out[1] == second


@pytest.mark.parametrize(
    "texts",
    [
        ("my cell is 415", "555 2671", "8"),  # ten digits without a country code
        ("my cell is 07700", "900 651", "2"),  # eleven with a national trunk 0 (UK mobile)
        ("my phone is +1 415", "555 2671", "8"),  # eleven with a country code
    ],
)
def test_a_complete_phone_number_leaves_nothing_pending(texts):
    out, markers = conversation(*texts)

    assert out[1] == "[PHONE]"
    assert markers[1] is None
    assert out[2] == texts[2]


def test_the_marker_still_holds_at_the_last_second_of_its_window():
    out, _ = conversation("my card is 4111 1111", "1111 1111", seconds_between=WINDOW_SECONDS)

    assert out[1] == CARD


def test_continued_numbers_are_masked_whatever_the_entity_type_allow_list_says():
    # Like custom patterns, continuation spans are kept even when their type is not listed.
    out, _ = conversation("my card is 4111 1111", "1111 1111", entity_types=frozenset({"SSN"}))

    assert out == ["my card is " + CARD, CARD]


def test_digits_both_continued_and_restarted_in_one_message_are_masked_once():
    out, _ = conversation("my card is 4111 1111", "card 4111 1111")

    assert out == ["my card is " + CARD, "card " + CARD]
