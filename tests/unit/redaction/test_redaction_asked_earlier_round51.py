"""Round 51: a short number given back as what the agent asked for earlier ("the one you
asked me for earlier: 4821", "lo que me pediste antes? 4821"): no word names its type (the
agent's question did), so no finder read it. Four to eight digits closing the message or
its clause after "you asked (for)", "me pediste", "vous m'avez demandé", "du wolltest",
"você pediu" are masked as the code asked for; a reference named with them, a year or a
count asked for, an amount stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the one you asked me for earlier: 4821", "4821"),
        ("what u wanted before? 730915", "730915"),
        ("lo que me pediste antes? 4821", "4821"),
        ("el código que solicitaste hace rato: 66120384", "66120384"),
        ("le code que vous m'avez demandé tout à l'heure : 4821", "4821"),
        ("ce que tu voulais : 730915, voilà", "730915"),
        ("das, was du vorhin wolltest: 4821", "4821"),
        ("wonach Sie gefragt haben: 730915.", "730915"),
        ("aquilo que você pediu antes: 4821", "4821"),
        ("o que vc me pediu: 730915", "730915"),
    ],
)  # fmt: skip
def test_digits_given_as_what_the_agent_asked_for_are_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[PIN]")


def test_look_alike_letters_in_the_code_are_read_as_digits() -> None:
    assert redact("the one you asked for earlier: 48I2") == "the one you asked for earlier: [PIN]"


@pytest.mark.parametrize(
    "text",
    [
        # three digits, or nine, are no code asked for this way
        "the one you asked me for earlier: 482",
        "the one you asked me for earlier: 482193746",
        # a reference named with them is the reference's
        "the order number you asked for: 48213",
        "el número de pedido que me pediste: 48213",
        "la commande que vous m'avez demandée : 48213",
        "die Rechnung, nach der du gefragt hast: 48213",
        # a year or a count asked for, an amount, a sentence going on
        "you asked when I ordered: 2024.",
        "me pediste cuántos: 1200",
        "vous m'avez demandé combien : 3500 €",
        "you asked for 2000 units last week",
        "você pediu 1500 reais",
    ],
)  # fmt: skip
def test_references_years_counts_and_amounts_asked_for_stay(text: str) -> None:
    assert redact(text) == text
