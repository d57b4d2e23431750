"""A hedge between the copula and the value ("jetzt ist es glaub ich 4821"), round 45."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns import PatternsDetector
from connect_privacy.redaction.patterns.hedged_value import cut_hedges


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.entity_type, text[s.begin : s.end]) for s in PatternsDetector().detect(text)}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("my son changed the pin, now it is i think 4821", "PIN", "4821"),
        ("mi hijo cambió el pin y ahora es creo que 4821", "PIN", "4821"),
        ("mon fils a changé le pin, maintenant c'est je crois 4821", "PIN", "4821"),
        ("mein Sohn hat die PIN geändert, jetzt ist es glaub ich 2926", "PIN", "2926"),
        ("mein Sohn hat die cvv geändert, jetzt ist es wohl 493", "CREDIT_DEBIT_CVV", "493"),
        (
            "mein Sohn hat die Kto-Nr geändert, jetzt ist es ich glaube 2827 5990 0258",
            "BANK_ACCOUNT_NUMBER",
            "2827 5990 0258",
        ),
        (
            "meu filho mudou a conta, agora é eu acho que 28275990025",
            "BANK_ACCOUNT_NUMBER",
            "28275990025",
        ),
        (
            "my son changed the account number, now it's probably 28275990025",
            "BANK_ACCOUNT_NUMBER",
            "28275990025",
        ),
    ],
)
def test_a_value_after_a_hedged_copula_is_found(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "this is i think fine, order 4821 arrived",
        "es creo que mejor llamar mañana",
        "das ist glaub ich egal",
    ],
)
def test_a_hedge_without_a_value_masks_nothing(text: str) -> None:
    assert _found(text) == set()


def test_the_cut_is_where_the_hedge_was() -> None:
    cut, cuts = cut_hedges("jetzt ist es glaub ich 2926")
    assert cut == "jetzt ist es 2926"
    assert cuts == ((12, 10),)


def test_a_hedge_not_after_a_copula_is_kept() -> None:
    assert cut_hedges("ich glaube es ist 2926") == ("ich glaube es ist 2926", ())
    # a copula inside a word is none ("this", "tennis")
    assert cut_hedges("tennis maybe 4821")[1] == ()
