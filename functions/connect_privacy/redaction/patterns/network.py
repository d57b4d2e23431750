"""``IP_ADDRESS`` (v4 and v6) and ``MAC_ADDRESS``.

Candidates come from regular expressions; the standard library's ``ipaddress``
decides whether they are addresses. A MAC address has no checksum: its shape
(six hex pairs with one separator throughout, or Cisco's three dotted quads) is
the whole rule; python-stdnum's ``mac`` was not used because it loads the OUI
registry on first use (150 ms) and rejects locally administered addresses,
which phones use for Wi-Fi privacy. A four-part version number
("firmware 1.2.3.4") is a valid IPv4 address, so one directly after version
words is left alone.
"""

from __future__ import annotations

import ipaddress
import re
import string
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import after_context, before, may_hold, words
from connect_privacy.redaction.patterns.normalize import LOOKALIKES
from connect_privacy.redaction.spans import Span

# The patterns led by a look-behind are led by a look-ahead on their first character too: it
# matches nothing they would not, and spares trying the look-behind at every character.
_IPV4 = re.compile(r"(?=[0-9])(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])", re.ASCII)
_IPV6 = re.compile(
    r"(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4})"
    r"(?![0-9A-Fa-f:])",
    re.ASCII,
)
_MAC = re.compile(
    r"(?=[0-9A-Fa-f])(?<![0-9A-Fa-f:\-.])"
    r"(?:[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f:\-]|\.[0-9A-Fa-f])",
    re.ASCII,
)
VERSION_WORDS = words(
    r"v",
    r"ver",
    r"version",
    r"firmware",
    r"build",
    r"release",
    r"updated?",
    r"upgraded?",
    r"installed",
    r"running",
    r"patch",
    r"app",
    r"ios",
    r"android",
)
MAC_WORDS = words(
    r"mac",
    r"hardware\s*address",
    r"physical\s*address",
    r"ethernet",
    r"wi-?fi",
    r"adresse\s*mac",
    r"direcci[óo]n\s*mac",
    r"endere[çc]o\s*mac",
)
# What every phrase of ``MAC_WORDS`` holds in lower case.
_MAC_HINTS = ("mac", "hardware", "physical", "ethernet", "wifi", "wi-fi")
# Six hex pairs separated by spaces, by mixed separators, by a separator set apart by
# spaces or by none: only after MAC words ("mac 12 f1 13 c1 50 b5", "MAC d8aa5a5f4623",
# "mac 12:f1-13 c1 50 b5", "mac 12 - f1 - 13 - c1 - 50 - b5"), or two spaces, copied off a
# router's page that aligns its columns ("mac 12  f1  13  c1  50  b5").
_SPACED_MAC = re.compile(
    r"(?=[0-9A-Fa-f])(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?:(?: ?[:\-.] ?| {1,2})?[0-9A-Fa-f]{2}){5}"
    r"(?![0-9A-Za-z])",
    re.ASCII,
)


def find_ip(view: str) -> Iterator[Span]:
    if "." in view:
        for match in _IPV4.finditer(view):
            if _is_ipv4(match.group()) and not before(VERSION_WORDS, view, match.start(), 16):
                yield Span(match.start(), match.end(), "IP_ADDRESS", 0.85, "patterns")
    if view.count(":") >= 2:
        for match in _IPV6.finditer(view):
            candidate = match.group()
            if sum(c.isalnum() for c in candidate) < 3:
                continue  # "::" and the like
            if _is_ipv6(candidate):
                yield Span(match.start(), match.end(), "IP_ADDRESS", 0.85, "patterns")


def find_mac(view: str) -> Iterator[Span]:
    for match in _MAC.finditer(view):
        candidate = match.group()
        hexes = candidate.replace(":", "").replace("-", "").replace(".", "").lower()
        if hexes in ("000000000000", "ffffffffffff"):
            continue
        dotted = "." in candidate
        if (
            dotted
            and candidate.replace(".", "").isdigit()
            and not before(MAC_WORDS, view, match.start())
        ):
            continue  # 1234.5678.9012 is a reference unless someone says "mac"
        yield Span(match.start(), match.end(), "MAC_ADDRESS", 0.85, "patterns")


