"""An AWS access key ID typed in groups of any size, its prefix split too.

Read off a screen or dictated, a key comes in the groups the customer chose: "AKI AIF K7B
FIY OCK JOM ZU", "AS-IA-AV-RM-7I-UC-PS-3X-A2-UJ", "AK - IA - LH - ...", "ASI.A7J.TDI...".
``credentials.find_aws_keys`` needs the four letters of the prefix together; here the
groups are joined first, and the twenty characters they make, opening with a documented
prefix and holding a digit after it, say it is one, when the groups are chunks of one
size (the last maybe shorter). Groups are capitals and digits between blanks, dots or dashes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.credentials import ACCESS_KEY_PREFIX
from connect_privacy.redaction.spans import Span

_KEY_CHARS = 20
_SEPARATOR = r"(?:[ \t]{1,3}|[ \t]{0,3}[.\-][ \t]{0,3})"
# Three groups at least: a key in one or two groups is ``find_aws_keys``'s.
_GROUPS = re.compile(
    rf"(?<![A-Za-z0-9.\-])A[A-Z0-9]{{0,7}}(?:{_SEPARATOR}[A-Z0-9]{{1,8}}){{2,19}}(?![A-Za-z0-9])"
)
_GROUP = re.compile(r"[A-Z0-9]+")
_PREFIX = re.compile(ACCESS_KEY_PREFIX)


def find_grouped_access_key(view: str) -> Iterator[Span]:
    if "A" not in view:
        return  # every prefix opens with it: a substring test before the scan
    for match in _GROUPS.finditer(view):
        joined = 0
        for group in _GROUP.finditer(match.group()):
            joined += len(group.group())
            if joined >= _KEY_CHARS:
                break
        if joined != _KEY_CHARS:
            continue
        groups = _GROUP.findall(match.group()[: group.end()])
        # cut in chunks of one size, the last maybe shorter: "AKIA ABC DEFG1234 EFGH5" is
        # no reading of a key
        if len({len(g) for g in groups[:-1]}) != 1 or len(groups[-1]) > len(groups[0]):
            continue
        key = "".join(groups)
        # a digit after the prefix: words in capitals ("ASIA IS A BIG PLACE ...") have none
        if _PREFIX.match(key) is not None and any(c.isdigit() for c in key[4:]):
            yield Span(
                match.start(), match.start() + group.end(), "AWS_ACCESS_KEY", 0.9, "patterns"
            )
