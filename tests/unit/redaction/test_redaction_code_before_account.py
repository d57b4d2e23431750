"""Tune 157: a bank's or branch's code typed right before the account's word and number
("sucursal 321, cuenta ...", "balcão 1234 5678 n conta ..."), maybe in groups or with a
look-alike letter; the code after the account in groups; "sort cd", "code établissement"
and a guichet in two groups; a code announced "in the next message". An office's, a room's
or a street's number after the same words stays, and so does a postcode after "agence du".
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("para el alta: sucursal 321, cuenta 98765432101", "321"),
        ("banco 0427 y num cuenta 1122334455", "0427"),
        ("entidad y oficina 765 nº cuenta 2468 1357 902", "765"),
        ("oficina 4321 8765 n cuenta 1029384756", "4321 8765"),
        ("oficina 43O1 8765 n cuenta 1029384756", "43O1 8765"),
        ("balcão 1357 24l6 n conta 55443322110", "1357 24l6"),
        ("guichet 00412 compte 12312312312", "00412"),
    ],
)
def test_a_code_before_the_account_is_masked(text: str, code: str) -> None:
    masked = redact(text)

    assert code not in masked
    assert "[BANK_ROUTING]" in masked


def test_a_code_in_groups_after_the_account_is_masked() -> None:
    masked = redact("conta 2864 depois 3190 / 019 banco balcao 6154 - 5545")

    assert masked.endswith("balcao [BANK_ROUTING]")


@pytest.mark.parametrize(
    "text",
    [
        "setting up the transfer: sort cd 11-22-33 acc 87654321",
        "vous avez bien le code établissement 30012 ?",
        "guichet : 123-45, je vous rappelle",
    ],
)
def test_a_bank_code_after_its_own_word_is_masked(text: str) -> None:
    assert "[BANK_ROUTING]" in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la oficina 305 cuenta con 1200 metros", "305"),
        ("oficina 572 y el pedido 7654321 sigue sin llegar", "572"),
        ("el banco 2020 y la cuenta nueva", "2020"),
        ("compte 12345678901, agence du 75011", "75011"),
        ("au guichet le 12/4 on m'a dit 12345", "12345"),
        # digits said one by one are no account typed in groups: the branch may be a shop's
        ("my bank acc four one two two seven three five five nine one branch 812", "812"),
    ],
)
def test_an_office_a_count_or_a_postcode_stays(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("announcement", "code"),
    [
        ("je vous envoie le code établissement dans le msg suivant", "30012"),
        ("schicke die Bankleitzahl gleich in der nächsten Nachricht", "10020030"),
        ("i'll send the sort code in my next message", "112233"),
    ],
)
def test_a_code_announced_for_the_next_message_is_masked(announcement: str, code: str) -> None:
    (_, second), _ = conversation(announcement, code)

    assert second == "[BANK_ROUTING]"


def test_a_code_word_without_a_next_message_starts_nothing() -> None:
    (_, second), _ = conversation("j'ai pas reçu le code dans le message", "2024")

    assert second == "2024"
