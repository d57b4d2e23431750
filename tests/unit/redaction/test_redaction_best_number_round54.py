"""Round 54: the number a customer says is the best or preferred one to reach them on ("best
number is", "preferred no", "mejor número", "meilleur numéro", "beste Nummer", "melhor
número") is their phone, as "my number" is: a first part ending the message starts it and
the rest in the next message is masked, a callback time after it staying. "The best number
of tries" is a count. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "best number is 0208",
        "preferred number: 0208",
        "el mejor número es 0208",
        "le meilleur numéro c'est 0208",
        "beste Nummer ist 0208",
        "o melhor número é 0208",
    ],
)  # fmt: skip
def test_a_first_part_after_the_best_number_starts_a_phone(first: str) -> None:
    seen, _ = conversation(first, "551 0374 after 14:30")
    assert seen[0].endswith("[PHONE]")
    assert seen[1] == "[PHONE] after 14:30"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the best number of attempts was 3", "4 today"),
        ("best number is 0208", "order 4471 arrived"),
        ("el mejor número de pedido", "55 unidades"),
    ],
)  # fmt: skip
def test_counts_and_other_numbers_near_the_best_number_stay(first: str, second: str) -> None:
    seen, _ = conversation(first, second)
    assert seen[1] == second
