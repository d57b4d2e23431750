"""Round 27: a card's ending masked, then its whole number or its rest in the next message
("o cartão final 4111", then "não, todo 3418 7823 0891"; "card ending 4242", then "4000 1234
5678"). The ending leaves a bare card marker holding its count of digits, never a digit, for
one message; that message continues the card only when the digits make one with the ending
(13 to 19), led by a word saying it is the whole number, or alone. After a bare start, a word
saying the whole card went out names its rest too ("1082 uy mandé toda"). Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import CARD_FOLLOW_UPS
from tests.support.redaction import conversation

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("ending", "then", "masked_then"),
    [
        ("o cartão final 4111", "não, todo 3418 7823 0891", f"não, todo {CARD}"),
        ("la tarjeta termina en 4242", "no mejor toda 4868-5316-2831", f"no mejor toda {CARD}"),
        (
            "la carte qui finit par 4242 6320",
            "non je mets tout 72356959",
            f"non je mets tout {CARD}",
        ),
        (
            "card ending 4111",
            "no wait the whole thing 9021 3381 7705",
            f"no wait the whole thing {CARD}",
        ),
        ("die Karte endet auf 5555", "nein die ganze 1234 5678 9012", f"nein die ganze {CARD}"),
        (
            "pagué con la que termina en 4000 7468",
            "mejor completa 1470 1967",
            f"mejor completa {CARD}",
        ),
    ],
)
def test_the_rest_after_a_cards_ending_led_by_a_whole_word_is_the_card(
    ending: str, then: str, masked_then: str
) -> None:
    masked, _ = conversation(ending, then)
    assert CARD in masked[0]
    assert masked[1] == masked_then


def test_the_marker_after_an_ending_counts_its_digits_for_one_message() -> None:
    _, markers = conversation("la carte qui finit par 4242 6320")
    marker = markers[0]
    assert marker is not None and marker.unnamed
    assert marker.seen == 8
    assert marker.follow_ups == CARD_FOLLOW_UPS - 1
    assert "4242" not in str(marker.to_item()) and "6320" not in str(marker.to_item())


@pytest.mark.parametrize(
    ("rest", "masked_rest"),
    [
        ("todo 1234 5678 9", f"todo {CARD}"),  # 4 and 9: thirteen, the shortest card
        ("todo 1234 5678 9012 345", f"todo {CARD}"),  # 4 and 15: nineteen, the longest
        ("todo 1234 5678", "todo 1234 5678"),  # 4 and 8: twelve, no card
        ("todo 1234 5678 9012 3456", "todo 1234 5678 9012 3456"),  # twenty, no card
        ("todo el pedido 1234 5678 9012", "todo el pedido 1234 5678 9012"),  # a reference
        ("mejor 1234 5678 9012", "mejor 1234 5678 9012"),  # no word says it is whole
    ],
)
def test_a_whole_words_rest_must_make_a_card_with_the_ending(rest: str, masked_rest: str) -> None:
    masked, _ = conversation("o cartão final 4111", rest)
    assert masked[1] == masked_rest


@pytest.mark.parametrize(
    ("rest", "masked_rest"),
    [
        ("1234 5678 9", CARD),  # thirteen with the ending's four
        ("1234 5678", "1234 5678"),  # twelve: the one message left cannot end it
        ("25", "25"),  # a count, an amount
    ],
)
def test_digits_alone_after_an_ending_must_make_a_card(rest: str, masked_rest: str) -> None:
    masked, _ = conversation("card ending 4242", rest)
    assert masked[1] == masked_rest


def test_a_bare_cards_parts_go_on_until_its_last_follow_up() -> None:
    # follow-ups one to three take parts; the fourth, the last, must end the card
    masked, _ = conversation("2223", "75", "51", "21", "40")
    assert masked[1:] == [CARD, CARD, CARD, "40"]  # ten and two: twelve, no card
    masked, _ = conversation("2223", "75", "51", "21", "400")
    assert masked[1:] == [CARD, CARD, CARD, CARD]  # ten and three: thirteen


def test_an_ending_marker_lasts_one_message() -> None:
    masked, markers = conversation("card ending 4242", "thanks", "1234 5678 9012")
    assert markers[1] is None
    assert masked[2] == "1234 5678 9012"


def test_a_cards_rest_that_ends_it_starts_no_ending_marker() -> None:
    # five digits end an American Express card: they are its end, not a card's ending
    masked, markers = conversation("my card is 3782 822463", "10005")
    assert masked[1] == CARD
    assert markers[1] is None


def test_a_whole_card_ending_the_message_leaves_no_ending_marker() -> None:
    masked, markers = conversation("amex 3782 822463 10005")
    assert CARD in masked[0]
    assert markers[0] is None


@pytest.mark.parametrize(
    ("rest", "masked_rest"),
    [
        ("1082 uy mandé toda", f"{CARD} uy mandé toda"),
        ("3621 ops mandei tudo", f"{CARD} ops mandei tudo"),
        ("1082 del pedido toda", "1082 del pedido toda"),  # a reference word between
    ],
)
def test_after_a_bare_start_a_whole_word_names_the_rest(rest: str, masked_rest: str) -> None:
    masked, _ = conversation("400034349325", rest)
    assert masked == ["400034349325", masked_rest]
