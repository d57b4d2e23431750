"""An IBAN dictated a character at a time, without its word.

"G B oh three - N W B K - three two seven one - ...", "N L two five, S J Q R, nine seven
...", "D E one six five double four oh six ...": the customer reads the number off a
statement the way it is read over the phone, each letter a capital of its own, each digit
a word ("oh", "double four") or a digit. The spelled view cannot read it (a letter breaks
every run of number words), so the characters are read here, from the country's two
letters on, and the IBAN's own check (country, length, mod 97) decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban

from connect_privacy.redaction.patterns.normalize import digit_for_word, repeat_count
from connect_privacy.redaction.spans import Span

# The country's two letters, each a capital standing alone.
_COUNTRY = re.compile(r"(?<![A-Za-z0-9])[A-Z][ ,\-]{1,3}[A-Z](?![A-Za-z0-9])")
# One character read: a capital alone (a letter, "O" included), digits, or a word (a
# number word, "double", or a bank code in capitals).
_TOKEN = re.compile(r"(?P<letter>[A-Z])(?![A-Za-z0-9])|(?P<digits>[0-9]{1,4})|(?P<word>[^\W\d_]+)")
# Between characters: spaces, commas, dashes or dots, as they are said or typed.
_BETWEEN = re.compile(r"[ \t,\-.]{1,4}")
_LONGEST = 34
# The longest group of capitals typed whole: a bank code ("NWBK", "BOFI").
_BANK_CODE = 4
_SHORTEST = 15


def find_dictated_iban(view: str) -> Iterator[Span]:
    """IBANs read out a character at a time (folded view); each start reads at most 34
    characters."""
    for country in _COUNTRY.finditer(view):
        end = _read(view, country.start())
        if end:
            yield Span(country.start(), end, "INTERNATIONAL_BANK_ACCOUNT_NUMBER", 0.9, "patterns")


def _read(view: str, position: int) -> int:
    """Where the longest valid IBAN read from ``position`` ends, or 0."""
    compact, repeat, end = "", 1, 0
    while len(compact) <= _LONGEST and (token := _TOKEN.match(view, position)):
        if token.group("word"):
            word = token.group()
            digit = digit_for_word(word)
            if digit is None and word.isupper() and len(word) <= _BANK_CODE:
                digit = word  # a bank's code typed in capitals among the said digits ("NWBK")
            if digit is None:
                repeat = repeat_count(word)
                if not repeat:
                    break  # a word that says no character: the number has ended
                position = _next(view, token.end())
                if position < 0:
                    break
                continue
            compact += digit * repeat
        else:
            compact += token.group()
        repeat = 1
        if len(compact) >= _SHORTEST and iban.is_valid(compact):
            end = token.end()
        position = _next(view, token.end())
        if position < 0:
            break
    return end


def _next(view: str, position: int) -> int:
    """Where the next character starts after the joint at ``position``, or -1."""
    joint = _BETWEEN.match(view, position)
    return joint.end() if joint else -1
