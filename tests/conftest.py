"""Shared test conventions.

- Every test runs with fake AWS credentials and a fixed region (never a real account).
- ``aws`` starts moto's in-process mock; import handlers inside the test, after it started.
- ``lambda_context`` is a stand-in for the Lambda runtime's context object.
- ``load_event(name)`` returns a canonical event from ``tests/events/`` (documented shapes).
- ``function_env(name)`` is the complete, valid environment of one Lambda function, the
  same one the packaging test imports the handler with.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from moto import mock_aws

TESTS_DIR = Path(__file__).resolve().parent
EVENTS_DIR = TESTS_DIR / "events"
ENV_DIR = TESTS_DIR / "env"
REGION = "eu-west-2"
ACCOUNT_ID = "123456789012"  # moto's default account


@dataclass
class FakeLambdaContext:
    """The attributes Powertools and our handlers read from the Lambda context."""

    function_name: str = "connect-privacy-test"
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 256
    invoked_function_arn: str = (
        f"arn:aws:lambda:{REGION}:{ACCOUNT_ID}:function:connect-privacy-test"
    )
    aws_request_id: str = "c6af9ac6-7b61-11e6-9a41-93e812345678"
    log_group_name: str = "/aws/lambda/connect-privacy-test"
    log_stream_name: str = "2026/11/26/[$LATEST]abcdef0123456789"
    remaining_millis: int = 30_000

    def get_remaining_time_in_millis(self) -> int:
        return self.remaining_millis


def read_event(name: str) -> dict[str, Any]:
    path = EVENTS_DIR / (name if name.endswith(".json") else f"{name}.json")
    event: dict[str, Any] = json.loads(path.read_text())
    return event


def read_function_env(function: str) -> dict[str, str]:
    env: dict[str, str] = json.loads((ENV_DIR / f"{function}.json").read_text())
    return env


@pytest.fixture(autouse=True)
def aws_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fake credentials so no test can reach a real account, whatever the developer's shell has."""
    for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    monkeypatch.setenv("AWS_REGION", REGION)
    # Powertools: no X-Ray daemon in tests, metrics flushed into captured output.
    monkeypatch.setenv("POWERTOOLS_TRACE_DISABLED", "true")
    monkeypatch.setenv("POWERTOOLS_DEV", "false")


@pytest.fixture
def aws() -> Iterator[None]:
    """moto's in-process mock of every AWS service it implements."""
    with mock_aws():
        yield


@pytest.fixture
def lambda_context() -> FakeLambdaContext:
    return FakeLambdaContext()


@pytest.fixture
def load_event() -> Callable[[str], dict[str, Any]]:
    return read_event


@pytest.fixture
def function_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], dict[str, str]]:
    """Apply one function's environment (tests/env/<function>.json) and return it."""

    def apply(function: str, **overrides: str) -> dict[str, str]:
        env = {**read_function_env(function), **overrides}
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        return env

    return apply
