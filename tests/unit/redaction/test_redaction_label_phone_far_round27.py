"""Round 27: a phone word before the label it is printed on names the number even when the
copula after the label is long and puts the phone word beyond a lenient reach ("el telefono
de la etiqueta tiene que ser 649 43 13 29", "o telefone da etiqueta tem que ser (19)
3479-8826"): the number must then be a valid phone number. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "envio TBA7928879, el telefono de la etiqueta tiene que ser 649 43 13 29",
            "envio TBA7928879, el telefono de la etiqueta tiene que ser [PHONE]",
        ),
        (
            "rastreio 9586466168, o telefone da etiqueta tem que ser (19) 3479-8826",
            "rastreio 9586466168, o telefone da etiqueta tem que ser [PHONE]",
        ),
        (
            "the phone on the label should really be 0161 496 0663",
            "the phone on the label should really be [PHONE]",
        ),
    ],
)
def test_a_phone_printed_on_a_label_far_from_its_word_is_a_phone(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the phone word is not printed on the reference: the shipment's number
        "el telefono ya lo cambié ayer, el envio 649 43 13 29",
        # one long run, no phone's groups: the shipment's number after its own word
        "el telefono de la etiqueta no sirve, envio 649431329",
    ],
)
def test_a_reference_word_not_naming_where_the_phone_is_keeps_its_number(text: str) -> None:
    assert redact(text) == text
