"""Round 22, German and English: a passport read out one character at a time with its
digits said as words, a German passport in threes with O or I typed for 0 or 1, and a
handle after "Nutzer" or with its "@". Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Passnummer K W zwei H Z vier fünf null sieben", "Passnummer [PASSPORT_NUMBER]"),
        ("passport number is G M one R T five two zero", "passport number is [PASSPORT_NUMBER]"),
        ("Passnummer: K-W-zwei-H-Z-vier-fünf", "Passnummer: [PASSPORT_NUMBER]"),
        ("Reisepass drei, acht, F, K, null, zwei, eins, vier", "Reisepass [PASSPORT_NUMBER]"),
        # seven and ten pieces: the bounds
        ("passport G M one R T five two", "passport [PASSPORT_NUMBER]"),
        ("passport G M one R T five two zero 4 K", "passport [PASSPORT_NUMBER]"),
        # digits alone, too few for a long spelled run
        ("passport four seven two six nine one three eight", "passport [PASSPORT_NUMBER]"),
        # the travel desk's shorthands hold no "pas": "ppt no", "PP#"
        ("ppt no C X eins T Y sechs drei eins acht", "ppt no [PASSPORT_NUMBER]"),
        ("PP# G M one R T five two zero", "PP# [PASSPORT_NUMBER]"),
    ],
)
def test_a_passport_read_out_character_by_character_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # six pieces: too few; eleven: too many for a passport
        "passport G M one R T five",
        "passport G M one R T five two zero 4 K L",
        # no said digit: capitals alone
        "my passport is A B C D E F G H",
        # a word among the pieces ends them
        "passport G M one ok R T five two zero",
        # pieces glued together are a word and a number, not characters read out
        "passport G M one R2 five two zero",
        # no passport word before them
        "ticket G M one R T five two zero",
    ],
)
def test_pieces_that_are_no_passport_read_out_stay(text):
    assert "[PASSPORT_NUMBER]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pass CLR 2GN 7OV läuft ab",
        "Pass CKT 9RH I73 läuft ab",
        "Pass CL7 RLV 86O",
    ],
)
def test_a_german_passport_in_threes_with_look_alike_digits_is_masked(text):
    assert "[PASSPORT_NUMBER]" in redact(text)


@pytest.mark.parametrize("text", ["Pass FOR THE KID", "Pass CFK RIG HTX ab", "Pass COL 2GN TRV"])
def test_an_o_or_i_in_a_group_without_a_digit_is_a_word(text):
    assert "[PASSPORT_NUMBER]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Nutzer jkraus_b42", "Nutzer [USERNAME]"),
        # the at sign is the handle's own, masked with it
        ("Nutzer @jkraus_b42", "Nutzer [USERNAME]"),
        ("user @mila.dev31", "user [USERNAME]"),
        ("Nutzer @jkraus", "Nutzer [USERNAME]"),  # an at sign makes any name a handle
    ],
)
def test_a_handle_after_nutzer_or_with_its_at_sign_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize("text", ["Nutzer sind sauer", "write to user@example"])
def test_no_handle_shape_or_an_address_is_no_user_name(text):
    assert "[USERNAME]" not in redact(text)
