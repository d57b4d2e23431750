"""Round 39: ten national digits after a phone's word, with no trunk 0 and no country code,
are whole in most countries but a mobile of eleven in others (Brazil's area code and nine
digits): the one digit left, sent alone at once, ends the number ("meu zap 319 800 74 88",
then "1"). A digit with words, more digits, a digit sent long after, or a number led by its
trunk 0 or its country code start nothing. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "my cell 415 555 0132",
        "mi móvil 612 345 6789",
        "mon tel 176 996 86 36",
        "meine nummer 1600145106",
        "meu zap 319 800 74 88",
    ],
)
@pytest.mark.parametrize("last", ["7", "7.", "9 !"])
def test_the_last_digit_alone_after_ten_ends_the_phone(first: str, last: str) -> None:
    out, markers = conversation(first, last)

    assert "[PHONE]" in out[0]
    assert markers[0] is not None and markers[0].entity_type == "PHONE"
    assert out[1].replace("[PHONE]", "").strip(" .!") == ""
    assert markers[1] is None


@pytest.mark.parametrize(
    "after",
    ["2 pedidos atrasados", "78", "3 items missing", "ok 4"],
)
def test_a_digit_with_words_or_more_digits_is_no_last_digit(after: str) -> None:
    out, _ = conversation("meu zap 319 800 74 88", after)

    assert out[1] == after


def test_a_digit_sent_long_after_is_no_last_digit() -> None:
    out, _ = conversation("meu zap 319 800 74 88", "2", seconds_between=45.0)

    assert out[1] == "2"


@pytest.mark.parametrize(
    "first",
    [
        "meu zap 11 98007 4881",  # eleven: whole
        "mon tel 06 12 34 56 78",  # a trunk 0: France's ten, whole
        "my cell +44 7700 900123",  # a country code: its own length
    ],
)
def test_a_whole_number_with_its_trunk_or_country_code_waits_for_no_digit(first: str) -> None:
    out, _ = conversation(first, "5")

    assert out[1] == "5"


def test_a_number_with_its_country_code_is_continued_as_before() -> None:
    out, _ = conversation("nouveau tél +32 457 70 35 27", "l'ancien c'était 012 22 49 95")

    assert out == ["nouveau tél [PHONE]", "l'ancien c'était [PHONE]"]


def test_a_number_typed_in_parts_is_continued_as_before() -> None:
    out, _ = conversation("my phone is +1 415", "555 267", "1 thanks")

    assert out == ["my phone is [PHONE]", "[PHONE]", "[PHONE] thanks"]
