"""A password someone else set, the customer telling what it was changed to.

"someone changed it to Sol#8812, it wasn't me", "alguien la cambió a Sol#8812, yo nunca puse
eso", "quelqu'un a mis Sol#8812 à la place", "jemand hat es auf Sol#8812 geändert", "alguém
trocou pra Sol#8812, não fui eu"; and without the someone: "it was changed to Sol#8812", "la
cambiaron a Sol#8812", "on l'a changé en Sol#8812", "wurde auf Sol#8812 geändert", "mudaram
para Sol#8812". An account taken over is what the customer reports: the new value is the
account's password, whatever word named it earlier in the conversation.

Only a password's shape is taken (``mixes_letters_and_others``, no unit or version): "changed
the plan to 500Mbps", "changed it to v2.3.1" and "changed it to Premium" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import starts
from connect_privacy.redaction.patterns.credentials import mixes_letters_and_others
from connect_privacy.redaction.spans import Span

# Someone, or no one named: the verb in the third person or the passive.
_SOMEONE = r"someone|somebody|they|alguien|quelqu['\u2019]un|on|jemand|algu[ée]m"
_VALUE = r"(?P<value>[^\s\[\]\"',;]{6,64})"
# "changed it to X", "changed my password to X", "set it to X", "cambió (la) a X", "cambiaron
# a X", "puso X", "a mis X", "a changé (le) en X", "hat es auf X geändert", "trocou pra X",
# "mudou para X", "mudaram (a senha) para X".
_CHANGED = re.compile(
    rf"(?i){starts(_SOMEONE)}\b(?:{_SOMEONE})\s++"
    r"(?:"
    r"(?:has\s++|had\s++)?(?:changed|set|reset)\s++(?:it|my\s++\w{2,12})\s++to"
    r"|(?:(?:me|se|la|lo)\s++){0,2}(?:cambi[óo]|cambiaron|puso|pusieron)(?:\s++(?:a|por|en))?"
    r"|(?:l['\u2019]\s*+)?a\s++(?:mis|chang[ée]|remplac[ée])(?:\s++(?:en|par|pour))?"
    r"|hat\s++(?:es|ihn|sie|das\s++\w{2,12})\s++auf"
    r"|(?:trocou|mudou|trocaram|mudaram|alterou|alteraram)\s++(?:a\s++senha\s++)?"
    r"(?:pra|para|por)"
    r")\s++" + _VALUE
)
_PASSIVE = re.compile(
    r"(?i)(?:was|been|got)\s++(?:changed|set|reset)\s++to\s++"
    + _VALUE
    + r"|(?:wurde|wurden)\s++auf\s++"
    + _VALUE.replace("value", "value_de")
)
# A quantity with its unit, or a version: "500Mbps", "10GB", "v2.3.1".
_NOT_A_PASSWORD = re.compile(r"(?i)[0-9][0-9.,]*[a-z]{1,4}|v?[0-9]+(?:\.[0-9]+){1,3}")
_HINTS = ("chang", "set", "cambi", "pus", "mis", "remplac", "auf", "troc", "mud", "alter")


def _password_shaped(value: str) -> bool:
    value = value.rstrip(".!?")
    return mixes_letters_and_others(value) and _NOT_A_PASSWORD.fullmatch(value) is None


def find_changed_by_someone(view: str) -> Iterator[Span]:
    """The password another person set, after the words telling it (folded view)."""
    low = view.lower()
    if not any(map(low.__contains__, _HINTS)):
        return
    for match in (*_CHANGED.finditer(view), *_PASSIVE.finditer(view)):
        group = "value" if match.group("value") is not None else "value_de"
        value = match.group(group)
        if _password_shaped(value):
            begin = match.start(group)
            yield Span(begin, begin + len(value.rstrip(".!?")), "PASSWORD", 0.7, "patterns")
