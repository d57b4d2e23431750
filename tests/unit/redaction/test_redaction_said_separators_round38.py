"""A separator said as a word between a number's groups (round 38).

Customers reading a card or a phone out type the gap as a word ("space", "espacio",
"espace", "leerzeichen", "espaço", "dash") or join the groups with "and the" ("y el",
"et le", "und die", "e o"). Between short digit groups that is noise, as an emoji is: the
groups read as one number, which its own validator and context words still have to accept.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("my card is 4111 space 1111 space 1111 space 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("card 5500 dash 0000 dash 0000 dash 0004", "[CREDIT_DEBIT_NUMBER]"),
        ("la tarjeta es 4111 y el 1111 y el 1111 y el 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("tarjeta 4111 espacio 1111 espacio 1111 espacio 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("ma carte 4111 espace 1111 espace 1111 espace 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("carte 4111 et le 1111 et le 1111 et le 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("karte 4111 leerzeichen 1111 leerzeichen 1111 leerzeichen 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("karte 4111 und die 1111 und die 1111 und die 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("cartão 4111 espaço 1111 espaço 1111 espaço 1111", "[CREDIT_DEBIT_NUMBER]"),
        ("meu número é 219 espaço 555 espaço 014", "[PHONE]"),
    ],
)
def test_groups_joined_by_a_said_separator_are_one_number(text: str, marker: str) -> None:
    masked = redact(text)
    assert marker in masked and "1111" not in masked and "555" not in masked


@pytest.mark.parametrize(
    "text",
    [
        # no context and no valid number: the groups stay
        "sala 4 espacio 12, planta 3",
        "the 2 and the 3 are both fine",
        # a price beside the groups is an amount, not a group
        "paid 45€ and the 30 next week",
        # the groups too long for noise to join them (both over six digits)
        "ticket 1234567 space 7654321",
    ],
)
def test_a_said_separator_alone_makes_no_number(text: str) -> None:
    assert redact(text) == text
