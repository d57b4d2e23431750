"""A PIN the customer set, opening the message and named further on in the same sentence,
past a shop's or branch's number: "1056 hab ich in der filiale 0595 als pin gesetzt",
"565391 foi o código que coloquei na loja 409", "4412 fue el código que puse en la
tienda 409", "4412 j'ai mis comme code". The place's number stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "1056 hab ich in der filiale 0595 als pin gesetzt und es heisst falsch",
            "[PIN] hab ich in der filiale 0595 als pin gesetzt und es heisst falsch",
        ),
        (
            "565391 foi o codigo que coloquei na loja 409 e continua dando errado",
            "[PIN] foi o codigo que coloquei na loja 409 e continua dando errado",
        ),
        (
            "4412 fue el código que puse en la tienda 409",
            "[PIN] fue el código que puse en la tienda 409",
        ),
        ("8891 hab ich als neue pin gewählt", "[PIN] hab ich als neue pin gewählt"),
    ],
)
def test_a_code_set_and_named_later_in_the_sentence_is_masked(text, masked):
    assert redact(text) == masked


def test_a_french_code_set_is_masked():
    # masked as a code either way (a four-digit "code" may be read as a card's code too)
    assert "7306" not in redact("7306 c'est le code que j'ai choisi")


@pytest.mark.parametrize(
    "text",
    [
        "2019 hab ich als pin gesetzt",  # a year
        "1056 artikel. die pin habe ich gesetzt",  # another sentence names the pin
        "ich war in filiale 1056 und habe die pin als neue gesetzt",  # not at the start
    ],
)
def test_a_year_or_a_number_outside_the_sentence_stays(text):
    assert "1056" in redact(text) or "2019" in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("puse 4821 de pin", "puse [PIN] de pin"),
        ("coloquei 4821 de senha", "coloquei [PIN] de senha"),
        ("mis 4821 comme code", "mis [PIN] comme code"),
        ("ich hab 4821 als PIN gesetzt", "ich hab [PIN] als PIN gesetzt"),
    ],
)
def test_digits_set_as_the_code_after_the_verb_are_masked(text, masked):
    assert redact(text) == masked


def test_a_year_set_as_the_code_is_not_read():
    assert redact("puse 2024 de pin") == "puse 2024 de pin"
