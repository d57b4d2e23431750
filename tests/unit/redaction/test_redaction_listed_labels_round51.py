"""Round 51: in a list of labelled values ("car ZK50 SEN, DL 123456789"), a licence or
passport word with its own value after it names that value, not the one before it: the
plate before, in groups, stays. A value typed before its word with nothing after
("K1234567, DL", "P88 . 260 . 17 es mi pasaporte"), or in one piece after another label,
is still masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "plate", "value"),
    [
        ("store 443, car ZK50 SEN, DL 123456789, data 5 GB", "ZK50 SEN", "123456789"),
        ("car KHP 1947, DL #987654321", "KHP 1947", "987654321"),
        ("coche 4821 KLM, permis: 12AB34567", "4821 KLM", "12AB34567"),
        ("auto AB 123 CD, pasaporte X1234567", "AB 123 CD", "X1234567"),
        ("Kennzeichen M AB 1234, Reisepass C01X00T47", "M AB 1234", "C01X00T47"),
    ],
)
def test_a_value_before_a_word_with_its_own_value_stays(text: str, plate: str, value: str) -> None:
    masked = redact(text)
    assert plate in masked
    assert value not in masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("K1234567, DL", "K1234567"),
        ("K1234567 (DL)", "K1234567"),
        ("P88 . 260 . 17 es mi pasaporte", "P88 . 260 . 17"),
        ("X1234567 is my passport", "X1234567"),
        # one piece after a label this rule does not know may be an identity's own value
        ("loja 2053, habilitação O11TPQ361, passaporte X1234567", "O11TPQ361"),
    ],
)
def test_a_value_before_its_word_alone_is_still_masked(text: str, value: str) -> None:
    assert value not in redact(text)
