"""Round 51: the account a bounced direct debit is to be taken from again ("my direct debit
bounced, can you retry from X", "el recibo rebotó, pasadlo otra vez a X", "le prélèvement a
été rejeté, repassez sur X", "die Lastschrift ist geplatzt, nochmal von X abbuchen", "o
débito direto voltou, cobrem de novo na X"), look-alike letters inside the digits read as
digits. An amount, a date, an order, a card and a number without the debit stay.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my direct debit bounced last month (£12.50), can you retry from 48127733?", "48127733"),
        ("my direct debit bounced, can you retry from 48I27O33?", "48I27O33"),
        ("el recibo rebotó, ¿lo podéis pasar otra vez a 4812 7733 01?", "4812 7733 01"),
        ("le prélèvement a été rejeté, vous pouvez repasser sur 48127733019 ?", "48127733019"),
        ("Lastschrift geplatzt, könnt ihr nochmal von 481 277 330 abbuchen?", "481 277 330"),
        ("o débito direto voltou, podem cobrar de novo na 4812773301?", "4812773301"),
        # a Spanish CCC's twenty digits
        ("el recibo rebotó, pasadlo otra vez a 21000418450200051332", "21000418450200051332"),
    ],
)
def test_the_account_a_bounced_debit_is_retried_from_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my direct debit bounced, please retry 250.00 EUR", "250.00"),
        ("my direct debit bounced, can you try again on 12/03/2026", "12/03/2026"),
        ("my direct debit bounced, try again with order 48127733", "48127733"),
        ("el recibo de la luz otra vez 48 euros, pedido 48127733", "48127733"),
        # no debit named: the retry's words alone name nothing
        ("can you retry from 48127733?", "48127733"),
        ("die Lieferung kommt nochmal am 12.03.2026", "12.03.2026"),
    ],
)
def test_amounts_dates_references_and_numbers_without_a_debit_stay(text: str, kept: str) -> None:
    assert kept in redact(text)


def test_a_card_retried_after_a_bounced_debit_is_read_as_a_card() -> None:
    masked = redact("my direct debit bounced, retry from 4111 1111 1111 1111")
    assert "4111" not in masked and "[CREDIT_DEBIT_NUMBER]" in masked
