"""Run an action at most once per key, on Powertools idempotency with a DynamoDB table.

The one idempotency adapter of the relay: the inbound worker runs each customer message
under its Messenger ``mid``, the outbound function each Graph call under
``<Connect item Id>#<part>``. A completed key returns its stored result without running
again; a key in progress raises ``IdempotencyAlreadyInProgressError`` (a concurrent
duplicate: the record or invocation fails and is retried later); a failed action deletes
its record so the retry runs it again. Stored results must hold no customer text.

Pairs with Terraform: a table with hash key ``id`` and TTL attribute ``expiration``
(Powertools' default schema), and ``dynamodb:GetItem/PutItem/UpdateItem/DeleteItem`` on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.utilities.idempotency import (
    BasePersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)


class IdempotentOnce:
    """``once(key, action)``: the ``Once`` protocol of the relay's domain code.

    ``key_prefix`` names the namespace of keys in the table; with ``key_path`` set, only
    that field of ``{"key": key}`` is hashed (``"key"`` hashes the key string itself).
    """

    def __init__(
        self,
        persistence: BasePersistenceLayer,
        *,
        key_prefix: str,
        expires_after_seconds: int,
        hash_key_only: bool = False,
    ) -> None:
        self.config = IdempotencyConfig(
            event_key_jmespath="key" if hash_key_only else "",
            expires_after_seconds=expires_after_seconds,
        )
        self._guarded = idempotent_function(
            _run,
            data_keyword_argument="key",
            persistence_store=persistence,
            config=self.config,
            key_prefix=key_prefix,
        )

    def __call__(self, key: str, action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = self._guarded(key={"key": key}, action=action)
        return result


def _run(*, key: dict[str, str], action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """The guarded call; ``key`` is there for Powertools to hash."""
    return action()
