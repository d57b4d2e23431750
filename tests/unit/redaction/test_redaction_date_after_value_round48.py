"""Round 48: a message whose only digits are a calendar date is no number's part. An account
sent in pieces, then "effective January 28", kept the day as the account's rest; a list of ids,
then "le 05-09-2025", read the date as a French phone's start. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.date_only import only_a_date
from tests.support.redaction import conversation

ACCOUNT_IN_WORDS = "routing 043755561 account four nine three six, zero-four-five-nine, one five"


@pytest.mark.parametrize(
    "date_message",
    [
        "effective January 28 if possible",
        "a partir del 5 de enero por favor",
        "à partir du 3 mars svp",
        "ab 28. Januar bitte",
        "a partir de 10 de agosto",
    ],
)
def test_a_day_after_an_account_in_pieces_stays(date_message: str) -> None:
    (_, second), _ = conversation(ACCOUNT_IN_WORDS, date_message)

    assert second == date_message


def test_the_accounts_rest_is_still_masked() -> None:
    (_, second), _ = conversation(ACCOUNT_IN_WORDS, "and 28")

    assert second == "and [BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize("date_message", ["le 05-09-2025", "am 2025-09-05", "el 12/31/2024"])
def test_a_whole_date_starts_no_number(date_message: str) -> None:
    (masked,), (marker,) = conversation(date_message)

    assert masked == date_message
    assert marker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("effective January 28", True),
        ("28 de enero de 2025", True),
        ("le 05-09-2025", True),
        ("le 45-02-2025", False),  # no day 45: the digits may be a number's
        ("January 28, order 4471", False),  # other digits beside the date
        ("05 09 20 25", False),  # spaced pairs: a phone's shape, no date's
        ("mid-January", False),
    ],
)
def test_only_a_date(text: str, expected: bool) -> None:
    assert only_a_date(text) is expected


@pytest.mark.parametrize("text", ["mais 09", "out 12", "set 05", "mar 7", "maisomething 3"])
def test_words_that_only_start_like_a_month_are_no_date(text: str) -> None:
    assert only_a_date(text) is False


def test_the_rest_of_an_id_after_mais_is_masked() -> None:
    (_, second), _ = conversation("meu cpf é 529.982.24", "mais 7-25")

    assert second == "mais [BR_CPF]"
