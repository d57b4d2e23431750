"""An error's code is no security code and no password: "código de erro ERR-2370", "error
code 4410" near a code word, or an error the app answered after the password the customer
tried ("coloquei a senha X e dá erro 0x807BA2D1"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "text",
    [
        "código de erro ERR-2370",
        "código de erro 2370",
        "codigo de error 2370",
        "error code 4410",
        "code erreur 4410",
        "Fehlercode 4410",
    ],
)
def test_an_error_word_nearer_than_the_code_word_owns_the_number(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cvv 123 error code 4410", "cvv [CREDIT_DEBIT_CVV] error code 4410"),
        ("error code 4410, cvv 123", "error code 4410, cvv [CREDIT_DEBIT_CVV]"),
        ("o código de trás é 622", "o código de trás é [CREDIT_DEBIT_CVV]"),
    ],
)
def test_a_code_word_nearer_than_the_error_keeps_the_code(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_an_error_after_the_version_in_the_previous_message_stays() -> None:
    out, _ = conversation("o app fecha sozinho na versão v8.12", "código de erro ERR-2370")
    assert out[1] == "código de erro ERR-2370"


@pytest.mark.parametrize(
    "error",
    ["0x807BA2D1", "0x8e4aF5C1"],
)
def test_the_error_answered_after_a_tried_password_stays(error: str) -> None:
    text = f"coloquei a senha Qx7&kLm2Pw e dá erro {error}"
    assert redact(text) == f"coloquei a senha [PASSWORD] e dá erro {error}"


def test_tried_passwords_beside_an_error_are_still_masked() -> None:
    text = "tried Sol#8812 and Moon_42 at the login, error ERR-77"
    assert redact(text) == "tried [PASSWORD] and [PASSWORD] at the login, error ERR-77"
