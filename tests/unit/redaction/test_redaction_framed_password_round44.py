"""Round 44: a password of plain letters named only by a password word a few words before
it, handed over by a verb or a colon ("the password they gave me is X", "la contraseña que
me dieron es X", "le mdp qu'on m'a donné c'est X", "das Passwort, das ich bekommen habe, ist
X", "a senha que me passaram é X", "the wifi password on the sticker: X"). One to six words
between; the value ends its clause and is no verdict on the password. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the password they gave me is lighthouse", "the password they gave me is [PASSWORD]"),
        ("la contraseña que me dieron es jacaranda y no entra",
         "la contraseña que me dieron es [PASSWORD] y no entra"),
        ("le mdp qu'on m'a donné c'est framboise et ça marche pas",
         "le mdp qu'on m'a donné c'est [PASSWORD] et ça marche pas"),
        ("das Passwort, das ich bekommen habe, ist Schmetterling",
         "das Passwort, das ich bekommen habe, ist [PASSWORD]"),
        ("a senha que me passaram é girassol e não entra",
         "a senha que me passaram é [PASSWORD] e não entra"),
        ("the installer left the wifi password on a sticker: tortuga",
         "the installer left the wifi password on a sticker: [PASSWORD]"),
        ("la clave del wifi en la etiqueta: mariposa",
         "la clave del wifi en la etiqueta: [PASSWORD]"),
        ("le mot de passe du wifi sur l'autocollant : papillon",
         "le mot de passe du wifi sur l'autocollant : [PASSWORD]"),
        ("das WLAN-Passwort auf dem Aufkleber: Kuckuck",
         "das WLAN-Passwort auf dem Aufkleber: [PASSWORD]"),
        ("a senha do wifi no adesivo: azulejo", "a senha do wifi no adesivo: [PASSWORD]"),
        # six words between: the longest phrase read
        ("the wifi password printed on the little white sticker: tortuga",
         "the wifi password printed on the little white sticker: [PASSWORD]"),
        # four letters: the shortest value
        ("the password they gave me is luna.", "the password they gave me is [PASSWORD]."),
    ],
)  # fmt: skip
def test_a_plain_password_after_a_short_phrase_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # seven words between: too far to say the value is the password's
        "the wifi password printed on the little white sticker underneath: tortuga",
        # three letters: a word of the sentence
        "the password they gave me is sun",
        # a verdict, a state or prose that goes on: no value
        "the password they gave me is wrong",
        "the password for my account is fine",
        "the password for my account is not working",
        "the password on the router is printed underneath",
        "la contraseña que me dieron es demasiado corta",
        "la contraseña que me dieron es incorrecta",
        "le mdp qu'on m'a donné c'est nul",
        "das Passwort, das ich bekommen habe, ist falsch",
        "a senha que me passaram é fraca",
        "password reset link: expired",
        # a link's scheme after the colon, not a value
        "o link de recuperar senha dá erro E339: https://shop.example/account/reset",
    ],
)  # fmt: skip
def test_a_verdict_or_a_far_word_keeps_the_text(text):
    assert redact(text) == text


def test_another_field_named_in_the_phrase_is_not_the_password():
    # the user name's own word hands its value over: not masked as a password
    assert "[PASSWORD]" not in redact("password expired, my username is jdoe")
