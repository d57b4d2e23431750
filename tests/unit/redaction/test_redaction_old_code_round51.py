"""Round 51: a PIN or a code set beside another one in the same breath: the old one named
without a verb ("new pin 4821, the old one 7730", "pin nuevo 4821 el viejo 7730", "nouveau
code 4821, l'ancien 7730", "neue PIN 4821, alte 7730", "senha nova 4821, a antiga 7730"), or
a second guess after the doubt said before the first ("tal vez 4821? o 7730"). Both codes
are masked in the five languages; what is no code after them stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "new pin 4821, the old one 7730",
        "new pin 4821, old one was 7730",
        "pin nuevo 4821 el viejo 7730",
        "nip nuevo 4821, el anterior 773012",
        "nouveau code pin 4821, l'ancien 7730",
        "neue pin 4821, alte 7730",
        "neue PIN 482190, die alte 7730",
        "pin novo 4821, o antigo 7730",
        "senha nova do cartão 4821, a antiga 7730",
    ],
)
def test_the_old_code_named_without_a_verb_is_masked(text: str) -> None:
    masked = redact(text)

    assert "4821" not in masked
    assert "7730" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "i don't remember the pin, maybe 4821? or 7730",
        "no me acuerdo del nip, tal vez 4821? o 7730",
        "je me souviens plus du code pin, peut-etre 4821 ? ou 7730",
        "ich weiss die pin nicht mehr, vielleicht 4821? oder 7730",
        "não lembro a senha do cartão, talvez 4821? ou 7730",
    ],
)
def test_a_second_guess_at_a_code_is_masked(text: str) -> None:
    masked = redact(text)

    assert "4821" not in masked
    assert "7730" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "new pin 4821, the old one was fine",
        "pin nuevo 4821, el viejo no sirve",
        "neue pin 4821, die alte karte ist weg",
        "order 55123, the old one 7730",
    ],
)
def test_what_is_no_code_after_it_stays(text: str) -> None:
    masked = redact(text)

    assert "4821" not in masked or text.startswith("order")
    assert masked.split(",", 1)[1] == text.split(",", 1)[1]
