"""Round 23: a message that is only a code's word after its article ("ah le code", "the
code:") announces the PIN, read out next, maybe in pairs. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("ah le code", "82", "13"), ["ah le code", "[PIN]", "[PIN]"]),
        (("the code:", "4821"), ["the code:", "[PIN]"]),
        (("ok, el código", "48", "21"), ["ok, el código", "[PIN]", "[PIN]"]),
        (("der Code", "4821"), ["der Code", "[PIN]"]),
        (("o código", "4821"), ["o código", "[PIN]"]),
    ],
)
def test_a_code_announced_alone_then_its_digits(texts: tuple[str, ...], masked: list[str]) -> None:
    assert conversation(*texts)[0] == masked


def test_the_announcement_leaves_an_empty_pin_marker() -> None:
    _, markers = conversation("ah le code")
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen, markers[0].complete) == ("PIN", 0, 4)


@pytest.mark.parametrize(
    "texts",
    [
        ("le code promo", "82"),  # another code
        ("the code is wrong", "82"),
        ("code", "82"),  # no article: a word alone, maybe a question
        ("ah le code", "82 euros"),  # an amount
        ("ah le code", "le 12 mars"),  # a date
    ],
)
def test_other_codes_and_what_is_no_pin_stay(texts: tuple[str, ...]) -> None:
    assert conversation(*texts)[0] == list(texts)
