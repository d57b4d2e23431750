"""AWS SDK clients: one timeout and retry policy, created lazily, once.

Every boto3 client the functions use is built by :func:`lazy_client` with a
:func:`client_config`: explicit connect and read timeouts and botocore's ``standard`` retry
mode (throttling and 5xx retried with jittered backoff). botocore's defaults (60 s connect,
60 s read, ``legacy`` mode) would let one slow call outlast API Gateway's 30-second
integration limit and Meta's response window; :func:`worst_case_seconds` is the bound the
tests hold each function's configuration to.

:class:`Lazy` is the one way to defer building a client (or anything costly) until first
use and then reuse it: nothing connects at import, so a cold start stays cheap and tests can
start their mocks before any client exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import boto3
from botocore.config import Config

T = TypeVar("T")

# API Gateway HTTP APIs end an integration after 30 seconds; a client must give up before.
API_GATEWAY_TIMEOUT_SECONDS = 30.0


class Lazy(Generic[T]):
    """Calls ``factory`` on first use and returns that same object ever after."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._value: T | None = None
        self._built = False

    def __call__(self) -> T:
        if not self._built:
            self._value = self._factory()
            self._built = True
        return self._value  # type: ignore[return-value]  # set just above

    @property
    def built(self) -> bool:
        """Whether the object exists yet (tests check nothing connects at import)."""
        return self._built


def client_config(
    *, connect_timeout: float = 2.0, read_timeout: float = 5.0, max_attempts: int = 3
) -> Config:
    """Explicit timeouts and the SDK's standard retry mode; ``max_attempts`` counts the first."""
    if connect_timeout <= 0 or read_timeout <= 0 or max_attempts < 1:
        raise ValueError("timeouts must be positive and max_attempts at least 1")
    return Config(
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"mode": "standard", "max_attempts": max_attempts},
    )


def worst_case_seconds(config: Config) -> float:
    """Longest one call can take: every attempt timing out, plus standard mode's backoff.

    Standard mode sleeps ``uniform(0, min(20, 2**n))`` seconds before retry ``n`` (n from 0).
    """
    options: Any = config  # botocore sets these attributes dynamically
    attempts = int(options.retries["max_attempts"])
    per_attempt = float(options.connect_timeout) + float(options.read_timeout)
    backoff = sum(min(20.0, 2.0**retry) for retry in range(attempts - 1))
    return attempts * per_attempt + backoff


def lazy_client(service_name: str, config: Config) -> Lazy[Any]:
    """A boto3 client for ``service_name``, built on first call with ``config``."""
    return Lazy(lambda: boto3.client(service_name, config=config))  # type: ignore[call-overload]
