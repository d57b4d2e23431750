"""Connect's 1024-character limit for a chat message (text/plain and text/markdown)."""

from __future__ import annotations

from connect_privacy.text_parts import split_text

CONNECT_MESSAGE_LIMIT = 1024


def split_message(text: str, limit: int = CONNECT_MESSAGE_LIMIT) -> list[str]:
    """Non-empty parts of at most ``limit`` UTF-16 units each, in order."""
    return split_text(text, limit)
