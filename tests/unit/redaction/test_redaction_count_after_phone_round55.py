"""Round 55: a count or a data size after a phone ("my cell 6175550102, 53 GB plan", "mi
móvil 612345678, 50 GB de datos", "3 calls already") is not the phone's last group.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("if yes my cell 6175550102, 53 GB plan btw", "53 GB plan"),
        ("mi móvil 612345678, 50 GB de datos", "50 GB de datos"),
        ("mon portable 06 12 34 56 78, 100 Go par mois", "100 Go par mois"),
        ("meine Handynummer 0151 23456789, 20 GB Tarif", "20 GB Tarif"),
        ("meu celular 11 98765 4321, 30 gigas", "30 gigas"),
        ("my cell 6175550102, 3 calls already", "3 calls already"),
    ],
)  # fmt: skip
def test_a_count_or_size_after_a_phone_is_not_its_last_group(text: str, kept: str) -> None:
    masked = conversation(text)[0][0]
    assert kept in masked
    assert "[PHONE]" in masked
