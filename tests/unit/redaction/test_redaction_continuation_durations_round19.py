"""A duration after words where a number's rest was expected ("schon 37 tage", "ça fait 29
jours"): how long the customer waited, not the rest of the number. It stays and ends the
marker; digits with no word before them, or a unit glued to a longer word, are still the
rest. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "masked_first"),
    [
        ("PIN 12", "PIN [PIN]"),
        ("my card is 4111 1111", "my card is [CREDIT_DEBIT_NUMBER]"),
        ("expiration 07", "expiration [CREDIT_DEBIT_EXPIRY]"),
    ],
)
@pytest.mark.parametrize(
    "duration",
    [
        "schon 37 tage",
        "seit 3 Wochen",
        "ça fait 29 jours",
        "depuis 2 semaines",
        "it's been 12 days",
        "about 3 weeks",
        "hace 15 días",
        "ya van 2 meses",
        "há 20 dias",
        "faz 48 horas",
    ],
)
def test_a_duration_after_words_is_not_the_rest(
    first: str, masked_first: str, duration: str
) -> None:
    out, markers = conversation(first, duration)
    assert out == [masked_first, duration]
    assert markers[1] is None


def test_digits_with_no_word_before_them_are_still_the_rest() -> None:
    out, _ = conversation("my card is 4111 1111", "1111 1111 days")
    assert out == ["my card is [CREDIT_DEBIT_NUMBER]", "[CREDIT_DEBIT_NUMBER] days"]


def test_a_unit_glued_to_a_longer_word_is_no_duration() -> None:
    out, _ = conversation("my card is 4111 1111", "the rest 1111 1111 dayton")
    assert out == ["my card is [CREDIT_DEBIT_NUMBER]", "the rest [CREDIT_DEBIT_NUMBER] dayton"]
