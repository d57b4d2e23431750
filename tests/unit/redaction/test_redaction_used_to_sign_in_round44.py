"""Round 44: a user name said by what it is used for, with no word for a user name ("I use
fischer.l to sign in", "uso mlopez para entrar", "j'utilise c.martin pour me connecter",
"ich nutze jonas.k zum Anmelden", "uso ana.s92 para fazer login"). A plain word is a name
only in small letters and not a way of signing in ("I use google to sign in").
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I use fischer.l to sign in", "I use [USERNAME] to sign in"),
        ("i always use lweber to log in", "i always use [USERNAME] to log in"),
        ("I used jdoe_77 for the login", "I used [USERNAME] for the login"),
        ("uso mlopez para entrar", "uso [USERNAME] para entrar"),
        ("utilizo ana.r92 para iniciar sesión", "utilizo [USERNAME] para iniciar sesión"),
        ("j'utilise c.martin pour me connecter", "j'utilise [USERNAME] pour me connecter"),
        ("ich nutze jonas.k zum Anmelden", "ich nutze [USERNAME] zum Anmelden"),
        ("ich benutze mschulz für den Login", "ich benutze [USERNAME] für den Login"),
        ("uso ana.s92 para fazer login", "uso [USERNAME] para fazer login"),
        ("Uso csilva pra entrar", "Uso [USERNAME] pra entrar"),
    ],
)  # fmt: skip
def test_name_used_to_sign_in_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "I use google to sign in",  # a way of signing in
        "I use Chrome to log in",  # capitalised plain word: a product
        "I use it to log in",
        "uso facebook para entrar",
        "j'utilise ça pour me connecter",
        "I use lweber to pay",  # no act of signing in after it
        "I use my phone to sign in",  # two words
    ],
)  # fmt: skip
def test_way_of_signing_in_is_kept(text):
    assert "[USERNAME]" not in redact(text)
