"""The digits of a short answer to an agent's question for a number.

Asked for an account, a CVV or a tax id, customers open the answer with fillers ("ok es el
468", "oui c'est le 2801", "ja das ist 71 042", "here u go 3714", "tá aqui 585") and may
close it with thanks or a word that it is done ("29 merci", "0104 pronto"). The words say
nothing of the digits: the question named them (``continuation``). Only words any answer
may hold are read so: "order 1111", "the 12 days" keep their own meaning.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.asked_answer import OPENING, SURE_AFTER

# Longer is prose, where the digits are named, or no answer at all.
_ANSWER_MOST = 48
# Presenting words ``asked_answer`` leaves out, being no lead of a single word's value:
# French's polite "tenez", German's "bitteschön".
_HANDING = re.compile(r"(?i)\s*(?:tenez|bitte\s*sch[öo]n)[\s,.:;!\-]*")
# Fillers that open an answer of digits besides ``OPENING``'s: a conditional copula ("das
# wäre 48", "that would be 61", "ce serait le 07", "sería 52", "seria 11"), a discourse word
# ("alors 07", "also 48", "pues 55", "então 21", "well 61"), and a plus before a country
# code ("okay +1", "vale +52"). Removed, what is left must be ``OPENING``'s alone.
_MORE_FILLERS = re.compile(
    r"(?i)(?<!\w)(?:(?:das\s+|es\s+)?w[äa]re|(?:that|it)\s+would\s+be|would\s+be"
    r"|(?:ce\s+)?serait|alors|also|pues|ent[ãa]o|well|so)(?!\w)|\+\s*\Z"
)
# What closes an answer: thanks, or that the value is all there ("voilà", "pronto", "so").
_CLOSING = (
    r"(?:thanks?|thx|ty|gracias|merci|danke|obrigad[oa]|obg|brigad[oa]|vlw"
    r"|voil[àa]|pronto|listo|ya|so|fertig|done|c['\u2019]est\s+tout|that['\u2019]?s\s+it)"
)
# A hedge after the digits, unsure of them: "37 glaub ich", "0170 müsste stimmen", "61 i
# think", "07 je crois", "07 il me semble", "52 creo", "11 acho", "23 sein" (German's verb
# closing "müsste 23 sein").
_HEDGE_AFTER = (
    r"(?:i\s+think|i\s+guess|glaube?\s+ich|ich\s+glaube?|(?:m[üu]sste|sollte|d[üu]rfte)\s+"
    r"stimmen|sein|je\s+crois|je\s+pense|il\s+me\s+semble|creo|acho|oder|right"
    rf"|{SURE_AFTER})"
)
# An answer of digits alone between such words: one group of two digits or more, maybe
# spaced ("71 042"), then closing words; nothing else.
_DIGITS_CLOSED = re.compile(
    rf"(?i)[0-9](?:[ \-.]?[0-9])+(?:[\s,.!]+(?:{_CLOSING}|{_HEDGE_AFTER}))*[^\w\n]*"
)


def answer_lead(lead: str) -> bool:
    """Whether ``lead``, the words before an answer's first digits, is only fillers: assent,
    presenting, hedging, a copula, an article ("ok es el ", "oui c'est le ", "klar: ")."""
    handed = _HANDING.match(lead)
    rest = lead[handed.end() :] if handed else lead
    return OPENING.fullmatch(_MORE_FILLERS.sub(" ", rest)) is not None


def bare_answer(view: str) -> bool:
    """Whether ``view`` is a short answer of digits alone between fillers and closing words
    ("klar: 46", "29 merci", "aqui esta 53"): its first two digits start the value asked."""
    if len(view) > _ANSWER_MOST:
        return False
    first = next((i for i, c in enumerate(view) if c.isdigit()), None)
    if first is None or not answer_lead(view[:first]):
        return False
    return _DIGITS_CLOSED.fullmatch(view, first) is not None


# A phone's country code sent first, its plus before it, alone between fillers: "+1", "okay
# +1", "vale +52", "das wäre +49 🙏". One to three digits: the plus says what they are.
_COUNTRY_CODE = re.compile(
    rf"(?i)\+\s?[0-9]{{1,3}}(?:[\s,.!]+(?:{_CLOSING}|{_HEDGE_AFTER}))*[^\w\n]*"
)


def country_code_answer(view: str) -> bool:
    """Whether ``view`` answers a question for a phone with its country code alone."""
    if len(view) > _ANSWER_MOST:
        return False
    plus = view.find("+")
    if plus < 0 or not answer_lead(view[:plus]):
        return False
    return _COUNTRY_CODE.fullmatch(view, plus) is not None
