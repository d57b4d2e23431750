"""Over messages: another card offered by pointing at it ("pay with this one instead"),
its first digits ending the message and its rest in the next ones, in five languages.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("use this one instead 4000", "1234 5678 9010"),
        ("pay with the other one 5200 8282", "8282 8210"),
        ("prueba con esta otra 4000", "1234-5678-9010"),
        ("payez plutôt avec celle-là 400012345678", "9010"),
        ("nimm lieber die andere 52008282", "82828210"),
        ("tenta com esta 3714", "496353 98431"),
    ],
)
def test_card_offered_by_pointing_at_it_is_masked_with_its_rest(first: str, rest: str) -> None:
    out, pending = conversation(first, rest)

    assert out[0].endswith("[CREDIT_DEBIT_NUMBER]")
    assert out[1] == "[CREDIT_DEBIT_NUMBER]"
    assert pending[0] is not None and pending[0].entity_type == "CREDIT_DEBIT_NUMBER"


@pytest.mark.parametrize(
    "text",
    [
        "use this one instead 4000 points",  # a count named after the digits
        "take that one 1234",  # no card issuer's prefix
        "pay with this one instead 450",  # too short for a card's first part
        "use this one instead, order 4000 1234",  # another number before
        "usa esse outro 4000 e 4100",  # two numbers
    ],
)
def test_what_starts_no_offered_card_stays(text: str) -> None:
    out, pending = conversation(text)

    assert out[0] == text
    assert pending[0] is None


def test_amount_after_offered_card_stays() -> None:
    out, _ = conversation("use this one instead 4000", "it cost 45 euros")

    assert out[1] == "it cost 45 euros"
