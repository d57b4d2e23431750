"""Round 51: the groups of a number read out with "then" said as two words ("4000 dann
noch 7225", "4111 a seguir 0862", "em seguida", "a continuación", "followed by", "suivi de",
"gefolgt von"): the deobfuscated view blanked "dann", "depois" and the other one-word
joiners, not these, so the groups stayed apart and the card, the phone or the tax number
leaked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my card is 4111 followed by 1111 1111 1111", "4111 followed by 1111 1111 1111"),
        ("mi tarjeta 4111 1111 a continuación 1111 1111", "4111 1111 a continuación 1111 1111"),
        ("ma carte 4111 1111 suivi de 1111 1111", "4111 1111 suivi de 1111 1111"),
        ("Karte 4111 1111 dann noch 1111 1111", "4111 1111 dann noch 1111 1111"),
        ("Karte 4111 1111 gefolgt von 1111 1111", "4111 1111 gefolgt von 1111 1111"),
        ("o cartão é 4111 1111 a seguir 1111 1111", "4111 1111 a seguir 1111 1111"),
        ("o cartão é 4111 1111 em seguida 1111 1111", "4111 1111 em seguida 1111 1111"),
    ],
)  # fmt: skip
def test_card_groups_joined_by_a_two_word_then_are_one_card(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[CREDIT_DEBIT_NUMBER]")


def test_a_tax_number_so_joined_is_one_number() -> None:
    text = "o meu nif é 123 a seguir 456 789"
    assert redact(text) == "o meu nif é [PT_NIF]"


@pytest.mark.parametrize(
    "text",
    [
        # counts, prices, dates and references joined the same way stay
        "order 4471 followed by order 4472 arrived",
        "pedido 2024 a seguir 2025, os dois atrasados",
        "erst 12 Stück, dann noch 30 Stück",
        "la facture du 12/03 suivi de celle du 14/03",
        "pagué 49,90 € a continuación 12,50 €",
    ],
)  # fmt: skip
def test_counts_prices_dates_and_references_stay(text: str) -> None:
    assert redact(text) == text
