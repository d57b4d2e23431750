"""Round 21b: the number a call came from is a phone ("someone called me from ...", "on
m'a appelé du ...", "me llamaron del ..."). Synthetic numbers only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("on m'a appelé du 013 44 21 87, c'est vous ?", "on m'a appelé du [PHONE], c'est vous ?"),
        ("j'ai été appelée depuis le 013 44 21 87", "j'ai été appelée depuis le [PHONE]"),
        ("someone called me from 013 44 21 87", "someone called me from [PHONE]"),
        ("you called from 013 44 21 87 today", "you called from [PHONE] today"),
        ("me llamaron del 913 442 187 ayer", "me llamaron del [PHONE] ayer"),
        ("me llamó desde el 913 442 187", "me llamó desde el [PHONE]"),
    ],
)
def test_the_number_a_call_came_from_is_a_phone(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "on m'a appelé du service client pour la commande 2024118833",
        "i was called from your team about ticket 123456789",
        "me llamaron del banco por el pedido 912345678",
        "me llamaron del banco el 12/03 a las 10:30",
    ],
)
def test_what_follows_a_call_that_is_no_phone_stays(text: str) -> None:
    assert redact(text) == text
