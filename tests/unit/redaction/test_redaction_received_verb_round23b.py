"""Round 23b: "reçu" is French for a receipt, a reference's word that keeps the digits near
it, and the verb "received": after "rien", "pas", "jamais" or "bien" it is the verb ("colis
pas reçu, joignable au 06 ..."), and a phone after it is masked. The receipt's number
stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize("adverb", ["rien", "pas", "jamais", "bien", "Rien"])
def test_a_phone_after_received_said_as_the_verb_is_masked(adverb: str) -> None:
    text = f"colis {adverb} reçu, joignable au 0612345678"

    assert redact(text) == f"colis {adverb} reçu, joignable au [PHONE]"


@pytest.mark.parametrize(
    "text",
    [
        "mon reçu, joignable au 0612345678",  # the receipt, after a possessive
        "le reçu 0612345678 est faux",
        "pas de reçu 0612345678",  # "de" between: the noun
    ],
)
def test_digits_near_the_receipt_stay(text: str) -> None:
    assert redact(text) == text
