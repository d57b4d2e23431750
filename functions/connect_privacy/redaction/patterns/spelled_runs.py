"""A long number read out in words: "seventeen eighty-four eight forty-five sixty-four zero
two two", "zero - four - twelve - nine - thirty seven ...", "mais doze - zero - dezoito".

Eight digits or more said one by one or in pairs are a value the customer reads off a card
or a statement (an account, a phone, an identifier; a UK account has eight): prices, dates,
times and counts said in words are shorter, and a reference read out is named by its word
first ("order number ...", which leaves the number alone). The whole run is masked, so a
finder that took only a phone's length of it leaves no digit behind. The label is a guess
from the length; a better-scored span of another finder over the same digits gives its own
(``merge_spans``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import NOT_PERSONAL
from connect_privacy.redaction.patterns.priced_tail import currency_after
from connect_privacy.redaction.patterns.value_first import reference_after
from connect_privacy.redaction.spans import Span

# Digits of the spelled view, the blanks a word left (a hundred's digit stands on its
# word's last letter: "quinhentos") and the commas, dashes and dots between the words;
# possessive, so a long run is read once.
_RUN = re.compile(r"\+?[0-9](?:[\s,.\-]{0,24}+[0-9])*+")
_DIGIT = re.compile(r"[0-9]")
# The blanks a spelled word left, then the next word
_NEXT_WORD = re.compile(r"\s{1,16}([^\W\d_])")
# "plus", "más", "mais" said before the first digit: the phone's "+", masked with it.
_SPOKEN_PLUS = re.compile(r"(?i)(?<![^\W\d_])(?:plus|m[áa]s|mais)\s{1,16}\Z")
# A reference word right before the run, maybe with its number sign or a copula: "order
# number one two ...", "caso: uno dos ...", "the ticket is nine ..."; not a word used as
# a conjunction further back ("meu numero caso caia: dois, zero, ...").
_REFERENCE_BEFORE = re.compile(
    NOT_PERSONAL.pattern
    + r"\s{0,2}(?:#|n[º°o]\.?|nr\.?|no\.?|:)?\s{0,2}(?:(?:is|es|est|ist|é|was|era|:)\s{1,2})?\Z"
)
_LEAST_DIGITS = 8
# Typed digits before the first spelled one that are a number of their own (a postcode)
_TYPED_NUMBER = 5
_PHONE_MOST = 13
_MOST_DIGITS = 24
_SCORE = 0.5


def find_spelled_runs(folded: str, spelled: str) -> Iterator[Span]:
    """Runs of eight to 24 digits in ``spelled`` (the view with spelled-out digits, same
    length as ``folded``) of which most were words in ``folded``."""
    for match in _RUN.finditer(spelled):
        begin, end = match.span()
        # (a run's only digits are ASCII ones: found in C, not tested one character at a time)
        digits = [digit.start() for digit in _DIGIT.finditer(spelled, begin, end)]
        first_said = next((n for n, i in enumerate(digits) if not folded[i].isdigit()), 0)
        if first_said >= _TYPED_NUMBER:
            # "billing zip and card: 10218 five-five-...": the typed number before the
            # spelled ones is one of its own
            digits = digits[first_said:]
            begin = digits[0]
        if currency_after(spelled, end):
            # "... eins-zwei-acht-fünf 159,51€": the typed amount after the said digits
            while digits and folded[digits[-1]].isdigit():
                digits.pop()
            end = digits[-1] + 1 if digits else begin
        if not _LEAST_DIGITS <= len(digits) <= _MOST_DIGITS:
            continue
        said = sum(1 for i in digits if not folded[i].isdigit())
        if 2 * said < len(digits):
            continue  # mostly typed: the digit finders read it
        if _REFERENCE_BEFORE.search(spelled, max(0, begin - 40), begin) or _named_reference(
            spelled, end
        ):
            continue  # "order number one two three ...": a reference read out
        plus = _SPOKEN_PLUS.search(folded, max(0, begin - 24), begin)
        begin = plus.start() if plus is not None else begin
        entity = "PHONE" if len(digits) <= _PHONE_MOST else "BANK_ACCOUNT_NUMBER"
        yield Span(begin, end, entity, _SCORE, "patterns")


def _named_reference(spelled: str, end: int) -> bool:
    """A reference noun right after the run ("... is my order number"); not one past a
    quote or a comma, the next field of a pasted form ('..., "pedido": ...')."""
    word = _NEXT_WORD.match(spelled, end)
    return word is not None and reference_after(spelled, word.start(1) - 1)
