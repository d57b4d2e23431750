"""Round 21b, one message: a value typed with the German participle put last ("hab
Sol#8812 eingegeben, kommt Fehler 500") or after "digitei", refused by an error, is a
password; and so are words joined into a passphrase with its number once refused
("coloquei lontra-sino-42 e deu erro"). Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.credentials import find_password_set_to
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("hab Kiwi_2024x eingegeben, fehler 500", "hab [PASSWORD] eingegeben, fehler 500"),
        ("habe Mond#7731 eingetippt, Fehler", "habe [PASSWORD] eingetippt, Fehler"),
        ("hab' Mond#7731 eingegeben, fehler", "hab' [PASSWORD] eingegeben, fehler"),
        ("hab Mo#7x1 eingegeben, fehler", "hab [PASSWORD] eingegeben, fehler"),  # six: the fewest
        ("digitei Mar!na77 e deu erro", "digitei [PASSWORD] e deu erro"),
        # a passphrase: words of three letters or more joined, with up to four digits
        ("hab lontra-sino-42 eingegeben, fehler 0x12", "hab [PASSWORD] eingegeben, fehler 0x12"),
        ("coloquei lontra-sino-42 e deu erro", "coloquei [PASSWORD] e deu erro"),
        ("coloquei rio.mar.4242 e deu erro", "coloquei [PASSWORD] e deu erro"),
        ("coloquei abc_def9 e deu erro", "coloquei [PASSWORD] e deu erro"),
    ],
)
def test_a_value_typed_then_refused_is_a_password(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "hab Mo#7x eingegeben, fehler",  # five characters
        "hab Kiwi_2024x eingegeben",  # not refused
        "hab Kiwi_2024x gesehen, fehler",  # another participle
        "hab ABC-12345 eingegeben, fehler",  # a reference's shape
        # joined words, but not refused, or not a passphrase's shape
        "coloquei lontra-sino-42 no carrinho",
        "coloquei lontra-42 e deu erro",  # one word
        "coloquei lontra-si-42 e deu erro",  # a word of two letters
        "coloquei lontra-sino-42424 e deu erro",  # five digits
        "coloquei lontra-sino e deu erro",  # no digit
        # a promotion's code is written so too
        "coloquei o cupom lontra-sino-42 e deu erro",
    ],
)
def test_what_is_not_a_refused_password_stays(text: str) -> None:
    assert redact(text) == text


def test_a_passphrase_named_but_not_refused_is_left_to_the_rules_that_read_its_word() -> None:
    # the login word alone is enough for a password's shape, not for joined words
    assert list(find_password_set_to("na senha coloquei lontra-sino-42 ontem")) == []
    assert [s.entity_type for s in find_password_set_to("na senha coloquei Mond#7731 ontem")] == [
        "PASSWORD"
    ]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("a sehna do portal é Kiwi#42x", "a sehna do portal é [PASSWORD]"),
        ("minha sehna: Mond#7731", "minha sehna: [PASSWORD]"),
    ],
)
def test_senha_with_its_middle_letters_swapped_names_the_password(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_word_that_only_holds_the_swapped_letters_names_nothing() -> None:
    assert redact("a sehnas do portal é Kiwi#42x") == "a sehnas do portal é Kiwi#42x"
