"""A branch's code named by the branch word alone ("cuenta 2589509215 sucursal 5189",
"compte 12345678901 agence 00123", "conta 12345678 balcão 0418", "Konto 1234567890
Zweigstelle 512"): the branch of the account just given. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("cuenta 2589509215 sucursal 5189", "cuenta [BANK_ACCOUNT_NUMBER] sucursal [BANK_ROUTING]"),
        ("compte 12345678901 agence 00123", "compte [BANK_ACCOUNT_NUMBER] agence [BANK_ROUTING]"),
        ("conta 12345678 balcão 0418", "conta [BANK_ACCOUNT_NUMBER] balcão [BANK_ROUTING]"),
        (
            "Konto 1234567890 Zweigstelle 512",
            "Konto [BANK_ACCOUNT_NUMBER] Zweigstelle [BANK_ROUTING]",
        ),
    ],
)
def test_the_branch_of_an_account_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("recogí el pedido en la sucursal 2291", "2291"),
        ("cuenta 2589509215 sucursal #5189", "#5189"),
        ("j'ai appelé l'agence 0418 hier", "0418"),
    ],
)
def test_a_shop_or_a_numbered_branch_stays(text, kept):
    assert kept in redact(text)
