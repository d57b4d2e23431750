"""Round 10: what a customer signs in with, named by no password word, is the password
("I logged in with Blu3B3nfic438 and it said error 403", "ich log mich mit gato.112 ein"),
in the five languages; an email, a device's model or a plain word stays, and so does the
error code after it. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

PASSWORD = "[PASSWORD]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "I logged in with Blu3B3nfic438 and it said error 403",
            f"I logged in with {PASSWORD} and it said error 403",
        ),
        ("signed in with _pizza2477 but nothing", f"signed in with {PASSWORD} but nothing"),
        (
            "ich log mich mit gato.112 ein und krieg fehler 500",
            f"ich log mich mit {PASSWORD} ein und krieg fehler 500",
        ),
        ("eingeloggt mit chispa7459? geht nicht", f"eingeloggt mit {PASSWORD} geht nicht"),
        ("hab mich mit Pr4i486 angemeldet", f"hab mich mit {PASSWORD} angemeldet"),
        ("ich melde mich mit Sol#8812 an", f"ich melde mich mit {PASSWORD} an"),
        (
            "I used nu4g351x to log in and got error 403",
            f"I used {PASSWORD} to log in and got error 403",
        ),
        ("me conecté con Sol#8812 y nada", f"me conecté con {PASSWORD} y nada"),
        ("je me suis connecté avec kiwi3334 hier", f"je me suis connecté avec {PASSWORD} hier"),
        ("entrei com Rio1825x e deu erro", f"entrei com {PASSWORD} e deu erro"),
    ],
)
def test_what_one_signs_in_with_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "I signed in with my email and it failed",
        "I logged in with Pixel7 yesterday",  # a device's model
        "logged in with iPhone15 and got error E-0551",
        "logged in with jane.doe@example.com",
        "I logged in with order 12345",
        "ich hab mich mit meinem Konto angemeldet",
        "I used order 12345 to log in",
    ],
)
def test_what_is_no_password_stays(text):
    assert "[PASSWORD]" not in redact(text)
