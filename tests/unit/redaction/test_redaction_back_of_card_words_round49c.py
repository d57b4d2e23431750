"""Round 49c: a security code spelled out after "au dos" (French for on the back, and
Spanish "dos" for two) is masked, with or without dashes between its words; two number
words after "au dos" are no code, and a code spelled after other place words is read as
before. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

CVV = "[CREDIT_DEBIT_CVV]"


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("et les chiffres au dos six-trois-quatre, commande en attente", "six-trois-quatre"),
        ("les chiffres au dos neuf un neuf merci", "neuf un neuf"),
        ("le code au dos deux-six-sept-quatre", "deux-six-sept-quatre"),
        ("au dos: cinq zéro cinq", "cinq zéro cinq"),
    ],
)
def test_a_code_spelled_after_au_dos_is_masked(text: str, spelled: str) -> None:
    masked = redact(text)

    assert CVV in masked
    assert spelled not in masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mal au dos depuis deux jours",
        "mal au dos depuis deux trois jours",
        "le colis est arrivé, au dos il y a une étiquette",
    ],
)
def test_au_dos_without_a_spelled_code_keeps_the_text(text: str) -> None:
    assert redact(text) == text


def test_a_code_spelled_after_another_place_word_is_still_masked() -> None:
    masked = redact("the digits on the back six three four")

    assert CVV in masked
