"""Round 10: an area code in brackets and the first digits ("(11) 92713"), then the rest
("2005"), is a phone in parts; not after a reference word ("pedido (12) 345"). In an
address block, the phone on its own line is not the postcode's line above ("CEP 19730-641
Sao Paulo", then "(11) 2624-2312"). A bare number word after an address's words is the
house's number, not a phone's start ("cep 18326-245 numero 35"). Synthetic values."""

from __future__ import annotations

from tests.support.redaction import conversation, redact

PHONE = "[PHONE]"


def test_an_area_code_in_brackets_starts_a_phone_in_parts() -> None:
    out, _ = conversation("(11) 92713", "2005")

    assert out == [PHONE, PHONE]


def test_a_bracketed_number_after_a_reference_word_stays() -> None:
    out, _ = conversation("pedido (12) 345", "ok")

    assert out[0] == "pedido (12) 345"


def test_the_phone_under_the_postcode_line_of_an_address_is_masked() -> None:
    text = "Entregar em:\nRua das Flores 10\nCEP 47800-940 Sao Paulo\n(11) 90483-1824"

    masked = redact(text)
    assert masked.endswith(f"\n{PHONE}") and "47800-940" in masked


def test_the_house_number_after_the_postcode_stays() -> None:
    out, markers = conversation("cep 18326-245 numero 35", "obrigado")

    assert out[0] == "cep 18326-245 numero 35" and markers[0] is None
