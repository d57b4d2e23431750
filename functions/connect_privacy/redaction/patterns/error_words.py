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


# "code" right after a device's or an app's verb of showing, or after an error's word in
# another language: "the app says code 5127", "keeps showing code 6093", "el módem marca code
# 3318", "l'appli affiche code 512", "die App zeigt Code 1874", "o modem dá code 2749", "erro
# code 8421". What follows is the code on the screen, not the card's.
_SHOWN_CODE = re.compile(
    r"(?i)(?<![^\W\d_])(?:says|say|shows?|showing|displays?|displaying|gives|giving|throws"
    r"|marca|muestra|sale|aparece|affiche|indique|zeigt|meldet|mostra|d[áa]|err(?:or|eur)?|erro"
    r"|fehler)\s{1,3}(?:(?:an?|the|el|un|le|une?|o|um|den|einen)\s{1,3})?(?:code|c[óo]digo)"
    r"[\s:#]{0,3}\Z"
)
_SHOWN_WINDOW = 32


def shown_code_before(view: str, begin: int) -> bool:
    """Whether "code" right before ``begin`` is what a screen shows ("the app says code 5127")."""
    return _SHOWN_CODE.search(view, max(0, begin - _SHOWN_WINDOW), begin) is not None


# An error's word, then at most a verb of showing and "code", then the code with the letters
# it may begin with: "the error says E6899", "error shows code 6189", "el error dice ERR-12",
# "l'erreur affiche 4021", "der Fehler zeigt E-17", "o erro diz 5120". The code on the screen,
# not the rest of a number the customer was typing.
# (Not "err" alone: in chat it is as often a hesitation, "err 9012", as the word.)
_ERROR_SAYS = re.compile(
    r"(?i)(?<![^\W\d_])(?:error(?:\s*code)?|erreur|code\s*(?:d['\u2019]\s*)?erreur"
    r"|c[óo]digo\s*(?:de\s*)?(?:error|erro)|erro|fehler(?:\s*-?\s*code|meldung|nummer)?)"
    r"(?:\s{1,3}(?:says|said|shows?|reads|is|was|dice|dec[íi]a|pone|muestra|es|dit|affiche|est"
    r"|sagt|zeigt|lautet|ist|diz|mostra|[ée]))?"
    r"(?:\s{1,3}(?:code|c[óo]digo))?[\s:#\-]{0,3}[A-Za-z]{0,4}[\-#]?\Z"
)
_SAYS_WINDOW = 48


def names_shown_error(view: str, begin: int) -> bool:
    """Whether the digits at ``begin`` are an error's code, named by the words right before
    ("the error says E6899", "Fehler zeigt Code 17")."""
    return _ERROR_SAYS.search(view, max(0, begin - _SAYS_WINDOW), begin) is not None
