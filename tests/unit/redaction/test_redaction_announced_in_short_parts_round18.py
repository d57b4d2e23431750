"""Round 18, over messages: after a message announcing a value by its word, a first part of
two digits sent alone ("steuer-id", then "48"), and a CPF read out in its four printed
groups ("cpf", "123", "456", "789", "09"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("word", "first", "rest", "entity"),
    [
        ("steuer-id", "48", "123 456 789", "DE_TAX_ID"),
        ("o celular", "11", "98765 4321", "PHONE"),
        ("my ssn", "12", "3 45 6789", "SSN"),
    ],
)
def test_two_digits_alone_after_an_announcement_start_the_value(
    word: str, first: str, rest: str, entity: str
) -> None:
    out, pending = conversation(word, first, rest)

    assert out == [word, f"[{entity}]", f"[{entity}]"]
    assert pending[1] is not None and (pending[1].seen, pending[1].follow_ups) == (2, 1)


@pytest.mark.parametrize(
    "first",
    [
        "4",  # one digit
        "12 min",  # two digits and a word: a duration, not a first part
        "48 ok",
    ],
)
def test_fewer_or_named_digits_after_an_announcement_stay(first: str) -> None:
    out, _ = conversation("steuer-id", first)

    assert out[1] == first


def test_three_digits_and_a_word_after_an_announcement_still_start_the_value() -> None:
    out, _ = conversation("steuer-id", "481 ok")

    assert out[1] == "[DE_TAX_ID] ok"


def test_a_cpf_read_out_in_its_four_printed_groups_is_masked() -> None:
    out, pending = conversation("cpf", "123", "456", "789", "09")

    assert out[1:] == ["[BR_CPF]"] * 4
    assert pending[4] is None


def test_a_cpf_takes_four_follow_ups_at_most() -> None:
    out, _ = conversation("cpf", "12", "34", "56", "78", "901 items")

    assert out[1:5] == ["[BR_CPF]"] * 4
    assert out[5] == "901 items"