def find_spaced_mac(view: str) -> Iterator[Span]:
    # every address found here stands after a MAC word: a substring test before the scans
    if not may_hold(view, view.lower(), _MAC_HINTS):
        return
    for match in _SPACED_MAC.finditer(view):
        if match.group().isdigit() and not before(MAC_WORDS, view, match.start(), 8):
            continue  # twelve digits a few words after "mac": an order's number
        if before(MAC_WORDS, view, match.start()):
            yield Span(match.start(), match.end(), "MAC_ADDRESS", 0.8, "patterns")
    yield from _lookalike_mac(view)
    yield from _noisy_mac(view)


# The same six pairs copied off a router's label with a letter for the digit it looks like
# ("mac 4a:34:l5:O3:eb:f5", "mac 1A.C6.96.2l.C8.I4"): O for 0, I or l for 1. Only after a
# MAC word and with one such letter at least: the pairs without one are read above.
_LOOKALIKE_MAC = re.compile(
    r"(?=[0-9A-Fa-fOoIl])(?<![0-9A-Za-z])(?<![0-9A-Za-z][:\-.])[0-9A-Fa-fOoIl]{2}"
    r"(?:(?: ?[:\-.] ?| {1,2})[0-9A-Fa-fOoIl]{2}){5}(?![0-9A-Za-z]|[:\-.][0-9A-Za-z])",
    re.ASCII,
)
_LOOKALIKE_LETTERS = frozenset("OoIl")


def _lookalike_mac(view: str) -> Iterator[Span]:
    for match in _LOOKALIKE_MAC.finditer(view):
        if _LOOKALIKE_LETTERS.intersection(match.group()) and before(
            MAC_WORDS, view, match.start()
        ):
            yield Span(match.start(), match.end(), "MAC_ADDRESS", 0.8, "patterns")


IP_WORDS = words(
    r"ip",
    r"ipv6",
    r"ip\s*address",
    r"adresse\s*ip",
    r"direcci[óo]n\s*ip",
    r"endere[çc]o\s*ip",
    r"ip-adresse",
    # Romance languages name whose address it is after "ip", past the gap a value may
    # stand from its word: "ip do servidor", "la ip del router", "l'ip du serveur"
    r"ip\s+d(?:o|a|el|u|e)\s+(?:servidor|serveur|router|roteador)",
)
# Four to eight hex groups joined by colons right after an IP word: an IPv6 address typed
# short of a group or copied in part ("IP 2001:db8:d3de:5213:1271:f661", "ip
# 2001:db8:f18d:b9d1": its network half), which is still the customer's. Not a MAC's six
# pairs; of four groups, only with a hex letter.
_PARTIAL_IPV6 = re.compile(
    r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){3,7}(?![0-9A-Fa-f:])", re.ASCII
)
_MAC_PAIRS = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}", re.ASCII)
_HEX_LETTER = re.compile(r"[a-fA-F]")
# Groups from which digits alone make a partial address.
_GROUPS_WITHOUT_LETTER = 5


def find_partial_ipv6(view: str) -> Iterator[Span]:
    if view.count(":") < 3:
        return
    for match in _PARTIAL_IPV6.finditer(view):
        value = match.group()
        groups = value.count(":") + 1
        if groups < _GROUPS_WITHOUT_LETTER and _HEX_LETTER.search(value) is None:
            continue  # four numbers alone may be times or a serial's groups
        if not _MAC_PAIRS.fullmatch(value) and before(IP_WORDS, view, match.start(), 16):
            yield Span(match.start(), match.end(), "IP_ADDRESS", 0.8, "patterns")


