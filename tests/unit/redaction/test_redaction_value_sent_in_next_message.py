"""Over messages: a value announced with words saying it comes in the next message ("i'll
send my account in the next msg"), then sent alone; and a value's first part followed by a
joining word alone ("konto 512 und"), its rest next. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "value", "entity"),
    [
        ("i will send my account in the next message", "40213377", "BANK_ACCOUNT_NUMBER"),
        (
            "je vous envoie le numéro de compte dans le prochain message",
            "40213377051",
            "BANK_ACCOUNT_NUMBER",
        ),
        ("schicke das Konto gleich in der nächsten Nachricht", "4021337705", "BANK_ACCOUNT_NUMBER"),
        ("vou mandar a conta na próxima mensagem", "4021337", "BANK_ACCOUNT_NUMBER"),
        ("i'll send my license number in the next msg", "D41 22 770", "DRIVER_ID"),
    ],
)
def test_value_announced_for_the_next_message_is_masked(
    first: str, value: str, entity: str
) -> None:
    out, _ = conversation(first, value)

    assert out[0] == first
    assert out[1] == f"[{entity}]"


def test_count_after_announcement_without_value_word_stays() -> None:
    out, _ = conversation("i'll tell you more in the next message", "we ordered 12 chairs")

    assert out[1] == "we ordered 12 chairs"


@pytest.mark.parametrize(
    ("first", "rest", "entity"),
    [
        ("NIR 1 und", "84 07 75 116 042 17", "FR_NIR"),
        ("numéro de sécu 1 et", "84 07 75 116 042 17", "FR_NIR"),
        ("conta 417 e", "5520", "BANK_ACCOUNT_NUMBER"),
    ],
)
def test_first_part_then_joining_word_continues(first: str, rest: str, entity: str) -> None:
    out, _ = conversation(first, rest)

    assert f"[{entity}]" in out[0]
    assert out[1] == f"[{entity}]"


@pytest.mark.parametrize("text", ["account 12 and counting", "my account 2 and 3 were closed"])
def test_count_before_more_words_stays(text: str) -> None:
    out, _ = conversation(text)

    assert out[0] == text
