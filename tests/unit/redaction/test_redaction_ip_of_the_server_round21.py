"""Round 21: an address read out after "ip" and whose address it is, the Romance order
("ip do servidor", "la ip del router", "l'ip du serveur"), which puts more words between
the IP word and the value than the gap allows. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ip do servidor 192 0 2 44", "ip do servidor [IP_ADDRESS]"),
        ("a ip da servidor 198-51-100-7", "a ip da servidor [IP_ADDRESS]"),
        ("la ip del router 192 168 1 20", "la ip del router [IP_ADDRESS]"),
        ("ip de servidor 2001-db8-7a1--c3d", "ip de servidor [IP_ADDRESS]"),
        ("l'ip du serveur 2001  db8  3c4d    9e0f", "l'ip du serveur [IP_ADDRESS]"),
        ("ip do roteador 10 0 0 138", "ip do roteador [IP_ADDRESS]"),
    ],
)
def test_the_ip_of_a_named_machine_is_an_ip_address(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # four numbers that cannot be an address (a part above 255)
        "ip do servidor 300 1 2 3",
        # five numbers: a list, not an address
        "ip do servidor 192 0 2 44 55",
    ],
)
def test_numbers_after_the_server_words_that_are_no_address_stay(text: str) -> None:
    assert redact(text) == text
