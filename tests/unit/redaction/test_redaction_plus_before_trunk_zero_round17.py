"""Round 17: a plus typed before a national number's trunk 0 ("+0161 496 0888",
"tel=%2B0161..."): no country code starts with 0, so the number is read as the national
one it leads. Synthetic values (Ofcom's drama ranges, France's fictional 06 12 34 56 78)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tel: +0161 496 0888", "496 0888"),
        ("ring me on +07700 900123", "900123"),
        ("call +0612345678", "0612345678"),
        ("callback link https://help.example.com/cb?tel=%2B01614960888 in it", "1614960888"),
        # two zeros after the plus: the international prefix typed after it
        ("call me on +0044 161 496 0888", "496 0888"),
    ],
)
def test_a_plus_before_a_trunk_zero_leads_a_phone(text: str, value: str) -> None:
    out = redact(text)
    assert "[PHONE]" in out
    assert value not in out


@pytest.mark.parametrize(
    "text",
    [
        # too short for any national number
        "score +0125",
        # a plus before a trunk 0 and digits no plan allocates
        "call +0000 000 0000",
    ],
)
def test_a_plus_before_a_zero_that_is_no_phone_stays(text: str) -> None:
    assert "[PHONE]" not in redact(text)
