"""Round 12: a number read out in short messages of digits alone ("212", "67", "last part
8319"; "0171", "45675545"). A first message of two to four digits that starts no card or
phone leaves a marker; the next messages of two digits or more alone, maybe after a word
saying which part ("last part", "then", "der Rest") or with a "done" ("passt", "that's
everything"), are its parts. A single digit, a year first, or a message with other words
ends nothing and masks nothing. The marker holds a kind and counts only. Synthetic."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("212", "67", "last part 8319"), [1, 2]),
        (("0171", "45675545"), [1]),
        (("22", "213", "9741 passt"), [1, 2]),
        (("5502", "5560", "8343 passt"), [1, 2]),
        (("38", "then 950352"), [1]),
    ],
)
def test_parts_after_a_short_number_alone_are_masked(texts, masked):
    out, markers = conversation(*texts)

    for index in masked:
        assert not any(c.isdigit() for c in out[index]), out
    item = markers[0].to_item() if markers[0] is not None else {}
    assert not any(c.isdigit() for c in str(item.get("entity_type", "")))


@pytest.mark.parametrize(
    "texts",
    [
        ("45", "order 12345 never came"),
        ("212", "2"),
        ("2024", "12 items"),
        ("30", "12 euros"),
    ],
)
def test_counts_orders_and_amounts_after_a_short_number_stay(texts):
    out, _ = conversation(*texts)

    assert out[1] == texts[1]
