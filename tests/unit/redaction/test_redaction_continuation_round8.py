"""Cards over several messages, round 8: a card is read out in up to four parts after its
first part or the message announcing it ("my card number", "4000", "6956", "8571 9840");
a message asking to wait ("une seconde", "pera", "Moment") with no word naming a value
starts a dictation, so the next messages of digits alone are masked, two digits included;
a card's bare start ("2223") is followed by messages of digits alone while they fit in a
card. The marker holds no digit. A "wait" mid-card keeps the card's marker; an apology, a
count, an order number given with its word and digits past a card's length stay."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import (
    CARD_FOLLOW_UPS,
    MAX_FOLLOW_UPS,
    PendingNumber,
    continue_pending,
)
from tests.support.redaction import conversation


def _no_digit(texts: list[str]) -> bool:
    return not any(c.isdigit() for text in texts for c in text)


@pytest.mark.parametrize(
    "texts",
    [
        ("my card number", "4000", "0566", "5566 5556"),
        ("mi tarjeta es 4716", "24", "995", "944 93 99"),
        ("numéro de carte", "308 41 95", "34", "319 47"),
        ("Kartennummer bitte?", "4111", "1111", "1111", "1111"),
        ("o cartão", "411", "178 907", "49", "19 909"),
    ],
)
def test_a_card_is_followed_over_four_parts(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[1] is not None and markers[1].entity_type == "CREDIT_DEBIT_NUMBER"


def test_a_card_is_followed_no_further_than_four_messages():
    # single digits: two digits alone would be a number read out in parts (round 12)
    texts = ("my card number", "4", "1", "1", "1", "1111 1111 1111")
    out, _ = conversation(*texts)

    assert out[-1] == "1111 1111 1111"
    assert CARD_FOLLOW_UPS == 4


def test_other_kinds_keep_two_follow_ups():
    pending = PendingNumber("PT_NIF", 4, 9, MAX_FOLLOW_UPS, 2000.0)

    assert continue_pending("1234", pending, 1000.0).spans == ()


@pytest.mark.parametrize(
    "texts",
    [
        ("une seconde", "51", "050 20 08"),
        ("pera", "42", "42181"),
        ("une seconde", "222-31", "752", "863", "71-254"),
        ("un momento", "4539", "1488 0343 6467"),
        ("Moment", "5105 1051", "0510 5100"),
        ("wait", "353", "03077", "104", "10723"),
        ("un instant", "51", "050 20 08"),
        ("un segundo", "51", "050"),
        ("só um minuto", "51", "050"),
        ("einen Augenblick", "51", "050"),
        ("let me check", "51", "050"),
        ("je regarde", "51", "050"),
        ("deixa eu ver", "51", "050"),
    ],
)
def test_digits_alone_after_asking_to_wait_are_masked(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert out[0] == texts[0]
    assert markers[0] is not None and markers[0].entity_type == "PII" and markers[0].seen == 0


@pytest.mark.parametrize(
    "texts",
    [
        ("wait", "2 items", "12345"),  # words end the dictation
        ("sorry", "15"),  # an apology asks for no wait
        ("one sec", "7"),  # one digit: a count
        ("the second one", "2 items"),  # an ordinal, then words
        ("order number... one sec", "ok found it", "ORD 12345"),
    ],
)
def test_what_follows_a_wait_and_is_no_value_stays(texts):
    out, _ = conversation(*texts)

    assert out == list(texts)


def test_a_wait_with_a_context_word_keeps_that_word_s_kind():
    out, markers = conversation("account number... one sec", "ok found it", "98005490")

    assert out[-1] == "[BANK_ACCOUNT_NUMBER]"
    assert markers[0] is not None and markers[0].entity_type == "BANK_ACCOUNT_NUMBER"


def test_a_wait_mid_card_keeps_the_card_marker():
    out, markers = conversation("my card is 4716", "wait", "995", "944 93 99")

    assert _no_digit(out)
    assert markers[1] is not None and markers[1].entity_type == "CREDIT_DEBIT_NUMBER"


@pytest.mark.parametrize(
    "texts",
    [
        ("2223", "7551-2140-1166"),
        ("5555", "2189 3044 2575"),
        ("371449", "15277", "0005"),
        ("378-20-863", "298", "59", "44"),
    ],
)
def test_digits_alone_after_a_card_s_bare_start_are_its_rest(texts):
    out, markers = conversation(*texts)

    assert all(text == "[CREDIT_DEBIT_NUMBER]" for text in out[1:])
    assert all(m is None or m.unnamed for m in markers)


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        (("4521", "3"), "3"),  # one digit: a count
        (("4521", "12345678901234567"), "12345678901234567"),  # past a card's 19 digits
        (("4521", "order 12345678"), "order 12345678"),  # named: an order
        (("2019", "24693342"), "24693342"),  # a year is no card's start
    ],
)
def test_what_follows_a_bare_start_and_cannot_be_a_card_stays(texts, kept):
    out, _ = conversation(*texts)

    assert out[-1] == kept


def test_the_marker_holds_no_digit_of_a_dictated_card():
    _, markers = conversation("une seconde", "4539", "1488")

    item = markers[-1].to_item() if markers[-1] is not None else {}
    assert set(item) == {"entity_type", "seen", "complete", "follow_ups", "expires_at"}
    assert item["seen"] == 8 and item["entity_type"] == "PII"


@pytest.mark.parametrize(
    "texts",
    [("code 35", "83"), ("mon code: 03", "36"), ("el código 52", "02"), ("Code 78", "14")],
)
def test_a_code_s_word_and_two_digits_start_a_pin_in_two_goes(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and (markers[0].entity_type, markers[0].seen) == ("PIN", 2)


@pytest.mark.parametrize(
    "texts",
    [
        ("code postal 75", "rue de la paix"),  # a qualified code
        ("code promo 12 ne marche pas", "14"),  # words after the digits
        ("my order code 12345", "thanks"),  # five digits: no half PIN
    ],
)
def test_a_qualified_or_longer_code_starts_no_pin(texts):
    out, markers = conversation(*texts)

    assert out[0] == texts[0]
    assert markers[0] is None or markers[0].entity_type != "PIN"


@pytest.mark.parametrize(
    "texts",
    [
        ("une seconde", "4539", "1488 0343 6467 c'est tout"),
        ("pera", "42", "42181 pronto"),
        ("umm", "12345 that's it"),
        ("un momento", "4539 1488", "0343 6467 listo"),
        ("Moment", "4539 1488", "0343 6467 das wars"),
    ],
)
def test_the_last_dictated_digits_with_a_word_saying_that_was_all_are_masked(texts):
    out, _ = conversation(*texts)

    assert _no_digit(out)


def test_digits_with_other_words_after_a_wait_stay():
    out, _ = conversation("wait", "2 items done")

    assert out == ["wait", "2 items done"]


def test_a_card_s_rest_after_its_bare_start_may_end_with_that_was_all():
    out, _ = conversation("2223", "7551-2140-1166 c'est tout")

    assert out[1] == "[CREDIT_DEBIT_NUMBER] c'est tout"


def test_a_bare_card_start_typed_in_three_groups_is_masked_with_its_rest():
    out, _ = conversation("378-20-863-298", "59", "44")

    assert out == ["[CREDIT_DEBIT_NUMBER]"] * 3


@pytest.mark.parametrize("text", ["24693342", "358628630510", "45217-788123", "2019 03 12"])
def test_a_bare_reference_in_one_run_or_two_groups_stays(text):
    out, _ = conversation(text)

    assert out == [text]
