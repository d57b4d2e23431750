"""Numbers split across messages, round 8: an IBAN's country and check digits alone at the
end of a message asking for a refund or a transfer ("please send the refund to GB85"), or
after an account word ("remboursez-moi sur ce compte ES41"), start an IBAN whose rest is
masked. The marker holds no digit. A number sign never leads a card's first groups.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_IBAN = "INTERNATIONAL_BANK_ACCOUNT_NUMBER"


def _no_digit(texts: list[str]) -> bool:
    return not any(c.isdigit() for text in texts for c in text)


@pytest.mark.parametrize(
    "texts",
    [
        ("please send the refund to GB29", "NWBK 6016 1331 9268 19"),
        ("bitte erstatten auf DE89", "3704 0044 0532 0130 00"),
        ("remboursez-moi sur ce compte FR14", "2004 1010 0505 0001 3M02 606"),
        ("devolvam para a conta PT50", "0002.0123.1234.5678.9015.4"),
        ("reembolso a ES91", "2100 0418 4502 0005 1332"),
    ],
)
def test_an_iban_started_with_its_country_alone_is_masked_whole(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and markers[0].entity_type == _IBAN
    assert markers[1] is None  # the IBAN is whole
    assert set(markers[0].to_item()) <= {
        "entity_type",
        "seen",
        "complete",
        "follow_ups",
        "expires_at",
        "ups_is_oops",  # round 51: the customer's language, a constant 1, no part of the value
    }


@pytest.mark.parametrize(
    "texts",
    [
        # no refund or account word: a model's name stays, and so does the next number
        ("my new bike is the XS12", "4521"),
        # check digits 00, 01 and 99 are never an IBAN's
        ("please send the refund to GB00", "4521"),
        ("send it to the store, order AB12", "4521"),
    ],
)
def test_two_capitals_and_two_digits_without_a_refund_start_nothing(texts):
    out, markers = conversation(*texts)

    assert out[0] == texts[0]
    assert markers[0] is None or markers[0].entity_type != _IBAN


@pytest.mark.parametrize("text", ["#5386-1280", "#4012 8888"])
def test_a_number_sign_leads_a_reference_not_a_card(text):
    out, markers = conversation(text)

    assert out == [text]
    # at most the unnamed marker of any bare digits, which masks nothing unless named a card
    assert markers[0] is None or markers[0].unnamed


@pytest.mark.parametrize(
    "texts",
    [
        ("+12015", "550 143"),
        ("+61", "412 345 678"),
        ("+4915", "1 2345 6789"),
        ("+6121 23 46", "326 that's my mob"),
    ],
)
def test_a_plus_and_digits_alone_start_a_phone(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


@pytest.mark.parametrize("text", ["+1", "+1 2", "+10%", "+15 €"])
def test_a_plus_one_or_a_percentage_alone_starts_no_phone(text):
    out, markers = conversation(text)

    assert out == [text] and markers == [None]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("04123", "34623 that's my mob"), ["04123", "[PHONE] that's my mob"]),
        (("2015 550", "0143 es mi móvil"), ["2015 550", "[PHONE] es mi móvil"]),
        # named something else, or too short for a phone with the start: both stay
        (("2015 550", "0143 is my order"), ["2015 550", "0143 is my order"]),
        (("12345", "12 is my mobile's floor"), ["12345", "12 is my mobile's floor"]),
    ],
)
def test_the_rest_of_a_bare_start_is_a_phone_only_when_named_one(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    assert markers[0] is not None and markers[0].unnamed  # kind and counts, no digit
    assert markers[1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("ähm", "50", "842 276", "914"),  # a tax id in three parts, the first of two digits
        ("euh", "1 48", "01 44", "518 450 30"),
        ("hmm", "993", "217 909", "42"),
    ],
)
def test_a_number_dictated_after_a_hesitation_runs_over_three_messages(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert all(m is None or m.entity_type == "PII" for m in markers)


def test_a_dictated_number_ends_at_a_word_and_after_four_parts():
    # four parts, as many as a card read out in its printed groups (``CARD_FOLLOW_UPS``)
    out, _ = conversation("ähm", "50", "842 276", "914", "22", "31")

    assert out[-2] == "[PII]"
    assert out[-1] == "31"  # a fifth message of digits: the marker has run out
    out, _ = conversation("euh", "12", "ok merci, 3 articles")

    assert out[-1] == "ok merci, 3 articles"


@pytest.mark.parametrize(
    "last",
    ["thanks, refund was $1,517.00", "thanks, refund was 163.95", "ok, le total fait 49,90"],
)
def test_an_amount_after_an_account_in_parts_is_no_part_of_it(last):
    out, _ = conversation("my routing is 011000015 and account 9176", "60212", last)

    assert out[1] == "[BANK_ACCOUNT_NUMBER]"
    assert out[2] == last


def test_a_phone_pair_after_more_to_come_still_continues():
    out, _ = conversation("mon numéro 06 12", "puis 34.56")

    assert _no_digit(out)


def test_routing_then_account_announced_together_are_both_masked():
    out, markers = conversation("routing and account below", "011000015", "880021466978")

    assert _no_digit(out)
    assert markers[-1] is None


def test_a_reference_after_the_routing_stays():
    out, _ = conversation("routing and account below", "011000015", "order 880021466978")

    assert out[-1] == "order 880021466978"
