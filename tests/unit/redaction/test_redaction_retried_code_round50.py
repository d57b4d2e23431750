"""Round 50: digits typed several times, in a message that says they were refused (a lock or
an error), are a PIN named by no word: "tried 4821 three times and now it's locked", "la app
marca error cuando pongo 4821, ya van 5 veces". Typed several times without a refusal, or
refused once, they stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "tried 4821 three times and now it's locked",
            "tried [PIN] three times and now it's locked",
        ),
        ("puse 7305 tres veces y se bloqueó", "puse [PIN] tres veces y se bloqueó"),
        (
            "j'ai tapé 0619 trois fois et c'est bloqué",
            "j'ai tapé [PIN] trois fois et c'est bloqué",
        ),
        (
            "hab 5162 dreimal eingegeben, jetzt gesperrt",
            "hab [PIN] dreimal eingegeben, jetzt gesperrt",
        ),
        ("digitei 2207 três vezes e bloqueou", "digitei [PIN] três vezes e bloqueou"),
        (
            "the app shows ERR-311 when i enter 640218, tried 7 times",
            "the app shows ERR-311 when i enter [PIN], tried 7 times",
        ),
        (
            "la app marca E402 cuando pongo 8830, ya van 12 veces",
            "la app marca E402 cuando pongo [PIN], ya van 12 veces",
        ),
        (
            "l'appli affiche une erreur quand je tape 3391, déjà 6 fois",
            "l'appli affiche une erreur quand je tape [PIN], déjà 6 fois",
        ),
        (
            "die App zeigt Fehler 77 wenn ich 9054 eingebe, schon 9 mal",
            "die App zeigt Fehler 77 wenn ich [PIN] eingebe, schon 9 mal",
        ),
        (
            "o app mostra erro quando eu digito 1148, já foram 3 vezes",
            "o app mostra erro quando eu digito [PIN], já foram 3 vezes",
        ),
        # eight digits, the longest a PIN is taken to be
        ("typed 48213579 twice, wrong both times", "typed [PIN] twice, wrong both times"),
    ],
)
def test_digits_typed_again_until_refused_are_a_pin(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # tried several times, nothing refused: an amount at a till as often
        "I typed 4821 three times at the store",
        "puse 4821 tres veces en la caja",
        # refused, typed once
        "I typed 4821 and it is locked",
        "la app marca error cuando pongo 4821",
        # three digits, nine digits
        "tried 482 three times and now it's locked",
        "tried 482148214 three times, it shows an error",
        # an amount, a date, a decimal after the verb
        "I entered 2000 euros three times and it shows an error",
        "I entered $2000 three times and it shows an error",
        "entered 2024-05 three times and it shows an error",
        "entered 12.50 three times and it shows an error",
        # no typing verb right before the digits: an order, a count
        "order 48213 failed three times with an error",
        "die App zeigt Fehler 4821, schon 3 mal",
    ],
)
def test_digits_typed_without_both_signs_stay(text: str) -> None:
    assert redact(text) == text
