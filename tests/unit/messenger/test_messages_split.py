"""Splitting agent text under Messenger's 2000-character limit, on word boundaries, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.messenger.messages import TEXT_LIMIT, split_text


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_text_under_the_limit_is_one_part() -> None:
    assert split_text("Your parcel ships today.") == ["Your parcel ships today."]


def test_limit_is_below_2000_characters() -> None:
    assert TEXT_LIMIT == 1999
    assert split_text("x" * 1999) == ["x" * 1999]
    assert len(split_text("x" * 2000)) == 2


def test_long_text_is_split_on_word_boundaries_in_order() -> None:
    words = [f"word{n:04d}" for n in range(600)]  # 600 * 9 characters with spaces
    text = " ".join(words)

    parts = split_text(text)

    assert len(parts) == 3
    assert all(utf16_units(p) <= TEXT_LIMIT for p in parts)
    assert " ".join(parts).split() == words
    assert all(p == p.strip() for p in parts)


def test_a_line_break_late_in_the_window_is_preferred_over_a_space() -> None:
    first = "a " * 900 + "end of paragraph."
    second = "b " * 200
    parts = split_text(f"{first}\n\n{second}", limit=1999)

    assert parts[0] == first
    assert parts[1] == second.strip()


def test_a_word_longer_than_the_limit_is_cut() -> None:
    url = "https://example.com/" + "a" * 2500
    parts = split_text(f"See {url} now", limit=1999)

    assert "".join(parts).replace(" ", "") == f"See{url}now"
    assert all(len(p) <= 1999 for p in parts)


def test_emoji_count_as_two_units_so_no_part_exceeds_the_limit_in_utf16() -> None:
    text = "😀" * 1500  # 1500 code points, 3000 UTF-16 code units

    parts = split_text(text)

    assert "".join(parts) == text
    assert all(utf16_units(p) <= TEXT_LIMIT for p in parts)
    assert len(parts) == 2


def test_a_hard_cut_does_not_separate_a_letter_from_its_accent() -> None:
    text = "e\u0301" * 1200  # 2400 code points: "é" written as e + combining acute

    parts = split_text(text, limit=1999)

    assert all(p[0] != "\u0301" for p in parts)
    assert "".join(parts) == text


@settings(deadline=None, max_examples=60)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)),
        max_size=700,
    ),
    st.integers(min_value=20, max_value=300),
)
def test_parts_fit_the_limit_and_keep_every_non_space_character_in_order(
    text: str, limit: int
) -> None:
    parts = split_text(text, limit=limit)

    assert all(p for p in parts)
    assert all(utf16_units(p) <= limit for p in parts)
    squeeze = lambda s: "".join(s.split())  # noqa: E731 - a one-line helper
    assert squeeze("".join(parts)) == squeeze(text)


@settings(deadline=None, max_examples=60)
@given(
    st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=30), min_size=1, max_size=80),
    st.integers(min_value=30, max_value=200),
)
def test_words_shorter_than_the_limit_are_never_cut(words: list[str], limit: int) -> None:
    parts = split_text(" ".join(words), limit=limit)

    assert [w for p in parts for w in p.split()] == words


def test_a_hard_cut_does_not_break_an_emoji_joined_with_zwj() -> None:
    technologist = "👩\u200d💻"  # one glyph: woman, zero-width joiner, laptop
    text = technologist * 500

    parts = split_text(text, limit=1999)

    assert "".join(parts) == text
    assert all(not p.startswith("\u200d") and not p.endswith("\u200d") for p in parts)
    assert all(not p.startswith("💻") for p in parts)
