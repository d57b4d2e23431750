"""Round 41: a double space slipped between the groups of a card's expiry ("exp 04  2032")
or of a formatted SSN ("375  67 4372") is the same value as with single spaces; three
spaces, or groups of the wrong length, are not. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("exp 04  2032", "exp [CREDIT_DEBIT_EXPIRY]"),
        ("vence 11  2029", "vence [CREDIT_DEBIT_EXPIRY]"),
        ("expire 07  2031", "expire [CREDIT_DEBIT_EXPIRY]"),
        ("gültig bis 04  2030", "gültig bis [CREDIT_DEBIT_EXPIRY]"),
        ("validade 09  2028", "validade [CREDIT_DEBIT_EXPIRY]"),
    ],
)  # fmt: skip
def test_an_expiry_with_a_double_space_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "exp 04   2032 ok",  # three spaces: two numbers
        "exp 13  2032 ok",  # no month
    ],
)  # fmt: skip
def test_no_expiry_past_the_double_space(text):
    assert "[CREDIT_DEBIT_EXPIRY]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("fine here it is 375  67 4372", "fine here it is [SSN]"),
        ("aquí está 375 67  4372", "aquí está [SSN]"),
        ("le voici 375 67  4372", "le voici [SSN]"),
        ("hier 375  67 4372", "hier [SSN]"),
        ("aqui 375  67 4372", "aqui [SSN]"),
    ],
)  # fmt: skip
def test_an_ssn_with_a_double_space_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ici 375   67 4372",  # three spaces
        "ici 375  67 437",  # a group short
        "ici 000  67 4372",  # no SSN begins 000
    ],
)  # fmt: skip
def test_no_ssn_past_the_shape(text):
    assert "[SSN]" not in redact(text)
