"""Round 51: a password the browser fills in by itself, named by no password word ("Chrome
autofills X", "\\"X\\" <- es lo que se autocompleta", "le navigateur remplit tout seul X",
"der Browser füllt X automatisch aus", "o navegador preenche sozinho X"): a word of a
password's shape is masked. The error code beside it, a device, a plain word and a message
without the filling in stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chrome autofills Kiwi#4412 and it still fails", "Kiwi#4412"),
        ('"Lumo.582river" <- that is what the browser auto-fills, error 403', "Lumo.582river"),
        ('"Sol&4471luna" <- eso es lo que se autocompleta y sigue dando error 500', "Sol&4471luna"),
        ("el navegador lo rellena solo: Pato_93faro y no entra", "Pato_93faro"),
        ("\u00abNuage42!\u00bb <- c'est ce que le navigateur remplit tout seul", "Nuage42!"),
        ("der Browser füllt Falke&19 automatisch aus, trotzdem Fehler E824", "Falke&19"),
        ("o navegador preenche sozinho Rio*1825 e continua dando erro", "Rio*1825"),
    ],
)
def test_a_password_the_browser_fills_in_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the error code the same message quotes, in each shape
        ('"Sol&4471luna" <- se autocompleta y da error 0xC435', "0xC435"),
        ('"Nuage42!" <- le navigateur remplit tout seul, erreur ERR-2749', "ERR-2749"),
        ('"Falke&19" <- füllt der Browser automatisch aus, Fehler E824', "E824"),
        # a device before the phrase, a plain word after it
        ("my iPhone13 autofills the code from the text", "iPhone13"),
        ("the form autofills my address, order AB-5521x", "AB-5521x"),
        ("el navegador autocompleta todo, pedido 44812", "44812"),
    ],
)
def test_what_else_a_message_about_autofill_holds_stays(text: str, kept: str) -> None:
    assert kept in redact(text)


def test_a_password_shape_without_the_filling_in_is_left_to_the_other_rules() -> None:
    # no word fills anything in: the quoted model name is no password
    assert "WiFi-5G" in redact('the router shows "WiFi-5G" on the box')
