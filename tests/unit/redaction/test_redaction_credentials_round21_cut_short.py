"""Round 21b: a password cut short where the message ends ("password Kw7#q", then its
rest in the next message), and a value put in ("j'ai mis Sol#8812") that an error answers.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("password Kw7#q", "password [PASSWORD]"),
        ("le mdp t4rxz", "le mdp [PASSWORD]"),
        ("das passwort Olaf9", "das passwort [PASSWORD]"),
        ("la contraseña p!lmq", "la contraseña [PASSWORD]"),  # a symbol, no digit
        ("password Kw7#", "password [PASSWORD]"),  # four characters: the fewest
        ("password Kw7#q  ", "password [PASSWORD]  "),  # blanks after it end it too
    ],
)
def test_a_short_password_that_ends_the_message_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "password Kw7",  # three characters
        "password help!",  # letters alone
        "password 2FA?",  # three characters once its mark is dropped
        "password 4417",  # no letter
        "password v2.1",  # a version
        "password Kw7#q is what the app showed",  # more follows: not cut short
    ],
)
def test_a_short_word_after_a_password_word_stays(text: str) -> None:
    assert redact(text) == text


def test_a_password_cut_short_leaves_its_rest_to_the_next_message() -> None:
    out, pending = conversation("password Kw7#q", "Zr4pL")

    assert pending[0] is not None
    assert pending[0].entity_type == "PASSWORD"
    assert out == ["password [PASSWORD]", "[PASSWORD]"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "j'ai mis Lune#4402 et ça affiche erreur 403",
            "j'ai mis [PASSWORD] et ça affiche erreur 403",
        ),
        (
            "j\u2019ai mis Bleu_77x et ça affiche erreur",
            "j\u2019ai mis [PASSWORD] et ça affiche erreur",
        ),
        ("i put Kiwi_2024x and it says error 500", "i put [PASSWORD] and it says error 500"),
        ("i put in Kiwi_2024x, error", "i put in [PASSWORD], error"),
    ],
)
def test_a_value_put_in_and_answered_with_an_error_is_a_password(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mis Lune#4402 et ça marche",  # no error: nothing names it a password
        "j'ai mis PED-88123 et ça affiche erreur",  # a reference's shape
        "i put Kiwi_2024x in the basket",  # neither refused nor named
    ],
)
def test_a_value_put_in_without_an_error_or_a_password_shape_stays(text: str) -> None:
    assert redact(text) == text
