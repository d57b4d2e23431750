"""Round 25, English and German: a value given "as" its role ("gave 123-45-6789 as my
ssn"), a passport read out with "double" for a repeated digit, and an NI number's pairs
joined by German words ("danach", "und dann"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("last time I gave 536221234 as my ssn", "last time I gave [SSN] as my ssn"),
        ("I used 536-22-1234 as the ssn", "I used [SSN] as the ssn"),
        ("i set 4711 as my pin", "i set [PIN] as my pin"),
        ("4711 als meine PIN", "[PIN] als meine PIN"),
    ],
)
def test_a_value_given_as_its_role_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # nine digits that fail the SSN check (area 000) stay, "as" or not
        "last time I gave 000123456 as my ssn",
        # "as" before a noun no value list has
        "I paid 2500 as my deposit",
        # a reference word before the value
        "order 12345678 as my account was locked",
    ],
)
def test_a_number_given_as_something_else_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "passport number is M-M-double zero-five-double nine-five-four",
        "passport number is R S six three eight double four zero two",
        "passport number is R S six three eight triple four zero",
        # seven characters with the repeat: the least a passport has
        "passport G M double one R T five",
        # ten characters with the repeat: the most
        "passport G M double one R T five two zero 4",
    ],
)
def test_a_passport_read_out_with_a_repeat_word_is_masked(text):
    assert redact(text).endswith("[PASSPORT_NUMBER]")


@pytest.mark.parametrize(
    "text",
    [
        # six characters, the repeat counting two: too few
        "passport G M double one R T",
        # eleven characters, the repeat counting two: too many
        "passport G M double one R T five two zero 4 K",
        # a repeat word before a letter repeats no digit: the pieces end there
        "passport G M double R T five two zero",
    ],
)
def test_a_repeat_word_that_makes_no_passport_stays(text):
    assert "[PASSPORT_NUMBER]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "NINO TK danach 54 danach 12 danach 06 C",
        "NINO TK dann 54 dann 12 dann 06",
        "NINO TK und 54 und 12 und 06 C",
        "NINO TK und dann 54 und dann 12 und dann 06",
        "NINO TK anschließend 54 anschließend 12 anschließend 06",
        "NINO TK anschliessend 54 anschliessend 12 anschliessend 06",
    ],
)
def test_an_ni_number_joined_by_german_words_is_masked(text):
    assert redact(text) == "NINO [UK_NATIONAL_INSURANCE_NUMBER]"


def test_a_german_word_that_joins_nothing_leaves_the_pairs():
    # "später" is no joining word: the pairs after it are not the NI number's
    assert "[UK_NATIONAL_INSURANCE_NUMBER]" not in redact("NINO TK später 54 später 12 später 06")
