"""Round 14: values tried at a login the message never names, where it says it cannot get in
("komm nicht rein. hab Hund2024! und Katze#77 probiert", "can't get in, tried Sol#8812"): the
lockout is the login. Only password-shaped words, and only beside an attempt's verb.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "lockout",
    [
        "can't get in",
        "can\u2019t get in",
        "cant get in",
        "cannot get in",
        "it won't let me in",
        "komm nicht rein",
        "komme nicht mehr rein",
        "komm da ned rein",
        "ich kann nicht reinkommen",
        "es lässt mich nicht rein",
        "no puedo entrar",
        "no me deja entrar",
        "je n'arrive pas à me connecter",
        "je n'arrive plus à entrer",
        "não consigo entrar",
    ],
)
def test_tried_values_after_a_lockout(lockout):
    out = redact(f"{lockout}. tried Hund2024! und Katze#77 probiert")

    assert out.count("[PASSWORD]") == 2, out


@pytest.mark.parametrize(
    "text",
    [
        "komm nicht rein. hab Sol#8812 geschickt",  # no attempt's verb
        "hab Sol#8812 probiert",  # no lockout, no password word
        "komm nicht rein, hab Bestellung#9981 probiert",  # a reference's word
        "komm nicht rein, hab meinen Laptop probiert",  # a plain word
        "can't get in, tried iPhone15 twice",  # a device's name
    ],
)
def test_no_password_without_lockout_attempt_and_shape(text):
    assert "[PASSWORD]" not in redact(text)


def test_a_long_message_is_not_read_for_unquoted_values():
    # Past 200 characters a message about many things is not read word by word.
    head = "komm nicht rein. hab Sol#8812 probiert "
    short = head + "x" * (200 - len(head))
    long = head + "x" * (201 - len(head))

    assert len(short) <= 200 < len(long)
    assert "[PASSWORD]" in redact(short)
    assert "[PASSWORD]" not in redact(long)


@pytest.mark.parametrize(
    "text",
    [
        "komm nicht rein. hab sommer9836 und Soleil#22! probiert",
        "komm nicht rein. hab tiger72! und Tiger$957x probiert",
        "password wrong, tried abc123, Sol#8812",
        "password wrong, tried Sol#8812 / abc123",
        "password wrong, tried Sol#8812 or abc123",
        "mot de passe refusé, essayé Sol#8812 et abc123",
    ],
)
def test_letters_and_digits_listed_with_a_tried_password_are_tried_too(text):
    out = redact(text)

    assert out.count("[PASSWORD]") == 2, out


@pytest.mark.parametrize(
    "other",
    [
        "abc12",  # five characters
        "abcdef",  # no digit
        "ticket12345",  # a reference's word and its number
        "order-12345",
        "iPhone15",  # a device's name
        "me@host12.com",  # an address (the e-mail finder's)
        "login123",  # a login word (the username finder's)
    ],
)
def test_other_words_listed_with_a_tried_password_are_no_password(other):
    out = redact(f"password wrong, tried Sol#8812 and {other}")

    assert out.count("[PASSWORD]") == 1, out


def test_a_word_not_listed_with_the_password_stays():
    out = redact("password wrong, tried Sol#8812 on my phone12345")

    assert out.endswith("phone12345"), out
