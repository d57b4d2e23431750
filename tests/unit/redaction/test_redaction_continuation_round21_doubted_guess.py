"""Round 21, over messages: after a message with a password, the next one may doubt the
value just given ("or was it jdoe_78", "o era", "ou era", "ou c'était", "oder war es"):
the value after the doubt is masked like another guess. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("user jdoe_77 pass Sol#8812", "or was it jdoe_78", "or was it [PASSWORD]"),
        ("usuario jdoe_77 clave Sol#8812", "o era kiwi.lima4", "o era [PASSWORD]"),
        ("usuário jdoe_77 senha Sol#8812", "ou era rio_tejo21", "ou era [PASSWORD]"),
        ("identifiant jdoe_77 mdp Sol#8812", "ou c'était Lune#4402", "ou c'était [PASSWORD]"),
        ("Benutzer jdoe_77 Passwort Sol#8812", "oder war es Hund.7731", "oder war es [PASSWORD]"),
        ("Benutzer jdoe_77 Passwort Sol#8812", "oder war's Hund.7731", "oder war's [PASSWORD]"),
        # the doubt alone, without "or"
        ("usuario jdoe_77 clave Sol#8812", "era kiwi.lima4", "era [PASSWORD]"),
    ],
)
def test_a_value_after_a_doubt_about_the_password_is_masked(
    first: str, second: str, masked: str
) -> None:
    out, _ = conversation(first, second)

    assert out[1] == masked


@pytest.mark.parametrize(
    "second",
    [
        "o era 2019",  # a number alone: a year, an account's
        "or was it yesterday",  # a word, no password's shape
    ],
)
def test_what_follows_a_doubt_without_a_passwords_shape_stays(second: str) -> None:
    out, _ = conversation("usuario jdoe_77 clave Sol#8812", second)

    assert out[1] == second


def test_a_doubt_with_no_password_before_it_stays() -> None:
    out, _ = conversation("hola", "o era kiwi.lima4")

    assert out[1] == "o era kiwi.lima4"
