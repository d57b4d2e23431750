"""A driving licence number alone in a message, the answer to the agent's question for it.

The bare passport shapes (``national_ids``) stop at nine characters. Licences are longer:
ten to sixteen capitals and digits that change over at least twice ("Y792SG2TFH4" in
Germany, "46DM93695078" in France, the DVLA's "SNGCS831428HW4ZA"). Reference numbers
print a prefix then digits ("INV2024001234", "W528349747"): one change-over only, kept, as
a capital and digits are, which an order's number sent bare takes too (``bare_id`` reads
those after "here you go" only). Nor is it a Mexican RFC or CURP whose check failed (four
letters and a birth date), nor the tail of one (digits first, then "H" or "M"), nor a
parcel's number printed to the UPU's S10 standard (two letters, nine digits, a country) or
led by UPS's "1Z".

Only a short message is read, and only when it is the value and words of assent around it
("yep its X", "oui c'est X", "ja das ist X", "sim é X"): see ``context.bare_code``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import bare_code
from connect_privacy.redaction.spans import Span

_SHORT = 80
_LICENCE = re.compile(
    r"(?<![A-Za-z0-9])"
    # not an RFC's or a CURP's head (letters and a birth date, maybe a digit short), nor
    # its tail led by digits, nor a parcel's number in the UPU's S10 shape ("CS289123265PT")
    # or UPS's ("1ZE83510647470")
    r"(?![A-Z]{3,4}[0-9]{5,6}(?![0-9])|[0-9]{3}|[A-Z]{2}[0-9]{9}[A-Z]{2}(?![A-Z0-9])|1Z)"
    # letters, digits, letters (or digits, letters, digits) in ten to sixteen characters
    r"(?=[A-Z0-9]{0,14}(?:[A-Z][A-Z0-9]*?[0-9][A-Z0-9]*?[A-Z]|[0-9][A-Z0-9]*?[A-Z][A-Z0-9]*?[0-9]))"
    r"(?=(?:[A-Z]*[0-9]){3})(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{10,16}"
    r"(?![A-Za-z0-9])"
)


def find_bare_licence(view: str) -> Iterator[Span]:
    if len(view) > _SHORT:
        return
    matches = list(_LICENCE.finditer(view))
    if len(matches) == 1 and bare_code(view, matches[0].start(), matches[0].end()):
        yield Span(matches[0].start(), matches[0].end(), "DRIVER_ID", 0.6, "patterns")
