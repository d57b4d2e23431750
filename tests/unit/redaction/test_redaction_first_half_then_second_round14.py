"""Round 14: a number given in two halves that the customer names as such ("ok first half
181-67", then "second 5154"; "erste Hälfte 0149", then "zweite 43840"), of no named kind:
the first message starts a dictation, and the second part's ordinal alone opening the next
message does not stop its digits from being the rest. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "ok first half 181-67",
        "first part 0149",
        "the first bit 12 34",
        "first part 60812345",  # eight in a group: an account's or a card's first half
        "first half 123456789012",  # twelve in a group, the most
        "erste Hälfte 0149",
        "erster Teil 0149",
        "primera mitad 0149",
        "première moitié 0149",
        "primeira metade 0149",
    ],
)
def test_a_named_first_half_starts_a_dictation(first):
    out, markers = conversation(first, "5154")

    assert not any(c.isdigit() for c in out[0] + out[1]), out
    assert markers[0] is not None and markers[0].entity_type == "PII"


@pytest.mark.parametrize(
    "second",
    [
        "second",
        "2nd",
        "zweite",
        "zweiter",
        "zweitens",
        "segunda",
        "segundo",
        "deuxième",
        "deuxieme",
    ],
)
def test_the_second_ordinal_alone_opens_the_rest(second):
    out, _ = conversation("ok first half 181-67", f"{second} 5154")

    assert out[1] == f"{second} [PII]", out


@pytest.mark.parametrize(
    "second",
    [
        "the second 5154",  # not opening the message
        "wait a second 5154",
        "sekunde 5154",
    ],
)
def test_an_ordinal_not_opening_the_message_stops_the_dictation(second):
    out, _ = conversation("ok first half 181-67", second)

    assert "5154" in out[1], out


@pytest.mark.parametrize(
    "first",
    [
        "first half 1",  # one digit
        "first half 1234567890123",  # thirteen in a group
        "first half of 2024 was fine",
        "second half 1234",  # a second part starts nothing
    ],
)
def test_no_dictation_without_a_first_part_and_its_digits(first):
    _, markers = conversation(first)

    assert markers[0] is None or markers[0].entity_type != "PII"


@pytest.mark.parametrize(
    ("first", "starts"),
    [
        ("alright, the first   half:  1234-5678 !!", True),  # 40 characters
        ("alright, the first   half:  1234-5678 !!!", False),  # 41
    ],
)
def test_only_a_short_message_naming_a_first_half_starts_a_dictation(first, starts):
    assert len(first) in (40, 41)

    _, markers = conversation(first)

    assert (markers[0] is not None) is starts
