"""Round 50: a value typed inside square brackets after its word ("passport no. [X1234567]",
as a form the customer fills in keeps them): a bracket ends the window a context word is
read in, so the word before the opening bracket named nothing. A bracket pair around a
value (a digit, no token's underscore, one short line) now reads as spaces; a mask token
and bracketed words still bound the window. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for the visa: passport no. [X7712034], thanks", "X7712034"),
        ("para el visado: pasaporte [PAQ204417] y nada más", "PAQ204417"),
        ("pour la demande : passeport [18KP33021] merci", "18KP33021"),
        ("für den Antrag: Reisepass [C4RT8NK21] danke", "C4RT8NK21"),
        ("pro pedido de visto: passaporte [YB402218] obrigado", "YB402218"),
    ],
)  # fmt: skip
def test_a_passport_in_brackets_after_its_word_is_masked(text: str, value: str) -> None:
    masked = text.replace(value, "[PASSPORT_NUMBER]")
    assert redact(text) == masked
    assert redact(masked) == masked


def test_the_brackets_the_customer_typed_stay_around_the_mask() -> None:
    assert redact("passport no. [X7712034]") == "passport no. [[PASSPORT_NUMBER]]"


@pytest.mark.parametrize(
    "text",
    [
        # a number in brackets after a reference's word stays: an order, a ticket, a count
        "order no. [88412093] still not delivered",
        "pedido [55120944] no ha llegado",
        "commande [40918832] pas reçue",
        "Bestellung [77120934] fehlt",
        "pedido [33018842] não chegou",
        "see note [2] and the price [49.90 EUR]",
        "delivered on [12/03/2025] at [14:30]",
    ],
)  # fmt: skip
def test_references_dates_and_prices_in_brackets_stay(text: str) -> None:
    assert redact(text) == text


def test_a_mask_token_still_lends_no_context() -> None:
    # the token's own name is no context word for the number after it
    text = "[PASSPORT_NUMBER] and then 20 units"
    assert redact(text) == text


def test_bracketed_words_are_left_as_they_are() -> None:
    text = "the passport [sic] was sent [again] yesterday"
    assert redact(text) == text


def test_a_bracketed_value_then_the_next_message_reads_as_before() -> None:
    masked, _ = conversation("passport no. [X7712034]", "thanks, order 55120944 too")
    assert masked == ["passport no. [[PASSPORT_NUMBER]]", "thanks, order 55120944 too"]
