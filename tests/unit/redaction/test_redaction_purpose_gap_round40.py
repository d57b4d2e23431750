"""Round 40: what a value is for, between its word and the value ("mi clabe para la
devolución es 0129", "sending the account no for the refund"), counts as one word of the
gap, as whose it is does: the value's start is still the customer's own, its rest follows
alone. Other words, or a purpose with no value word, still start nothing. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        ("mi clabe pa la devolucion es 0129", "mi clabe pa la devolucion es"),
        ("mi clabe para el reembolso es 0129", "mi clabe para el reembolso es"),
        ("the account for the refund is 0129", "the account for the refund is"),
        ("mon compte pour le virement est 0129", "mon compte pour le virement est"),
        ("mein Konto für die Erstattung ist 0129", "mein Konto für die Erstattung ist"),
        ("a conta para o reembolso é 0129", "a conta para o reembolso é"),
    ],
)
def test_a_purpose_between_word_and_value_keeps_its_start(first: str, lead: str) -> None:
    out, _ = conversation(first, "3993 4501", "4501 07")

    assert out[0].startswith(lead + " [")
    assert "0129" not in out[0]
    assert not any(c.isdigit() for line in out[1:] for c in line)


@pytest.mark.parametrize(
    "first",
    [
        "sending the account no for the refund",
        "mi cuenta para el reembolso por favor",
        "voici mon compte pour le remboursement svp",
        "mein Konto für die Rückerstattung bitte",
        "segue a conta para o estorno por favor",
    ],
)
def test_a_purpose_after_the_word_announces_the_value(first: str) -> None:
    out, _ = conversation(first, "5970-1534", "3835 sorry hit enter too early")

    assert out[0] == first
    assert not any(c.isdigit() for line in out[1:] for c in line)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # five words that say no purpose: too far from the word
        ("mi clabe de la tienda dice que es 0129", None),
        # a purpose with more words after it than a gap allows
        ("my account was charged twice for the payment", "14 euros"),
        ("mein Konto wurde doppelt für die Zahlung belastet", "14 Euro"),
    ],
)
def test_other_words_or_a_long_clause_start_nothing(first: str, second: str | None) -> None:
    said = (first,) if second is None else (first, second)
    out, _ = conversation(*said)

    assert out == list(said)
