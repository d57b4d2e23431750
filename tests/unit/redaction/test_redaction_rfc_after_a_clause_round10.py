"""Round 10: an RFC typed in pieces may come after a clause that follows its word ("the RFC
on my mexican invoices is JUCM 🙂 870306 🙂 4P5"): up to eight words, the value validated
whole. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

RFC = "[MX_RFC]"


@pytest.mark.parametrize("value", ["JUCM 🙂 870306 🙂 4P5", "SOZK ... 681206 ... 9M2"])
def test_an_rfc_after_a_clause_is_masked(value):
    text = f"the RFC on my mexican invoices is {value}, can you add it to the receipt"

    assert redact(text) == f"the RFC on my mexican invoices is {RFC}, can you add it to the receipt"


def test_pieces_that_are_no_rfc_stay():
    text = "the RFC on my mexican invoices is ABCD 123 456, can you check"

    assert RFC not in redact(text)
