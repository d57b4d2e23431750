"""Round 22, after the nineteenth author's opening: a Brazilian price right after a card or an
IBAN stays a price. The card's last digits and the "R" of "R$" are no DNI with its check
letter, and the price read alone when the masked text is read again is no password.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "pedido BE-143287 4111 1140 6443 9216 R$489,49",
            "pedido BE-143287 [CREDIT_DEBIT_NUMBER] R$489,49",
        ),
        (
            "pedido PED-872561 6011.1174.8237.2790 R$194,00",
            "pedido PED-872561 [CREDIT_DEBIT_NUMBER] R$194,00",
        ),
        (
            "fatura F-2024/71682 FR76 3000 6000 0112 3456 7890 189 R$708,99",
            "fatura F-2024/71682 [INTERNATIONAL_BANK_ACCOUNT_NUMBER] R$708,99",
        ),
    ],
)
def test_a_price_after_a_card_or_an_iban_stays(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize("amount", ["R$194,00", "US$20.50", "€19,99", "19,99€", "£1,250.00"])
def test_an_amount_alone_is_no_password(amount: str) -> None:
    assert redact(amount) == amount


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a password that only starts like an amount: a small letter after the digits
        ("ok R$194,00x", "ok [PASSWORD]"),
        # a DNI's check letter still counts before anything but a currency's sign
        ("dni 12345678 Z", "dni [ES_DNI]"),
        ("12345678Z, gracias", "[ES_DNI], gracias"),
    ],
)
def test_what_is_no_amount_or_currency_still_counts(text: str, masked: str) -> None:
    assert redact(text) == masked
