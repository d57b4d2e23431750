"""Round 31: the old value said and the new one given in Spanish, French and Portuguese ("ese es
el viejo", then "el nuevo 9289"; "c'est l'ancien", then "le nouveau trois zéro trois trois";
"essa é a antiga", then "a nova oito, zero, dois, três"), as round 25b does in English and
German. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PII = "[PII]"


@pytest.mark.parametrize(
    "old",
    [
        "no espera ese es el viejo",
        "esa era la anterior",
        "non attendez c'est l'ancien",
        "c'était l'ancienne",
        "não pera essa é a antiga",
        "esse era o velho",
    ],
)
def test_the_old_one_said_announces_the_new(old: str) -> None:
    out, markers = conversation("pin 7310", old, "5386")

    assert out[1] == old
    assert markers[1] is not None and markers[1].entity_type == "PII"
    assert out[2] == PII


@pytest.mark.parametrize(
    "said", ["es el viejo edificio", "c'est l'ancien bureau 12", "a antiga casa"]
)
def test_other_talk_of_old_things_announces_nothing(said: str) -> None:
    _, markers = conversation(said)

    assert markers[0] is None


@pytest.mark.parametrize(
    ("new", "masked"),
    [
        ("el nuevo 9289", f"el nuevo {PII}"),
        ("la nueva es 9289", f"la nueva es {PII}"),
        ("el nuevo nueve dos ocho nueve", f"el nuevo {PII}"),
        ("el nuevo setenta y dos cuarenta y tres", f"el nuevo {PII}"),
        # a hundred's word leaves its digit at the word's end: the gap before it is long
        ("el nuevo trescientos sesenta y nueve novecientos doce", f"el nuevo {PII}"),
        ("le nouveau trois zéro trois trois", f"le nouveau {PII}"),
        ("le nouveau c'est 3033", f"le nouveau c'est {PII}"),
        ("la nouvelle zéro neuf quatre-vingt-six", f"la nouvelle {PII}"),
        ("a nova oito, zero, dois, três", f"a nova {PII}"),
        ("o novo é 8023", f"o novo é {PII}"),
        ("a nova sete-zero-cinco-nove-seis-três", f"a nova {PII}"),
    ],
)
def test_the_new_value_after_its_word_is_masked(new: str, masked: str) -> None:
    out, markers = conversation("c'est l'ancien", new)

    assert out[1] == masked
    assert markers[1] is None


@pytest.mark.parametrize(
    "new",
    [
        "el nuevo 928",  # three digits
        "le nouveau coûte 1299 €",  # a price after a word
        "la nueva tarjeta llega el lunes",
        "a nova 53    86",  # typed digits four blanks apart: two numbers
        "le nouveau    5386",  # typed digits four blanks after the word
    ],
)
def test_other_new_things_stay(new: str) -> None:
    out, _ = conversation("essa é a antiga", new)

    assert out[1] == new