# An IPv4 address read out with words or signs between its parts ("ip 203 then 0 then 113
# then 9", "ip 198 / 51 / 100 / 23", "ip 10 and 16 and 195 and 248"): on the deobfuscated
# view, where that noise is blanked, four numbers apart by spaces right after an IP word. A
# fifth number after them makes the run something else (a list, a serial). A slash with no
# space is kept by the deobfuscation (a date's): read here too ("la ip 203/0/113/248").
_SPACED_IPV4 = after_context(
    IP_WORDS,
    r"(?<![0-9./])[0-9]{1,3}(?:(?:[ ]{1,9}|/)[0-9]{1,3}){3}(?![0-9]|[./][0-9]|[ ]{1,9}[0-9])",
    gap=12,
)
_IP_PART_BREAK = re.compile(r"[ /]+")


def find_spaced_ip(clear: str) -> Iterator[Span]:
    if "ip" not in clear.lower():
        return  # every IP word holds it
    for match in _SPACED_IPV4.finditer(clear):
        if _is_ipv4(".".join(_IP_PART_BREAK.split(match.group("value")))):  # no part above 255
            yield Span(match.start("value"), match.end("value"), "IP_ADDRESS", 0.8, "patterns")


# The gap from a MAC word to its noisy pairs holds whose address it is: "mac del portatil",
# "mac du pc", "mac vom laptop", "mac do note" (fourteen characters before the pairs).
_OWNER_GAP = 20
# One joint repeated between the groups of an address read out with noise: a sign or an
# emoji set apart by spaces, a connective, a line break or spaces ("76 / 3d / 42",
# "2001 | db8 | bdc9 |  | b582", "72 und a6 und 35", "203-0-113-211"). The same joint
# throughout: a list with mixed punctuation is not one address. Read on the folded view:
# the deobfuscated one blanks some of the hex letters as noise.
_JOINT = (
    r"(?P<joint>[ ]{0,2}(?:[^\w\s]{1,4}|and|und|y|et|e|then|dann|puis|luego|depois)[ ]{0,2}"
    r"|\s{1,2})"
)
_NOISY_MAC = after_context(
    MAC_WORDS,
    rf"(?<![0-9A-Za-z])[0-9A-Fa-f]{{2}}{_JOINT}[0-9A-Fa-f]{{2}}(?:(?P=joint)[0-9A-Fa-f]{{2}}){{4}}"
    # not six pairs of a longer run
    r"(?![0-9A-Za-z]|(?P=joint)[0-9A-Fa-f])",
    gap=_OWNER_GAP,
)


def _noisy_mac(view: str) -> Iterator[Span]:
    for match in _NOISY_MAC.finditer(view):
        yield Span(match.start("value"), match.end("value"), "MAC_ADDRESS", 0.8, "patterns")
    for match in _MIXED_MAC.finditer(view):
        if _HEX_LETTER.search(match.group("value")):
            yield Span(match.start("value"), match.end("value"), "MAC_ADDRESS", 0.8, "patterns")
    for match in _SCATTERED_MAC.finditer(view):
        if _scattered_pairs(match.group("value")):
            yield Span(match.start("value"), match.end("value"), "MAC_ADDRESS", 0.8, "patterns")


# The six pairs after a MAC word with a different joint between some of them, as a customer
# types them off a label ("mac 4E|92 * B3 , DD 👉 6C"). A hex letter among them at least:
# six two-digit numbers after "mac" may be anything (a Mac's model year, a list).
_MIXED_JOINT = r"(?:[ ]{0,2}[^\w\s]{1,4}[ ]{0,2}|\s{1,2})"
_MIXED_MAC = after_context(
    MAC_WORDS,
    rf"(?<![0-9A-Za-z])[0-9A-Fa-f]{{2}}(?:{_MIXED_JOINT}[0-9A-Fa-f]{{2}}){{5}}"
    rf"(?![0-9A-Za-z]|{_MIXED_JOINT}[0-9A-Fa-f])",
    gap=_OWNER_GAP,
)


