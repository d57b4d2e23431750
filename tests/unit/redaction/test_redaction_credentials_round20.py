"""Round 20, one message: a password set with the value before the German verb ("hab es auf
Sol#8812 gesetzt, jetzt ungültig") or after Portuguese "coloquei", when it is then refused;
the Wi-Fi "pass"; a handle named "handle" or signed up with in German's order ("hab mich als
jdoe_77 registriert"); a user name of letters after "benutzer:". Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "hab es auf Sol#8812 gesetzt und jetzt heißt es ungültig",
            "hab es auf [PASSWORD] gesetzt und jetzt heißt es ungültig",
        ),
        ("hab ihn auf Kiwi_2024x gesetzt, falsch", "hab ihn auf [PASSWORD] gesetzt, falsch"),
        (
            "coloquei Sol#8812 e agora diz inválida",
            "coloquei [PASSWORD] e agora diz inválida",
        ),
        ("botei Kiwi_2024x e diz errada", "botei [PASSWORD] e diz errada"),
    ],
)
def test_a_value_set_then_refused_is_a_password(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # not refused and no password named: a value set to anything
        "hab es auf Sol#8812 gesetzt",
        "coloquei Sol#8812 no carrinho",
        # refused, but no password's shape: a word, a reference
        "hab es auf Montag gesetzt, falsch",
        "coloquei PED-88123 e diz inválido",
    ],
)
def test_a_value_set_but_not_a_refused_password_stays(text: str) -> None:
    assert redact(text) == text


def test_the_pass_for_the_wifi_names_a_password() -> None:
    assert (
        redact("pass for the wifi portal is Sol#8812 btw")
        == "pass for the wifi portal is [PASSWORD] btw"
    )


def test_a_pass_for_no_wifi_names_nothing() -> None:
    assert redact("pass for the gym portal is Sol#8812 btw") == (
        "pass for the gym portal is Sol#8812 btw"
    )


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my handle is jdoe_77 on the app", "my handle is [USERNAME] on the app"),
        ("handle: jane.doe42", "handle: [USERNAME]"),
        ("hab mich als jdoe.m12 registriert", "hab mich als [USERNAME] registriert"),
        ("benutzer: jdoexample", "benutzer: [USERNAME]"),
    ],
)
def test_a_handle_or_a_stated_user_name_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "can you handle order 55123 today",  # the verb, then a reference
        "my handle is johnny on the app",  # letters alone after "handle": a word as often
        "ich melde mich als neuer Kunde",  # no handle's shape
        "benutzer: gesperrt",  # the account's state
        "benutzer: help",
        "benutzer jdoexample geht nicht",  # no verb or colon, words after it
    ],
)
def test_what_is_no_handle_stays(text: str) -> None:
    assert redact(text) == text


def test_two_tried_values_one_with_an_at_sign_inside_are_passwords() -> None:
    # an "@" inside a word is a password's symbol, not an address
    assert redact("probé Sol@8812 y Luna$714") == "probé [PASSWORD] y [PASSWORD]"


@pytest.mark.parametrize(
    "text",
    [
        "tried jdoe@example.com and Sol#8812",  # an address, masked as one: no pair of guesses
        "probé @jdoe42 y Luna$714",  # a mention, no password
    ],
)
def test_an_address_or_a_mention_is_no_tried_password(text: str) -> None:
    assert "[PASSWORD]" not in redact(text)
