"""The one value in a short answer to an agent's question for a value of letters and digits.

Asked for a user name, a password, a SWIFT code, a licence or a passport number, customers
rarely send the value alone: they say yes first, hedge, present it or close with a laugh
("ok rafa_m72", "c'est le 17xk44021", "sollte Wolke7mond sein", "QWERGB2L kkk", "ahí va
Perro.81!"). The message is then the value and words any answer may hold: assent,
presenting, hedging, a copula, an article, an apology, a closing laugh. What is left, one
word of the value's shape, is the value (``answered_value``). A wrong value retyped ("dsl
faute de frappe noe.beau") opens with an apology (``corrects``).

Nothing here names a value: the agent's question did (``continuation``), and only the shapes
below tell its answer from a reply ("ok thanks", "which one?").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import bic

from connect_privacy.redaction.patterns.context import letters_with_others

# Longer is prose: the value is then named in it, or not an answer at all.
_ANSWER_MOST = 64

_ASSENT = (
    r"ok(?:ay|ey)?|kk?|sure|yes|yep|yeah|yup|ya|yah|alright|si|s[íi]|claro|vale|dale|bueno"
    r"|[óo]rale|listo|oui|ouais|d['\u2019]accord|dac|bien\s+s[ûu]r|ja|jo|jup|jap|klar|genau"
    r"|na|sim|isso|beleza|pronto|certo|t[áa]|perfecto|parfait|perfeito"
)
_PRESENTING = (
    r"here(?:\s+(?:u|you|it\s+is))?(?:\s+go)?|there\s+you\s+go|ah[íi]\s+va|aqu[íi](?:\s+(?:va"
    r"|est[áa]|tienes))?|toma|mira|voil[àa]|tiens|voici|hier|bitte|segue|a[íi]\s+vai"
)
_HEDGING = (
    r"h+m+|u+m+|u+h+|[äa]+h+m*|euh+|e+h+m?|i\s+think|i\s+guess|maybe|creo(?:\s+que)?"
    r"|je\s+crois(?:\s+que)?|je\s+pense(?:\s+que)?|glaub(?:e)?(?:\s+ich)?|ich\s+glaube?"
    r"|acho(?:\s+que)?|seria|ser[íi]a|sollte|(?:it\s+)?should\s+be|deber[íi]a\s+ser"
    r"|devrait\s+[êe]tre|deve\s+ser|vielleicht|talvez"
)
_COPULA = (
    r"it['\u2019]?s|it\s+is|is|es|c['\u2019]est|c\s+est|das\s+ist|es\s+ist|ist|[ée]|era|was"
    r"|war|[ée]tait"
)
_ARTICLE = r"the|el|la|le|l['\u2019]|o|a|der|die|das|my|mi|mon|ma|mein|meu|minha"
# An apology or a word owning up to a typo: what opens a value typed again.
_APOLOGY = (
    r"sorry|sry|soz|oops|whoops|ugh|typo|my\s+bad|wrong\s+one|i\s+mean|actually"
    r"|perd[óo]na?|disculpa|me\s+equivoqu[ée]|error|pardon|dsl|d[ée]sol[ée]e?"
    r"|faute\s+de\s+frappe|je\s+me\s+suis\s+tromp[ée]e?|entschuldigung|vertippt|tippfehler"
    r"|falsch|desculp[ae]|errei|digitei\s+errado|foi\s+mal|no|nope|nah|nee|nein|non|n[ãa]o"
)
_SEPARATOR = r"(?:[\s,.:;!\u2026\-\u2013>]+|(?<=['\u2019]))"
_OPENING_WORD = rf"(?:{_ASSENT}|{_PRESENTING}|{_HEDGING}|{_COPULA}|{_ARTICLE}|{_APOLOGY})"
_CLOSING_WORD = (
    r"that['\u2019]?s\s+it|thats\s+it|lol|lmao|(?:ha)+|(?:ja)+|(?:je)+|k{3,}|rs+|mdr|ptdr"
    r"|genau|sein|c['\u2019]est\s+[çc]a|i\s+think|i\s+guess|je\s+crois|je\s+pense|creo|acho"
    r"|glaub(?:e)?\s+ich|ich\s+glaube?|right|correct|oder|n[ée]"
)
_ANSWER = re.compile(
    rf"(?i)[^\w@\n]*(?P<opening>(?:{_OPENING_WORD}{_SEPARATOR})*)"
    r"(?P<value>[^\s]+?)[^\w\s@$#%&*]*"
    rf"(?:\s+(?:{_CLOSING_WORD}))*[^\w\n]*"
)
_APOLOGIZING = re.compile(rf"(?i)(?<!\w)(?:{_APOLOGY})(?!\w)")
# The words alone, before any value: ``answered_digits`` reads an answer's lead with them.
OPENING = re.compile(rf"(?i)[^\w@\n]*(?:{_OPENING_WORD}{_SEPARATOR})*")
# A password ends with its own marks ("Kiwi#2207?", "Perro.81!"); a sentence's end does not.
_PASSWORD_END = re.compile(r"[!?$#%&*]+")

# A word any reply may be: never a user name or a code, whatever its letters.
_REPLY_WORDS = frozenset(
    {
        "thanks", "thank", "gracias", "merci", "danke", "obrigado", "obrigada", "sorry",
        "wait", "espera", "attends", "moment", "momento", "warte", "which", "pourquoi",
        "warum", "porque", "forgot", "dunno", "hello", "hola", "bonjour", "hallo", "please",
        "perfect", "perfecto", "parfait", "perfeito", "nothing", "nada", "actually",
        "exactly", "exacto", "exactement", "correct", "correcto", "richtig", "certain",
        "seguro", "cierto", "verdad", "really", "vraiment", "wirklich",
    }
)  # fmt: skip

_HANDLE = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._\-]{2,63}", re.ASCII)
_HANDLE_MARKS = frozenset("0123456789._-@")
_PLAIN_NAME = re.compile(r"[a-z]{6,30}", re.ASCII)
_BIC_SHAPE = re.compile(r"[A-Za-z]{6}[A-Za-z0-9]{2}(?:[A-Za-z0-9]{3})?", re.ASCII)
_LICENCE_SHAPE = re.compile(r"[A-Za-z0-9](?:-?[A-Za-z0-9]){4,19}", re.ASCII)
_LICENCE_DIGITS = 4
_PASSPORT_SHAPE = re.compile(r"[A-Za-z0-9]{6,10}", re.ASCII)
_PASSPORT_DIGITS = 3


def _user_name(value: str, plain: bool) -> bool:
    """A handle with a digit or a mark ("rafa_m72", "noe.beau"), or, where ``plain``, a
    lower-case word no reply is ("lenafuchs")."""
    if (
        _HANDLE.fullmatch(value)
        and any(c.isalpha() for c in value)
        and _HANDLE_MARKS.intersection(value)
    ):
        return True
    return plain and _PLAIN_NAME.fullmatch(value) is not None and value not in _REPLY_WORDS


def _password(value: str, plain: bool) -> bool:
    """Letters mixed with digits or symbols ("Kiwi#2207?"): no word of a sentence."""
    return letters_with_others(value) and letters_with_others(value.rstrip("!?"))


def _swift(value: str, plain: bool) -> bool:
    """Six letters, the last two a country's, and a location (and a branch) in one case or
    with a digit: "QWERGB2L", "bnkaesmmxxx"; not a word ("actually")."""
    return (
        _BIC_SHAPE.fullmatch(value) is not None
        and (value.isupper() or value.islower() or any(c.isdigit() for c in value))
        and value.lower() not in _REPLY_WORDS
        and bic.is_valid(f"AAAA{value[4:6].upper()}AA")
    )


def _licence(value: str, plain: bool) -> bool:
    """Letters and at least four digits ("M12Z4455", "Q9912345"), lengths by country."""
    return (
        _LICENCE_SHAPE.fullmatch(value) is not None
        and any(c.isalpha() for c in value)
        and sum(c.isdigit() for c in value) >= _LICENCE_DIGITS
    )


def _passport(value: str, plain: bool) -> bool:
    """Six to ten letters and digits, three digits at least ("17xk44021", "r55123")."""
    return (
        _PASSPORT_SHAPE.fullmatch(value) is not None
        and sum(c.isdigit() for c in value) >= _PASSPORT_DIGITS
    )


# The shape of each kind's value; ``plain`` allows a user name of letters alone.
SHAPES: dict[str, Callable[[str, bool], bool]] = {
    "USERNAME": _user_name,
    "PASSWORD": _password,
    "SWIFT_CODE": _swift,
    "DRIVER_ID": _licence,
    "PASSPORT_NUMBER": _passport,
}


def answered_value(text: str, entity: str, *, retyped: bool = False) -> tuple[int, int] | None:
    """Where the value of kind ``entity`` a short answer holds is, when every other word of
    it is one any answer may hold. A value ``retyped`` after an answer already given is
    taken in a user name's plain letters only after an apology ("typo. noebeau")."""
    shape = SHAPES.get(entity)
    answer = _ANSWER.fullmatch(text) if shape and len(text) <= _ANSWER_MOST else None
    if shape is None or answer is None:
        return None
    begin, end = answer.span("value")
    if entity == "PASSWORD":
        marks = _PASSWORD_END.match(text, end)
        end = marks.end() if marks else end
    plain = not retyped or _APOLOGIZING.search(answer.group("opening")) is not None
    return (begin, end) if shape(text[begin:end], plain) else None


def corrects(text: str) -> bool:
    """Whether ``text`` opens with an apology, as a value typed again does."""
    answer = _ANSWER.fullmatch(text) if len(text) <= _ANSWER_MOST else None
    return answer is not None and _APOLOGIZING.search(answer.group("opening")) is not None
