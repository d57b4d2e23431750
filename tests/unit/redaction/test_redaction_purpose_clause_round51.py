"""Round 51: an account asked for with a relative clause saying what it is for ("the
account the refund goes to?", "la cuenta donde va el reembolso?", "le compte où va le
remboursement ?", "das Konto, auf das die Erstattung geht?", "a conta onde cai o
reembolso?") announces it as "the account for the refund?" does; the next message, maybe
after an assent pointing at it ("yeah that one, ...", "sí esa, ...", "oui celui-là : ...",
"ja genau das, ...", "sim essa, ..."), is masked. A duration, a clause that names no
purpose and an assent without digits stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("ok so you want the account the refund goes to?", "yeah that one, 40817733", "40817733"),
        ("la cuenta donde va el reembolso?", "sí esa, 40817733", "40817733"),
        ("le compte où va le remboursement ?", "oui celui-là : 40817733", "40817733"),
        ("das Konto, auf das die Erstattung geht?", "ja genau das, 40817733", "40817733"),
        ("a conta onde cai o reembolso?", "sim essa, 40817733", "40817733"),
        # the assent alone before the digits, after a question without the clause
        ("ok so you want the account?", "yeah that one, 40817733", "40817733"),
        ("the account the refund goes to?", "40817733", "40817733"),
    ],
)
def test_an_account_asked_for_with_its_purpose_is_masked_next(
    question: str, answer: str, value: str
) -> None:
    masked, _ = conversation(question, answer)
    assert value not in masked[1]


@pytest.mark.parametrize(
    ("question", "answer", "kept"),
    [
        ("the account the refund goes to?", "yeah that one, 3 days ago", "3 days"),
        ("the account the refund goes to?", "yeah that one, thanks", "thanks"),
        # a clause that says nothing of what the account is for moves away from its word
        ("the account my brother told me about last week?", "40817733", "40817733"),
    ],
)
def test_a_duration_a_word_and_a_clause_without_purpose_stay(
    question: str, answer: str, kept: str
) -> None:
    masked, _ = conversation(question, answer)
    assert kept in masked[1]
