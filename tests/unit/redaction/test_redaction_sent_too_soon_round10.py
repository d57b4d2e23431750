"""Round 10: a phone's first digits (a trunk 0 or a country code) and an apology for hitting
Enter too soon ("0412 sorry", "+61 sorry") start a phone: both parts are masked, the marker
holds no digit. A year with an apology stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("0412 sorry", "345 678 is my mobile"),
        ("+61 sorry", "412 345 678"),
        ("0171 entschuldigung", "98314499"),
        ("+49 151 sorry hit enter", "2345 6789"),
    ],
)
def test_a_phone_started_too_soon_is_masked(first, rest):
    out, markers = conversation(first, rest)

    assert out[0].startswith("[PHONE]") and not any(c.isdigit() for c in out[0] + out[1])
    assert first.split()[0] not in repr(markers[0])


def test_a_year_and_an_apology_stay():
    out, _ = conversation("2024 sorry", "ok thanks")

    assert out == ["2024 sorry", "ok thanks"]
