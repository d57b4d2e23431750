"""Round 23b, over messages: a message that only checks the agent asked for the code ("vous
voulez mon code ??", "you need the pin?", "me pediste el código?") announces a PIN, and the
next message gives it, maybe after fillers and a copula ("bon ok c'est 4821", "ok so it's
4821"): those words say nothing of the digits, however many they make. Other words before
the digits, or a word after "code", keep them. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "asked",
    [
        "vous voulez mon code ??",
        "tu veux le code ?",
        "you need the pin?",
        "you want my code?",
        "me pediste el código?",
        "necesitas mi codigo?",
        "Sie wollten den Code?",
        "você quer o código?",
    ],
)
def test_a_question_for_the_code_announces_a_pin(asked: str) -> None:
    out, markers = conversation(asked, "4821")

    assert markers[0] is not None and markers[0].entity_type == "PIN", markers
    assert out[1] == "[PIN]", out


@pytest.mark.parametrize(
    "asked",
    [
        "vous voulez mon code promo ?",  # another code
        "vous voulez mon code",  # no question
    ],
)
def test_no_pin_is_announced_without_a_question_for_the_code_alone(asked: str) -> None:
    _, markers = conversation(asked)

    assert markers[0] is None or markers[0].entity_type != "PIN", markers


@pytest.mark.parametrize(
    "rest",
    [
        "bon ok c'est 4821",  # two fillers and a copula
        "ok so it's 4821",
        "ok so its 4821",
        "pues bueno es 4821",
        "alors donc bon c'est 4821",  # three fillers, the most
        "also gut ist 4821",
        "então é 4821",
    ],
)
def test_fillers_and_a_copula_before_the_announced_pin_still_lead_to_it(rest: str) -> None:
    out, _ = conversation("vous voulez mon code ??", rest)

    assert not any(c.isdigit() for c in out[1]), out


@pytest.mark.parametrize(
    "rest",
    [
        "ok alors donc bon c'est 4821",  # four fillers
        "bon ok mais c'est 4821",  # a word no filler
        "bon ok 4821 euros",  # an amount
    ],
)
def test_other_words_before_the_digits_keep_them(rest: str) -> None:
    out, _ = conversation("vous voulez mon code ??", rest)

    assert out[1] == rest, out
