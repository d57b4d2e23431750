"""Round 8: the landline's word in five languages ("landline", "fixe", "fijo", "fixo",
"Festnetz") introduces a phone as "mobile" does; a price or a date after the adjective
stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("fixe 012 - 37 - 94 - 65", "fixe [PHONE]"),
        ("fixe 012  93  13  48", "fixe [PHONE]"),
        ("fijo 011.15-5083-2558", "fijo [PHONE]"),
        ("fixo 21 234 5678", "fixo [PHONE]"),
        ("landline 020 7946 0018", "landline [PHONE]"),
    ],
)
def test_a_landline_after_its_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "prix fixe 1 299 euros, commande 12345678",
        "precio fijo de 1.299.000 pesos",
        "tarif fixe 35 € par mois depuis le 12/03/2025",
    ],
)
def test_a_price_or_a_date_after_the_adjective_stays(text):
    assert redact(text) == text
