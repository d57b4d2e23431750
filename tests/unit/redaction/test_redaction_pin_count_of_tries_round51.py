"""Round 51: the count of tries after a PIN ("puse el pin 4821 30 veces") was read as the
PIN's last group, masking the count with it. The count before "times", "veces", "fois",
"mal" or "vezes" stays; the PIN is masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("typed the pin 7390 12 times and it locked", "typed the pin [PIN] 12 times and it locked"),
        ("puse el pin 7390 30 veces y se bloqueó", "puse el pin [PIN] 30 veces y se bloqueó"),
        ("j'ai tapé le code pin 7390 3 fois", "j'ai tapé le code pin [PIN] 3 fois"),
        ("PIN 7390 5 mal eingegeben", "PIN [PIN] 5 mal eingegeben"),
        ("digitei o pin 7390 10 vezes", "digitei o pin [PIN] 10 vezes"),
        ("puse el pin 73 90 30 veces", "puse el pin [PIN] 30 veces"),
    ],
)  # fmt: skip
def test_the_count_of_tries_after_a_pin_stays(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # no count word after them: the groups are the PIN's
        ("my pin is 7390 12", "my pin is [PIN]"),
        ("el pin es 73 90 12", "el pin es [PIN]"),
        ("PIN 7390 12 danke", "PIN [PIN] danke"),
    ],
)  # fmt: skip
def test_groups_without_a_count_word_are_the_pin(text: str, masked: str) -> None:
    assert redact(text) == masked
