"""A value the customer goes to fetch, named in one message and handed over bare in the next.

"attendez je cherche mon passeport", "moment ich such den Pass", "let me grab my cvc",
"aguanta que busco el BIC", "peraí vou pegar o usuário": the message names the value the
customer is looking for, and holds nothing of it. The next message is the value alone,
often with a word that hands it over ("K4VRLTG73 bitte", "LXJ406846 listo", "JQ1 20 there",
"mira.v2 voilà"). Neither message names the other, so the cross-message marker
(``continuation``) pairs them; this module only says what each message looks like.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.banking import BIC_WORDS, CVV_WORDS
from connect_privacy.redaction.patterns.national_ids import DRIVER_WORDS
from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS

# Only a short message is read: a wait and what is fetched, no story around them.
_FETCH_MOST = 64
# Going to fetch it, in the five languages: "grab", "get", "find", "look for", "fetch";
# "busco", "buscando"; "je cherche", "chercher"; "ich such(e)", "hol(e)"; "pegar",
# "procurando". Only verbs that take the thing fetched, not "check" or "wait".
_FETCH = re.compile(
    r"(?i)(?<![^\W\d_])(?:grab(?:bing)?|get(?:ting)?|find(?:ing)?|fetch(?:ing)?"
    r"|look(?:ing)?\s{1,3}(?:for|up)|dig(?:ging)?\s{1,3}out"
    r"|busc[oa]r?|buscando|cherch(?:e|es|er|ons|ez)|such(?:e|en)?|hol(?:e|en)?"
    r"|peg(?:ar|o|ando)|procur(?:ar|o|ando)|vou\s{1,3}ver)(?![^\W\d_])"
)
# Between the verb and the value's word: an article or a possessive at most, maybe "the
# number of": "grab my", "busco el", "cherche mon", "such den", "pegar o".
_BETWEEN = re.compile(
    r"(?i)\s{1,3}(?:(?:my|the|mi|el|la|mon|ma|le|la|l['\u2019]|den|die|das|meinen|meine|mein"
    r"|o|a|meu|minha)\s{1,3})?"
)
# What may follow the value's word: a wait ("deux secondes", "un momento", "one sec"),
# a mark, nothing else.
_AFTER = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:one|a|deux|une?|zwei|eine|um|uma|dos)?\s{0,3}"
    r"(?:sec(?:ond)?s?|secondes?|seconde|segundos?|sekunden?|sek|momento?|minute?s?|min)"
    r"[^\w\n]{0,4})?"
)
# The value words, and what each names: a passport ("Pass" alone after the verb is one),
# a driving licence, a BIC, a card's security code, a user name.
_PASSPORT_WORDS = re.compile(
    r"(?i)(?:pass(?:port)?|passeport|pasaporte|passaporte|reisepass)(?:\s*(?:number|nummer"
    r"|num[ée]ro|n[úu]mero|no\.?|nr\.?))?(?![^\W\d_])"
)
_FETCHED = (
    (_PASSPORT_WORDS, "PASSPORT_NUMBER"),
    (DRIVER_WORDS, "DRIVER_ID"),
    (BIC_WORDS, "SWIFT_CODE"),
    (CVV_WORDS, "CREDIT_DEBIT_CVV"),
    (re.compile(rf"(?i)(?:{USERNAME_WORDS}|handle)(?![^\W\d_])"), "USERNAME"),
)

# A word handing the value over after it, in the five languages: "voilà", "here", "there",
# "hier", "bitte", "listo", "pronto", "ahí va", "aquí", "segue", "tiens".
_HANDED = re.compile(
    r"(?i)[\s,.:;\-]{1,4}(?:voil[àa]|voici|tiens|here(?:\s{1,3}it\s{1,3}is)?|there|hier"
    r"|bitte|listo|pronto|ah[íi]\s{1,3}va|aqu[íi]|a[íi]|segue|ta\s{1,3}a[íi])[^\w\n]{0,4}\Z"
)
# The value before it: one run of letters, digits and a handle's marks.
_ONE_VALUE = re.compile(r"[^\w\n@]{0,4}[A-Za-z0-9@][A-Za-z0-9._\-/@]{2,40}")


def fetched_kind(view: str) -> str | None:
    """The entity type of the value ``view`` says the customer goes to fetch, when it is only
    that: a fetching verb, the value's word right after it, a wait at most after the word, no
    digit anywhere (a digit is a value begun, read elsewhere)."""
    if len(view) > _FETCH_MOST or any(c.isdigit() for c in view):
        return None
    fetch = _FETCH.search(view)
    if fetch is None:
        return None
    between = _BETWEEN.match(view, fetch.end())
    if between is None:
        return None
    for value_words, entity in _FETCHED:
        named = value_words.match(view, between.end())
        if named is not None and _AFTER.fullmatch(view, named.end()) is not None:
            return entity
    return None


def handed_value_end(view: str) -> int | None:
    """Where the one value ``view`` holds ends, when a word handing it over follows it and
    nothing else ("K4VRLTG73 bitte" -> 9); None otherwise."""
    handed = _HANDED.search(view)
    if handed is None or _ONE_VALUE.fullmatch(view, 0, handed.start()) is None:
        return None
    return handed.start()
