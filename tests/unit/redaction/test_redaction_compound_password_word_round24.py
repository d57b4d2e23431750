"""Round 24: a German compound naming a password's kind ("Einmalpasswort", "Startkennwort")
is a password word, as "Passwort" alone is, with a verb between it and the value.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_PW = "[PASSWORD]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Einmalpasswort bekommen: Lampe.4o19", f"Einmalpasswort bekommen: {_PW}"),
        ("Mein Startkennwort war Sonne#4411", f"Mein Startkennwort war {_PW}"),
        ("Neupasswort erhalten: tulpe*7l2", f"Neupasswort erhalten: {_PW}"),
        # a twenty-letter kind still names a password
        (
            "Abcdefghijklmnopqrstpasswort erhalten: tulpe*7l2",
            f"Abcdefghijklmnopqrstpasswort erhalten: {_PW}",
        ),
    ],
)
def test_a_compound_password_word_then_a_verb_then_the_value(text: str, masked: str) -> None:
    assert conversation(text)[0] == [masked]


@pytest.mark.parametrize(
    "text",
    [
        "Das Einmalpasswort kam nicht an",  # no value
        "Routerpasswort geändert, Bestellung 4411-22",  # an order number
        # twenty-one letters before it: no word, the scan stays short
        "Abcdefghijklmnopqrstupasswort erhalten: tulpe*7l2",
        "Xypasswort erhalten: tulpe*7l2",  # two letters before it: no kind of password
        "Mein Startwort war Sonne#4411",  # "wort" alone names no password
    ],
)
def test_what_no_compound_password_word_names_stays(text: str) -> None:
    assert conversation(text)[0] == [text]
