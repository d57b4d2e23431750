"""A plea to wait between the groups of a number is noise like "and" ("card 4012 wait 8884
..."): the customer finds the next group and types on. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.normalize import deobfuscate
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("card 4012 - wait - 8884 .. 8888 | 1881", "card [CREDIT_DEBIT_NUMBER]"),
        ("mi cuenta es 9396 y 5078 espera 20", "mi cuenta es [BANK_ACCOUNT_NUMBER]"),
        ("karte 5105 moment 1051 moment 0510 , 5100", "karte [CREDIT_DEBIT_NUMBER]"),
        ("cartão 3714 | 496353 pera 98431", "cartão [CREDIT_DEBIT_NUMBER]"),
        ("carte 4111 attendez 1111 1111 1111", "carte [CREDIT_DEBIT_NUMBER]"),
        ("tarjeta 4111 momento 1111 1111 1111", "tarjeta [CREDIT_DEBIT_NUMBER]"),
        ("Karte 4111 warte 1111 1111 1111", "Karte [CREDIT_DEBIT_NUMBER]"),
    ],
)
def test_groups_joined_by_a_wait_read_as_one_number(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("4111 wait 1111", "4111      1111"),
        ("4111 espera 1111", "4111        1111"),
        ("4111 pera 1111", "4111      1111"),
        ("4111 Moment 1111", "4111        1111"),
        ("4111 attends 1111", "4111         1111"),
    ],
)
def test_a_wait_between_groups_is_blanked(text: str, blanked: str) -> None:
    assert deobfuscate(text) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "order 1234 wait 5678",  # two numbers, neither an identifier
        "room 12 wait 5 minutes",
        "4111 waiting 1111",  # a longer word is no joiner
    ],
)
def test_numbers_around_a_wait_that_make_no_value_stay(text: str) -> None:
    assert redact(text) == text
