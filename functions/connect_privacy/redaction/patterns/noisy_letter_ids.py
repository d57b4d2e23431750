"""A Spanish NIE or DNI, or a Mexican RFC, whose letters are set apart from its digits by noise.

Customers break the letters of an identifier away from its digits as they break digit
groups apart: with an emoji, a pipe, an ellipsis or a joining word ("X 👉 4316165 next J",
"nie Y | 6416358 danach Q", "X after that 353 then 5806 / Q", "Z et puis 2252064 puis R",
"dni 14 next 631 😅 758 next D", "rfc CIHI 👉 740214 💳 Q5A", "PCT luego 640610 despues GR7").
``normalize`` blanks noise between digits only, so the letters stay apart from the number and
``identity_numbers`` reads no identifier. Here the number is found first, the letters either
side of it across the noise, and the whole validated, so the noise costs no precision:

- a NIE (X, Y or Z, seven digits, a letter) by python-stdnum's check letter;
- a DNI (eight digits, a letter) by its check letter too, and only in a message that names
  an identity document: an eight-digit reference and a joined word are common enough;
- an RFC (three or four letters, the birth date, three characters) by python-stdnum's format
  and date, and its last character, the check digit, a digit or an "A".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.es import dni, nie
from stdnum.mx import rfc

from connect_privacy.redaction.patterns.context import has_digit, may_hold
from connect_privacy.redaction.patterns.normalize import JOINING_WORDS
from connect_privacy.redaction.spans import Span

# Symbols, emoji and punctuation (not a line's end), or a joining word, at most 16 characters.
_GAP = rf"(?:[^\w\n]|_|(?<![^\W\d_])(?:{JOINING_WORDS})(?![^\W\d_])){{1,16}}"
# The digits the identifiers hold, in one run or in groups: the deobfuscated view has blanked
# the noise between groups ("X after that 353 then 5806 / Q" reads "353      5806").
_RUN = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{0,7}(?:[ \n/|.\-]{1,16}[0-9]{1,7}){0,3}(?![0-9])")
# Read backwards from the run: the letters before it, then the gap, up to the run. A NIE's
# letter may be glued to its first group ("X84 / 89871 ensuite L"): its check letter decides.
_NIE_HEAD = re.compile(rf"(?i)(?<![\w])(?P<head>[XYZ])(?:{_GAP})?\Z")
_RFC_HEAD = re.compile(rf"(?i)(?<![\w])(?P<head>[A-Z&Ñ]{{3,4}}){_GAP}\Z")
# Read forwards from the run: the gap, then the check letter or the RFC's three characters.
_CHECK_LETTER = re.compile(rf"(?i){_GAP}(?P<tail>[A-Z])(?![\w])")
_RFC_TAIL = re.compile(rf"(?i){_GAP}(?P<tail>[A-Z0-9]{{2}}[0-9A])(?![\w])")
# The most characters a head and its gap span before the run.
_HEAD_REACH = 4 + 16
# The words of a document that a DNI needs in its message, in lower case.
_DOCUMENT_HINTS = ("dni", "documento", "identidad", "nif", "ausweis", "identit")
_NIE_DIGITS, _DNI_DIGITS, _RFC_DIGITS = 7, 8, 6


def find_noisy_letter_ids(view: str) -> Iterator[Span]:
    """The identifiers in ``view``: the folded view, and the deobfuscated one, whose digit
    groups the noise between them no longer sets apart."""
    if not has_digit(view):
        return
    documents: bool | None = None  # read once, at the first DNI-shaped run
    for run in _RUN.finditer(view):
        begin = run.start()
        digits = "".join(c for c in run.group() if c.isdigit())
        reach = max(0, begin - _HEAD_REACH)
        if len(digits) == _NIE_DIGITS:
            head = _NIE_HEAD.search(view, reach, begin)
            found = _around(view, run, digits, head, _CHECK_LETTER)
            if found is not None and nie.is_valid(found[2]):
                yield Span(found[0], found[1], "ES_NIE", 0.85, "patterns")
        elif len(digits) == _DNI_DIGITS:
            found = _around(view, run, digits, None, _CHECK_LETTER)
            if found is None or not dni.is_valid(found[2]):
                continue
            if documents is None:
                documents = may_hold(view, view.lower(), _DOCUMENT_HINTS)
            if documents:
                yield Span(found[0], found[1], "ES_DNI", 0.85, "patterns")
        elif len(digits) == _RFC_DIGITS == len(run.group()):
            # the birth date in one run: in groups it reads as a date ("dia 11/12/25 e dia")
            head = _RFC_HEAD.search(view, reach, begin)
            found = _around(view, run, digits, head, _RFC_TAIL)
            if found is not None and rfc.is_valid(found[2]):
                yield Span(found[0], found[1], "MX_RFC", 0.85, "patterns")


def _around(
    view: str,
    run: re.Match[str],
    digits: str,
    head: re.Match[str] | None,
    tail_pattern: re.Pattern[str],
) -> tuple[int, int, str] | None:
    """The span from the head (or the run, without one) to the tail after the run, and the
    identifier they spell in capitals; None without the tail, or the head a NIE or an RFC
    needs (``head`` None where ``tail_pattern`` alone is asked for, as for a DNI)."""
    tail = tail_pattern.match(view, run.end())
    if tail is None:
        return None
    if head is None:
        if len(digits) != _DNI_DIGITS:
            return None
        return run.start(), tail.end(), (digits + tail.group("tail")).upper()
    return head.start(), tail.end(), (head.group("head") + digits + tail.group("tail")).upper()
