"""Two values tried one after the other at a login the message need not name: "j'ai essayé
Sol#8812 puis nuage.42", "hab Hund.2024 probiert und dann Katze#7", "tentei Gato!99 e
depois lua_123". Both are masked; a reference, a version or a single guess stays. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I tried Sol#8812 then Moon_42", "I tried [PASSWORD] then [PASSWORD]"),
        ("j'ai essayé Sol#8812 puis nuage.42", "j'ai essayé [PASSWORD] puis [PASSWORD]"),
        # the verb put last, one word before the connector
        (
            "hab Hund.2024 probiert und dann Katze#7",
            "hab [PASSWORD] probiert und dann [PASSWORD]",
        ),
        ("tentei gato!99 e depois lua_123", "tentei [PASSWORD] e depois [PASSWORD]"),
        ("probé Rio#4455 y luego mar.2211", "probé [PASSWORD] y luego [PASSWORD]"),
        ("I tried Sol#8812 first then Moon_42", "I tried [PASSWORD] first then [PASSWORD]"),
        # the strong guess may come second
        ("I tried soleil.71 then Moon_42", "I tried [PASSWORD] then [PASSWORD]"),
    ],
)
def test_two_guesses_tried_in_turn_are_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # neither guess has a symbol or both cases: words with a number, maybe a place
        "I tried soleil.71 then lune.42",
        # capitals only: a reference's code
        "I tried AB#1234 then CD#5678",
        # no attempt verb
        "I saw Sol#8812 then Moon_42",
        # a connector, but two words from the first guess
        "I tried Sol#8812 at home then Moon_42",
        "I tried Sol#8812 and it failed then Moon_42 worked",
        # one guess alone is read only where the message names the password
        "I tried Sol#8812 then nothing",
        # a reference's word with its number
        "I tried ticket#4411 then order#5512",
    ],
)
def test_a_reference_a_word_or_a_single_guess_stays(text: str) -> None:
    assert redact(text) == text
