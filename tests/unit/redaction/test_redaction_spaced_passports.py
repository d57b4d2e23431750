"""German passports typed in groups (issue 14: passports in context, spaced_or_dashed).

A Reisepass number is nine characters from an alphabet without vowels; customers type it
in groups ("CFGH 2J4K7", "KLM NPR TVW"). After a passport word such a value is masked;
words and years after the word are not values. Values are synthetic; phrasings are
written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reisepass CFGHJ 2K4L7, gültig bis 2031", "2K4L7"),
        ("meine Passnummer: LMNPR 47T9X", "47T9X"),
        ("pasaporte alemán KLM NPR TVW", "NPR"),
        ("passport (german) XYZ-CFG-HJK please update", "CFG"),
    ],
)
def test_a_passport_typed_in_groups_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "pasaporte vence 2027, lo renuevo?",
        "passport renewal 2026 fee was charged twice",
        "mein Reisepass läuft 2029 ab",
        "Reisepass Antrag vom 12.03.2026",
    ],
)
def test_words_and_years_after_a_passport_word_stay(text: str) -> None:
    assert redact(text) == text
