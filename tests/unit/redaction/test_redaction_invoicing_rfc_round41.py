"""Round 41: a Mexican invoice is made out to the buyer's RFC, so an RFC's shape with a
real birth date after an invoicing word is the RFC even without its name ("necesito
facturar a mi nombre, ABCD800101XY1"); elsewhere its check digit must hold. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("necesito facturar a mi nombre, PEMA850412AB1 y mi correo",
         "necesito facturar a mi nombre, [MX_RFC] y mi correo"),
        ("para la factura: PEMA 850412 AB1", "para la factura: [MX_RFC]"),
        ("mis datos fiscales PEMA-850412-AB1", "mis datos fiscales [MX_RFC]"),
        ("el CFDI a nombre de LOSJ901130K29", "el CFDI a nombre de [MX_RFC]"),
        ("invoice (factura) for LOSJ901130K29", "invoice (factura) for [MX_RFC]"),
    ],
)  # fmt: skip
def test_an_rfc_after_an_invoicing_word_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "necesito facturar, PEMA851312AB1 y mi correo",  # month 13: no birth date
        "PEMA850412AB1 y mi correo",  # no invoicing word, the check digit fails
        "PEMA850412AB1 para la factura",  # the word after it names what follows
    ],
)  # fmt: skip
def test_no_rfc_without_the_invoicing_word_or_a_date(text):
    assert "[MX_RFC]" not in redact(text)
