"""Round 39: a card read out as words, then its expiry and security code as printed on the
card form ("... sieben eins eins / 0331 / 413", "... trois sept sept | 0532 | zéro-six-quatre"):
the expiry after a said card is the card's as after a typed one. The view as typed has the
card end at its last word's first letter; the rest of that word is skipped. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_SAID = {
    "en": "four one one one one one one one one one one one one one one one",
    "es": "cuatro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno",
    "fr": "quatre un un un un un un un un un un un un un un un",
    "de": "vier eins eins eins eins eins eins eins eins eins eins eins eins eins eins eins",
    "pt": "quatro um um um um um um um um um um um um um um um",
}


@pytest.mark.parametrize("lang", sorted(_SAID))
@pytest.mark.parametrize("separator", [" / ", " | ", ", "])
def test_the_expiry_and_code_after_a_said_card_are_masked(lang: str, separator: str) -> None:
    out, _ = conversation(f"{_SAID[lang]}{separator}0331{separator}413")

    assert "0331" not in out[0]
    assert "413" not in out[0]
    assert out[0].startswith("[CREDIT_DEBIT_NUMBER]")


def test_a_said_code_after_the_expiry_of_a_said_card_is_masked() -> None:
    out, _ = conversation(f"{_SAID['fr']} | 0532 | zéro-six-quatre")

    assert out[0] == "[CREDIT_DEBIT_NUMBER] | [CREDIT_DEBIT_EXPIRY] | [CREDIT_DEBIT_CVV]"


@pytest.mark.parametrize("after", [" is my card, 2 items", " / 1331 / 413"])
def test_no_expiry_after_a_said_card_without_a_month(after: str) -> None:
    out, _ = conversation(f"{_SAID['en']}{after}")

    assert "[CREDIT_DEBIT_EXPIRY]" not in out[0]
