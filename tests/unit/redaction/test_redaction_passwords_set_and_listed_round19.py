"""Passwords a message never names, round 19: the value "it" was set to when the message
says it is refused ("I set it to Sol#8812 and now it says invalid"), two guesses listed next
to the verb that tried them ("hab Hund.2024 und Katze#7 probiert"), and a bare password
with a "&", "?" or "%" that is no link's parameter. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "i set it to Qx&7mopRt and now it says invalid",
            "i set it to [PASSWORD] and now it says invalid",
        ),
        ("I changed it to Sol#8812 but it's wrong", "I changed it to [PASSWORD] but it's wrong"),
        ("la puse Mar@412 y ahora dice inválida", "la puse [PASSWORD] y ahora dice inválida"),
        ("la cambié a Mar@412 y sale incorrecta", "la cambié a [PASSWORD] y sale incorrecta"),
        ("je l'ai mis à Nuage#42 et c'est invalide", "je l'ai mis à [PASSWORD] et c'est invalide"),
        ("mudei para Gato!991 e diz incorreta", "mudei para [PASSWORD] e diz incorreta"),
        # "puse" with its preposition, named before as until now
        ("la contraseña, la puse a Mar@412", "la contraseña, la puse a [PASSWORD]"),
    ],
)
def test_a_value_set_then_refused_is_a_password(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # nothing names "it" a password or refuses it
        "i set it to Qx&7mopRt and now it works",
        # refused before the value was set: "it" may be anything
        "it said invalid so I set it to Qx&7mopRt",
        # refused, but a word with no digit, symbol or mixed case
        "la puse mañana y ahora dice inválida",
        # "puse" with no pronoun: what was put is not "it"
        "puse Mar@412 y ahora dice inválida",
    ],
)
def test_a_value_set_and_not_refused_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I tried Sol#8812 and Moon_42", "I tried [PASSWORD] and [PASSWORD]"),
        ("hab qwRtzXyAb&n und PlmKoiJnUhbG3M probiert", "hab [PASSWORD] und [PASSWORD] probiert"),
        ("hab Hund$911 und Katze$1983 ausprobiert", "hab [PASSWORD] und [PASSWORD] ausprobiert"),
        ("j'ai essayé Rio?976 et 7k3NzUwlr6iSD0V", "j'ai essayé [PASSWORD] et [PASSWORD]"),
        ("probé Rio#4455, mar.2211", "probé [PASSWORD], [PASSWORD]"),
        # a "!" ending the first password, not a mark of the list (left, as a sentence's)
        ("j'ai essayé lune.SOLEIL15! et Nuage*4102", "j'ai essayé [PASSWORD]! et [PASSWORD]"),
        ("tentei Gato!99 ou lua_123", "tentei [PASSWORD] ou [PASSWORD]"),
        # a guess beside a password, the password second
        ("I tried soleil71 and Sol#8812", "I tried [PASSWORD] and [PASSWORD]"),
        # one name with its model number beside a password
        ("I tried Galaxy22 and Sol#8812", "I tried [PASSWORD] and [PASSWORD]"),
    ],
)
def test_two_guesses_listed_by_the_verb_that_tried_them_are_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # names with their model numbers
        "I tried Galaxy22 and Pixel7",
        # capitals only: references' codes
        "I tried AB#1234 and CD#5678",
        # the verb not next to the list
        "I tried at home Sol#8812 and Moon_42",
        "hab Hund$911 und Katze$1983 gesehen",
        # not listed: a word between them
        "I tried Sol#8812 today and Moon_42",
        # neither is a password's shape: words with a number
        "I tried soleil71 and lune42",
        # a promotion's codes
        "I tried Save#2024 and Gift$50x coupon",
    ],
)
def test_listed_words_that_are_not_guesses_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Rio?8832", "[PASSWORD]"),
        ("%hzGqnBuXHh*Q", "[PASSWORD]"),
        ("Qx&7mopRt", "[PASSWORD]"),
    ],
)
def test_a_bare_password_with_an_ampersand_a_question_or_a_percent_is_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a link's parameter, an encoded character, a path
        "ok &id=6C88902928419",
        "Sol%20Mar88",
        "abc/Def123",
    ],
)
def test_a_link_piece_stays(text: str) -> None:
    assert redact(text) == text
