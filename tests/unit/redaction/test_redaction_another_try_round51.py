"""Round 51: a code typed, then another try told ("then another one", "y luego otro",
"puis un autre", "dann was anderes", "e depois outra"), then a lock: tried more than once,
as round 50's counted tries were, so a PIN. And a code typed in groups, spaced, dashed or
spelled ("puse 55 - 52 de nip"), for these rules and round 20's blocked card.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("typed 7390, then another one and now it's locked", "7390"),
        ("I entered 73 - 90 and then another, now it's blocked", "73 - 90"),
        ("puse 7390 y luego otro y ya me bloqueó", "7390"),
        ("puse 73 - 90 de nip y después otro, ya está bloqueado", "73 - 90"),
        ("j'ai tapé 7390 puis un autre et maintenant c'est bloqué", "7390"),
        ("j'ai tapé sept trois neuf zéro puis une autre, c'est bloqué", "sept trois neuf zéro"),
        ("hab 7390 eingetippt und dann was anderes, jetzt gesperrt", "7390"),
        ("hab sieben - drei - neun null eingetippt, dann eine andere, gesperrt", "neun null"),
        ("digitei 73 9 0 e depois outra e agora bloqueou", "73 9 0"),
        ("digitei 7l9O e depois outro e bloqueou", "7l9O"),
        ("typed 48 21 48 21, then another and it's locked", "48 21 48 21"),
    ],
)  # fmt: skip
def test_a_code_typed_before_another_try_and_a_lock_is_a_pin(text: str, typed: str) -> None:
    assert typed not in redact(text)


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("puse 73 - 90 en el cajero y me retuvo la tarjeta", "73 - 90"),
        ("typed seven three nine zero and my card got blocked", "seven three nine zero"),
    ],
)  # fmt: skip
def test_a_grouped_code_typed_before_a_blocked_card_is_a_pin(text: str, typed: str) -> None:
    assert typed not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # typed once, then locked: a reference as often
        "I typed 7390 and now it's locked",
        # another try but nothing refused
        "puse 7390 y luego otro y funcionó",
        # the other thing comes before the digits
        "another page is blocked, I typed 2024 as the year",
        # an amount typed in
        "I entered 2500 EUR and then another, the transfer is blocked",
        # three digits or nine in the groups (eight are taken, see above)
        "typed 7 3 9, then another one and now it's locked",
        "typed 48 21 48 21 4, then another and it's locked",
    ],
)  # fmt: skip
def test_typed_once_amounts_and_other_lengths_stay(text: str) -> None:
    assert redact(text) == text
