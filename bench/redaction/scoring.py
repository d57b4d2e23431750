"""Span metrics for the benchmark.

- recall: a gold value counts as caught when every non-space character of it is
  inside some predicted span (whatever label the span has: masked is masked);
- typed recall / precision: a predicted span is right when it overlaps a gold
  span of the same entity type;
- leak rate: share of PII-bearing messages where any non-space character of any
  gold value survives;
- over-redaction: share of negative messages with any predicted span.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from bench.redaction.corpus import Message
from connect_privacy.redaction import Span


@dataclass
class Tally:
    total: int = 0
    caught: int = 0
    typed: int = 0


@dataclass
class Scores:
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_variant: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    predicted: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    pii_messages: int = 0
    leaked_messages: int = 0
    negatives: int = 0
    over_redacted: int = 0
    by_negative: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def leak_rate(self) -> float:
        return self.leaked_messages / max(self.pii_messages, 1)

    @property
    def over_redaction(self) -> float:
        return self.over_redacted / max(self.negatives, 1)

    def latency(self, quantile: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        cuts = statistics.quantiles(self.latencies_ms, n=100, method="inclusive")
        return cuts[round(quantile * 100) - 1]

    def precision(self, entity_type: str) -> float | None:
        right, total = self.predicted.get(entity_type, [0, 0])
        return right / total if total else None


def score(
    messages: Iterable[Message],
    spans_of: Callable[[Message], Sequence[Span]],
) -> Scores:
    scores = Scores()
    for message in messages:
        spans = spans_of(message)
        covered = bytearray(len(message.text))
        for span in spans:
            covered[span.begin : span.end] = b"\x01" * (span.end - span.begin)
        for span in spans:
            right = any(
                g.entity_type == span.entity_type and g.begin < span.end and span.begin < g.end
                for g in message.gold
            )
            scores.predicted[span.entity_type][0] += right
            scores.predicted[span.entity_type][1] += 1
        if message.negative:
            scores.negatives += 1
            scores.over_redacted += bool(spans)
            scores.by_negative[message.group][0] += bool(spans)
            scores.by_negative[message.group][1] += 1
            continue
        scores.pii_messages += 1
        leaked = False
        for gold in message.gold:
            caught = all(
                covered[i] for i in range(gold.begin, gold.end) if not message.text[i].isspace()
            )
            typed = any(
                s.entity_type == gold.entity_type and s.begin < gold.end and gold.begin < s.end
                for s in spans
            )
            for tally in (
                scores.by_type[gold.entity_type],
                scores.by_variant[(gold.entity_type, gold.variant)],
            ):
                tally.total += 1
                tally.caught += caught
                tally.typed += typed
            leaked |= not caught
        scores.leaked_messages += leaked
    return scores
