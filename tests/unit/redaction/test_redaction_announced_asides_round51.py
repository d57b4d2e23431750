"""Round 51: a message without digits that names a value, then says why it gives it or
whose it is, announces the value all the same: "mi teléfono por si se corta el chat", "o
cnpj da loja pra nota", "my tax id for the invoice". The words saying in case the chat or
the call drops, and those naming the invoice or receipt the value goes on, no longer count
as the words that move the value away from its word; and a CNPJ, a business's number by
definition, is announced after the store's or the company's word. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "my phone number in case the chat drops",
        "mi teléfono por si se corta el chat",
        "mon numéro au cas où ça coupe",
        "meine Handynummer falls der Chat abbricht",
        "meu telefone caso o chat caia",
    ],
)  # fmt: skip
def test_a_phone_announced_in_case_the_chat_drops_is_masked_in_its_parts(first: str) -> None:
    seen, _ = conversation(first, "612 48", "33 907")
    assert seen == [first, "[PHONE]", "[PHONE]"]


@pytest.mark.parametrize(
    "first",
    [
        "o cnpj da loja pra nota",
        "o cnpj da empresa",
        "the store's cnpj for the invoice",
        "el cnpj de la tienda para la factura",
    ],
)  # fmt: skip
def test_a_cnpj_announced_after_the_business_word_is_masked_in_its_parts(first: str) -> None:
    seen, _ = conversation(first, "47", "208 331 0001 90")
    assert seen == [first, "[BR_CNPJ]", "[BR_CNPJ]"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a count, a duration or an amount after the announcement stays
        ("mi teléfono por si se corta el chat", "3 veces lo intenté"),
        ("my phone in case the call drops", "waited 15 minutes already"),
        ("o cnpj da loja pra nota", "15 minutos"),
        ("o cnpj da loja pra nota", "R$ 150,00 no total"),
        # a store's number after the store's word, with no CNPJ named, stays
        ("a loja pra nota", "47"),
    ],
)  # fmt: skip
def test_counts_durations_and_amounts_after_the_announcement_stay(first: str, second: str) -> None:
    seen, _ = conversation(first, second)
    assert seen == [first, second]
