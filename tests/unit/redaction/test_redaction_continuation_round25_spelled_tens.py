"""Round 25, over messages: a PIN said in number words after a forgotten one, whose tens
are the longest Spanish and Portuguese ones ("cincuenta y siete", "cinquenta e sete"):
eleven characters stand between the tens' digit and the units' in the spelled view (up to
sixteen join them since round 25 merged German's pairs). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("forgot", "old"),
    [
        ("olvidé el pin", "el viejo era treinta y cinco cincuenta y siete"),
        ("olvidé el pin", "el viejo era cincuenta y uno cincuenta y dos"),
        ("esqueci o pin", "o antigo era cinquenta e sete cinquenta e um"),
    ],
)
def test_a_pin_with_the_longest_tens_is_masked_whole(forgot: str, old: str) -> None:
    out, _ = conversation(forgot, old)

    assert out[1].endswith("[PIN]")
    assert "siete" not in out[1] and "sete" not in out[1] and "dos" not in out[1]


def test_sixteen_characters_between_spelled_digits_still_join_them() -> None:
    # "cinco" -> "5    ", then twelve spaces: sixteen between the 5 and the 7
    out, _ = conversation("olvidé el pin", "el viejo era cinco" + " " * 12 + "siete uno dos")

    assert out[1] == "el viejo era [PIN]"


def test_seventeen_characters_between_spelled_digits_part_them() -> None:
    text = "el viejo era cinco" + " " * 13 + "siete uno dos"
    out, _ = conversation("olvidé el pin", text)

    assert out[1] == text
