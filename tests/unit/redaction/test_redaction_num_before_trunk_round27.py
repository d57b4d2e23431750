"""Round 27: "num", French's shortest word for a number, first in its clause and before a
trunk 0 or a "+" ("num 06", "num +33", "ok, num 03 83 22"), starts the customer's phone,
read on in the next messages; after another word ("commande num 0123") it is that one's, and
before other digits ("num 4821", "num 00") it names no phone. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PHONE = "[PHONE]"


@pytest.mark.parametrize(
    ("first", "masked_first"),
    [
        ("num 06", f"num {PHONE}"),
        ("num +33", f"num {PHONE}"),
        ("ok, num 03 83 22", f"ok, num {PHONE}"),
        ("num. 01", f"num. {PHONE}"),
        ("num: 09", f"num: {PHONE}"),
    ],
)
def test_num_before_a_trunk_or_a_plus_starts_a_phone(first: str, masked_first: str) -> None:
    masked, markers = conversation(first, "12 34 56")
    assert masked == [masked_first, PHONE]
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


@pytest.mark.parametrize(
    "text",
    [
        "commande num 0123 4567",  # another word's number
        "num 4821",  # no trunk 0
        "num 00",  # no area after the 0
    ],
)
def test_num_names_no_phone_otherwise(text: str) -> None:
    masked, markers = conversation(text)
    assert masked == [text]
    assert markers == [None]