# The twelve hex digits after a MAC word with spaces or dashes typed inside its pairs as well
# as between them, its colons left where they were ("mac 0A:7 - 2:BD - :56: - 20:E - A",
# "mac F3:3 6:D2 :93: 52:2 8"), or regrouped in runs of one to five ("mac 72 - CF9 - 5F04 -
# 74D", "mac 36-9  0-89  -22-  8D-A  B"): runs apart by colons, dashes and spaces.
_SCATTERED_MAC = after_context(
    MAC_WORDS,
    r"(?<![0-9A-Za-z])[0-9A-Fa-f]{1,5}(?:[ :\-]{1,5}[0-9A-Fa-f]{1,5}){2,11}(?![0-9A-Za-z])",
    gap=_OWNER_GAP,
)
_MAC_HEX_DIGITS = 12
_RUN = re.compile(r"[0-9A-Fa-f]+")


def _scattered_pairs(value: str) -> bool:
    """Exactly a MAC's twelve hex digits and a hex letter: twelve decimal digits with colons
    after "mac" may be times ("mac 10:30 - 11:45 - 12:00"). With no colon, no run of small
    letters alone: those are words ("12 de 03 de 2024", "be", "cafe")."""
    hexes = sum(c in string.hexdigits for c in value)
    if hexes != _MAC_HEX_DIGITS or _HEX_LETTER.search(value) is None:
        return False
    return ":" in value or not any(run.islower() for run in _RUN.findall(value))


# An address's groups with one joint between them, an IPv6 group left empty where "::"
# stood ("2001 db8 1c72  afc7", "2001.db8.5c1..eb44"): four to eight groups.
_NOISY_GROUPS = (
    rf"(?<![0-9A-Za-z])[0-9A-Fa-f]{{1,4}}{_JOINT}[0-9A-Fa-f]{{0,4}}"
    r"(?:(?P=joint)[0-9A-Fa-f]{0,4}){2,6}(?<=[0-9A-Fa-f])(?![0-9A-Za-z])"
)
_NOISY_IP = after_context(IP_WORDS, _NOISY_GROUPS, gap=12)
# The address named by what happened to it, after it: "203 0 113 7 is blocked", "da steht
# 192 168 1 20 ist gesperrt", "2001.db8.5c1..eb44 ta bloqueado". A verb or two may stand
# between.
_BLOCKED_IP = re.compile(
    rf"(?i)(?P<value>{_NOISY_GROUPS})[ ]{{1,3}}"
    r"(?:(?:is|was|got|gets|has|been|now|still|ist|wurde|jetzt|est|a|été|es|está|esta|fue|ta|tá"
    r"|foi|estou|fica)[ ]{1,3}){0,3}"
    r"(?:blocked|banned|blacklisted|gesperrt|blockiert|geblockt|bloqu[ée]e?|bloquead[ao]"
    r"|bannie?|banid[ao])(?!\w)"
)
_BLOCKED_HINTS = ("block", "bann", "sperr", "bloq", "banid")
_HEX_LETTER = re.compile(r"[A-Fa-f]")


# An address that keeps its dots or colons with noise typed after them: an emoji, a pipe, a
# slash, a line break or a filler word ("203. | 0. 👉 113. | 219", "192. uh 0.|113. | 108",
# "2001: eh db8: y 1fb8:\n: ➡️ e277"). The separators kept say address with no IP word: the
# parts must make one (``_kept_separators``). The noise after a separator is bounded.
# Noise after every separator: "17.11. um 7.50" is a date and a time.
_FILLERS = r"uh|eh|euh|äh|ah|then|next|and|dann|und|puis|ensuite|et|luego|despu[ée]s|y|depois|e"
_AFTER_SEPARATOR = rf"(?:[^\w.:]{{1,6}}|[^\w.:]{{0,3}}(?i:{_FILLERS})[^\w.:]{{1,3}}){{1,2}}"
_KEPT_DOTS = re.compile(
    rf"(?=[0-9])(?<![\w.:])[0-9]{{1,3}}\.(?:{_AFTER_SEPARATOR}[0-9]{{1,3}}\.){{2}}"
    rf"{_AFTER_SEPARATOR}[0-9]{{1,3}}(?![0-9]|\.[0-9])"
)
_KEPT_COLONS = re.compile(
    rf"(?=[0-9A-Fa-f])(?<![\w.:])[0-9A-Fa-f]{{1,4}}:(?:{_AFTER_SEPARATOR}[0-9A-Fa-f]{{0,4}}:){{1,6}}"
    rf"{_AFTER_SEPARATOR}[0-9A-Fa-f]{{1,4}}(?![\w:])"
)
_GROUP_ENDING = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{0,4}\Z")
_SIGN_OR_WORD = re.compile(r"[^\w\s.:]|[A-Za-z]{3}|\s[A-Za-z]{1,2}\s")


