"""A bare reply led by a pause or a hedge ("eh creo que es X", "ah acho que é X", "je crois
que c'est X"), and an expiry alone led by a word of assent ("ya 04/29", "ok 6-30"): the
answer to the agent's question, the words before it saying nothing of their own. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("eh creo que es QRT204518", "eh creo que es [PASSPORT_NUMBER]"),
        ("creo que es X7305182", "creo que es [PASSPORT_NUMBER]"),
        ("ah acho que é FK802731", "ah acho que é [PASSPORT_NUMBER]"),
        ("acho que é C5019273", "acho que é [PASSPORT_NUMBER]"),
        ("je crois que c'est 31KL64920", "je crois que c'est [PASSPORT_NUMBER]"),
        ("je pense que c'est 31KL64920", "je pense que c'est [PASSPORT_NUMBER]"),
        ("euh je crois que c'est 31KL64920", "euh je crois que c'est [PASSPORT_NUMBER]"),
    ],
)
def test_an_id_after_a_hedge_before_it_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the hedge is about something else, the identifier comes after more words
        "creo que el pedido es QRT204518",
        # a hedge without its "que" is no lead
        "creo es QRT204518",
    ],
)
def test_an_id_after_other_words_than_a_hedge_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ya 04/31", "ya [CREDIT_DEBIT_EXPIRY]"),
        ("ya 07/2033", "ya [CREDIT_DEBIT_EXPIRY]"),
        ("ya, 5/30", "ya, [CREDIT_DEBIT_EXPIRY]"),
        ("ok 6/30", "ok [CREDIT_DEBIT_EXPIRY]"),
        ("claro 11 / 29", "claro [CREDIT_DEBIT_EXPIRY]"),
        ("sim 09/28", "sim [CREDIT_DEBIT_EXPIRY]"),
        ("oui 03-27", "oui [CREDIT_DEBIT_EXPIRY]"),
        ("eh 10/34", "eh [CREDIT_DEBIT_EXPIRY]"),
        ("ah 10/34", "ah [CREDIT_DEBIT_EXPIRY]"),
        ("creo que es 12/29", "creo que es [CREDIT_DEBIT_EXPIRY]"),
        ("acho que é 12/29", "acho que é [CREDIT_DEBIT_EXPIRY]"),
        ("je crois que c'est 12/29", "je crois que c'est [CREDIT_DEBIT_EXPIRY]"),
        # the dot of a card's year alone, as before
        ("11.29", "[CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_an_expiry_after_a_word_of_assent_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a time after assent: the dot needs the message alone
        "ok 11.29",
        "ya 10.30",
        # a past month and year, or a day and month, is no card's
        "ya 04/19",
        "ok 10/12",
        # other words than assent before it
        "llega 04/29",
        "el envio 04/29",
    ],
)
def test_a_time_a_past_date_or_a_worded_date_stays(text):
    assert redact(text) == text
