"""Round 8: a value corrected in the same message ("wait no", "perdón", "pardon", "nein",
"quer dizer") is masked as the value before it when it has as many digits; an order number
or a date after an apology stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("it's 212-67-9749 - wait no, 424 . 02 . 0120", "it's [SSN] - wait no, [SSN]"),
        ("ssn 212-67-9749 sorry I mean 212 67 9794", "ssn [SSN] sorry I mean [SSN]"),
        ("mi móvil es 612 345 678, perdón, 612 345 687", None),
        ("mon portable 06 12 34 56 78 pardon 06 12 34 56 87", None),
        ("Handy 0151 2345 6789, nein, 0151 2345 6798", None),
        ("celular 11 98765 4321 quer dizer 11 98765 4312", None),
    ],
)
def test_a_corrected_value_is_masked_like_the_first(text, masked):
    out = redact(text)
    if masked is not None:
        assert out == masked
    assert not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my ssn is 212-67-9749, sorry for the delay, order 123456789", "123456789"),
        ("phone 612 345 678 sorry, the 12.05.2025", "12.05.2025"),
        # a different count of digits after the apology: not the same value
        ("ssn 212-67-9749 sorry, ticket 12345678", "12345678"),
    ],
)
def test_a_reference_or_a_date_after_an_apology_stays(text, kept):
    assert kept in redact(text)
