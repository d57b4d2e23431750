"""Rendering of detected spans in Contact Lens's two mask modes."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

import regex

from connect_privacy.redaction.spans import Span


class MaskMode(StrEnum):
    """``PII``: every entity becomes ``[PII]``; ``ENTITY_TYPE``: ``[CREDIT_DEBIT_NUMBER]``."""

    ENTITY_TYPE = "ENTITY_TYPE"
    PII = "PII"


# What a mask token looks like. Detectors must never report a span inside one, so
# redacting already-redacted text changes nothing (masking is idempotent).
MASK_TOKEN = regex.compile(r"\[[A-Z][A-Z0-9_]*\]")


def mask(text: str, spans: Sequence[Span], mode: MaskMode = MaskMode.ENTITY_TYPE) -> str:
    """Replace each span of ``spans`` (merged: sorted, non-overlapping) with its token."""
    if not spans:
        return text
    parts: list[str] = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.begin])
        parts.append("[PII]" if mode is MaskMode.PII else f"[{span.entity_type}]")
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)
