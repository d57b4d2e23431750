"""Substring pre-checks of the digit finders (``banking``, ``cards``), faster forms of
``any(map(low.__contains__, hints))`` and ``context.may_hold`` with the same answers.

These tests run on every view of every message, most of them finding nothing: a list of
twenty hints is twenty passes over a long text, where one alternation of the same literals
is one (a text holds one of the hints exactly when the alternation finds a match). The
letters ``context.FOLDS_APART`` names all lie above U+00FF, and ``in`` answers at once for
a text of narrower characters, where ``frozenset.isdisjoint`` reads every character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from connect_privacy.redaction.patterns.context import FOLDS_APART

_FOLDS = tuple(sorted(FOLDS_APART))


def any_of(hints: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds one of ``hints`` (literal substrings, case as given)."""
    search = re.compile("|".join(map(re.escape, hints))).search

    def holds(low: str) -> bool:
        return search(low) is not None

    return holds


def folds_apart(view: str) -> bool:
    """Whether ``view`` holds a letter of ``context.FOLDS_APART``."""
    return any(map(view.__contains__, _FOLDS))


def may_hold(view: str, low: str, holds: Callable[[str], bool]) -> bool:
    """``context.may_hold`` with the hints' test made by ``any_of``."""
    return holds(low) or folds_apart(view)
