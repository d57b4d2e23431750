"""The words that name an error the app or the website showed ("error", "erreur", "Fehler",
"erro", "código de error"): what follows them is a code to look up, not a customer's value.

Its own module so that the password rules and the one that reads a password typed in
chunks (``spaced_password``, which ``credentials`` imports) can share it.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import words

ERROR_WORDS = words(
    r"error(?:\s*code)?",
    r"err",
    r"erreur",
    r"code\s*(?:d['\u2019]\s*)?erreur",
    r"c[óo]digo\s*(?:de\s*)?(?:error|erro)",
    r"erro",
    r"fehler(?:\s*-?\s*code|meldung|nummer)?",
)
# Right before a chunk: the error's word and the space or mark between them ("erreur E81",
# "erro: E35", "Fehler #E4").
_ERROR_WORD_ENDS = re.compile(
    rf"(?i)(?:{ERROR_WORDS.pattern.removeprefix('(?i)')})[\s:#\-]{{0,3}}\Z"
)
# How far back the error's word is looked for (its longest form, "código de error", and marks).
_WINDOW = 24


def after_error_word(view: str, begin: int) -> bool:
    """Whether an error's word stands right before ``begin`` ("... erreur E81")."""
    return _ERROR_WORD_ENDS.search(view, max(0, begin - _WINDOW), begin) is not None
