"""Round 50: a PIN the customer forgot, then recalled with a hedge in the next message
("forgot my pin", then "i think it was 4821 or something"), in the five languages; without
the announcing message, or after another word, the digits stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PIN = "[PIN]"


@pytest.mark.parametrize(
    ("announced", "recalled"),
    [
        ("forgot my pin", "i think it was {} or something"),
        ("forgot my pin", "i guess it's {}"),
        ("se me olvidó el nip", "creo que era {} o algo así"),
        ("j'ai oublié mon code confidentiel", "je crois que c'était {}"),
        ("hab meine Geheimzahl vergessen", "glaub es war {} oder so"),
        ("hab meine PIN vergessen", "ich glaube es war {}"),
        ("esqueci a senha do cartão", "acho que era {}"),
    ],
)
def test_a_pin_recalled_after_it_was_forgotten_is_masked(announced: str, recalled: str) -> None:
    seen, _ = conversation(announced, recalled.format("4821"))
    assert seen == [announced, recalled.format(PIN)]


@pytest.mark.parametrize(
    "recalled",
    [
        "i think it was 4821 or something",
        "creo que era 4821",
        "je crois que c'était 4821",
        "glaub es war 4821 oder so",
        "acho que era 4821",
    ],
)
def test_a_hedged_number_without_the_announcement_stays(recalled: str) -> None:
    seen, _ = conversation("hi, my order is late", recalled)
    assert seen[1] == recalled


def test_a_hedged_amount_after_a_forgotten_pin_stays() -> None:
    seen, _ = conversation("forgot my pin", "i think it was 40 € i paid")
    assert seen[1] == "i think it was 40 € i paid"
