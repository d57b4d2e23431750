"""``Once`` for the outbound relay, on Powertools idempotency with a DynamoDB table.

Each key (``<Connect item Id>#<part>``) is hashed into the table's ``id``. A completed key
returns its stored result without running again; a key in progress raises
``IdempotencyAlreadyInProgressError`` (a concurrent duplicate: the invocation fails and Lambda
retries it later); a failed action deletes its record so the retry runs it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.utilities.idempotency import (
    BasePersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)

KEY_PREFIX = "outbound-part"
# Past Messenger's longest window (7 days, HUMAN_AGENT) every send fails anyway, so a record
# older than that protects nothing; until then it covers SNS redelivery, Lambda's async
# retries and a redrive from the dead-letter queue.
RECORD_TTL_SECONDS = 7 * 24 * 60 * 60


def idempotency_config() -> IdempotencyConfig:
    return IdempotencyConfig(expires_after_seconds=RECORD_TTL_SECONDS)


class IdempotentOnce:
    def __init__(self, persistence: BasePersistenceLayer, config: IdempotencyConfig) -> None:
        self._guarded = idempotent_function(
            _run,
            data_keyword_argument="key",
            persistence_store=persistence,
            config=config,
            key_prefix=KEY_PREFIX,
        )

    def __call__(self, key: str, action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = self._guarded(key={"key": key}, action=action)
        return result


def _run(*, key: dict[str, str], action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The guarded call; ``key`` is there for Powertools to hash."""
    return action()