def _kept_separators(view: str) -> Iterator[Span]:
    for pattern, separator in ((_KEPT_DOTS, "."), (_KEPT_COLONS, ":")):
        if separator not in view:
            continue
        for match in pattern.finditer(view):
            value = match.group()
            if _SIGN_OR_WORD.search(value) is None:
                continue  # none or spaces alone: "am 12. 5. 20. 4" may be dates or a list
            groups = [_GROUP_ENDING.search(piece) for piece in value.split(separator)]
            if None in groups or before(VERSION_WORDS, view, match.start(), 16):
                continue
            address = separator.join(group.group() for group in groups if group is not None)
            if _kept_address(address, separator):
                yield Span(match.start(), match.end(), "IP_ADDRESS", 0.8, "patterns")


def _kept_address(address: str, separator: str) -> bool:
    """Four numbers to 255, one of two digits at least ("1. | 2. | 3. | 4" is a list); or an
    IPv6 address with a hex letter or an empty group ("10: 20: 30: 40" are times)."""
    if separator == ".":
        return not all(len(part) == 1 for part in address.split(".")) and _is_ipv4(address)
    has_letter = _HEX_LETTER.search(address) is not None or "::" in address
    return has_letter and _is_ipv6(address)


# An IPv4 address after its word with a different joint between some of its numbers, or the
# dot or dash said as a word ("ip 203 traço 0💳113|242", "ip 192 dot 168 dot 0 dot 12", "la ip
# 10 punto 4 / 7 punto 21"): four numbers, no fifth after them. No colon: "10:30 - 11:45"
# are times.
_SAID_SEPARATORS = (
    r"and|und|y|et|e|then|dann|puis|luego|depois|dot|point|punto|ponto|punkt"
    r"|dash|tiret|gui[oó]n|tra[çc]o|strich"
)
_MIXED_IP_JOINT = (
    rf"(?:[ ]{{0,2}}(?:[^\w\s:]{{1,4}}|(?:{_SAID_SEPARATORS})(?!\w))[ ]{{0,2}}|\s{{1,2}})"
)
_MIXED_IP = after_context(
    IP_WORDS,
    rf"(?<![0-9A-Za-z.])[0-9]{{1,3}}(?:{_MIXED_IP_JOINT}[0-9]{{1,3}}){{3}}"
    rf"(?![0-9A-Za-z]|{_MIXED_IP_JOINT}[0-9])",
    gap=12,
)
_NUMBER = re.compile(r"[0-9]+")


def find_noisy_ip(view: str) -> Iterator[Span]:
    """Addresses read out with one joint between their groups: after an IP word, or before a
    word saying the address is blocked; or with noise after the separators they keep
    (folded view)."""
    yield from _kept_separators(view)
    low = view.lower()
    blocked = _BLOCKED_IP.finditer(view) if any(map(low.__contains__, _BLOCKED_HINTS)) else ()
    named = _NOISY_IP.finditer(view) if "ip" in low else ()
    for match in (*named, *blocked):
        if _joined_address(match.group("value"), match.group("joint")):
            yield Span(match.start("value"), match.end("value"), "IP_ADDRESS", 0.8, "patterns")
    for match in _MIXED_IP.finditer(view) if "ip" in low else ():
        if _kept_address(".".join(_NUMBER.findall(match.group("value"))), "."):
            yield Span(match.start("value"), match.end("value"), "IP_ADDRESS", 0.8, "patterns")


