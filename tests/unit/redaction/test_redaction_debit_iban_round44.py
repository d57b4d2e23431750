"""Round 44: an IBAN's country and check digits ending a message that sets up a direct debit
("domicilia a ES52", "prélèvement sur FR76", "abbuchen von DE89", "Lastschrift von AT61",
"domiciliar em PT50") start an IBAN whose rest, in the next messages, is masked, as after a
refund's words. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_IBAN = "INTERNATIONAL_BANK_ACCOUNT_NUMBER"


@pytest.mark.parametrize(
    "texts",
    [
        ("domicilia a ES91", "2100 0418 4502 0005 1332"),
        ("cárgalo a ES91", "2100 0418 4502 0005 1332"),
        ("prélèvement sur FR14", "2004 1010 0505 0001 3M02 606"),
        ("bitte abbuchen von DE89", "3704 0044 0532 0130 00"),
        ("Lastschrift von AT61", "1904 3002 3457 3201"),
        ("pode domiciliar em PT50", "0002 0123 1234 5678 9015 4"),
    ],
)
def test_an_iban_started_after_a_debit_word_is_masked_whole(texts):
    out, markers = conversation(*texts)

    assert not any(c.isdigit() for text in out for c in text)
    assert markers[0] is not None and markers[0].entity_type == _IBAN


@pytest.mark.parametrize(
    "texts",
    [
        # no debit or refund word: a model's name stays
        ("my new bike is the ES91", "4521"),
        # check digits 99 are never an IBAN's
        ("domicilia a ES99", "4521"),
    ],
)
def test_capitals_and_digits_without_a_debit_start_nothing(texts):
    out, markers = conversation(*texts)

    assert out[0] == texts[0]
    assert markers[0] is None or markers[0].entity_type != _IBAN
