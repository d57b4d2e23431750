"""Round 21, over messages: the next credential a customer offers, unsure, in the past tense
("or was it Nuage42!", "ou c'était Nuage42!", "oder war es Nuage42!"), after a message that
ended with a tried password; and a compact expiry offered the same way. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_TRIED = "user jdoe_4417 pw Sol#8812"


@pytest.mark.parametrize(
    "opening",
    [
        "or was it",
        "or it was",
        "or it's",
        "o era",
        "o es",
        "ou c'était",
        "ou c’était",
        "ou c'est",
        "oder war es",
        "oder ist",
        "ou foi",
        "ou é",
        # the past copula alone opens a guess too
        "was it",
        "era",
        "oder war's",
    ],
)
def test_a_guess_offered_in_the_past_tense_is_masked(opening: str) -> None:
    out, _ = conversation(_TRIED, f"{opening} Nuage42!")

    assert out[1] == f"{opening} [PASSWORD]"


@pytest.mark.parametrize(
    "second",
    [
        "or was it tuesday",  # letters alone: a day, no credential
        "or was it order12345",  # a reference's word and its number
        "or was it    Nuage42!",  # four spaces: no longer one phrase
        "is Nuage42!",  # the present copula alone: no guess offered
    ],
)
def test_what_offers_no_credential_stays(second: str) -> None:
    out, _ = conversation(_TRIED, second)

    assert out[1] == second


@pytest.mark.parametrize("opening", ["or it was", "o era", "ou foi", "oder war es"])
def test_an_expiry_offered_in_the_past_tense_is_masked(opening: str) -> None:
    out, _ = conversation("exp 0827", f"{opening} 0526")

    assert out[1] == f"{opening} [CREDIT_DEBIT_EXPIRY]"
