"""Round 44: a second PIN offered right after a found one, the customer unsure which it is
("is it 4821? or maybe 872100", "o quizás", "ou peut-être", "oder vielleicht", "ou talvez"):
both codes are theirs, of four to eight digits. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("i forgot my PIN, is it 4821? or maybe 872100",
         "i forgot my PIN, is it [PIN]? or maybe [PIN]"),
        ("olvidé mi PIN, ¿es 4821? o quizás 7250", "olvidé mi PIN, ¿es [PIN]? o quizás [PIN]"),
        ("j'ai oublié mon PIN, c'est 4821 ou peut-être 7250",
         "j'ai oublié mon PIN, c'est [PIN] ou peut-être [PIN]"),
        ("PIN vergessen, ist es 4821 oder vielleicht 7250",
         "PIN vergessen, ist es [PIN] oder vielleicht [PIN]"),
        ("esqueci o PIN, é 4821 ou talvez 7250", "esqueci o PIN, é [PIN] ou talvez [PIN]"),
        ("my PIN is 4821 or maybe it's 72504813", "my PIN is [PIN] or maybe it's [PIN]"),
    ],
)  # fmt: skip
def test_the_other_code_offered_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # nine digits after the hedge: longer than any PIN, and no hedge word at all
        "i forgot my PIN, is it 4821? or maybe 872100543 from the letter",
        # the hedge far from the found code
        "i forgot my PIN, is it 4821? the branch said the card ends differently or maybe 7250",
    ],
)  # fmt: skip
def test_a_number_not_offered_in_its_place_stays(text):
    assert redact(text).endswith(text[-12:])


def test_an_order_number_offered_after_another_stays():
    text = "order 4821 or maybe 7250"
    assert redact(text) == text
