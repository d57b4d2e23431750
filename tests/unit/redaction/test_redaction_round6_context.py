"""Round 6: values whose context lies outside the message's words (a reply that is the
value alone), misspelt context words, and identifiers typed in pieces after their word.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


def redact(text: str) -> str:
    return OFFLINE.redact(text).text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("099", "[CREDIT_DEBIT_CVV]"),
        ("980 👍", "[CREDIT_DEBIT_CVV] 👍"),
        ("5109.", "[PIN]."),
        ("184505 !", "[PIN] !"),
        ("9/26", "[CREDIT_DEBIT_EXPIRY]"),
        ("02/2028", "[CREDIT_DEBIT_EXPIRY]"),
        ("123-45-6789", "[SSN]"),
        ("123863937!!", "[SSN]!!"),
        ("132 342 405", "[SSN]"),  # a NIF too: nine digits alone read as the first kind
        ("88812356905.", "[DE_TAX_ID]."),
    ],
)
def test_a_reply_that_is_the_value_alone_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "10001",  # five digits: a postcode
        "12",
        "order 4821 please",  # a number with words is read by its words
        "2 Stück",
        "1234 ok",
    ],
)
def test_a_number_with_words_or_of_a_postcode_length_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pssword Lapin79!", "pssword [PASSWORD]"),
        ("cryto 193", "cryto [CREDIT_DEBIT_CVV]"),
        ("valdiade 0629", "valdiade [CREDIT_DEBIT_EXPIRY]"),
        ("caducidd 0632", "caducidd [CREDIT_DEBIT_EXPIRY]"),
        ("expiraiton 1028", "expiraiton [CREDIT_DEBIT_EXPIRY]"),
        ("la date d'expiratoin c'est 1/32", "la date d'expiratoin c'est [CREDIT_DEBIT_EXPIRY]"),
        ("scoial 467 - 82 - 3509", "scoial [SSN]"),
        ("passporrt X1234567", "passporrt [PASSPORT_NUMBER]"),
    ],
)
def test_a_context_word_one_slip_away_still_names_the_value(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "please validate 0627 units",  # "validate" is a word, not "validade" misspelt
        "the outing 1234 was fun",
        "numéro de sécurité sociale demandé, commande 48213",
    ],
)
def test_real_words_near_a_context_word_are_not_mended(text):
    assert redact(text) == text
