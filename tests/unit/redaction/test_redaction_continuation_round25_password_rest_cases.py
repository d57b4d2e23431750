"""Round 25, over messages: a password's rest without a digit, alone after the message that
gave its start ("le password c'est Kiwi7", then "?kPmQ"): two capitals and two small
letters mixed with a password's symbol, a shape no word has. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_FIRST = "le password c'est Kiwi7"


@pytest.mark.parametrize("rest", ["?kPmQ", "-ABcd", "zz.QQ", "Ab!Cd", "#Rw%tX"])
def test_a_rest_of_mixed_cases_and_a_symbol_is_masked(rest: str) -> None:
    out, _ = conversation(_FIRST, rest)

    assert out[1] == "[PASSWORD]"


@pytest.mark.parametrize(
    "rest",
    [
        "-Abcd",  # one capital
        "-ABCd",  # one small letter
        "ABcdE",  # no symbol
        "McDonald's",  # an apostrophe: a name's
        "AB@cd",  # an at sign: an address's
    ],
)
def test_what_has_not_the_shape_stays(rest: str) -> None:
    out, _ = conversation(_FIRST, rest)

    assert out[1] == rest


def test_the_shape_alone_without_a_password_before_stays() -> None:
    out, _ = conversation("my order is late", "?kPmQ")

    assert out[1] == "?kPmQ"
