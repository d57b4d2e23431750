"""Round 27: "derrière", French for "detrás" and "hinten", names where a card's security code
is printed, as "au dos" does ("derrière il y a marqué 341", "derrière la carte c'est 341");
not behind a place ("derrière la gare, au 125"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("derrière il y a marqué 341", "derrière il y a marqué [CREDIT_DEBIT_CVV]"),
        ("derriere c'est 518", "derriere c'est [CREDIT_DEBIT_CVV]"),
        ("derrière y a 2745", "derrière y a [CREDIT_DEBIT_CVV]"),
    ],
)
def test_digits_after_derriere_are_the_security_code(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "l'hôtel est derrière la gare au 125 rue Victor Hugo",
        "derrière le magasin, porte 114",
        "derrière l'église, 125 rue des Lilas",
        "derrière les immeubles 220 places",
        "derrière du 18 au 240",
        "derrière des 300 mètres",
        "c'est derrière un 205 garé",
        "derrière une 308 grise",
        "derrière chez 103",
    ],
)
def test_behind_a_place_the_digits_are_no_code(text: str) -> None:
    assert redact(text) == text


def test_behind_the_card_the_digits_are_masked() -> None:
    assert "341" not in redact("derrière la carte il y a 341")
