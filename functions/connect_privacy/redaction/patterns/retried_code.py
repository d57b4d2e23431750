"""Digits typed in again and again, in a message that says they were refused: the PIN.

"tried 4821 three times and now it's locked", "puse 4821 tres veces y se bloqueó", "j'ai
tapé 4821 trois fois et c'est bloqué", "hab 4821 dreimal eingegeben, jetzt gesperrt",
"digitei 4821 três vezes e bloqueou"; "the app shows an error when I enter 4821, tried 5
times", "la app marca error cuando pongo 4821, ya van 5 veces", "l'appli affiche une erreur
quand je tape 4821, déjà 5 fois", "die App zeigt Fehler wenn ich 4821 eingebe, schon 5 mal",
"o app mostra erro quando eu digito 4821, já foram 5 vezes". No word names the value: a code
typed over and over until a lock or an error is a secret the customer keeps getting wrong.
Both signs are needed: typed several times alone is an amount at a till as often ("typed
4821 three times at the store"), typed once before a lock a reference as often. The digits
must be typed (the verb right before them, or German's put last) and look like a PIN: four
to eight digits, no currency or unit beside them.

Another try told after the digits counts the tries as well: "typed 4821, then another one
and now it's locked", "puse 4821 y luego otro y ya me bloqueó", "j'ai tapé 4821 puis un
autre code et c'est bloqué", "hab 4821 eingetippt, dann was anderes, jetzt gesperrt",
"digitei 4821 e depois outra e bloqueou". The digits may be typed in groups, spaced, dashed
or spelled ("puse 55 - 52 de nip y luego otro"): the deobfuscated view holds them as groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import GROUPED_CODE, PIN_DIGITS, has_digit, starts
from connect_privacy.redaction.spans import Span

# Typing verbs, past and present (a customer tells what happened or what keeps happening).
_TYPING = (
    r"typed|type|entered|enter|tried|put\s*in|keyed\s*in|punched\s*in"
    r"|puse|pongo|meto|met[íi]|ingres[ée]|ingreso|marqu[ée]|tecle[ée]|tecleo|introduje"
    r"|introduzco|intent[ée]|prob[ée]"
    r"|tap[ée]|tape|saisi|saisis|compos[ée]|essay[ée]"
    r"|digitei|digito|coloquei|coloco|inseri|insiro|tentei"
)
_VALUE = r"(?<![0-9$€£])(?P<value>[0-9]{4,8})(?![0-9]|[.,/:\-][0-9])"
# An amount, a distance or a quantity after the digits: not a PIN.
_NO_UNIT = (
    r"(?!\s{0,2}(?:[$€£%]|(?:eur|usd|gbp|brl|mxn|chf|km|kg|min|ml)\b|euros?|dollars?"
    r"|d[óo]lares|reais|pesos|pounds?))"
)
_TYPED = re.compile(rf"(?i){starts(_TYPING)}\b(?:{_TYPING})\s++{_VALUE}{_NO_UNIT}")
_TYPED_GROUPS = re.compile(rf"(?i){starts(_TYPING)}\b(?:{_TYPING})\s++{GROUPED_CODE}{_NO_UNIT}")
# German puts the verb last: "hab 4821 (dreimal) eingegeben", "wenn ich 4821 eingebe".
_VERB_LAST = (
    r"\s++(?:\w+\s++)?(?:eingegeben|eingetippt|getippt|eingetragen|eingebe|eintippe|tippe"
    r"|probiert|versucht)\b"
)
_TYPED_LAST = re.compile(rf"(?i)(?<![\w.,/:\-]){_VALUE}{_NO_UNIT}{_VERB_LAST}")
_TYPED_GROUPS_LAST = re.compile(rf"(?i)(?<![\w.,/:\-]){GROUPED_CODE}{_NO_UNIT}{_VERB_LAST}")
# Led by a digit, so the engine skips to digits instead of trying a look-behind everywhere.
_DIGIT_VERB_LAST = re.compile(rf"(?i)[0-9]{_VERB_LAST}")

_NUMBER_WORDS = (
    r"[0-9]{1,2}|two|three|four|five|six|several|many"
    r"|dos|tres|cuatro|cinco|seis|varias|muchas"
    r"|deux|trois|quatre|cinq|six|plusieurs"
    r"|zwei|drei|vier|f[üu]nf|sechs|mehrere"
    r"|duas|tr[êe]s|quatro|cinco|seis|v[áa]rias|muitas"
)
# The tries counted: "three times", "tres veces", "trois fois", "dreimal" / "5 mal", "três
# vezes"; "twice", "zweimal", "mehrmals".
_COUNTED = re.compile(
    rf"(?i)\b(?:(?:{_NUMBER_WORDS})\s?(?:times|veces|fois|mal|vezes)"
    r"|twice|thrice|again and again|zweimal|dreimal|viermal|mehrmals|x-mal)\b"
)
# Or another try told after the digits: "then another (one)", "y luego otro", "puis un
# autre", "dann (nochmal) was anderes", "e depois outra". Read from the typed digits on.
_ANOTHER = re.compile(
    r"(?i)\b(?:(?:and|then)\s{1,3}(?:then\s{1,3})?another"
    r"|(?:y|luego|despu[ée]s)\s{1,3}(?:luego\s{1,3}|despu[ée]s\s{1,3})?otr[oa]"
    r"|(?:et|puis)\s{1,3}(?:puis\s{1,3})?une?\s{1,3}autre"
    r"|(?:und|dann)\s{1,3}(?:dann\s{1,3})?(?:nochmal\s{1,3})?(?:was|etwas|eine?n?)\s{1,3}andere[sn]?"
    r"|(?:e|depois)\s{1,3}(?:depois\s{1,3})?(?:uma?\s{1,3})?outr[oa])\b"
)
_COUNT_HINTS = (
    "time", "vec", "fois", "mal", "vez", "twice", "thrice", "again",
    "another", "otro", "otra", "autre", "andere", "outro", "outra",
)  # fmt: skip
# Refused: locked or blocked, or an error shown.
_REFUSED = re.compile(
    r"(?i)\b(?:locked|blocked|lockout|bloquead[ao]|bloque[óo]|bloqu[ée]e?|gesperrt"
    r"|blockiert|bloqueou"
    r"|errors?|err|erreur|fehler|erro|invalid|inv[áa]lid[ao]|invalide|ung[üu]ltig"
    r"|incorrect[ao]?|falsch|wrong)\b"
    r"|\b(?:says|shows|marca|muestra|dice|affiche|zeigt|mostra|diz)\s++(?:an?\s+|une?\s+)?"
    r"(?:code|e-?[0-9]|0x|err)"
)


def find_retried_code(view: str) -> Iterator[Span]:
    """Digits typed several times before a lock or an error (digit views)."""
    if not has_digit(view):
        return
    low = view.lower()
    if not any(map(low.__contains__, _COUNT_HINTS)):
        return
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
    if not typed or _REFUSED.search(view) is None:
        return
    first_end = min(match.end() for match in typed)
    if _COUNTED.search(view) is None and _ANOTHER.search(view, first_end) is None:
        return
    for match in typed:
        yield Span(match.start("value"), match.end("value"), "PIN", 0.75, "patterns")
