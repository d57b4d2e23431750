"""A count and the noun it counts: "10 calls already", "ya van 3 llamadas", "schon 20 Anrufe".

A few digits right before the plural of something a customer counts (calls, times, days,
messages, attempts, orders) are how often or how many, never the rest of a number the
previous message began: an account number asked for in one message is not continued by
"15 calls already" in the next.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import words

# A count is one to three digits: a longer run is a number's part however a word follows.
COUNT_MOST_DIGITS = 3

# What customers count in a support chat, in the five languages, singular and plural
# (a count of one is a count too): contacts, times, spans of time, tries, things ordered.
_COUNTED = words(
    # contacts made and received
    r"calls?",
    r"llamadas?",
    r"appels?",
    r"anrufe?n?",
    r"liga[çc](?:ão|ões)",
    r"chamadas?",
    r"e-?mails?",
    r"mails?",
    r"correos?",
    r"courriels?",
    r"messages?",
    r"mensa(?:je|jes|gem|gens)",
    r"nachrichten",
    r"texts?",
    # how often
    r"times",
    r"veces",
    r"fois",
    r"mal",
    r"vezes",
    # spans of time
    r"days?",
    r"weeks?",
    r"months?",
    r"hours?",
    r"d[íi]as?",
    r"semanas?",
    r"mes(?:es)?",
    r"horas?",
    r"jours?",
    r"semaines?",
    r"mois",
    r"heures?",
    r"tage?n?",
    r"wochen?",
    r"monaten?",
    r"monate",
    r"stunden?",
    r"minutes?",
    r"minutos?",
    r"minuten?",
    r"mins?",
    # tries and complaints
    r"attempts?",
    r"tries",
    r"intentos?",
    r"tentatives?",
    r"tentativas?",
    r"versuchen?",
    r"versuche",
    r"complaints?",
    r"reclamos?",
    r"r[ée]clamations?",
    r"reclama[çc](?:ão|ões)",
    r"beschwerden?",
    # sizes of a data plan or a file ("50 GB plan", "10 Go", "500 megas")
    r"[kmgt]b",
    r"[kmgt]o",
    r"gigas?",
    r"megas?",
)
# Between the count and its noun: a space, maybe an adverb's worth of nothing else.
_GAP = re.compile(r"[ \t]{1,2}")


def counted_after(view: str, digits_begin: int, digits_end: int) -> bool:
    """Whether the digits at ``view[digits_begin:digits_end]`` count the noun right after
    them ("10 calls", "3 llamadas"): a count, not a number's part."""
    if digits_end - digits_begin > COUNT_MOST_DIGITS:
        return False
    if not view[digits_begin:digits_end].isdigit():
        return False
    gap = _GAP.match(view, digits_end)
    return gap is not None and _COUNTED.match(view, gap.end()) is not None
