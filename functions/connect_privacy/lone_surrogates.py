"""Lone surrogates: code points JSON can carry (``"\\ud800"``) but no UTF-8 system can.

A surrogate left in a decoded ``str`` is always a lone one: JSON's escaped pairs decode to
the astral character they stand for. It is no character at all, so whatever reads such text
from outside (Meta's webhook, Connect's chat stream) replaces it with U+FFFD before passing
the text on: SQS, Connect and the Graph API all take UTF-8, and the encoder would fail the
whole request instead.
"""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def replace_lone_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (the same length)."""
    return _LONE_SURROGATE.sub(REPLACEMENT, text)
