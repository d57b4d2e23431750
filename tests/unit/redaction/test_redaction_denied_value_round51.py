"""Round 51: the value a customer gives instead of one they deny ("the PIN isn't 1234,
it's 5678"): the denied one was found by its word, the one given after "it's", "es",
"c'est", "sondern" or "é" was not, whatever its digits' shape. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("my pin isn't 4821, it's 7390 sorry", "7390"),
        ("the pin is not 4821 it's 6 - four - 19, my bad", "6 - four - 19"),
        ("mi nip no es 4821, es 3o57, me equivoqué", "3o57"),
        ("el pin no es 4821, es siete tres nueve cero", "siete tres nueve cero"),
        ("mon code pin c'est pas 4821, c'est 73 90, pardon", "73 90"),
        ("die PIN ist nicht 4821 sondern 739012, sorry", "739012"),
        ("die PIN ist nicht 4821 sondern sieben drei neun null", "sieben drei neun null"),
        ("o pin não é 4821, é 7l90, errei", "7l90"),
    ],
)  # fmt: skip
def test_the_value_given_instead_of_a_denied_pin_is_masked(text: str, given: str) -> None:
    masked = redact(text)
    assert given not in masked
    assert "4821" not in masked


@pytest.mark.parametrize(
    "text",
    [
        # what follows the denial is a count, an age or a time, not a PIN's digits
        "my pin isn't 4821, it's 2 days old",
        "el nip no es 4821, es de 2 años",
        "die PIN ist nicht 4821 sondern seit 3 Tagen neu",
        # no negation before the value: a second number is not its replacement
        "my pin is 4821, it's 550 on the receipt",
    ],
)  # fmt: skip
def test_counts_and_unrelated_numbers_after_a_denied_pin_stay(text: str) -> None:
    masked = redact(text)
    assert "4821" not in masked
    for kept in ("2 days", "2 años", "3 Tagen", "550"):
        if kept in text:
            assert kept in masked


def test_an_order_denied_and_replaced_is_no_value() -> None:
    text = "the order isn't 55120944, it's 55120945"
    assert redact(text) == text
