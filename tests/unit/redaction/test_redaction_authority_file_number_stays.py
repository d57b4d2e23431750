"""Over-redaction: an authority's or a court's file number (a fine, a towed car, an appeal)
is a reference, not a licence or a phone, even when a licence's label follows it in the
same sentence ("expediente 318.402.577, el carnet es ..."). The licence after it is still
masked. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("me pusieron una multa, expediente 318.402.577, mi carnet es 73920418K", "318.402.577"),
        ("Bußgeld bekommen, Aktenzeichen 512.884.309, Führerschein B072WXR4KT1", "512.884.309"),
        ("recebi uma multa, processo 771.093.264, carta de condução L-402917 3", "771.093.264"),
        ("amende reçue, procédure 640.218.935, permis 120375104882", "640.218.935"),
    ],
)
def test_a_file_number_stays_and_the_licence_is_masked(text: str, kept: str) -> None:
    redacted = redact(text)
    assert kept in redacted
    assert "[DRIVER_ID]" in redacted
