"""Round 12: a bare "date" word between a card number and its MM/YY ("..., date 08/29",
"fecha 05/28", "data 11-26"): right after the card, the date is the card's expiry. A date
said away from any card stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize("word", ["date", "fecha", "data", "date:"])
def test_a_date_word_right_after_a_card_names_its_expiry(word):
    out = redact(f"c'est 4111 1111 1111 1111 , {word} 08/29")

    assert out == f"c'est [CREDIT_DEBIT_NUMBER] , {word} [CREDIT_DEBIT_EXPIRY]"


def test_a_date_without_a_card_stays():
    assert redact("rendez-vous date 08/12 à 10h") == "rendez-vous date 08/12 à 10h"
