"""Round 54: a value the customer goes to fetch ("let me grab my passport", "je cherche mon
BIC", "moment ich such den Pass", "busco el usuario", "vou pegar o passaporte") is named by
that message alone; the next message hands it over bare, maybe with a word that hands it
("bitte", "voilà", "listo", "pronto", "there"). A reply, a date or an order's reference after
the fetching message stays. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.fetched_value import fetched_kind, handed_value_end
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("fetching", "entity"),
    [
        ("hold on let me grab my passport", "PASSPORT_NUMBER"),
        ("un momento que busco mi pasaporte", "PASSPORT_NUMBER"),
        ("attends je cherche mon passeport", "PASSPORT_NUMBER"),
        ("warte ich hole den Pass", "PASSPORT_NUMBER"),
        ("calma vou pegar o passaporte", "PASSPORT_NUMBER"),
        ("sec, getting my driver's license", "DRIVER_ID"),
        ("einen Moment, ich suche den Führerschein", "DRIVER_ID"),
        ("je cherche le BIC une seconde", "SWIFT_CODE"),
        ("wait let me find the cvv", "CREDIT_DEBIT_CVV"),
        ("ya busco el usuario", "USERNAME"),
        ("hang on looking for my username", "USERNAME"),
    ],
)  # fmt: skip
def test_a_message_fetching_a_value_names_it(fetching: str, entity: str) -> None:
    assert fetched_kind(fetching) == entity


@pytest.mark.parametrize(
    "text",
    [
        "let me grab my passport 2 mins",  # a digit: a value begun, read elsewhere
        "i need to find my passport before the flight on friday",  # a story, not a wait
        "such a pain this passport thing",  # English "such"
        "let me check",  # nothing named
    ],
)
def test_other_messages_name_no_fetched_value(text: str) -> None:
    assert fetched_kind(text) is None


@pytest.mark.parametrize(
    ("fetching", "handed", "value"),
    [
        ("hold on let me grab my passport", "XK4471025 there", "XK4471025"),
        ("un momento que busco mi pasaporte", "PAQ502917 listo", "PAQ502917"),
        ("attends je cherche mon passeport", "19QZ40527 voilà", "19QZ40527"),
        ("warte ich hole den Pass", "C7TNR40XK bitte", "C7TNR40XK"),
        ("calma vou pegar o passaporte", "FZ630417 pronto", "FZ630417"),
        ("einen Moment, ich suche den Führerschein", "B0729RX41Q hier", "B0729RX41Q"),
        ("je cherche le BIC une seconde", "QWERFRPP voilà", "QWERFRPP"),
        ("ya busco el usuario", "tomas.qq81 ahí va", "tomas.qq81"),
    ],
)  # fmt: skip
def test_the_fetched_value_handed_over_next_is_masked(
    fetching: str, handed: str, value: str
) -> None:
    masked = conversation(fetching, handed)[0][1]
    assert value not in masked
    assert masked.startswith("[")


@pytest.mark.parametrize(
    ("fetching", "reply"),
    [
        ("hold on let me grab my passport", "ok thanks"),
        ("hold on let me grab my passport", "sorry there"),
        ("un momento que busco mi pasaporte", "vale listo"),
        ("attends je cherche mon passeport", "12/05/2026 voilà"),
        ("ya busco el usuario", "gracias"),
    ],
)  # fmt: skip
def test_a_reply_after_fetching_stays(fetching: str, reply: str) -> None:
    assert conversation(fetching, reply)[0][1] == reply


def test_a_handing_word_needs_one_value_before_it() -> None:
    assert handed_value_end("LXJ40684 listo") == len("LXJ40684")
    assert handed_value_end("this is the one there") is None
    assert handed_value_end("LXJ40684") is None
