"""Round 50: a supply's installation or contract number before the debit that pays its bill
("instalação 12345678, débito na conta ...") was read as the debited account. A number
named by its installation's or contract's word keeps that name; an account named by its
debit alone is still masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "gas reading 40211, installation 55120944, debit from the account",
        "lectura del gas 40211, instalación 55120944, débito en la cuenta",
        "relevé gaz 40211, contrat 55120944, prélèvement sur le compte",
        "Gasstand 40211, Anlage 55120944, Abbuchung vom Konto",
        "leitura do gás 40211 kWh, instalação 55120944, débito na conta",
        "Vertrag 55120944, wird jeden Monat abgebucht",
    ],
)  # fmt: skip
def test_an_installation_or_contract_before_the_debit_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 55120944 is the one they debit", "55120944"),
        ("la 55120944 es la que me cargan cada mes", "55120944"),
        ("le 55120944 c'est celui qu'ils prélèvent chaque mois", "55120944"),
        ("von 55120944 wird jeden Monat abgebucht", "55120944"),
        ("a 55120944 é a que debitam todo mês", "55120944"),
    ],
)  # fmt: skip
def test_an_account_named_by_its_debit_alone_is_still_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[BANK_ACCOUNT_NUMBER]")
