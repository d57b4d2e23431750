"""Round 49c: an account named only by its debit ("la 12345678 es la que me cargan cada
mes", "von 12345678 wird jeden Monat abgebucht", "they debit 12345678") is masked in the
five languages; a verb that also charges a card is the account's only with a recurrence
after it. Order, policy and invoice numbers, cards, amounts and short numbers stay.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "text",
    [
        "83967445 is the one they debit every month, policy up 3%",
        "la 45736428 es la que me cargan cada mes, subio un 14%",
        "le 94309557 c'est celui qu'ils prélèvent chaque mois",
        "von 75154155 wird jeden Monat abgebucht, teurer geworden",
        "a 83186947 é a que debitam todo mês, subiu 20%",
        # the verb first: a preposition and an article before the value
        "they debit 25626114 now",
        "ils prélèvent sur le 56808518 depuis mars",
        "es wird abgebucht von 67509684 seit März",
        # forty characters at most between the value and its verb
        "12345678 is the number on the letter they debit",
        # seventeen digits: the longest account read
        "12345678901234567 is the one they debit",
    ],
)
def test_a_number_said_to_be_debited_is_masked(text: str) -> None:
    masked = redact(text)

    assert ACCOUNT in masked
    assert not any(run.isdigit() and len(run) >= 8 for run in masked.split())


@pytest.mark.parametrize(
    "text",
    [
        "12345678 is what they charge every month",
        "la 12345678 es la que me cobran cada mes",
        "le 12345678 c'est celui qu'ils facturent tous les mois",
        "a 12345678 é a que cobram todo mês",
    ],
)
def test_a_charge_with_a_recurrence_after_it_names_the_account(text: str) -> None:
    assert ACCOUNT in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a charge without a recurrence: a card's or an order's
        ("the 12345678 they charge me for is wrong", "12345678"),
        ("la 12345678 me la cargaron dos veces", "12345678"),
        # seven digits, and eighteen: no account's length here
        ("1234567 is the one they debit", "1234567"),
        # a reference's word right before the number
        ("order 12345678 was debited every month", "12345678"),
        ("la poliza 12345678 me la cargan cada mes", "12345678"),
        ("facture 12345678 prélevée deux fois", "12345678"),
        ("Vertrag 12345678 wird monatlich abgebucht", "12345678"),
        # a number a label names as something else, and an amount taken after the debit
        ("numéro d'abonné 234490647064, prélèvement de 19,90 € ??", "234490647064"),
        ("Mitgliedsnr 29184838510, Abbuchung 49,99 €", "29184838510"),
        ("member number 29184838, they debit it monthly", "29184838"),
        ("29184838510 debited of 49.99 this month", "29184838510"),
        # a debit card's digits
        ("my debit card 12345678 was declined", "12345678"),
        ("tarjeta de débito 12345678 bloqueada", "12345678"),
        # too far from the verb: over forty characters of one clause between them
        ("12345678 is the number on the letter they sent me, debited", "12345678"),
    ],
)
def test_no_debit_or_a_reference_keeps_the_number(text: str, kept: str) -> None:
    assert kept in redact(text)


def test_an_eighteen_digit_run_is_not_read_as_a_debited_account() -> None:
    masked = redact("123456789012345678 is the one they debit")

    assert ACCOUNT not in masked


def test_masking_a_debited_account_is_idempotent() -> None:
    once = redact("la 45736428 es la que me cargan cada mes")

    assert redact(once) == once
