"""The narrow metrics interface domain code depends on.

Domain modules count what happens (fallbacks, drops, retries) through
:class:`Counter` and never import Powertools; each handler passes in
:class:`PowertoolsCounter` wrapping its ``Metrics`` instance. Metric names and
dimensions are fixed strings chosen in code: never customer text or identifiers.
"""

from __future__ import annotations

from collections import Counter as _Tally
from typing import Protocol

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit


class Counter(Protocol):
    def count(self, name: str, value: int = 1) -> None:
        """Add ``value`` to the metric ``name``."""


class NullCounter:
    """Counts nothing: for the CLI and for callers that do not publish metrics."""

    def count(self, name: str, value: int = 1) -> None:
        return None


class MemoryCounter:
    """Keeps totals in memory: for tests and benchmarks."""

    def __init__(self) -> None:
        self.totals: _Tally[str] = _Tally()

    def count(self, name: str, value: int = 1) -> None:
        self.totals[name] += value


class PowertoolsCounter:
    """Publishes counts as CloudWatch EMF metrics through a Powertools ``Metrics``."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    def count(self, name: str, value: int = 1) -> None:
        self._metrics.add_metric(name=name, unit=MetricUnit.Count, value=value)
