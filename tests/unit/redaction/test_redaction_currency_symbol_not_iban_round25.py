"""A currency's symbol of a capital and a small letter before an amount with its cents
("Kz 100,07", the Angolan kwanza) is a price, though "KZ" is an IBAN country and the words
after it may pass the check digits by chance ("Kz 100,07 pago em dobro 13" does). An IBAN
typed with those letters stays one. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "Kz 100,07 pago em dobro 13 de maio",
        "cobraram Kz 100,21 pago em dobro 30",
    ],
)
def test_a_currency_symbol_and_a_price_are_no_iban(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "iban Kz 86 125K ZT5 0041 0010 0",  # no cents after the letters: the IBAN's groups
        "kz86 125K ZT50 0410 0100",
        "KZ86125KZT5004100100",
    ],
)
def test_an_iban_of_the_same_country_is_still_masked(text):
    assert "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]" in redact(text)
