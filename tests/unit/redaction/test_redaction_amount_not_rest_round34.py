"""Round 34: once a number's first digits are in, a later message's amount is not its rest:
a currency's sign or code before the digits ("refund of Rs. 1,430", "INR 240", "USD 45",
"R$ 89") or after them ("pris 45 € hier"). Digits alone, or after "and", still are.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "amount",
    [
        "please check refund of Rs. 1,430 not received",
        "refund INR 5,550 not received",
        "me cobraron USD 45",
        "on m'a pris 45 € hier",
        "cobraram R$ 89 a mais",
        "sie haben 45 EUR abgebucht",
    ],
)
def test_an_amount_after_an_account_start_stays(amount: str) -> None:
    out, _ = conversation("my account no 1234", "5678", amount)

    assert out[2] == amount


@pytest.mark.parametrize(("rest", "lead"), [("9012", ""), ("and 9012", "and "), ("90 12", "")])
def test_digits_alone_still_continue_the_account(rest: str, lead: str) -> None:
    out, _ = conversation("my account no 1234", "5678", rest)

    assert out[2] == f"{lead}[BANK_ACCOUNT_NUMBER]"
