"""A message saying the customer's login is locked out: the agent's next question is for it.

"got locked out after 5 tries", "me bloquearon la cuenta tras 3 intentos", "compte bloqué
après 4 essais", "nach 3 Versuchen gesperrt", "bloquearam minha conta depois de 3
tentativas". The customer asks what the agent needs, or not, and then answers with the
login's password ("fine. Tiger71_", "va: Pr@i@39!"): ``continuation`` awaits that answer as
it awaits one the agent asked for. A block word alone is not enough ("the road is
blocked", "my account is locked"): the failed tries that caused it must be named too; a
card's block is its PIN's (``blocked_card_pin``), and no login's.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import may_hold

# Locked or blocked, said of the customer's login: "locked out", "me bloquearon", "bloqué",
# "gesperrt", "bloquearam", "verrouillé", "suspendu".
_LOCKED = re.compile(
    r"(?i)(?=[blsgv])\b(?:locked|blocked|suspended|bloque(?:ad[oa]s?|aron|[óo]|ou|aram|i)"
    r"|bloqu[ée]e?s?|verrouill[ée]e?s?|suspendu[e]?|gesperrt|blockiert)\b"
)
# The failed tries that locked it: "after 12 tries", "too many attempts", "tras 6 intentos",
# "après 2 essais", "trop de tentatives", "nach 2 Versuchen", "zu viele Fehlversuche",
# "depois de 7 tentativas". Tries are typed passwords: a block without them ("la cuenta 3
# veces bloqueada", "my account is locked") may be the bank's doing, and its next message
# about anything.
_TRIES = re.compile(
    r"(?i)(?=[aeitvf])\b(?:tries|attempts|intentos|essais|tentatives|(?:fehl)?versuche[n]?"
    r"|tentativas)\b"
)
# A card's block is the card's: its PIN is read by the card's finders.
_CARD = re.compile(r"(?i)(?=[ckt])\b(?:card|karte|tarjeta|carte|cart[ãa]o)\b")
# Every word of ``_LOCKED`` holds one of these in lower case: a substring test first.
_LOCKED_HINTS = ("lock", "bloq", "suspend", "verrouill", "gesperrt", "blockiert")
# Longer is a story, not the line before an answer.
_MOST_CHARS = 120


def locked_out(text: str) -> bool:
    """Whether ``text`` says the customer's login is locked (a short message, no card)."""
    if len(text) > _MOST_CHARS or not may_hold(text, text.lower(), _LOCKED_HINTS):
        return False
    return (
        _LOCKED.search(text) is not None
        and _TRIES.search(text) is not None
        and _CARD.search(text) is None
    )
