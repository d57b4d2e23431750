"""Round 25, over messages: a value's word in a message whose only digits are a reference's,
named by its word and ending the message ("vocês pediram o CNPJ da empresa no chamado
#4711"): the value is announced, its parts follow. Synthetic values (CNPJ 11.222.333/0001-81)."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "vocês pediram o CNPJ da empresa no chamado #4711",
        "vocês pediram o CNPJ da empresa no chamado CAS-14459-XY",
        "el CNPJ, en el ticket nº 8812.",
        "le CNPJ dans le dossier: 4711",
    ],
)
def test_a_reference_ending_the_message_leaves_the_value_announced(first: str) -> None:
    out, markers = conversation(first, "11", "222.333/0001-81")

    assert out[0] == first  # the ticket's number is no part of the value
    assert markers[0] is not None and markers[0].entity_type == "BR_CNPJ"
    assert markers[0].seen == 0
    assert out[1:] == ["[BR_CNPJ]", "[BR_CNPJ]"]


@pytest.mark.parametrize(
    "first",
    [
        # a digit before the reference: not an announcement alone
        "o CNPJ 11 do chamado #4711",
        # the reference's number does not end the message
        "o CNPJ está no chamado #4711 de ontem",
        # the reference not said to hold the value: "of" names the reference's number
        "o CNPJ do pedido 4711",
        "o CNPJ, pedido 4711",
        # too many words between the value's word and the reference
        "o CNPJ que vocês me pediram ontem no chamado #4711",
    ],
)
def test_other_digits_or_words_announce_nothing(first: str) -> None:
    _, markers = conversation(first)

    assert markers[0] is None or markers[0].entity_type != "BR_CNPJ" or markers[0].seen != 0
