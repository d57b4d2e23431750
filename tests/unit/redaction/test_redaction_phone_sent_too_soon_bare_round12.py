"""Round 12: a phone's first two groups without a trunk 0 or "+" and an apology for hitting
Enter too soon ("242 827 desculpe", "612 34 sorry"): the rest comes next. A count or a year
with an apology stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def test_a_bare_phone_start_sent_too_soon_and_its_rest_are_masked():
    out, markers = conversation("612 34 sorry", "56 78")

    assert out == ["[PHONE] sorry", "[PHONE]"]
    assert "612" not in repr(markers[0])


@pytest.mark.parametrize("text", ["12 34 sorry", "2024 12 desculpe"])
def test_a_count_or_a_year_with_an_apology_stays(text):
    out, _ = conversation(text)

    assert out == [text]
