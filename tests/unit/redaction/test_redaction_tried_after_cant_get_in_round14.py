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
