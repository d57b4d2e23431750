"""Round 7: a PIN typed somewhere ("j'ai essayé le code 946499"), a locker's code after the
store's number, a second guess after "y luego el", and a security code before where it is
printed ("3324 au dos"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "j'ai essayé le code 946499 puis 1618 et aucun ne marche",
            "j'ai essayé le code [PIN] puis [PIN] et aucun ne marche",
        ),
        (
            "probé el pin 5569 y luego el 9325 y ninguno sirve",
            "probé el pin [PIN] y luego el [PIN] y ninguno sirve",
        ),
        ("puse el código 482193 y no va", "puse el código [PIN] y no va"),
        # the store's number stays, the locker's code goes
        (
            "le code de la consigne du magasin 367 était 058175",
            "le code de la consigne du magasin 367 était [PIN]",
        ),
        ("the locker code at store 12 is 4821", "the locker code at store 12 is [PIN]"),
        # after the opening of veiled: a PIN's or a password's word names the locker's code
        # too, with words between, and the store's number is never the PIN
        (
            "the PIN for the parcel locker at store 192 was 4559",
            "the PIN for the parcel locker at store 192 was [PIN]",
        ),
        (
            "el pin del locker de la tienda 2633 era 354070",
            "el pin del locker de la tienda 2633 era [PIN]",
        ),
        (
            "a senha do armário da loja 805 era 9995",
            "a senha do armário da loja 805 era [PIN]",
        ),
        (
            "der Code vom Schließfach in Filiale 898 war 2173",
            "der Code vom Schließfach in Filiale 898 war [PIN]",
        ),
        ("et 3324 au dos", "et [CREDIT_DEBIT_CVV] au dos"),
        ("it's 123 on the back", "it's [CREDIT_DEBIT_CVV] on the back"),
    ],
)
def test_a_code_in_its_context_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "j'ai essayé le code postal 75001",
        "I tried the code SAVE20",
        "le code de la consigne du magasin 367",
        "la consigne du magasin 367 ferme à 20.00",
        "the 3 on the back",
        "my pin doesn't work at store 2187",
        "the PIN pad at tienda 2633 is broken",
        "I tried the code on 12/05",
    ],
)
def test_a_reference_or_a_store_number_stays(text):
    assert redact(text) == text
