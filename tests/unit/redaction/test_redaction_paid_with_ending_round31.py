"""Round 31: a card's last four after saying it paid with it, its word left out after the
article ("pagué con la 4178", "payée avec la 3028", "pago com o 5308"), and after German's
"mit Endung" ("die Karte mit Endung 4321"), are masked; a price after the same words is not.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("el pedido era 1117-4639 y pagué con la 4178", f"y pagué con la {CARD}"),
        ("lo pagué con mi 2499 ayer", f"lo pagué con mi {CARD} ayer"),
        ("la commande c'était T0101846 payée avec la 4733", f"payée avec la {CARD}"),
        ("commande payée avec ma 9511", f"payée avec ma {CARD}"),
        ("o pedido era CMD-155378 pago com o 2022", f"pago com o {CARD}"),
        ("paguei com a 1917", f"paguei com a {CARD}"),
        ("die karte mit endung 4321 ist nicht meine", f"die karte mit endung {CARD} ist"),
        ("Karte mit der Endung 9970 gesperrt", f"Karte mit der Endung {CARD} gesperrt"),
    ],
)
def test_the_card_paid_with_is_masked(text: str, masked: str) -> None:
    assert masked in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "pagué con la 1500 €",
        "o pedido era 320028 pago com o 5308 reais",
        "paguei com o pix 1234",  # another means of payment named
        "payée avec la 2e carte",
        "pagué con la 41789",  # five digits: no card's last four
        "die Lieferung mit Endung 12 Uhr",
    ],
)
def test_other_payments_stay(text: str) -> None:
    assert "[CREDIT_DEBIT_NUMBER]" not in redact(text)


def test_a_number_dictated_between_words_after_paying_is_not_taken_for_an_ending() -> None:
    text = "pagué con la 4111 casa 1111 casa 1111 casa 1111 gracias"

    assert redact(text) == text
