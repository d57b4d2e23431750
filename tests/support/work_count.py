"""Work done by a call, counted instead of timed: steady under load, so tests can assert it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def work_done(function: Callable[..., Any], *args: Any) -> int:
    """Python lines executed plus calls into C (regex searches, validators, joins)."""
    count = 0

    def trace(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return trace

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(trace)
    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return count
