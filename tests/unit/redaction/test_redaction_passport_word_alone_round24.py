"""A passport's word opening a short message of its own ("passport", "my passport number
is"), the answer to which document the customer will give, then its number alone in the
next message: masked. A sentence that ends with the word, a longer message, or a word after
it announce nothing. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "passport",
        "passeport",
        "Pasaporte.",
        "my passport number is",
        "mi pasaporte:",
        "- passport!",
        "-" * 10 + " my passport number is",  # 32 characters: the longest
    ],
)
def test_a_passport_after_its_word_alone_is_masked(first: str) -> None:
    out, markers = conversation(first, "QT5820461")
    assert out == [first, "[PASSPORT_NUMBER]"]
    assert markers[0] is not None and markers[0].seen == 0
    assert markers[1] is None


def test_nine_characters_after_the_word_are_a_whole_passport() -> None:
    out, _ = conversation("passport", "QT 5820461")
    assert out[1] == "[PASSPORT_NUMBER]"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("i lost my passport", "QT5820461"),  # a sentence ends with the word
        ("passport photo", "QT5820461"),  # another word after it
        ("-" * 11 + " my passport number is", "QT5820461"),  # 33 characters: too long
        ("passport", "2 adults"),  # words
        ("passport", "QT58204617"),  # ten characters: a reference of its own
    ],
)
def test_no_passport_after_the_word_stays(first: str, second: str) -> None:
    out, _ = conversation(first, second)
    assert out[1] == second
