"""Splitting long text for Connect's 1024-character message limit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.connect_chat.splitting import CONNECT_MESSAGE_LIMIT, split_message


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_short_text_is_one_part() -> None:
    assert split_message("hello there") == ["hello there"]


def test_empty_or_blank_text_has_no_parts() -> None:
    assert split_message("") == []
    assert split_message(" \n ") == []


def test_a_2000_character_message_is_split_on_word_boundaries_in_order() -> None:
    words = [f"word{n:04}" for n in range(223)]  # 223 * 9 - 1 = 2006 characters
    text = " ".join(words)
    parts = split_message(text)
    assert len(parts) == 2
    assert all(utf16_len(part) <= CONNECT_MESSAGE_LIMIT for part in parts)
    assert " ".join(parts).split() == words  # no word torn, none lost, order kept


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    parts = split_message("x" * 2500)
    assert [len(part) for part in parts] == [1024, 1024, 452]


def test_emoji_count_twice_and_are_never_torn() -> None:
    text = "👍🏽" * 600  # thumbs up + skin tone: one grapheme, four UTF-16 units
    parts = split_message(text)
    assert all(utf16_len(part) <= CONNECT_MESSAGE_LIMIT for part in parts)
    assert all(len(part) % 2 == 0 for part in parts)
    assert "".join(parts) == text


@settings(max_examples=80, deadline=None)
@given(st.text(min_size=0, max_size=3000), st.integers(min_value=8, max_value=1024))
def test_parts_fit_and_keep_every_non_space_character_in_order(text: str, limit: int) -> None:
    parts = split_message(text, limit)
    assert all(part and utf16_len(part) <= limit for part in parts)
    assert "".join("".join(parts).split()) == "".join(text.split())
