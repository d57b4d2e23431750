"""A password announced for the future: "my password will be X", "va a ser X", "sera X",
"wird X", "vai ser X". The verbs are connectives like "is"; what a password is said to
become ("will be reset", "sera réinitialisé", "wird nicht akzeptiert") stays. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my new password will be sunshine", "my new password will be [PASSWORD]"),
        ("mi nueva contraseña va a ser chocolate!", "mi nueva contraseña va a ser [PASSWORD]"),
        ("la contraseña será Gatito7", "la contraseña será [PASSWORD]"),
        ("mon nouveau mdp sera soleil?", "mon nouveau mdp sera [PASSWORD]"),
        ("mein neues passwort wird sonnenblume", "mein neues passwort wird [PASSWORD]"),
        ("minha senha nova vai ser saudade!", "minha senha nova vai ser [PASSWORD]"),
        ("a senha será abacaxi", "a senha será [PASSWORD]"),
    ],
)
def test_a_password_announced_for_the_future_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my password will be reset tomorrow",
        "my password will be different",
        "my password will be changed",
        "mi contraseña va a ser cambiada",
        "mon mot de passe sera réinitialisé",
        "mein passwort wird nicht akzeptiert",
        "mein Passwort wird zurückgesetzt",
        "a senha vai ser alterada",
    ],
)
def test_what_a_password_will_become_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["mi nueva contraseña va a ser chocolate!", "mon nouveau mdp sera soleil?"]
)
def test_masking_a_password_to_come_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
