"""Pieces of an identifier joined by the words of Spanish, French and Portuguese
dictation: a NIE's check letter after a hesitation or an assent ("ok M", "este 12..."),
and an NI number's pairs after its word joined by "y", "puis", "ensuite", "depois" or
set apart by underscores."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "NIE X ok 1234 567 ok L",  # X1234567L
        "mi NIE Y este 7654 este 321 este G",  # Y7654321G
        "NIE Z pues 2468 135 pues X",  # Z2468135X
        "NIE X tipo 1234567 tipo L",
        "NIE X euh 1234567 euh L",
        "NIE Y 7654321 okay G",
    ],
)
def test_a_nie_joined_by_a_hesitation_or_an_assent_is_masked(text):
    out = redact(text)

    assert "[ES_NIE]" in out and not any(c.isdigit() for c in out)


def test_a_nie_joined_by_an_assent_keeps_its_check():
    # the letter after "ok" is not X1234567's check letter: no NIE
    assert "[ES_NIE]" not in redact("NIE X ok 1234567 ok M")


def test_a_dni_dictated_with_the_portuguese_ai_is_masked():
    out = redact("DNI 12 345 aí 678 aí Z")  # 12345678Z

    assert "[ES_DNI]" in out and not any(c.isdigit() for c in out)


def test_a_dni_dictated_with_ai_keeps_its_check():
    assert "[ES_DNI]" not in redact("DNI 12345678 aí Q")


@pytest.mark.parametrize(
    "text",
    [
        "national insurance JG y 12 y 34 y 56 y C",
        "national insurance JG luego 12 luego 34 luego 56 luego C",
        "NINO JG puis 12 puis 34 puis 56 puis C",
        "NINO JG et 12 ensuite 34 et 56 ensuite C",
        "NINO JG e 12 depois 34 e 56 depois C",
        "NINO JG então 12 aí 34 então 56 então C",
        "NINO JG después 12 después 34 después 56 después C",
        "national insurance JG _ 12 _ 34 / 56 _ C",
    ],
)
def test_an_ni_number_joined_by_words_after_its_word_is_masked(text):
    out = redact(text)

    assert "[UK_NATIONAL_INSURANCE_NUMBER]" in out and not any(c.isdigit() for c in out)
    assert " C" not in out  # the suffix letter with them


@pytest.mark.parametrize(
    "text",
    [
        # no NI word: two capitals and pairs joined by "y" are no NI number
        "pasillo JG y 12 y 34 y 56 y C",
        # a prefix HMRC never issues
        "NINO QQ y 12 y 34 y 56 y C",
    ],
)
def test_pairs_joined_by_words_need_the_ni_word_and_a_real_prefix(text):
    assert "[UK_NATIONAL_INSURANCE_NUMBER]" not in redact(text)
