"""The head of an IBAN typed after its word, the rest still to come.

"the iban is IT 38 Z4 77 88 09 ...", "el iban\\nBR6 186", "mon IBAN : CH89 1590": the
customer sends the number in pieces, so the message holds a country's two letters, the
check digits and a few groups, and no whole IBAN the check digits could confirm. After the
word "iban" (the same in the five languages), a start in capitals in a country with IBANs,
its two check digits and what follows in groups of letters and digits is the IBAN's, however
short; a word in small letters ends it ("iban ES12 is wrong?" keeps "is wrong").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import numdb

from connect_privacy.redaction.patterns.context import may_hold
from connect_privacy.redaction.spans import Span

_IBAN_REGISTRY = numdb.get("iban")
# "iban", a connective of a few letters or signs, then the country's two letters in
# capitals, maybe a space apart from the check digits ("IT 38"): in small letters they are
# a word ("iban es 12 ...", Spanish's "is"), or a number that failed its check digits.
# The gap holds no digit, so the head is the first number after the word.
_NAMED_HEAD = re.compile(
    r"(?i)(?<![^\W\d_])iban(?![^\W\d_])[^\w\[\]]{0,4}(?:(?:is|es|est|ist|é|c['\u2019]est|:)"
    r"[^\w\[\]]{0,4})?(?P<value>(?P<country>(?-i:[A-Z]{2})[ \-]?)[0-9][ \-]?[0-9])"
)
# Or a few words after "iban" and a colon before the head: "the iban again because I
# messed it up: GB69 LOYD", "el iban otra vez, me equivoqué: ES91 2100", "l'iban encore
# une fois : FR76 3000", "die IBAN nochmal, sorry: DE89 3704", "o iban de novo: PT50 0002".
# The words hold no digit, no bracket and no line break; the colon says the value follows.
_NAMED_BEFORE_COLON = re.compile(
    r"(?i)(?<![^\W\d_])iban(?![^\W\d_])[^\d\[\]\n:]{1,48}:[^\w\[\]]{0,3}"
    r"(?P<value>(?P<country>(?-i:[A-Z]{2})[ \-]?)[0-9][ \-]?[0-9])"
)
# A head typed without spaces runs on in capitals and digits ("GB69LOYD25"), as IBANs are
# printed; in small letters it is a word ("iban es1234567").
_COMPACT_RUN = re.compile(r"(?-i:[A-Z0-9]{5,30})(?![A-Za-z0-9])")
# The next group: letters and digits (one of them a digit, or capitals only, a bank's code),
# one space, dash or line break apart.
_GROUP = re.compile(
    r"[ \-\n]{1,2}(?=[A-Z0-9]*[0-9]|[A-Z]{1,4}(?![A-Za-z0-9]))([A-Za-z0-9]{1,6})(?![A-Za-z0-9])"
)
# What runs on from the check digits into the first group, at most four characters.
_RUN_ON = re.compile(r"[A-Za-z0-9]{0,4}(?![A-Za-z0-9])")
_LONGEST = 34


def find_iban_head(view: str) -> Iterator[Span]:
    """After the word "iban": its head, the country's letters to the last group of the run;
    each start reads at most 34 characters."""
    if not may_hold(view, view.lower(), ("iban",)):
        return  # a substring test before the scan: the word is in every head
    heads = [*_NAMED_HEAD.finditer(view)]
    if ":" in view:
        heads.extend(_NAMED_BEFORE_COLON.finditer(view))
    for match in heads:
        country = match.group("country").strip(" -").upper()
        if _IBAN_REGISTRY.info(country)[0][1].get("bban") is None:
            continue  # no IBANs in that country: "iban is 12" names no country
        end = match.end()
        # the second check digit may run on into the first group ("BR6 186", "ES12 3456")
        run = _RUN_ON.match(view, end) or _COMPACT_RUN.match(view, end)
        if run is None:
            continue  # "iban es1234567": letters and digits run on, not a head
        end = run.end()
        compact = sum(c.isalnum() for c in view[match.start("value") : end])
        while compact < _LONGEST and (group := _GROUP.match(view, end)):
            compact += len(group.group(1))
            end = group.end()
        value = match.start("value")
        yield Span(value, end, "INTERNATIONAL_BANK_ACCOUNT_NUMBER", 0.8, "patterns")
