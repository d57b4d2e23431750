"""A passport read out one character at a time, its digits said as words: "Passnummer C X
eins T Y sechs drei eins acht", "passport number C-nine-F-X-R-one-N-three-P", "número do
passaporte sete, um, A, Q, três, ...".

The views with spelled digits turn only runs of three number words into digits, so the
letters between them leave each word alone and no passport shape is seen. Right after a
passport word, seven to ten pieces that are each a capital, a digit or a number word, with
a said digit among them, are that passport; "double four" is two of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import IS
from connect_privacy.redaction.patterns.national_ids import PASSPORT_WORDS
from connect_privacy.redaction.patterns.normalize import digit_for_word, repeat_count
from connect_privacy.redaction.spans import Span

# The label's rest and a verb or colon between the passport word and its first piece:
# "passport number is", "Passnummer:", "número do passaporte é".
_LABEL = re.compile(
    rf"(?i)(?:\s*+(?:number|nummer|nr\.?|no\.?|num\.?|n[úu]mero|num[ée]ro)(?!\w))?"
    rf"(?:\s*+(?:{IS}|:)(?!\w))?"
)
# One piece, after the spaces, commas or dashes that set it apart from the one before
_PIECE = re.compile(r"[\s,\-]{0,3}+([^\W\d_]++|[0-9])")
_LEAST_PIECES = 7
_MOST_PIECES = 10


def find_spelled_passport(folded: str) -> Iterator[Span]:
    for context in PASSPORT_WORDS.finditer(folded):
        label = _LABEL.match(folded, context.end())  # always matches: its parts are optional
        pos = label.end() if label else context.end()
        pieces: list[tuple[int, int]] = []
        characters = said = 0
        while characters <= _MOST_PIECES and (piece := _PIECE.match(folded, pos)):
            if pieces and piece.start(1) == pos:
                break  # glued to the last piece: a word, not a character read out
            word = piece.group(1)
            times = repeat_count(word)
            if times:
                # "double four": the digit after the repeat word, said that many times
                piece = _PIECE.match(folded, piece.end())
                if piece is None or digit_for_word(piece.group(1)) is None:
                    break
                said += 1
            elif digit_for_word(word) is not None:
                said += 1
            elif not word.isdigit() and not (len(word) == 1 and word.isupper()):
                break
            pieces.append(piece.span(1))
            characters += times or 1
            pos = piece.end()
        if said and _LEAST_PIECES <= characters <= _MOST_PIECES:
            yield Span(pieces[0][0], pieces[-1][1], "PASSPORT_NUMBER", 0.8, "patterns")
