"""Round 48: what a customer signs in with, said with the verb's infinitive or present ("me
sale un error al entrar con X", "cuando entro con X", "me connecter avec X", "entrar com X"),
and a handle of two names joined by a dot or an underscore, a user name. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "me sale el error ERR_409 al entrar con xlucia052",
            "me sale el error ERR_409 al entrar con [PASSWORD]",
        ),
        ("cuando entro con lopez.mateus falla", "cuando entro con [USERNAME] falla"),
        ("da error al ingresar con maria_becker", "da error al ingresar con [USERNAME]"),
        (
            "je n'arrive pas à me connecter avec marie.dupont",
            "je n'arrive pas à me connecter avec [USERNAME]",
        ),
        ("não consigo entrar com joao_silva", "não consigo entrar com [USERNAME]"),
        ("i logged in with kiwi_rosa and it failed", "i logged in with [USERNAME] and it failed"),
    ],
)
def test_what_the_customer_signs_in_with_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i log in with config.json",
        "sign in with apple.com",
        "al entrar con google me sale error",
        "cuando entro con mi cuenta falla",
        "ich melde mich mit face id an",
    ],
)
def test_files_sites_and_words_stay(text: str) -> None:
    assert redact(text) == text
