"""Round 48: a phone announced in parts ("je vous envoie mon portable en morceaux"), then
sent with its country code ("+33 6759 7891"): the code says how many digits make it whole,
so the one digit left, alone next, is its end; once whole, nothing after it is. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "parts",
    [
        ("je vous envoie mon portable en morceaux", "+33 6123 4567", "8"),
        ("vou mandar telemóvel em partes", "+351 9123 4567", "8"),
        ("i'll send my phone in bits", "+44 7700 9001", "23"),
        ("te mando mi celular por partes", "+34 612 345", "678"),
        ("ich schick Telefonnummer in Teilen", "+49 1512 3456", "789 0"),
    ],
)  # fmt: skip
def test_the_last_digits_of_a_phone_announced_with_its_country_are_masked(
    parts: tuple[str, str, str],
) -> None:
    texts, markers = conversation(*parts)

    assert texts[1:] == ["[PHONE]", "[PHONE]"]
    assert markers[-1] is None


@pytest.mark.parametrize(
    "parts",
    [
        ("te mando mi celular por partes", "+34 612 345 678", "5 dias"),
        ("i'll send my phone in bits", "+1 415 555 2671", "2 more"),
        ("je vous envoie mon portable en morceaux", "+33 6 12 34 56 78", "3 fois"),
    ],
)  # fmt: skip
def test_nothing_after_a_whole_phone_with_its_country_is_masked(
    parts: tuple[str, str, str],
) -> None:
    texts, _ = conversation(*parts)

    assert texts[1:] == ["[PHONE]", parts[2]]
