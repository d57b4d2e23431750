"""Read back the CloudWatch EMF metrics Powertools prints to stdout."""

from __future__ import annotations

import json
from collections import Counter


def metric_totals(output: str) -> Counter[str]:
    """The sum of every metric in every EMF blob of ``output`` (other lines are skipped)."""
    totals: Counter[str] = Counter()
    for line in output.splitlines():
        try:
            blob = json.loads(line)
        except ValueError:
            continue
        if not isinstance(blob, dict) or "_aws" not in blob:
            continue
        for directive in blob["_aws"]["CloudWatchMetrics"]:
            for metric in directive["Metrics"]:
                value = blob[metric["Name"]]
                totals[metric["Name"]] += sum(value) if isinstance(value, list) else value
    return totals
