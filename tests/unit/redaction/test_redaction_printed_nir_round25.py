"""A NIR as the carte Vitale prints it (1 2 2 2 3 3 2), followed by another value after a
slash or a comma: the run of digits holds both, so the NIR is read by its printed groups
and its mod-97 key. Synthetic values (1 85 05 75 123 456 73, 2 92 01 69 045 012 40)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "mes infos : 1 85 05 75 123 456 73 / 06 12 34 56 78",
        "mes infos : 2 92 01 69 045 012 40, 0612345678",
        "sécu 1.85.05.75.123.456.73 / 0612345678",
    ],
)
def test_a_printed_nir_before_another_value_is_masked(text):
    out = redact(text)

    assert "[FR_NIR]" in out
    assert "123 456" not in out and "045 012" not in out and "123.456" not in out


@pytest.mark.parametrize(
    "text",
    [
        # the key does not hold
        "mes infos : 1 85 05 75 123 456 74 / 06 12 34 56 78",
        # another group with the same separator: the groups go on, not a NIR's end
        "ref 1 85 05 75 123 456 73 12 / 06 12 34 56 78",
        # separators that differ between groups
        "mes infos : 1 85.05 75 123 456 73 / 06 12 34 56 78",
    ],
)
def test_what_is_not_a_printed_nir_is_not_read_as_one(text):
    assert "[FR_NIR]" not in redact(text)
