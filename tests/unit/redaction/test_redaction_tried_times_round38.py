"""Round 38: a value the customer says they typed a number of times ("i tried Sol#8812 like
10 times", "j'ai tapé nuage42 genre 3 fois", "hab Hund2024! so 4 mal eingegeben", "puse
Gato!99 como 5 veces", "digitei lua_123 umas 2 vezes") is a password tried at a login that
refused it, though no password word names it. Letters with digits alone ("soleil8054") only
in a message about a login or a lock; a reference's capitals and digits never. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("i tried Sol#8812 like 10 times", "i tried [PASSWORD] like 10 times"),
        ("i typed Nuage42! twice", "i typed [PASSWORD] twice"),
        ("j'ai tapé Kiwi_3334 genre 3 fois", "j'ai tapé [PASSWORD] genre 3 fois"),
        ("ich hab Hund2024! so 4 mal eingegeben", "ich hab [PASSWORD] so 4 mal eingegeben"),
        ("ich hab Hund2024! dreimal eingegeben", "ich hab [PASSWORD] dreimal eingegeben"),
        ("puse Gato!99 como 5 veces", "puse [PASSWORD] como 5 veces"),
        ("digitei lua_123X umas 2 vezes", "digitei [PASSWORD] umas 2 vezes"),
        ("tried qWErtYuiOp 3x", "tried [PASSWORD] 3x"),
        (
            "compte bloqué, j'ai tapé soleil8054 genre 8 fois",
            "compte bloqué, j'ai tapé [PASSWORD] genre 8 fois",
        ),
        (
            "conta bloqueada e digitei estrela5726 umas 2 vezes",
            "conta bloqueada e digitei [PASSWORD] umas 2 vezes",
        ),
    ],
)
def test_a_value_typed_a_number_of_times_is_a_password(said: str, masked: str) -> None:
    out, _ = conversation(said)

    assert out[0] == masked


@pytest.mark.parametrize(
    "said",
    [
        "i tried soleil8054 like 8 times",  # letters with digits, no login nor lock named
        "i entered ABC12345 like 3 times and the page says not found",
        "tried ORD-55812 2 times, tracking says invalid",  # a reference's shape
        "tried restarting like 3 times",  # a word
        "i tried iPhone15 3 times",  # a device
        "I used Chrome 3 times",
        "i tried Sol#8812 yesterday",  # no count: not this rule's
    ],
)
def test_no_password_without_its_shape_or_its_login(said: str) -> None:
    out, _ = conversation(said)

    assert "[PASSWORD]" not in out[0]
