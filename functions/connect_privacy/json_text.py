"""JSON text from outside, parsed with one error for every way it is not a document.

``json.loads`` raises ``json.JSONDecodeError`` (a ``ValueError``) for text that is not
JSON, but a document nested deeper than the interpreter's recursion limit (``[[[[...`` a
thousand deep) raises ``RecursionError`` instead, which no caller expects: a queue body, an
SNS message or a Graph API answer shaped so would surface as an unexpected error rather
than the rejection each caller gives malformed input. ``loads`` reports it as the
``JSONDecodeError`` the callers already handle. The error holds no part of the text.
"""

from __future__ import annotations

import json
from typing import Any


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``; too deep a nesting raises ``json.JSONDecodeError`` too."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", "", 0) from None
