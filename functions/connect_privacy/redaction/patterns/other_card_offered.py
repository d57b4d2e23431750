"""Another card offered by pointing at it, its first digits ending the message.

A customer whose card was declined offers another without naming it: "pay with this one
instead 4000", "paga con esta mejor 5100", "payez plutôt avec celle-ci 4000 1234", "nehmt
lieber die 5100", "usa esse outro 3700". The words name no card, so no card word starts a
number; a verb of paying or using with a pronoun pointing at "this one" or "the other one"
says the digits right after it are a card's, and that more of it may follow in the next
messages. This module only says where such digits are; ``continuation`` checks that they
start a card (an issuer's prefix, fewer digits than a whole card) and keeps the marker.
"""

from __future__ import annotations

import re

# A verb of paying, using, taking or trying, and maybe "rather" or "instead", in the five
# languages; then the pronoun pointing at the payment means ("this one", "the other one").
_OFFER = (
    # en: "pay with this one instead", "use the other one", "try that one"
    r"(?:pay|use|try|charge|take)\s{1,3}(?:it\s{1,3})?(?:with\s{1,3}|on\s{1,3})?"
    r"(?:this|that|the\s{1,3}other|another)\s{1,3}one(?:\s{1,3}instead)?"
    # es: "paga con esta mejor", "usa esta otra", "prueba con la otra"
    r"|(?:paga|pague|pag[áa]|usa|use|us[áa]|prueba|pruebe|cobra|cobre|cobr[áa])\s{1,3}"
    r"(?:mejor\s{1,3})?(?:con\s{1,3})?(?:est[ae]|es[ae]|la\s{1,3}otra|el\s{1,3}otro|otra)"
    r"(?:\s{1,3}otr[ao])?(?:\s{1,3}mejor|\s{1,3}en\s{1,3}su\s{1,3}lugar)?"
    # fr: "payez plutôt avec celle-ci", "prenez l'autre", "utilise celle-là"
    r"|(?:payez|paie|paye|utilisez|utilise|prenez|prends|essayez|essaie)\s{1,3}"
    r"(?:plut[ôo]t\s{1,3})?(?:avec\s{1,3})?(?:cel(?:le|ui)[\s\-]{0,2}(?:ci|l[àa])|l['\u2019]\s?autre)"
    r"(?:\s{1,3}plut[ôo]t)?"
    # de: "nehmt lieber die", "nehmen Sie stattdessen die andere", "zahl mit der"
    r"|(?:nehmt|nimm|nehmen\s{1,3}sie|zahlt|zahl|zahlen\s{1,3}sie|versucht|versuch|probiert)"
    r"\s{1,3}(?:(?:lieber|stattdessen|doch)\s{1,3})?(?:mit\s{1,3})?"
    r"(?:die|der|diese|dieser|die\s{1,3}andere|der\s{1,3}anderen)"
    # pt: "usa esse outro", "paga com esta", "tenta a outra"
    r"|(?:usa|use|usem|paga|pague|tenta|tente)\s{1,3}(?:com\s{1,3})?"
    r"(?:ess[ea]|est[ea]|o\s{1,3}outro|a\s{1,3}outra)(?:\s{1,3}outr[oa])?(?:\s{1,3}em\s{1,3}vez)?"
)
# The offer, then a card's first digits alone to the end of the message, compact or in
# groups: more words after them would make them a count or an amount.
_OFFERED = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{_OFFER})[\s:,\-]{{1,3}}"
    r"(?P<value>[0-9](?:[ \-.]?[0-9]){3,14})[^\w\n%€$£]{0,4}\Z"
)
# The offer is looked for in the message's last characters only.
_TAIL_CHARS = 80


def offered_card_digits(view: str) -> tuple[int, int] | None:
    """Where the digits that follow an offer of another payment means end the message."""
    if not view.rstrip(" \t.!?…")[-1:].isdigit():  # most messages: no digit at the end
        return None
    match = _OFFERED.search(view, max(0, len(view) - _TAIL_CHARS))
    return None if match is None else match.span("value")
