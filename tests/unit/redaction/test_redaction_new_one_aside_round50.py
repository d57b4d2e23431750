"""Round 50: a changed number's first part after the words saying it is the new one ("I
changed my number, the new one is 415", "cambié de número, el nuevo es 612"): the words say
which of the customer's numbers follows and no longer push the digits past the number's
word, so they are masked and the rest awaited. An order's or a count's digits after the
same words stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PHONE = "[PHONE]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I changed my number, the new one is 415", f"I changed my number, the new one is {PHONE}"),
        ("cambié de número, el nuevo es 612 34", f"cambié de número, el nuevo es {PHONE}"),
        (
            "j'ai changé de numéro, le nouveau c'est 06 12",
            f"j'ai changé de numéro, le nouveau c'est {PHONE}",
        ),
        ("Nummer geändert, die neue ist 0151 23", f"Nummer geändert, die neue ist {PHONE}"),
        ("mudei de número, o novo é 11 9876", f"mudei de número, o novo é {PHONE}"),
        # two digits: the area code a Brazilian or Mexican mobile opens with
        ("mudei de número, o novo é 21", f"mudei de número, o novo é {PHONE}"),
    ],
)
def test_the_new_numbers_first_part_after_its_words_is_masked(text: str, masked: str) -> None:
    out, markers = conversation(text)

    assert out[0] == masked
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


def test_the_new_numbers_rest_in_the_next_message_is_masked() -> None:
    out, _ = conversation("cambié de número, el nuevo es 612", "345 678")

    assert out[1] == PHONE


@pytest.mark.parametrize(
    "text",
    [
        "changed my number, the new order is 48213",  # an order's digits
        "mudei de número, o novo pedido é 48213",
        "cambié de número, el nuevo llega en 3 días",  # a count of days
        "Nummer geändert, die neue Rechnung kommt am 12.05.",  # a date
    ],
)
def test_other_digits_after_the_new_ones_words_stay(text: str) -> None:
    out, markers = conversation(text)

    assert out[0] == text
    assert markers[0] is None
