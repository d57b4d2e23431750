"""Round 22, Spanish and French chat: a user name written as a handle with its at sign after
the word for it. Each with the boundaries that keep it from an address and from prose.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("mi usuario es @pepa_r12", "mi usuario es [USERNAME]"),
        ("mon pseudo c'est @nico_vrt", "mon pseudo c'est [USERNAME]"),
        ("username: @dorav", "username: [USERNAME]"),  # letters alone: the sign makes it one
        ('mon identifiant "@zaza77"', 'mon identifiant "[USERNAME]"'),
    ],
)
def test_a_handle_with_its_at_sign_after_the_word_for_it_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "username @ home screen",  # a sign standing alone is no handle
        "login @ 9am failed",
        "the user @ the desk",
    ],
)
def test_an_at_sign_without_a_name_right_after_it_stays(text: str) -> None:
    assert redact(text) == text


def test_an_address_after_the_word_is_an_email_not_a_handle() -> None:
    assert redact("mi usuario es pepa@example.com") == "mi usuario es [EMAIL]"
    assert redact("user@example.com") == "[EMAIL]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "el pasaporte es K, T, W, siete, dos, ocho, uno, cero, tres",
            "el pasaporte es [PASSPORT_NUMBER]",
        ),
        ("passeport M-R-X-cinq-huit-zéro-deux-six-un", "passeport [PASSPORT_NUMBER]"),
        ("passport C-H-P-four-one-seven-seven-two-nine", "passport [PASSPORT_NUMBER]"),
    ],
)
def test_a_passport_with_its_letters_typed_and_its_digits_said_is_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "mi pasaporte vence el dos de mayo",  # a date said in words
        "pasaporte listo, pedido cuatro cinco seis siete ocho nueve",  # the order's number
        "K, T, W, siete, dos, ocho, uno, cero, tres",  # no word names a passport
    ],
)
def test_spelled_digits_no_passport_word_claims_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("la ip es 203.0.113", "la ip es [IP_ADDRESS]"),  # three parts, the fourth next
        ("l'ip c'est 172.16", "l'ip c'est [IP_ADDRESS]"),
        ("l'ip c'est 10", "l'ip c'est [IP_ADDRESS]"),  # one part of two digits
        ("the ip is 203!", "the ip is [IP_ADDRESS]!"),
        ("ip: 10.0.255.", "ip: [IP_ADDRESS]."),
    ],
)
def test_an_ip_address_first_parts_ending_the_message_after_its_word_are_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ip 4",  # one digit: the protocol's version
        "la ip es 203.0.113 y no carga",  # words after it: not the start of one sent in parts
        "ip 10.256",  # no part above 255
        "ip 012",  # no leading zero
        "IP-202",  # the letters of a reference
        "pedido 203.0 ip",  # the IP word after it
    ],
)
def test_numbers_that_are_no_ip_address_head_stay(text: str) -> None:
    assert redact(text) == text
