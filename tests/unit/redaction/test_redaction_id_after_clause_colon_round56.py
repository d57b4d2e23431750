"""Round 56: an identifier's word, a longer clause that a reference may fill, and a colon
closing it ("rfc de la empresa para la factura FAC-2024-0001: GOMA-850-312-K41"): the value
in pieces right after the colon is read as after its word, validated whole. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "rfc de la empresa para la factura FAC-2024-0001: GOMA-850-312-K41",
            "rfc de la empresa para la factura FAC-2024-0001: [MX_RFC]",
        ),
        (
            "the RFC of the company to put on invoice INV-2024-0001 please: GOMA 85 0312 K41",
            "the RFC of the company to put on invoice INV-2024-0001 please: [MX_RFC]",
        ),
        (
            "le RFC de la société pour la facture FA-2023-118 : GOMA.850.312.K41",
            "le RFC de la société pour la facture FA-2023-118 : [MX_RFC]",
        ),
    ],
)
def test_an_id_after_the_colon_closing_its_clause_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_reference_after_the_colon_is_left() -> None:
    text = "rfc de la empresa para la factura: FAC-2024-0001"

    assert redact(text) == text
