"""Digits typed in, in a message that says the card was then blocked or kept: the PIN.

"card's blocked after I put in 4821 at the shop", "puse 4821 en el cajero y me retuvo la
tarjeta", "j'ai tapé 4821 et la carte est bloquée", "hab 4821 dreimal eingegeben und jetzt
ist die Karte gesperrt", "digitei 4821 e o cartão foi bloqueado". Wrong PINs are what block
a card or make a machine keep it; an amount or a reference typed in blocks none. No word
names the value, so it must be typed (the verb right before it, or German's put last) and
look like a PIN: four to eight digits, no currency or unit beside them.

The digits may be spaced, dashed or spelled ("puse 55 - 52 en el cajero y me retuvo la
tarjeta"): the deobfuscated view holds them as groups of digits between spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import GROUPED_CODE, PIN_DIGITS, TYPED_IN, has_digit
from connect_privacy.redaction.spans import Span

_CARD = r"(?:\w+-?)?(?:card|karte)|tarjeta|carte|cart[ãa]o"
_BLOCKED = (
    r"blocked|locked|frozen|suspended|retained|swallowed|eaten"
    r"|bloquead[ao]|bloque[óo]|retenida|retuvo|trag[óo]"
    r"|bloqu[ée]e?|aval[ée]e?|retenue|gard[ée]e?"
    r"|gesperrt|blockiert|eingezogen|einbehalten|geschluckt"
    r"|bloqueou|retid[ao]|reteve|engoliu"
)
# The card, then the block within the sentence ("the card is blocked now"), or the verb that
# blocked or kept it, then the card ("me retuvo la tarjeta", "a avalé ma carte").
_CARD_BLOCKED = re.compile(
    rf"(?i)\b(?:{_CARD})\b[^\n.!?]{{0,40}}?\b(?:{_BLOCKED})\b"
    rf"|\b(?:{_BLOCKED}|kept|ate)\b[^\n.!?]{{0,24}}?\b(?:{_CARD})\b"
)
# Cheap test before the scan: every card word holds one of these.
_CARD_HINTS = ("card", "kart", "tarj", "carte", "cartã", "carta")
_VALUE = r"(?<![0-9$€£])(?P<value>[0-9]{4,8})(?![0-9]|[.,/:\-][0-9])"
# An amount, a distance or a quantity after the digits: not a PIN.
_NO_UNIT = (
    r"(?!\s{0,2}(?:[$€£%]|(?:eur|usd|gbp|brl|mxn|chf|km|kg|min|ml)\b|euros?|dollars?"
    r"|d[óo]lares|reais|pesos|pounds?))"
)
_TYPED = re.compile(rf"(?i)\b{TYPED_IN}\s++{_VALUE}{_NO_UNIT}")
_TYPED_GROUPS = re.compile(rf"(?i)\b{TYPED_IN}\s++{GROUPED_CODE}{_NO_UNIT}")
# German puts the verb last: "hab 4821 (dreimal) eingegeben"; one word may stand between.
_VERB_LAST = r"\s++(?:\w+\s++)?(?:eingegeben|eingetippt|getippt|eingetragen)\b"
_TYPED_LAST = re.compile(rf"(?i)(?<![\w.,/:\-]){_VALUE}{_NO_UNIT}{_VERB_LAST}")
_TYPED_GROUPS_LAST = re.compile(rf"(?i)(?<![\w.,/:\-]){GROUPED_CODE}{_NO_UNIT}{_VERB_LAST}")
# What every ``_TYPED_LAST`` match holds, the value's last digit and the verb: led by a digit,
# so the engine skips to the digits instead of trying the look-behind at every character.
_DIGIT_VERB_LAST = re.compile(rf"(?i)[0-9]{_VERB_LAST}")


def find_pin_before_blocked_card(view: str) -> Iterator[Span]:
    """Typed digits of a message about a card blocked or kept (digit views)."""
    low = view.lower()
    if not has_digit(view) or not any(map(low.__contains__, _CARD_HINTS)):
        return
    # the typed digits first: few messages hold them, and the card's block is the longer scan
    typed = [*_TYPED.finditer(view)]
    typed.extend(
        match
        for match in _TYPED_GROUPS.finditer(view)
        if sum(c.isdigit() for c in match.group("value")) in PIN_DIGITS
    )
    if _DIGIT_VERB_LAST.search(view) is not None:
        typed.extend(_TYPED_LAST.finditer(view))
        typed.extend(
            match
            for match in _TYPED_GROUPS_LAST.finditer(view)
            if sum(c.isdigit() for c in match.group("value")) in PIN_DIGITS
        )
    if not typed or _CARD_BLOCKED.search(view) is None:
        return
    for match in typed:
        yield Span(match.start("value"), match.end("value"), "PIN", 0.75, "patterns")
