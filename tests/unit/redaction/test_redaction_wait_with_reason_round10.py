"""Round 10: a number in progress may be followed by a word asking to wait and the reason
for it ("espera que se me corta", "attendez ça coupe encore", "wait my battery is dying",
"pera que a net caiu"), up to six words: the rest of the number still follows. More than
three words that do not start with such a word name the value instead. Synthetic cards."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("tarjeta 4000-0050 espera que se me corta", "vale 2766-7220"),
        ("carte 4970 1012, attendez ça coupe encore", "3456 7890"),
        ("card 4111 1111 wait my battery is dying", "1111 1111"),
        ("cartão 5555 5555 pera que a net caiu", "5555 4444"),
    ],
)
def test_the_card_continues_after_a_wait_and_its_reason(first: str, rest: str) -> None:
    out, markers = conversation(first, rest)

    assert CARD in out[0] and CARD in out[1]
    assert not any(c.isdigit() for c in out[0] + out[1])
    digits = "".join(c for c in first if c.isdigit())
    assert markers[0] is not None and digits not in repr(markers[0])


def test_many_words_that_do_not_ask_to_wait_end_the_number() -> None:
    out, _ = conversation("tarjeta 4000-0050 es la que uso para todo", "2 pedidos")

    assert out[1] == "2 pedidos"
