"""Asked to call or dial a number in the imperative ("marquen al", "llámenme al", "ligue
para", "rappelez-moi au"), the customer gives their own phone: the request outweighs a
postcode or reference just before it. A number the customer called ("llamé al") or an
infinitive ("hay que llamar al") names none. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

PHONE = "[PHONE]"
NUMBER = "224 234 0586"


@pytest.mark.parametrize(
    "request_to_call",
    [
        "llama al",
        "llame al",
        "llamen al",
        "llámame al",
        "llameme al",
        "llámenme al",
        "marca al",
        "márcame al",
        "marque al",
        "marquen al",
        "márqueme al",
        "marquenme al",
        "appelle-moi au",
        "rappelez-moi au",
        "appelez moi au",
        "liga para",
        "ligue para",
        "liguem pra",
        "me liga no",
        "liga-me para",
    ],
)
def test_a_phone_after_a_request_to_call_is_masked(request_to_call: str) -> None:
    text = f"envien a cp 18595 y {request_to_call} {NUMBER}"
    assert redact(text) == f"envien a cp 18595 y {request_to_call} {PHONE}"


@pytest.mark.parametrize(
    "phrase",
    ["llamé al", "marcar al", "ligar para", "appeler au"],
)
def test_a_number_called_or_to_call_after_a_postcode_stays(phrase: str) -> None:
    text = f"envien a cp 18595 y {phrase} {NUMBER}"
    assert redact(text) == text
