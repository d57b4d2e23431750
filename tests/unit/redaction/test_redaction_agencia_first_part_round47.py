"""Round 47: an agência after "da", "na", "pela" is a place, the branch one stands in or its
ATM ("no caixa da agência 130"): its number starts no marker. The word alone still starts
one, however few digits follow ("agência 60", then "99"; "ag 7937", then "9 conta ...").
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("a senha 7487 não funciona no caixa da agência 130", "agência 130"),
        ("o caixa eletrônico da agencia 242", "agencia 242"),
        ("fui na agência 55", "agência 55"),
    ],
)
def test_fewer_than_four_digits_after_agencia_stay(text: str, number: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert number in masked
    assert marker is None or marker.entity_type != "BANK_ROUTING"


def test_an_agencia_and_its_check_digit_sent_after_are_masked() -> None:
    (first, second), _ = conversation("minha ag 7937", "9 conta 48151623")

    assert first == "minha ag [BANK_ROUTING]"
    assert second.startswith("[BANK_ROUTING]")


def test_an_agencia_typed_in_two_parts_is_masked() -> None:
    (first, second), _ = conversation("agência 60", "99")

    assert (first, second) == ("agência [BANK_ROUTING]", "[BANK_ROUTING]")
