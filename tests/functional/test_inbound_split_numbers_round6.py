"""Numbers split across messages through the inbound handler, round 6: digits sent bare,
then named a card in the next message ("3528", then "4598-1866-8282 is my card"); and the
last three digits of a 19-digit card in a message of their own. The marker on the sessions
item holds kind and counts (and whether the digits came unnamed), never a digit."""

from __future__ import annotations

from tests.functional.test_inbound_split_numbers import DIGIT, at, meaning, stored_marker
from tests.functional.test_inbound_split_numbers import make_harness as make_harness


def test_bare_digits_then_named_a_card_reach_connect_without_the_rest(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(at(0, "m_1", "3528"))
    harness.poll()
    marker = stored_marker(harness)
    assert marker is not None
    assert marker["M"]["unnamed"] == {"N": "1"}
    assert "3528" not in repr(meaning(marker))

    harness.enqueue(at(8, "m_2", "4598-1866-8282 is my card, order 7990012"))
    harness.poll()

    first, second = harness.agent_saw()
    assert first == "[PIN]"  # four digits alone: a reply to the agent's question for the PIN
    assert second == "[CREDIT_DEBIT_NUMBER] is my card, order 7990012"
    assert stored_marker(harness) is None


def test_the_last_three_digits_of_a_long_card_are_masked(make_harness) -> None:
    harness = make_harness()
    harness.enqueue(
        at(0, "m_1", "numero de tarjeta 4699-8698"),
        at(5, "m_2", "6053-8852"),
        at(9, "m_3", "056 perdon se me envio"),
    )
    harness.poll()

    assert [DIGIT.findall(text) for text in harness.agent_saw()] == [[], [], []]
    assert stored_marker(harness) is None
