"""An IBAN begun after its word with its country's capitals, alone or run into its digits.

A customer who sends an IBAN in parts often types its country first and hits Enter ("iban
FR", "IBAN: DE", "el iban" and "ES" on the next line), or gives the account as its IBAN's
start without the printed groups ("le RIB: FR27682901", "Konto DE8937040044"). Read as the
digits of an account, or as nothing, the marker waits for the wrong length and the next
parts run past it. The country says how long the IBAN is (``IBAN_LENGTHS``); the
cross-message marker (``continuation``) waits for that many characters, and this module
only says where such a start is.
"""

from __future__ import annotations

import re

# IBAN lengths by country (the SEPA countries and the markets served); others use the
# shortest (15).
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23,
    "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
    "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22,
}  # fmt: skip

# The country's two capitals alone, or with the check digits and more run into them or in
# groups ("FR27682901", "FR37 0142 4782 02"), ending the message; capitals only: "iban de
# mi madre" names a country no more than "es" does.
_START = re.compile(
    r"(?<![\w.,/\-])(?P<value>(?P<country>[A-Z]{2})"
    r"(?:[ \-]?(?P<check>[0-9][0-9]?+)(?:[ \-]?[0-9A-Z]){0,32})?)"
    r"[^\w\n]{0,4}\Z"
)
# The last characters such a start can take: the country, check digits, the rest of the
# longest IBAN each after a separator, and the marks after it.
_REACH = 2 + 3 + 2 * 32 + 4
# ISO 7064 check digits run from 02 to 98.
_CHECK_LEAST, _CHECK_MOST = 2, 98


def iban_country_start(text: str, after: int, *, digits: bool) -> tuple[int, int, int, int] | None:
    """Where an IBAN's start ending ``text`` after position ``after`` is, how many characters
    it holds and how many the country's IBAN has; with ``digits``, also a start with check
    digits and more, else only the country alone ("iban FR")."""
    start = _START.search(text, max(after, len(text) - _REACH))
    if start is None:
        return None
    complete = IBAN_LENGTHS.get(start.group("country"))
    check = start.group("check")
    if complete is None or (check is not None and not digits):
        return None
    if check is not None and len(check) == 2 and not _CHECK_LEAST <= int(check) <= _CHECK_MOST:
        return None
    seen = sum(c.isalnum() for c in start.group("value"))
    if seen >= complete:
        return None
    return start.start("value"), start.end("value"), seen, complete
