"""A password corrected in the message after the one that gave it (round 38).

"pwd Kiwi*7", then "wait no its Mango#3": the customer stops with "wait" ("espera", "pera",
"attends", "warte") as with "sorry", and the corrected value is a password. After such a
correction a symbol beside the letters is enough ("no perdón es #Gatito"); a plain word, a
word's apostrophe or a time stays.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "value"),
    [
        ("pwd Kiwi*7x", "wait no its Mango#3", "Mango#3"),
        ("password Kiwi*7x", "no wait it's Mango_", "Mango_"),
        ("contraseña Kiwi*7x", "no perdón es #Gatito", "#Gatito"),
        ("contraseña Kiwi*7x", "no espera es Gatito.!", "Gatito."),
        ("mot de passe Kiwi*7x", "non attends c'est Soleil_", "Soleil_"),
        ("passwort Kiwi*7x", "nein warte es ist Hund.Sieben", "Hund.Sieben"),
        ("senha Kiwi*7x", "não pera é Bon58jour_", "Bon58jour_"),
        ("senha Kiwi*7x", "não desculpa é Saudade*", "Saudade*"),
    ],
)
def test_the_corrected_password_is_masked(first: str, second: str, value: str) -> None:
    masked, _ = conversation(first, second)
    assert "Kiwi" not in masked[0] and value not in masked[1] and "[PASSWORD]" in masked[1]


@pytest.mark.parametrize(
    "second",
    [
        "no sorry its fine!",
        "wait no its tomorrow's",
        "sorry its re-sent",
        "wait no its 2pm",
        # too short to be a password
        "no perdón es #ok",
    ],
)
def test_a_correction_of_words_stays(second: str) -> None:
    masked, _ = conversation("pwd Kiwi*7x", second)
    assert masked[1] == second


def test_without_a_password_before_a_correction_names_nothing() -> None:
    masked, _ = conversation("my order is late", "wait no its Mango#3")
    assert masked[1] == "wait no its Mango#3"
