"""Round 48: a value's first part, then an ellipsis set apart and a wait ("my SSN is 2632 ...
wait"), starts the marker as "2632 wait" did: the ellipsis and its spaces were five characters,
one more than the gap before the words after a value allowed. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "entity"),
    [
        ("hey so my SSN is 2632 ... wait", "00655 sorry got cut off", "SSN"),
        (
            "hey so my card is 22230045 ... wait",
            "84083181 sorry got cut off",
            "CREDIT_DEBIT_NUMBER",
        ),
        ("mi tarjeta es 4111 1111 …  espera", "1111 1111", "CREDIT_DEBIT_NUMBER"),
        ("meine Kontonummer ist 5321 ... moment", "8890 12", "BANK_ACCOUNT_NUMBER"),
    ],
)
def test_both_parts_are_masked(first: str, second: str, entity: str) -> None:
    (masked_first, masked_second), _ = conversation(first, second)

    assert f"[{entity}]" in masked_first
    assert masked_second.startswith(f"[{entity}]")


def test_a_count_then_an_ellipsis_and_words_stays() -> None:
    (masked,), (marker,) = conversation("my account shows 12 ... late fees again")

    assert masked == "my account shows 12 ... late fees again"
    assert marker is None
