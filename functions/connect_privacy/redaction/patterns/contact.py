"""Contact details: ``EMAIL`` and ``PHONE``.

Phones use Google's libphonenumber port (``phonenumbers``): ``PhoneNumberMatcher``
with leniency ``VALID`` finds numbers in every international format and checks
them against each country's numbering plan, which a regular expression cannot
do. It is also the slowest detector by far, so it only runs when a cheap
pre-filter sees seven or more digits close together. A number directly after an
order/case/tracking word is a reference, and one after account words an
account number, not a phone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from connect_privacy.redaction.patterns.context import ACCOUNT_WORDS, NOT_PERSONAL, before
from connect_privacy.redaction.spans import Span

_EMAIL = re.compile(
    r"(?<![\w.+\-])[\w.+\-%]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}"
    r"(?![\w\-])"
)
_PHONE_HINT = re.compile(r"[0-9](?:[\s().\-/]{0,3}[0-9]){6,}", re.ASCII)
_INTERNATIONAL_PREFIX = re.compile(r"(?<![0-9])00[1-9]", re.ASCII)
# Region used for numbers written without a country code; numbers written with
# "+" or "00" are read in their own country's plan.
DEFAULT_REGION = "US"


def find_email(view: str) -> Iterator[Span]:
    if "@" not in view:
        return
    for match in _EMAIL.finditer(view):
        yield Span(match.start(), match.end(), "EMAIL", 0.95, "patterns")


def find_phone(view: str, region: str = DEFAULT_REGION) -> Iterator[Span]:
    if not _PHONE_HINT.search(view):
        return
    regions = [region]
    if region != "GB" and _INTERNATIONAL_PREFIX.search(view):
        regions.append("GB")  # a dialling prefix of 00, as most of the world writes it
    for current in regions:
        for match in phonenumbers.PhoneNumberMatcher(
            view, current, leniency=phonenumbers.Leniency.VALID
        ):
            if not match.raw_string.startswith("+") and (
                before(NOT_PERSONAL, view, match.start, 24)
                or before(ACCOUNT_WORDS, view, match.start, 24)  # the account finder's
            ):
                continue
            yield Span(match.start, match.end, "PHONE", 0.85, "patterns")
