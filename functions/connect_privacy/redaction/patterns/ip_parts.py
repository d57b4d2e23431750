"""An IPv4 address typed in two messages: its first parts after its word, then the rest.

A customer reading an address off a router's page sends its first parts after the word
that names it ("la ip es 198.51.100", ``network.find_ip_head`` masks them) and the rest
alone in the next message ("18", "100.16", ".0.2.176"). The cross-message marker
(``continuation``) counts the parts seen, never their digits; this module only says what
the rest looks like.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.network import ipv4_part

IPV4_PARTS = 4
# The parts left, alone in the message, maybe after the dot that was to come next.
_REST = re.compile(r"[^\w\n]{0,4}(?P<value>[0-9]{1,3}(?:\.[0-9]{1,3}){0,2})[^\w\n]{0,4}", re.ASCII)


# The first parts as masked: one to three numbers joined by dots ("198.51.100", "192").
_HEAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,2}", re.ASCII)


def ip_head_parts(value: str) -> int:
    """How many parts the first parts of an IPv4 address hold ("198.51" holds two); 0 for
    anything else: a whole address, one read out with words between its parts, an IPv6."""
    return value.count(".") + 1 if _HEAD.fullmatch(value) else 0


def ip_rest(text: str, parts_left: int) -> tuple[int, int, int] | None:
    """Where the next parts of an IPv4 address are when ``text`` holds nothing else, and how
    many they are: no more than ``parts_left``, each a number to 255 ("18", "100.16")."""
    rest = _REST.fullmatch(text)
    if rest is None:
        return None
    parts = rest.group("value").split(".")
    if len(parts) > parts_left or not all(ipv4_part(part) for part in parts):
        return None
    begin, end = rest.span("value")
    return begin, end, len(parts)
