"""Round 23, German first: an IBAN's country and check digits ending a message that asks
for a refund with a German compound ("für die Rückzahlung: DE61"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "first",
    ["für die Rückzahlung: DE61", "Rückerstattung an AT34", "bitte die Ruckzahlung auf DE61"],
)
def test_an_iban_start_after_a_rueck_compound_is_masked_with_its_rest(first):
    out = conversation(first, "5001 0517", "5407 3249 31")[0]
    assert out[0].endswith(_IBAN)
    assert out[1:] == [_IBAN, _IBAN]


@pytest.mark.parametrize("first", ["die Rückseite DE61", "Rückfrage zu DE61"])
def test_other_rueck_words_ask_for_no_payment(first):
    assert conversation(first)[0] == [first]
