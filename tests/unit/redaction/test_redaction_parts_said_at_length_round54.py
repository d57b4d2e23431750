"""Round 54: the words saying a value comes in parts may run past the reach they must start
in ("steuer id kommt in zwei nachrichten", "my tax id is coming in several messages"): the
reach bounds where they start, not where they end, so the first part after them starts the
value and its rest in the next message is masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "entity"),
    [
        ("meine steuer id kommt in zwei nachrichten 4109", "DE_TAX_ID"),
        ("my tax id is coming in several messages 4109", "DE_TAX_ID"),
        ("mi dni te lo mando en dos mensajes 4109", "ES_DNI"),
        ("mon numéro de sécu arrive en plusieurs messages 2 71", "FR_NIR"),
        ("meu cpf vai chegar em duas mensagens 318.402", "BR_CPF"),
    ],
)  # fmt: skip
def test_a_first_part_after_long_words_saying_it_comes_in_parts_starts_the_value(
    first: str, entity: str
) -> None:
    seen, markers = conversation(first, "5527 86")
    assert seen[0].endswith(f"[{entity}]")
    assert seen[1] == f"[{entity}]"
    assert markers[-1] is None or markers[-1].entity_type == entity


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an order's number between the word and the parts words: not the value's start
        ("steuer id zur bestellung 4711 kommt in zwei nachrichten", "13:45 passt"),
        # an amount, a time or a count after the announcement stays
        ("my tax id is coming in several messages", "paid 45 € at 13:45"),
        ("meine steuer id kommt in zwei nachrichten", "schon 3 tage gewartet"),
    ],
)  # fmt: skip
def test_numbers_after_long_parts_words_that_are_no_part_stay(first: str, second: str) -> None:
    seen, _ = conversation(first, second)
    assert seen[1] == second
