"""Round 8b: a value the customer says was typed as the password ("the app won't accept
Dragon#40 as password", "no acepta Sol#8812 como contraseña", "refuse Nuage#42 comme mot
de passe", "nimmt Sonne#88 nicht als Passwort", "não aceita Praia@2023 como senha") is
masked; the error code the app showed after it ("error 0x8E485E44", "ERR-7084", "Fehler
E4F2") stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("the app wont accept Dragon#40 as password", "the app wont accept [PASSWORD] as password"),
        ("no acepta Sol#8812 como contraseña", "no acepta [PASSWORD] como contraseña"),
        (
            "le site refuse Nuage#42 comme mot de passe",
            "le site refuse [PASSWORD] comme mot de passe",
        ),
        (
            "die App nimmt Sonne#88 nicht als Passwort",
            "die App nimmt [PASSWORD] nicht als Passwort",
        ),
        ("o app não aceita Praia@2023 como senha", "o app não aceita [PASSWORD] como senha"),
    ],
)
def test_a_value_typed_as_the_password_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the app wont accept Dragon40! as password, says error 0x8E485E44", "0x8E485E44"),
        ("the app wont accept Dragon40! as password, says error ERR-7084", "ERR-7084"),
        ("password reset fails with error code A7F3X9", "A7F3X9"),
        ("mot de passe refusé, code d'erreur E4F2B1", "E4F2B1"),
        ("Passwort geht nicht, Fehler 0x80070005", "0x80070005"),
    ],
)
def test_the_error_code_shown_after_a_password_word_stays(text, code):
    masked = redact(text)

    assert code in masked and "Dragon40" not in masked


def test_letters_alone_in_a_generated_case_typed_as_the_password_are_masked():
    masked = redact("the app wont accept NxFXMlKbco as password, says error 0x85549956")

    assert masked == "the app wont accept [PASSWORD] as password, says error 0x85549956"


@pytest.mark.parametrize(
    "text",
    [
        "I use PlayStation as password hint",
        "it shows Something as password strength",
        "log in as usual, password reset works",
    ],
)
def test_a_word_written_as_words_are_stays(text):
    assert redact(text) == text
