"""Round 27: a passport or licence number read off the document in pieces, with an assent
or a hesitation between them ("F1PL 🙏 277X ok 6", "JWT6 dann 5HYC äh Y", "euh", "uhm"), is
one number: its last piece is masked with the rest. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Reisepass F1PL 🙏 277X ok 6", "Reisepass [PASSPORT_NUMBER]"),
        ("Reisepass JWT6 dann 5HYC äh Y", "Reisepass [PASSPORT_NUMBER]"),
        ("passport E349 🙏 3189 okay 0", "passport [PASSPORT_NUMBER]"),
        ("passport 815 and 922 ok 50", "passport [PASSPORT_NUMBER]"),
        ("passport E349 ah 3189 uhm 0", "passport [PASSPORT_NUMBER]"),
        ("passeport E349 euh 3189 euh 0", "passeport [PASSPORT_NUMBER]"),
        ("Führerschein B072 äh RRE2 ähm I55", "Führerschein [DRIVER_ID]"),
    ],
)
def test_pieces_joined_by_a_filler_are_one_number(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "passport C01X00T47 ok thanks",  # a word after the filler ends the number
        "passport renewed ok 2019",  # a lower-case word is no piece
    ],
)
def test_a_word_after_the_filler_is_no_piece(text: str) -> None:
    assert redact(text).endswith(text.split()[-2] + " " + text.split()[-1])


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a count of one or two digits before the noun it counts is no piece
        ("passport C01X00T47 ok 2 bags", "passport [PASSPORT_NUMBER] ok 2 bags"),
        ("passport C01X 00T ok 12 pieces", "passport [PASSPORT_NUMBER] ok 12 pieces"),
        # three digits are a piece; so is a last piece ending the message or before a sign
        ("passport C01X 00T4 ok 123 bags", "passport [PASSPORT_NUMBER] bags"),
        ("passport C01X 00T4 ok 7", "passport [PASSPORT_NUMBER]"),
        ("passport C01X 00T4 ok 7 ✅", "passport [PASSPORT_NUMBER] ✅"),
    ],
)
def test_a_count_after_the_filler_is_no_piece(text: str, masked: str) -> None:
    assert redact(text) == masked
