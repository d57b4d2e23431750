"""The words of a utility meter and its reading ("meter read 315653", "lectura del contador
48213", "relevé du compteur 0412.5", "Zählerstand 18342", "leitura do medidor 5521").

A reading is the household's consumption, no identifier: a number right after these words
is the meter's, even when a bank's word follows it ("meter read 315653, acct no ...").
"""

from __future__ import annotations

from connect_privacy.redaction.patterns.context import before, words

METER_WORDS = words(
    r"(?:electric(?:ity)?\s*|gas\s*|water\s*)?meters?(?:\s*(?:read(?:ing)?s?|index))?",
    r"lecturas?(?:\s*del?\s*(?:contador|medidor))?",
    r"contador(?:es)?",
    r"medidor(?:es)?",
    r"relev[ée]s?(?:\s*d[eu]\s*compteur)?",
    r"compteurs?",
    r"z[äa]hler(?:stand|st[äa]nde|nummer)?",
    r"stromz[äa]hler(?:stand)?",
    r"gasz[äa]hler(?:stand)?",
    r"wasserz[äa]hler(?:stand)?",
    r"leituras?(?:\s*d[oe]\s*(?:contador|medidor|rel[óo]gio))?",
)
# The meter's words and a connective ("meter read 315653", "Zählerstand: 18342", "lectura
# del contador es 48213") fit in this many characters before the number.
_WINDOW = 28


def after_meter_word(view: str, begin: int) -> bool:
    """Whether a meter's or a reading's word comes shortly before ``begin``."""
    return before(METER_WORDS, view, begin, _WINDOW)
