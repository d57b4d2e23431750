"""An identity card's number right after its word, in the five languages, masked as a
passport's. Words in capitals, dates, short numbers, a licence's "Führerausweis" and a value
a reference word owns stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("halterin mit ausweis CJM6W0KJV", "halterin mit ausweis [PASSPORT_NUMBER]"),
        ("mein personalausweis: LZ6311T47", "mein personalausweis: [PASSPORT_NUMBER]"),
        ("ausweisnummer ist CFGHJKLMN", "ausweisnummer ist [PASSPORT_NUMBER]"),  # letters only
        ("ausweis CJM 6W0 KJV", "ausweis [PASSPORT_NUMBER]"),
        ("ma carte d'identité n° 180375101234", "ma carte d'identité n° [PASSPORT_NUMBER]"),
        ("cartão de cidadão 12345678 9ZZ1", "cartão de cidadão [PASSPORT_NUMBER]"),
        ("my id card number is X1234567", "my id card number is [PASSPORT_NUMBER]"),
        ("mi documento de identidad es AB123456", "mi documento de identidad es [PASSPORT_NUMBER]"),
        ("ausweis X12345", "ausweis [PASSPORT_NUMBER]"),  # six characters: the least
    ],
)
def test_an_identity_card_number_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "mein führerausweis ist abgelaufen",
        "ausweis ABGELAUFEN 2024",  # a word in capitals
        "ausweis CFGHAKLMN",  # a vowel: not the German card's letters
        "ausweis X1234",  # five characters: too short
        "ausweis verloren am 12.03.2024",
        "carte d'identité expire 2029",
        "id card from order AB1234567",  # the order's reference
        "mit ausweis und führerschein",
        # when the card expires, its groups split by a mark or a space: a date, not its number
        "my id card expires 2025-06-30",
        "mein Ausweis läuft ab 2027 03 15",
        "cédula 12 05 2031",
        "id card valid until 06 2031",
    ],
)
def test_other_text_after_the_word_stays(text: str) -> None:
    assert redact(text) == text
