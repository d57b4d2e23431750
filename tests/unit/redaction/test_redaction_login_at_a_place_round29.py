"""A user name said with where it is used ("meu login do banco é x", "my login for the bank
is x"), and a password written after it behind a slash, as a login form's two fields
("jdoe_77 / Sol#8812"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "text",
    [
        "não compartilha mas meu login do banco é jdoe_77",
        "my login for the bank is jdoe_77",
        "my login on the forum is jdoe.m12",
        "mi usuario en la app es jdoe.sp4",
        "el usuario para la app es jdoe_77",
        "mon identifiant sur le site c'est jdoe77",
        "mon identifiant de la banque c'est jdoe77",
        "mein Login bei der Bank ist jdoe.m12",
        "mein Login im Portal ist jdoe.m12",
        "meu usuário no app é jdoe_77",
    ],
)
def test_a_handle_after_where_the_login_is_used_and_a_verb_is_masked(text: str) -> None:
    assert redact(text).endswith("[USERNAME]")


@pytest.mark.parametrize(
    "text",
    [
        "my login for the app is broken",  # a word, no handle
        "my login for the app is jdoe",  # letters alone after a place: no handle
        "meu login do banco é antigo",
        "my login on the laptop v2.3 crashes",  # no verb after the place: not the name's
    ],
)
def test_a_place_needs_a_verb_and_a_handle_after_it(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meu login do banco é jdoe_77 / Sol#8812", "meu login do banco é [USERNAME] / [PASSWORD]"),
        (
            "my login for the bank is jdoe_77 / Sommer_Baum58",
            "my login for the bank is [USERNAME] / [PASSWORD]",
        ),
        ("usuário jdoe.m12 / Nuit4417#", "usuário [USERNAME] / [PASSWORD]"),
        ("username jdoe_77 / %qwTRzzX&Plk", "username [USERNAME] / [PASSWORD]"),
        ("login: jdoe_77/Sol#8812", "login: [USERNAME]/[PASSWORD]"),
        ("mein Login ist jdoe.m12 / Hund.2024", "mein Login ist [USERNAME] / [PASSWORD]"),
    ],
)
def test_a_password_after_the_name_and_a_slash_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "meu login do banco é jdoe_77 / 2024",  # no letter: a year
        "meu login do banco é jdoe_77 / Sol#1",  # five characters: under a password's six
        "meu login do banco é jdoe_77 / soleil",  # a word of letters alone
        "meu login do banco é jdoe_77 - Sol#8812",  # no slash: not the form's second field
    ],
)
def test_what_follows_the_slash_must_look_like_a_password(text: str) -> None:
    assert "[PASSWORD]" not in redact(text)


def test_six_characters_after_the_slash_are_enough() -> None:
    assert redact("usuário jdoe_77 / Sol#12") == "usuário [USERNAME] / [PASSWORD]"


def test_the_pair_after_a_greeting_in_an_earlier_message_is_masked() -> None:
    out, _ = conversation("oi, não consigo entrar", "meu login do banco é jdoe_77 / Sol#8812")
    assert out[1] == "meu login do banco é [USERNAME] / [PASSWORD]"
