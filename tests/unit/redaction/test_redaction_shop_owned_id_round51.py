"""Round 51: a business id's word owned by a shop ("cnpj da loja", "Steuernummer der
Filiale", "tax id of the store") introduces the id, not the shop's number: its first digits
start the id and the rest is masked in the next message. The shop's word without the id's
("numero da loja 1037", "store 1037") stays a reference. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "entity"),
    [
        ("cnpj da loja 4821-9930", "7715 000162", "BR_CNPJ"),
        ("NIF da loja 5031", "72846", "PT_NIF"),
        ("Steuernummer der Filiale 58 214", "903 667", "DE_TAX_ID"),
        ("tax id of the store 58 214", "903 667", "DE_TAX_ID"),
    ],
)
def test_a_business_id_owned_by_a_shop_starts_the_id(first: str, second: str, entity: str) -> None:
    out, markers = conversation(first, second)

    assert not any(c.isdigit() for c in out[0] + out[1])
    assert markers[0] is not None and markers[0].entity_type == entity


@pytest.mark.parametrize(
    "first",
    [
        "numero da loja 4821",  # the shop's own number
        "store 4821 refused my return",
        "tienda 4821, pedido 77",
    ],
)
def test_a_shop_s_own_number_starts_no_id(first: str) -> None:
    out, markers = conversation(first)

    assert "4821" in out[0]
    assert markers[0] is None or markers[0].entity_type not in {"BR_CNPJ", "PT_NIF", "DE_TAX_ID"}
