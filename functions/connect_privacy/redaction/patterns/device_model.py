"""A value that a device's noun and its verb name: the device's model, not a password.

"the Wi-Fi password is X, the router is a WH-1000XM4", "la box c'est une FRITZ!Box 7590",
"router ist eine SM-A536B", "o roteador é SM-A536B": a model mixes letters and digits as a
password does, and a password word earlier in the message would take it. The noun of the
device with "is" (and an article) right before the value says what it is.
"""

from __future__ import annotations

import re

_DEVICES = (
    r"router|routeur|roteador|modem|m[óo]dem|box|fritzbox|handy|phone|telefon|t[ée]l[ée]phone"
    r"|portable|m[óo]vil|celular|telem[óo]vel|laptop|notebook|ordinateur|computer|tablet"
    r"|tablette|device|ger[äa]t|appareil|aparelho|dispositivo|model|modelo|mod[èe]le|modell"
)
_IS = r"(?:is|'s|es|est|c['\u2019]est|ist|[ée]|era|war|was)"
_ARTICLE = r"(?:a|an|the|un|una|une|ein|eine|einen|um|uma|el|la|le|der|die|das|o)"
# "the password of the router is X", "la clave del módem es X": the device owns the value,
# which is the password; the noun is the subject only without a preposition before it.
_OF = r"(?:of|for|on|del|de|du|des|d['\u2019]|vom|von|f[üu]r|beim|do|da|no|na|pour|para)"
# Read backwards from the value: the noun, its verb, an article, then the value.
_NAMED_DEVICE = re.compile(
    rf"(?i)(?P<of>\b{_OF}\s*+(?:{_ARTICLE}\s++|l['\u2019]\s*+)?)?"
    rf"\b(?:{_DEVICES})\s*+(?:{_IS}\b)?\s*+(?:{_ARTICLE}\s++)?\Z"
)
# The noun, verb and article fit in this many characters before the value.
_REACH = 40


def names_a_device(view: str, begin: int) -> bool:
    """Whether the words right before ``begin`` say a device's model starts there."""
    named = _NAMED_DEVICE.search(view, max(0, begin - _REACH), begin)
    return named is not None and named.group("of") is None
