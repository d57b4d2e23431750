"""Round 21, over messages: a password sent in two messages, its rest alone in the second
("password Kiwi*7", then "noix-29"), in any language. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("password Kiwi*7x", "noix-29", "[PASSWORD]"),
        ("password Kiwi*7x", "*Qz$%L71", "[PASSWORD]"),  # its symbols too
        ("password Kiwi*7x", "r?79", "[PASSWORD]"),  # four characters: the fewest
        ("le mdp Kiwi*7x", "  noix-42 ", "  [PASSWORD] "),
        ("das passwort Kiwi*7x", "baum-81", "[PASSWORD]"),
        ("la contraseña Kiwi*7x", "arbol-81", "[PASSWORD]"),
        ("a senha Kiwi*7x", "arvore-81", "[PASSWORD]"),
        ("password Kiwi*7x", "x" * 31 + "1", "[PASSWORD]"),  # 32 characters: the most
    ],
)
def test_the_rest_of_a_password_alone_is_masked(first: str, second: str, masked: str) -> None:
    out, pending = conversation(first, second)

    assert pending[0] is not None
    assert pending[0].entity_type == "PASSWORD"
    assert out[1] == masked


@pytest.mark.parametrize(
    "second",
    [
        "thanks!",  # no digit
        "12345",  # no letter: an account's or an order's
        "r?7",  # three characters
        "x" * 32 + "1",  # 33 characters
        "order12345",  # a reference's word and its number
        "jdoe@example.com1",  # an address
        "still locked 2day",  # more than one word
        "   noix-42",  # three spaces before it
        "noix-42\nok",  # a second line
    ],
)
def test_what_is_no_password_rest_stays(second: str) -> None:
    out, _ = conversation("password Kiwi*7x", second)

    assert out[1] == second


def test_only_the_message_right_after_the_password_may_end_it() -> None:
    out, _ = conversation("password Kiwi*7x", "and Nuage42!", "noix-42")

    assert out[1] == "and [PASSWORD]"
    assert out[2] == "noix-42"


def test_a_rest_after_no_password_stays() -> None:
    out, _ = conversation("my order is late", "noix-42")

    assert out[1] == "noix-42"
