"""Round 27: a year in a message that speaks of a year or a birth ("born in the same year as
the account lol 2020"), or a year after a definite article ("for the 2020 tax form"), is a
year: it starts no account and is no announced value's first part. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "born in the same year as the account lol 2020",
        "year of the account lol 2020",  # the year word first in the message
        "opened the same years ago, account lol 2020",
        "Jahrgang 1990, Konto 2020",
        "geboren 1990, Konto 2020",
        "mismo año que la cuenta jaja 2020",
        "née la même année que le compte lol 2020",
    ],
)
def test_a_year_in_a_message_that_names_a_year_starts_no_account(text: str) -> None:
    out, markers = conversation(text)

    assert out == [text]
    assert markers == [None]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the account lol 2020", "the account lol [BANK_ACCOUNT_NUMBER]"),
        # a year word names a year, not the account's digits that are none
        ("born in 1987, my account 5123", "born in 1987, my account [BANK_ACCOUNT_NUMBER]"),
        # a year word after the digits dates nothing before it
        ("Konto 2020", "Konto [BANK_ACCOUNT_NUMBER]"),
    ],
)
def test_digits_after_an_account_word_with_no_year_named_before_them_start_it(
    text: str, masked: str
) -> None:
    out, markers = conversation(text)

    assert out == [masked]
    assert markers[0] is not None


@pytest.mark.parametrize(
    "reply",
    [
        "for the 2020 tax form",
        "the 2049 form",  # the article first in the message; 2049, the last year read
        "für das 2020 Formular",
        "year 2020 lol",
    ],
)
def test_a_year_after_an_article_or_a_year_word_is_no_announced_values_start(reply: str) -> None:
    out, markers = conversation("my ssn", reply)

    assert out == ["my ssn", reply]
    assert markers[1] is None


@pytest.mark.parametrize(
    ("reply", "masked"),
    [
        ("for the 5020 tax form", "for the [SSN] tax form"),  # no year's digits
        ("the 2050 form", "the [SSN] form"),  # past the years read
        ("lol 2020", "lol [SSN]"),  # no article, no year word
        ("the 2020 55 1234", "the [SSN]"),  # the year's digits run on: the whole number
    ],
)
def test_other_digits_after_an_announced_value_are_its_start(reply: str, masked: str) -> None:
    out, _ = conversation("my ssn", reply)

    assert out == ["my ssn", masked]
