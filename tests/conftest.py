"""Shared test fixtures (the helpers they use live in ``tests/support/``).

- Every test runs with fake AWS credentials and a fixed region (never a real account).
- ``aws`` starts moto's in-process mock.
- ``fresh_handler(function, **env)`` imports ``<function>.handler`` anew, after the mocks
  started, with that function's environment: every functional test gets its handler so.
- ``lambda_context`` is a stand-in for the Lambda runtime's context object.
- ``load_event(name)`` returns a canonical event from ``tests/events/`` (documented shapes);
  builders of variants are in ``tests/support/events.py``.
- ``function_env(name)`` is the complete, valid environment of one Lambda function, the
  same one the packaging test imports the handler with.
- ``root_records`` collects what reaches the root logger at DEBUG (the Lambda runtime's own
  handler): the checks that nothing bypasses the Powertools handler read it.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
from aws_lambda_powertools.utilities import parameters
from hypothesis import settings as hypothesis_settings
from moto import mock_aws

from tests.support.events import read_event, read_function_env
from tests.support.lambda_context import REGION, FakeLambdaContext
from tests.support.log_capture import RootRecords

# `make test` (so CI) draws every property's examples from a fixed seed: a red CI lands
# nothing, so it must not hinge on which examples one run happens to draw. `make pytest`
# and plain `pytest` keep drawing new ones, which is how new counterexamples turn up.
hypothesis_settings.register_profile("fixed-seed", derandomize=True, database=None)
if os.environ.get("CONNECT_PRIVACY_HYPOTHESIS_PROFILE"):
    hypothesis_settings.load_profile(os.environ["CONNECT_PRIVACY_HYPOTHESIS_PROFILE"])

FUNCTIONS = ("webhook", "inbound", "outbound", "relocate", "publish")
# Loggers a handler's bootstrap reconfigures; restored after each test that imports one.
_RECONFIGURED = ("connect_privacy", "aws_lambda_powertools", *FUNCTIONS)


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
def function_env(monkeypatch: pytest.MonkeyPatch) -> Callable[..., dict[str, str]]:
    """Apply one function's environment (tests/env/<function>.json) and return it."""

    def apply(function: str, **overrides: str) -> dict[str, str]:
        env = {**read_function_env(function), **overrides}
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        return env

    return apply


@pytest.fixture
def fresh_handler(
    aws: None, function_env: Callable[..., dict[str, str]]
) -> Iterator[Callable[..., ModuleType]]:
    """``fresh_handler("inbound", MAX_RECEIVE_COUNT="2")``: the handler module, imported anew.

    Runs after moto started (so no client can reach AWS) and with the function's environment
    plus ``overrides``; Powertools' parameter caches are cleared and its Logger set up again,
    at this environment's level, writing to whatever captures stdout when it logs (``capsys``
    in the test). Patch ``boto3.client`` or anything else the import reads before calling it.
    The loggers the handler's bootstrap reconfigured are restored after the test.
    """
    saved = _logging_state()

    def load(function: str, **overrides: str) -> ModuleType:
        env = function_env(function, **overrides)
        parameters.clear_caches()
        service = logging.getLogger(env.get("POWERTOOLS_SERVICE_NAME") or function)
        _forget_powertools_configuration(service)
        sys.modules.pop(f"{function}.handler", None)
        module = importlib.import_module(f"{function}.handler")
        for handler in service.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.stream = _CurrentStdout()  # not setStream: it flushes the old one
        return module

    yield load
    _restore_logging_state(saved)


class _CurrentStdout:
    """Writes to ``sys.stdout`` as it is at each write: pytest swaps it between phases."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def _forget_powertools_configuration(logger: logging.Logger) -> None:
    """Powertools configures a service's logger once per process; make it start over."""
    logger.handlers.clear()
    for attribute in ("init", "powertools_handler"):
        if hasattr(logger, attribute):
            delattr(logger, attribute)


def _logging_state() -> dict[str, tuple[list[logging.Handler], int, bool]]:
    state = {}
    for name in _RECONFIGURED:
        logger = logging.getLogger(name)
        # pytest attaches its capture handlers to non-propagating loggers for each phase.
        handlers = [h for h in logger.handlers if type(h).__name__ != "LogCaptureHandler"]
        state[name] = (handlers, logger.level, logger.propagate)
    return state


def _restore_logging_state(state: dict[str, tuple[list[logging.Handler], int, bool]]) -> None:
    for name, (handlers, level, propagate) in state.items():
        logger = logging.getLogger(name)
        logger.handlers = handlers
        logger.setLevel(level)
        logger.propagate = propagate


@pytest.fixture
def root_records(monkeypatch: pytest.MonkeyPatch) -> Iterator[RootRecords]:
    """What reaches the root logger (the Lambda runtime's own handler), at DEBUG."""
    root = logging.getLogger()
    handler = RootRecords()
    root.addHandler(handler)
    monkeypatch.setattr(root, "level", logging.DEBUG)
    yield handler
    root.removeHandler(handler)
