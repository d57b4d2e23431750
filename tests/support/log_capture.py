"""Everything a function logs, as CloudWatch would receive it, and the checks on it.

A handler's Powertools Logger writes JSON lines to stdout (captured by ``capsys``); a record
that bypasses it reaches the root logger, which in Lambda is the runtime's plain-text
handler. :class:`RootRecords` stands in for that handler with the root at DEBUG, as
Lambda's advanced logging controls can set it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

# What every Powertools JSON record carries.
POWERTOOLS_KEYS = frozenset({"level", "location", "message", "timestamp", "service"})
# Loggers whose records must go through the Powertools handler, or nowhere.
ROUTED_PACKAGES = frozenset(
    {
        "connect_privacy",
        "aws_lambda_powertools",
        "webhook",
        "inbound",
        "outbound",
        "relocate",
        "publish",
    }
)


class RootRecords(logging.Handler):
    """Collects what reaches the root logger (the Lambda runtime's own handler)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        return [f"{record.name}: {record.getMessage()} {record.exc_text or ''}" for record in self]

    def __iter__(self) -> Any:
        return iter(self.records)


def powertools_records(output: str) -> list[dict[str, Any]]:
    """Every log line of ``output`` as a dict; fails on a line that is not Powertools JSON.

    EMF metric blobs (``_aws``) are skipped: they are metrics, checked elsewhere.
    """
    records = []
    for number, line in enumerate(output.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise AssertionError(f"stdout line {number} is not JSON") from None
        assert isinstance(record, dict), f"stdout line {number} is not a JSON object"
        if "_aws" in record:
            continue
        missing = POWERTOOLS_KEYS - record.keys()
        assert not missing, f"stdout line {number} lacks {sorted(missing)}"
        records.append(record)
    return records


def assert_nothing_leaked(texts: Iterable[str], forbidden: Iterable[str]) -> None:
    blob = "\n".join(texts)
    for value in forbidden:
        assert value not in blob, f"{value!r} leaked into the logs"


def records_named(records: list[dict[str, Any]], *prefixes: str) -> list[dict[str, Any]]:
    """Records whose logger name starts with one of ``prefixes``."""
    return [r for r in records if str(r.get("name", "")).startswith(prefixes)]