def _joined_address(value: str, joint: str) -> bool:
    """Whether the groups make an IPv4 address (four decimal numbers to 255, one of two
    digits at least: "4 5 6 7" is a card's last digits read out) or an IPv6 one with a hex
    letter or an empty group: eight bare numbers are a list, not an address."""
    groups = value.split(joint)
    if len(groups) == 4 and all(group.isdigit() and len(group) <= 3 for group in groups):
        return not all(len(group) == 1 for group in groups) and _is_ipv4(".".join(groups))
    return bool(_HEX_LETTER.search(value) or "" in groups) and _is_ipv6(":".join(groups))


# An IPv4 address after an IP word with its dots left out ("ip address 203011349", "die ip
# 1920293": seven digits at least, which read as four parts to 255), or an IPv6 one with its
# colons left out (hex digits with a letter among them: "ip 2001db856b2833"), or with letters
# typed for the digits they look like ("static ip I92.l68.O.25"). Only right after the word,
# and set apart from it: "IP-3268056" is a reference with the letters IP.
_NAMED_IP = after_context(
    IP_WORDS,
    r"(?<=[\s:=])(?P<address>[0-9]{7,12}|[0-9A-Fa-f]{8,32}"
    r"|[0-9OoIl]{1,3}(?:\.[0-9OoIl]{1,3}){3})(?![0-9A-Za-z]|\.[0-9A-Za-z])",
    gap=12,
)


def find_named_ip(view: str) -> Iterator[Span]:
    """Addresses typed without their separators or with look-alike letters, after an IP word
    (folded view)."""
    if "ip" not in view.lower():
        return  # every IP word holds it
    for match in _NAMED_IP.finditer(view):
        address = match.group("address")
        if "." in address:
            readable = _is_ipv4(address.translate(LOOKALIKES))
        elif address.isdigit():
            readable = _joined_ipv4(address)
        else:  # hex digits, a letter among them
            readable = any(c.isdigit() for c in address)
        if readable:
            yield Span(match.start("value"), match.end("value"), "IP_ADDRESS", 0.8, "patterns")


# An IPv4 address's first parts ending the message right after an IP word ("la ip es
# 198.51.100", "l'ip c'est 192.168", "the ip is 10"): the customer sends the rest next. One
# part alone has two digits at least ("ip 4" may be the protocol's version). Set apart from
# the word: "IP-202" is a reference with the letters IP.
_IP_HEAD = after_context(
    IP_WORDS,
    r"(?<=[\s:=])(?P<head>[0-9]{2,3}|[0-9]{1,3}(?:\.[0-9]{1,3}){1,2})(?=[\s.!?]*\Z)",
    gap=12,
)


def find_ip_head(view: str) -> Iterator[Span]:
    if not view.rstrip(" .!?")[-1:].isdigit() or "ip" not in view.lower():
        return  # the head ends the message, and every IP word holds "ip"
    for match in _IP_HEAD.finditer(view):
        if all(ipv4_part(part) for part in match.group("head").split(".")):
            yield Span(match.start("value"), match.end("value"), "IP_ADDRESS", 0.8, "patterns")


def _is_ipv4(dotted: str) -> bool:
    try:
        ipaddress.IPv4Address(dotted)
    except ValueError:
        return False
    return True


def _is_ipv6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def _joined_ipv4(digits: str, parts: int = 4) -> bool:
    """Whether ``digits`` split into ``parts`` numbers to 255 without a leading zero (of one
    to three digits: at most 3 ** 3 splits are tried)."""
    if parts == 1:
        return ipv4_part(digits)
    return any(
        ipv4_part(digits[:size]) and _joined_ipv4(digits[size:], parts - 1)
        for size in (1, 2, 3)
        if size < len(digits)
    )


def ipv4_part(digits: str) -> bool:
    return int(digits) <= 255 and (digits == "0" or digits[0] != "0")
