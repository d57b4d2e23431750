"""Detected spans, and the two operations every detector's output goes through.

Offsets are Python ``str`` indices, that is Unicode code points, with ``end``
exclusive: the same convention as Amazon Comprehend's ``BeginOffset`` and
``EndOffset``, so Comprehend's spans can be applied without conversion.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """One detected entity: ``text[begin:end]`` is of ``entity_type`` (Comprehend's names)."""

    begin: int
    end: int
    entity_type: str
    score: float
    detector: str


def widen_to_tokens(text: str, span: Span) -> Span:
    """Grow ``span`` to whole alphanumeric tokens.

    A detector that stops one character short (a spelled-out digit, an offset
    off by one after an emoji) must not leave a digit or letter of the value visible.
    """
    begin, end = span.begin, span.end
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    if begin == span.begin and end == span.end:
        return span
    return Span(begin, end, span.entity_type, span.score, span.detector)


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Union overlapping spans; the merged span keeps the type of its best-scored part.

    Spans that only touch stay separate, so two adjacent values keep their own labels.
    """
    ordered = sorted(spans, key=lambda s: (s.begin, -s.end))
    merged: list[Span] = []
    for span in ordered:
        if span.end <= span.begin:
            continue
        if merged and span.begin < merged[-1].end:
            last = merged[-1]
            best = last if last.score >= span.score else span
            merged[-1] = Span(
                last.begin, max(last.end, span.end), best.entity_type, best.score, best.detector
            )
        else:
            merged.append(span)
    return tuple(merged)
