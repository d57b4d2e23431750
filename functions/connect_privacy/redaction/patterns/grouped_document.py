"""A passport or licence number typed in groups of capitals and digits after its word.

Customers copy a document's number in the groups they read it in: "Pass K4LH TZ6VZ und
Handy ...", "mein Reisepass ist C9CH MNXWT", "Passnummer CFNG  YCHJ  G für Buchung ...",
"mi pasaporte CWZ.HJJ.RRM, asiento 38F", "pass 61D - V41 - 299 für flug ...", "mon
passeport c'est le 39UV  7885  3", "mein Pass hat die Nummer N32.188.8", "licencia de
conducción F546 - 3324 - 6". ``national_ids`` reads the pieces of one within its word's
first three tokens, pieces of four capitals at most and with a digit among them; these
numbers have a group of five capitals (Germany's passports), no digit at all (Germany's,
from its alphabet without vowels), or the words that say a number follows ("hat die
Nummer", "c'est le") before them, or follow German's "Pass" alone.

The value is two to four groups of capitals and digits set apart the same way throughout
(spaces, a dash or a dot), seven to sixteen characters: a digit among them, or, for a
passport, nine capitals of Germany's alphabet. Only a number's label, a copula and an
article may stand between the word and the value, so "permis de construire PC 075 ..."
names no licence; never right after a reference's word ("vuelo DL 2248").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import (
    DATE_SHAPE,
    NOT_PERSONAL,
    NUMBER_LABEL,
    has_letter,
    words,
)
from connect_privacy.redaction.patterns.national_ids import (
    DRIVER_WORDS,
    PASSPORT_WORDS,
)
from connect_privacy.redaction.spans import Span

# German's "Pass" alone, the travel document, capitalised as German nouns are (a bare "pass"
# in small letters is as often English's password: "pass LION.4821"), not a boarding pass.
_GERMAN_PASS = re.compile(r"\bPass(?<!boarding\sPass)(?!\w)")
# After "Pass" alone, a group of letters holding a vowel is a word or a password ("Pass FOR THE
# KID", "Pass: LION.4821", "Pass COL 2GN TRV"): Germany's serials have none.
_VOWEL_GROUP = re.compile(r"(?<![A-Z0-9])[A-Z]*[AEIOU][A-Z]*(?![A-Z0-9])")
# Colombia's "licencia de conducción", which the licence words do not hold.
_CONDUCCION = words(r"licencia\s*(?:de\s*)?conducci[óo]n")
# What may stand between the word and its value: a number's label, "has the number", a
# copula, an article or possessive; a few at most.
_BETWEEN = (
    rf"{NUMBER_LABEL}|hat|has|(?:it['\u2019]?s|is|es|est|c['\u2019]est|ist|é)"
    r"|the|my|el|la|le|mi|mon|ma|die|der|das|mein|meine|o|a|meu|minha|de|del|du|da|do|von|of"
)
_GROUP = r"[A-Z0-9]{1,7}"
# The same between every two groups: one or two spaces, or a dash or dot with a space around.
_SEPARATOR = r"[ ]{1,2}|[ ]?[\-.][ ]?"
_VALUE = re.compile(
    rf"(?i)(?:[\s:#=\-\u2013]{{1,3}}(?:{_BETWEEN})(?![\w'\u2019])){{0,4}}"
    r"[\s:#=\-\u2013\"'\u201e\u201c\u00ab]{1,4}"
    rf"(?P<value>(?-i:{_GROUP}(?P<sep>{_SEPARATOR}){_GROUP}(?:(?P=sep){_GROUP}){{0,2}}))"
    # not cut from a longer number: no further group set apart the same way
    r"(?![A-Za-z0-9]|(?P=sep)(?-i:[A-Z0-9]{1,7})(?![A-Za-z0-9]))"
)
_CHARS = (7, 16)
# Germany's passport alphabet, capitals without vowels, and its length.
_GERMAN_LETTERS = frozenset("CFGHJKLMNPRTVWXYZ")
_GERMAN_LENGTH = 9
# A reference's word right before the document's word: "vuelo DL 2248" is a flight.
_REFERENCE_BEFORE = re.compile(NOT_PERSONAL.pattern + r"[\s:#.\-]{1,3}\Z")
_REFERENCE_REACH = 16
# A spaced date after the word: "mein Pass 12 03 2029" expires then.
_SPACED_DATE = re.compile(r"[0-9]{1,2}[ .\-]{1,3}[0-9]{1,2}[ .\-]{1,3}(?:19|20)[0-9]{2}")


def find_grouped_document(view: str) -> Iterator[Span]:
    # every group reading needs a capital or digit after a space, dash or dot and a word
    if not has_letter(view):
        return
    low = view.lower()
    kinds: list[tuple[re.Pattern[str], str]] = []
    if "pas" in low or "pp" in low:
        kinds.append((PASSPORT_WORDS, "PASSPORT_NUMBER"))
    if "Pass" in view:
        kinds.append((_GERMAN_PASS, "PASSPORT_NUMBER"))
    kinds.append((DRIVER_WORDS, "DRIVER_ID"))
    if "conducc" in low:
        kinds.append((_CONDUCCION, "DRIVER_ID"))
    for phrases, entity in kinds:
        for word in phrases.finditer(view):
            if _REFERENCE_BEFORE.search(
                view, max(0, word.start() - _REFERENCE_REACH), word.start()
            ):
                continue  # "vuelo DL 2248": a flight's code
            match = _VALUE.match(view, word.end())
            if match is None or (
                phrases is _GERMAN_PASS and _VOWEL_GROUP.search(match.group("value"))
            ):
                continue
            if _document(match.group("value"), entity):
                yield Span(match.start("value"), match.end("value"), entity, 0.75, "patterns")


def _document(value: str, entity: str) -> bool:
    compact = "".join(c for c in value if c.isalnum())
    if not _CHARS[0] <= len(compact) <= _CHARS[1]:
        return False
    if DATE_SHAPE.fullmatch(value) or _SPACED_DATE.fullmatch(value):
        return False
    if any(c.isdigit() for c in compact):
        return True
    return (
        entity == "PASSPORT_NUMBER"
        and len(compact) == _GERMAN_LENGTH
        and set(compact) <= _GERMAN_LETTERS
    )
