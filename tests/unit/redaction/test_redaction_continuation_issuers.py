"""Which bare first digits leave an unnamed card marker: the issuer ranges of the major
schemes at their edges, Amex's fifteen digits, and how many digits a bare start may have.
(The digits themselves, four alone, are masked as a reply's PIN; that is not what is
checked here.)"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import redact_in_conversation
from tests.support.redaction import OFFLINE, conversation

ISSUER_EDGES = [
    ("4000", True),  # Visa
    ("3999", False),
    ("5099", False),  # Mastercard 51-55
    ("5100", True),
    ("5599", True),
    ("5600", False),
    ("2220", False),  # Mastercard 2221-2720
    ("2221", True),
    ("2720", True),
    ("2721", False),
    ("3400", True),  # Amex 34, 37
    ("3700", True),
    ("3600", True),  # Diners 36, 38, 300-305
    ("3800", True),
    ("3000", True),
    ("3059", True),
    ("3060", False),
    ("2999", False),
    ("3500", False),  # JCB 3528-3589
    ("3527", False),
    ("3528", True),
    ("3589", True),
    ("3590", False),
    ("6011", True),  # Discover 6011, 644-649, 65
    ("6010", False),
    ("6012", False),
    ("6439", False),
    ("6440", True),
    ("6499", True),
    ("6500", True),
]


@pytest.mark.parametrize(("first", "issuer"), ISSUER_EDGES)
def test_bare_first_digits_leave_a_marker_only_inside_an_issuer_range(first, issuer):
    _, markers = conversation(first)

    # outside an issuer's range only the short number's marker (round 12), never a card's
    card = markers[0] is not None and markers[0].entity_type == "CREDIT_DEBIT_NUMBER"
    assert card is issuer
    if issuer:
        assert markers[0].unnamed and markers[0].seen == 4


@pytest.mark.parametrize(("first", "complete"), [("3400", 15), ("3700", 15), ("3600", 16)])
def test_an_amex_start_expects_fifteen_digits_and_others_sixteen(first, complete):
    _, markers = conversation(first)

    assert markers[0].complete == complete


def test_a_bare_start_is_shorter_than_a_whole_card():
    assert conversation("41111111111111")[1][0].seen == 14
    assert conversation("411111111111111")[1][0] is None


@pytest.mark.parametrize(
    ("start", "complete"),
    [
        ("+1 415", 11),
        ("+44 20 79", 12),
        ("+34 612", 11),
        ("+33 6 12", 11),
        ("+49 151", 13),
        ("+52 55 12", 12),
        ("+55 11 9", 13),
        ("+351 912", 12),
        ("+81 90 12", 12),  # a country code of no market served: the longest usual
        ("0049 151", 15),  # "00" is the international prefix: two digits more
        ("0033 6 12", 13),
        ("000 12 34", 11),  # three zeros are no international prefix: a national number
        ("0612 34", 11),  # a national number with its trunk 0
        ("415 555", 10),
    ],
)
def test_a_phone_start_expects_the_digits_of_its_country(start, complete):
    out, markers = conversation(f"my phone is {start}")

    assert out == ["my phone is [PHONE]"]
    assert markers[0].entity_type == "PHONE" and markers[0].complete == complete


@pytest.mark.parametrize(
    ("digits", "card"),
    [
        ("40128817968", True),  # eleven digits from an issuer's 2-6: more than a phone has
        ("24012881796", True),
        ("401288179681234", True),  # fifteen
        ("4012881796", False),  # ten: a phone's length
        ("71234567890", False),  # no card starts with 7 or 1
        ("14012881796", False),
        ("4012881796812345", False),  # sixteen after a phone word: neither whole nor started
    ],
)
def test_after_a_phone_word_a_card_start_is_more_digits_than_a_phone_has(digits, card):
    _, markers = conversation(f"my phone is {digits}")

    is_card_marker = markers[0] is not None and markers[0].entity_type == "CREDIT_DEBIT_NUMBER"
    assert is_card_marker is card


def test_the_last_three_digits_of_a_nineteen_digit_card_are_the_card_continued():
    pending = None
    found = []
    for now, text in enumerate(("numero de tarjeta 4699-8698", "6053-8852", "056 perdon")):
        result, pending = redact_in_conversation(OFFLINE, text, pending, 1000.0 + 5 * now)
        found.append(result)

    assert found[2].text == "[CREDIT_DEBIT_NUMBER] perdon"
    assert [(s.entity_type, s.detector) for s in found[2].entities] == [
        ("CREDIT_DEBIT_NUMBER", "continuation")
    ]
    assert pending is None
