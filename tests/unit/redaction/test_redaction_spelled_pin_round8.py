"""Round 8: a PIN said in German pairs, each one long word ("siebenundvierzig,
fuenfunddreissig", "achthundert achtundsiebzig, fünf"), is masked whole after its word;
a branch's number later in the message stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("meine PIN ist siebenundvierzig, fuenfunddreissig", "meine PIN ist [PIN]"),
        ("die Geheimzahl ist siebenundneunzig dreiundsiebzig", "die Geheimzahl ist [PIN]"),
    ],
)
def test_a_pin_in_long_german_pairs_is_masked(text, masked):
    assert redact(text) == masked


def test_a_branch_number_after_a_spelled_pin_stays():
    text = (
        "die PIN war achthundert achtundsiebzig, fünf, der Automat in Filiale 665 hat die "
        "Karte eingezogen"
    )

    assert redact(text) == (
        "die PIN war [PIN], der Automat in Filiale 665 hat die Karte eingezogen"
    )
