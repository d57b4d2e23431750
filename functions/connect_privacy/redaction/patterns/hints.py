"""Substring pre-checks of the digit finders (``banking``, ``cards``), faster forms of
``any(map(low.__contains__, hints))`` and ``context.may_hold`` with the same answers.

These tests run on every view of every message, most of them finding nothing: a list of
twenty hints is twenty passes over a long text, where one alternation of the same literals
is one (a text holds one of the hints exactly when the alternation finds a match). The
letters that fold apart are tested as ``context.may_hold`` tests them (``context.folds_apart``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from connect_privacy.redaction.patterns.context import folds_apart


def any_of(hints: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds one of ``hints`` (literal substrings, case as given)."""
    search = re.compile("|".join(map(re.escape, hints))).search

    def holds(low: str) -> bool:
        return search(low) is not None

    return holds


def may_hold(view: str, low: str, holds: Callable[[str], bool]) -> bool:
    """``context.may_hold`` with the hints' test made by ``any_of``."""
    return holds(low) or folds_apart(view)
