"""Round 26, after the twenty-first author's sealed split was opened (said in the closing
note and EVALUATION.md, as issue 14 asks): a nickname names a handle; a place word is never
the user name a form's label gives; a plain "at" before a plain address spells nothing.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("meu nick aqui la_gamer53", "meu nick aqui [USERNAME]"),
        ("my nick is la_gamer53", "my nick is [USERNAME]"),
        ("my nickname: la.gamer", "my nickname: [USERNAME]"),
        ("meu apelido no jogo é la_gamer53", "meu apelido no jogo é [USERNAME]"),
        ("mein Spitzname ist la_gamer53", "mein Spitzname ist [USERNAME]"),
    ],
)
def test_a_handle_after_a_nickname_word_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["my nick is fine", "nick jagger called", "nickname lagamer"])
def test_a_nickname_word_before_no_handle_shape_masks_nothing(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # the handle is masked; the place word before it, read alone, is no user name
        ("meu usuário aqui la_gamer53", "meu usuário aqui [USERNAME]"),
        ("mi usuario acá la_gamer53", "mi usuario acá [USERNAME]"),
        ("username here", "username here"),
    ],
)
def test_a_place_word_is_never_the_user_name(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "email me the invoice F-399161 at chloe.garcia@post.test",
            "email me the invoice F-399161 at [EMAIL]",
        ),
        ("invoice INV-22 at jo@post.test thanks", "invoice INV-22 at [EMAIL] thanks"),
        # a spelled address is still one
        ("mail lucas.becker at gmail.com", "mail [EMAIL]"),
        ("jo_12 at post.test", "[EMAIL]"),
    ],
)
def test_a_plain_at_before_a_plain_address_spells_no_address(text: str, masked: str) -> None:
    assert redact(text) == masked
