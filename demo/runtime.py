"""The real Lambda handlers, run in this process the way the Lambda runtime runs them.

Each function is imported by its handler setting (``webhook.handler.lambda_handler``) with
its own environment in place, as a cold start would, and invoked with an event and a
context; nothing else of the function is touched. What the function prints (Powertools'
JSON logs and metrics) goes to the demo's log file, never to the screen.
"""

from __future__ import annotations

import copy
import importlib
import logging
import os
import sys
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TextIO


@dataclass
class LambdaContext:
    """The context attributes the Lambda runtime passes and Powertools reads."""

    function_name: str
    invoked_function_arn: str
    timeout_seconds: float
    memory_limit_in_mb: int = 256
    function_version: str = "$LATEST"
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = "demo"
    _started: float = field(default_factory=time.monotonic)

    def get_remaining_time_in_millis(self) -> int:
        remaining = self.timeout_seconds - (time.monotonic() - self._started)
        return max(0, int(remaining * 1000))


@contextmanager
def environment(values: Mapping[str, str]) -> Iterator[None]:
    """``values`` set in os.environ for the duration; what was there before comes back."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class LocalFunction:
    def __init__(
        self,
        name: str,
        handler: str,
        env: Mapping[str, str],
        *,
        region: str,
        account_id: str,
        log: TextIO,
        timeout_seconds: float = 30.0,
    ) -> None:
        self.name = name
        self.handler = handler
        self.arn = f"arn:aws:lambda:{region}:{account_id}:function:{name}"
        self.timeout_seconds = timeout_seconds
        self._log = log
        # What the Lambda runtime itself sets, then the function's configuration.
        self.env = {
            "AWS_LAMBDA_FUNCTION_NAME": name,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            **env,
        }
        self._entry: Callable[[Any, Any], Any] | None = None
        self._module_name, _, self._attribute = handler.rpartition(".")
        self._displaced: ModuleType | None = None

    def cold_start(self) -> None:
        """Import a fresh copy of the handler module, with this function's environment."""
        # A copy imported earlier in this process (a test) is set aside, not re-executed,
        # and comes back on ``unload``.
        self._displaced = sys.modules.pop(self._module_name, None)
        with environment(self.env), redirect_stdout(self._log):
            module = importlib.import_module(self._module_name)
        self._entry = getattr(module, self._attribute)
        # Powertools binds one stdout handler per service name when it first builds it; an
        # earlier import in this process may have bound another stream.
        service = self.env.get("POWERTOOLS_SERVICE_NAME", "service_undefined")
        for handler in logging.getLogger(service).handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.stream = self._log

    def unload(self) -> None:
        """Forget this run's module; what was imported before (if anything) is back."""
        if self._entry is None:
            return
        self._entry = None
        package_name, _, child = self._module_name.rpartition(".")
        package = sys.modules.get(package_name)
        if self._displaced is None:
            sys.modules.pop(self._module_name, None)
            if package is not None and hasattr(package, child):
                delattr(package, child)
        else:
            sys.modules[self._module_name] = self._displaced
            if package is not None:
                setattr(package, child, self._displaced)

    def invoke(self, event: Mapping[str, Any]) -> Any:
        if self._entry is None:
            self.cold_start()
        assert self._entry is not None
        context = LambdaContext(
            function_name=self.name,
            invoked_function_arn=self.arn,
            timeout_seconds=self.timeout_seconds,
            log_group_name=f"/aws/lambda/{self.name}",
        )
        with environment(self.env), redirect_stdout(self._log), warnings.catch_warnings():
            # Powertools warns on stdout-less stderr when an invocation counted nothing.
            warnings.filterwarnings("ignore", "No application metrics", UserWarning)
            return self._entry(copy.deepcopy(dict(event)), context)


class _CurrentStdout:
    """A stream that writes to whatever ``sys.stdout`` is at the time of writing."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def detach_log(log: TextIO) -> None:
    """Point every logging handler writing to ``log`` at stdout (before the demo closes it).

    The handlers stay: Powertools reuses a service's first handler on the next import.
    """
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        if not isinstance(logger, logging.Logger):
            continue  # a PlaceHolder in the logger tree
        for handler in logger.handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is log:
                handler.stream = _CurrentStdout()
