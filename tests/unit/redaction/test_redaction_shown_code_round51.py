"""Round 51: "code" right after a screen's verb of showing names the code on the screen, not
the card's security code ("the app says code 5127", "el módem marca code 3318", "l'appli
affiche code 512", "die App zeigt Code 1874", "o modem dá code 2749", "erro code 8421"). A
card's code after its words is still masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "the app says code 5127 and closes",
        "router keeps showing code 6093",
        "el modem marca code 3318",
        "la app muestra el código 3318 y se cierra",
        "l'appli affiche code 512",
        "die App zeigt Code 1874 an",
        "o modem dá code 2749",
        "o ip não abre, erro code 8421",
    ],
)
def test_a_code_a_screen_shows_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "the security code is 365",
        "code 365",
        "my card code 365",
        "el código de seguridad 365",
        "le code au dos 365",
        "die Prüfnummer 365",
        "o código de segurança 365",
    ],
)
def test_a_card_code_after_its_word_is_still_masked(text: str) -> None:
    assert "365" not in redact(text)
