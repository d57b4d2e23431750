"""The security code sent after the expiry as the second or the other one (round 33).

Asked for the expiry and the code at once, customers label them by their place: "first one
12/28 second 079", "el primero 12/28 y el otro 664", "le premier 12/28 l'autre 443", "das
erste 12/28 das andere 443", "o primeiro 12/28 o outro 443", or join them with "then"
("12/28 depois 443"). The code is masked with the expiry; a count after "then" is not.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import continue_pending

NOW = 1_764_115_200.0


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Please provide the expiration date and CVV.", "first one 12/28 second 079"),
        ("Please provide the expiration date and CVV.", "12/28 the other one 079"),
        ("Indique la caducidad y el CVV.", "el primero 12/28 y el otro 664"),
        ("Indiquez la date d'expiration et le cryptogramme.", "le premier 12/28 l'autre 443"),
        ("Bitte das Ablaufdatum und die Prüfziffer.", "das erste 12/28 das andere 443"),
        ("validade e cvv pf", "o primeiro 12/28 o outro 443"),
        ("validade e cvv pf", "12/28 depois 443"),
    ],
)
def test_the_second_value_is_the_code(question: str, answer: str) -> None:
    carried = continue_pending(answer, asked_for(question, NOW), NOW + 10)
    entities = [span.entity_type for span in carried.spans]
    assert entities == ["CREDIT_DEBIT_EXPIRY", "CREDIT_DEBIT_CVV"]
    assert answer[carried.spans[1].begin : carried.spans[1].end] == answer.split()[-1]


@pytest.mark.parametrize(
    "answer", ["12/28 then 3 more days", "12/28 second try", "12/28 the other 12345"]
)
def test_words_or_other_digits_after_the_expiry_are_no_code(answer: str) -> None:
    question = "Please provide the expiration date and CVV."
    carried = continue_pending(answer, asked_for(question, NOW), NOW + 10)
    assert [span.entity_type for span in carried.spans] == ["CREDIT_DEBIT_EXPIRY"]
