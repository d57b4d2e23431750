"""Two guesses at a code the customer cannot remember, with no word naming it.

"cant remember if its 4821 or 7730", "no sé si es 4821 o 7730", "je sais plus si c'est
4821 ou 7730", "weiß nicht mehr ob es 4821 oder 7730 ist", "não lembro se é 4821 ou 7730":
what a customer weighs between two short numbers in a support chat is a PIN or a code;
the conversation said which earlier. Both guesses are masked.

Other things are forgotten the same way, so the guesses must look like codes: four to six
digits each, not a year (1950 to 2039), not both round hundreds ("2000 or 3000"), no
currency or unit after the second, no reference word (order, invoice) before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import NOT_PERSONAL, before
from connect_privacy.redaction.spans import Span

# Not remembering or not knowing, then "if" and "it is/was", in the five languages.
# The verb after "if" may be left out: "weiss nicht ob 4821 oder 7730", "no sé si 4821 o 7730".
_HEDGE = (
    r"(?:(?:can['\u2019]?t|cannot|don['\u2019]?t|do\s+not)\s+(?:remember|recall)"
    r"|forgot|not\s+sure|no\s+idea)\s+(?:if|whether)(?:\s+(?:it['\u2019]?s|its|it\s+(?:is|was)))?"
    r"|no\s+(?:s[ée]|recuerdo|me\s+acuerdo)\s+si(?:\s+(?:es|era|fue))?"
    r"|(?:sais|souviens)\s+(?:plus|pas)\s+si(?:\s+c['\u2019]?\s?(?:est|[ée]tait))?"
    r"|(?:wei(?:ß|ss)|erinnere\s+mich)\s+nicht\s+(?:mehr\s+)?ob(?:\s+(?:es|sie|der|die|das))?"
    r"|n[ãa]o\s+(?:sei|lembro|me\s+lembro)\s+se(?:\s+(?:[ée]|era|foi))?"
)
_GUESS = r"[0-9]{4,6}(?![0-9])"
_OR = r"\s{1,3}(?:or|o|ou|oder)\s{1,3}"
_FORGOTTEN = re.compile(
    rf"(?i)(?:{_HEDGE})\s{{1,3}}(?P<first>{_GUESS}){_OR}"
    rf"(?P<second>{_GUESS})"
    # an amount, a distance or a quantity after it ("2000 o 3000 euros", "1500 or 2000 km")
    r"(?!\s{0,2}(?:[$€£%]|(?:eur|usd|gbp|brl|mxn|chf|km|kg|mi|min|ml|m|g|h)\b|euros?"
    r"|dollars?|d[óo]lares|reais|pesos|francs?|pounds?|units?|unidades|stück|pieces?|pi[eè]ces))"
)
# Cheap test before the scan: every hedge holds one of these.
_HINTS = ("remember", "recall", "forgot", "sure", "idea", "si ", "ob ", "se ")
_YEAR = re.compile(r"19[5-9][0-9]|20[0-3][0-9]")
# What every match holds, the first guess's last digit to the second's first: led by a
# digit, so the engine skips to the digits instead of trying every hedge at every word.
_TWO_GUESSES = re.compile(rf"(?i)[0-9]{_OR}[0-9]")


def find_forgotten_codes(view: str) -> Iterator[Span]:
    """Both guesses after a hedge of memory, when they look like codes (digit views)."""
    # two guesses first: cheaper than the hints, and rarer ("si" and "se" are in most Spanish
    # and Portuguese messages)
    if _TWO_GUESSES.search(view) is None:
        return
    low = view.lower()
    if not any(map(low.__contains__, _HINTS)):
        return
    for match in _FORGOTTEN.finditer(view):
        first, second = match.group("first"), match.group("second")
        if _YEAR.fullmatch(first) or _YEAR.fullmatch(second):
            continue  # "if it was 2019 or 2020": a year
        if first.endswith("00") and second.endswith("00"):
            continue  # "2000 or 3000": an amount
        if before(NOT_PERSONAL, view, match.start()):
            continue  # "the order, cant remember if its 4821 or 7730"
        for name in ("first", "second"):
            yield Span(match.start(name), match.end(name), "PIN", 0.7, "patterns")
