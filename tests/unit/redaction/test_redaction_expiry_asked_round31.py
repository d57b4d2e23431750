"""An expiry asked for by its noun, or as the card's own expiring (round 33).

"fecha de expiración", "data de expiração", "Gültigkeitsdatum" name the expiry; "when does
the card expire?", "bis wann ist die Karte gültig?", "quando o cartão vence?" ask for the
expiry, the card being its subject. Asking for the card's number and then its expiry ("card
number and the expiry", "numéro de carte puis la date d'expiration") still awaits the card.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import continue_pending

NOW = 1_764_115_200.0


@pytest.mark.parametrize(
    "question",
    [
        "y la fecha de expiración?",
        "Pode confirmar a data de expiração do cartão?",
        "Können Sie mir das Gültigkeitsdatum bestätigen?",
        "When does the card expire?",
        "Bis wann ist die Karte gültig?",
        "Quand est-ce que la carte expire ?",
        "Quando o cartão vence?",
        "¿Cuándo caduca la tarjeta?",
    ],
)
def test_the_expiry_is_awaited(question: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == "CREDIT_DEBIT_EXPIRY"


@pytest.mark.parametrize(
    "question",
    [
        "Please give me the card number and the expiry date.",
        "Saisissez le numéro de carte puis la date d'expiration.",
        "Bitte nennen Sie die Kartennummer und das Ablaufdatum.",
        "Please give me the card then the expiry date.",
        "Can you give me your card number? And when does it expire?",
    ],
)
def test_the_card_asked_first_is_awaited_first(question: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == "CREDIT_DEBIT_NUMBER"


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Können Sie mir das Gültigkeitsdatum bestätigen?", "joa 06/32", "06/32"),
        ("y la fecha de expiración?", "ehh 07/33 creo", "07/33"),
        ("Pode confirmar a data de expiração do cartão?", "2/33 acho", "2/33"),
        ("When does the card expire?", "jo 07.27", "07.27"),
    ],
)
def test_the_hedged_expiry_is_masked(question: str, answer: str, value: str) -> None:
    carried = continue_pending(answer, asked_for(question, NOW), NOW + 10)
    assert [answer[span.begin : span.end] for span in carried.spans] == [value]
