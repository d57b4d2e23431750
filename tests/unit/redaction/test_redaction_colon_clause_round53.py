"""Round 53: a value's first part after its word and a clause closed by a colon, saying
why or how it comes ("card number again since the chat cut: 4000 2616", "acct number
coming, typing on the bus: 111", "mi cpf pq estoy en brasil ahora: 8840 483"), in the five
languages: the colon hands the value over however long the clause, so the part is masked
and the rest awaited. Two digits after such a clause (an amount, a count), a clause with a
number of its own or a reference's word stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "messages",
    [
        ("card number again since the chat cut: 4000 2616 9520", "1234"),
        ("acct number coming, typing on the bus: 111", "4374745", "33"),
        ("mi cpf pq estoy en brasil ahora: 8840 483", "0116"),
        ("la carte encore une fois car le chat a coupé : 4000 6662", "1234 5678"),
        ("die Karte nochmal, weil der Chat abgebrochen ist: 5105 9457", "1234 5678"),
        ("o cartão de novo pq o chat caiu: 6011 0009", "9013 9424"),
    ],
)  # fmt: skip
def test_a_first_part_after_a_colon_closed_clause_and_its_rest_are_masked(
    messages: tuple[str, ...],
) -> None:
    masked, _ = conversation(*messages)
    first_part = messages[0].rsplit(":", 1)[1]
    assert not any(c.isdigit() for c in masked[0].rsplit(":", 1)[1]), first_part
    for out in masked[1:]:
        assert not any(c.isdigit() for c in out), out


@pytest.mark.parametrize(
    "text",
    [
        "my card was charged twice last week, total: 45",  # two digits: an amount
        "my card, the order from last week: 4532",  # an order's word in the clause
        "card blocked on the 3rd, they said: 4532",  # a clause with a number of its own
    ],
)
def test_what_follows_a_clause_that_is_no_value_stays(text: str) -> None:
    masked, markers = conversation(text)
    assert masked[0] == text
    assert markers[0] is None
