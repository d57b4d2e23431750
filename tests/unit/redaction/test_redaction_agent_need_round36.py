"""What the agent needs or must do, read as a request for the value it names (round 36).

"I just need your expiry date to continue", "tengo que verificar su seguro social",
"bräuchte ich Ihre Steuer-ID", "je dois vérifier", "ich muss", "tenho que": the value's
answer is awaited as after "please". "I have a question about your order" asks for nothing.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("I just need your expiry date to continue.", "CREDIT_DEBIT_EXPIRY"),
        ("We only need the security code now.", "CREDIT_DEBIT_CVV"),
        ("I have to verify your SSN first.", "SSN"),
        ("We must verify your SSN.", "SSN"),
        ("Antes de hacer el cambio tengo que verificar su seguro social.", "SSN"),
        ("Debo verificar su CURP.", "MX_CURP"),
        ("J'ai juste besoin du cryptogramme.", "CREDIT_DEBIT_CVV"),
        ("Je dois vérifier votre numéro de sécurité sociale.", "FR_NIR"),
        ("Für die Rechnung bräuchte ich Ihre Steuer-ID, elf Ziffern.", "DE_TAX_ID"),
        ("Ich muss Ihre Kontonummer prüfen.", "BANK_ACCOUNT_NUMBER"),
        ("Tenho que confirmar o seu CPF.", "BR_CPF"),
        ("Devo confirmar o seu CPF.", "BR_CPF"),
    ],
)
def test_a_need_or_duty_asks_for_the_value(question: str, entity: str) -> None:
    marker = asked_for(question, 0.0)
    assert marker is not None and marker.entity_type == entity


@pytest.mark.parametrize(
    "statement",
    [
        "I have a question about your order.",  # "have" without "to": no duty
        "Your card has a security code on the back.",  # no request at all
    ],
)
def test_a_statement_without_need_asks_nothing(statement: str) -> None:
    assert asked_for(statement, 0.0) is None
