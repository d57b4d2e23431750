"""Round 21b, over messages: the next credential offered as a question after a list's word
("or is it xkiwi442x"), after a message that ended with a tried password. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_TRIED = "user jdoe_4417 pw Sol#8812"


@pytest.mark.parametrize("opening", ["or is it", "or  is it", "and is it"])
def test_a_guess_offered_as_a_question_is_masked(opening: str) -> None:
    out, _ = conversation(_TRIED, f"{opening} xkiwi442x")

    assert out[1] == f"{opening} [PASSWORD]"


@pytest.mark.parametrize(
    "second",
    [
        "is it xkiwi442x",  # the question alone, no list's word: nothing offered in turn
        "or is it tuesday",  # letters alone
        "or is it order12345",  # a reference's word and its number
        "or is    it xkiwi442x",  # four spaces: no longer one phrase
    ],
)
def test_a_question_that_offers_no_credential_stays(second: str) -> None:
    out, _ = conversation(_TRIED, second)

    assert out[1] == second
