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
from connect_privacy.redaction.spans import Span

# As sure as the continuation's own spans (``continuation``).
_SCORE = 0.9
# Longer is prose: the value is then named in it, or not an answer at all.
_ANSWER_MOST = 64

_ASSENT = (
    r"ok(?:ay|ey)?|kk?|sure|yes|yep|yeah|yup|ya|yah|alright|si|s[íi]|claro|vale|dale|bueno"
    r"|[óo]rale|listo|oui|ouais|d['\u2019]accord|dac|bien\s+s[ûu]r|ja|jo|jup|jap|klar|genau"
    r"|na|sim|isso|beleza|pronto|certo|t[áa]|perfecto|parfait|perfeito"
    # assent shortened in chat: "va" (Mexico's "ok"), "blz" (beleza), "oki", "okidoki", "jep"
    r"|va|blz|oki(?:doki)?|jep|d['\u2019]acc?|vlw"
    # yes said playfully, as chat lengthens or bends it: "yess", "sip", "sipi", "ouaip",
    # "ouep", "jepp", "simm"
    r"|yes+|sip|sipi|ouaip|ouep|jepp|simm+"
    # "sure thing", as English chat says yes
    r"|sure\s+thing"
    # yes, and having the value at hand: "sale" (Mexico's "ok"), "sei sim", "sí lo tengo",
    # "oui je l'ai", "ja hab ich", "yes i have it"
    r"|sale|sei(?:\s+sim)?|tenho(?:\s+sim)?|(?:s[íi]\s+)?lo\s+tengo|je\s+l['\u2019]ai"
    r"|hab\s+ich|i\s+have\s+it|got\s+it"
    # "good", "fine" as a reply opens: "gut, sol3846", "bien, X", "bom X", "fine X"
    r"|gut|good|fine|bien|bom|boa"
)
_PRESENTING = (
    r"here(?:\s+(?:u|you|it\s+is))?(?:\s+go)?|there\s+you\s+go|ah[íi]\s+va|aqu[íi](?:\s+(?:va"
    r"|est[áa]|tienes|tiene))?|toma|mira|voil[àa]|tiens|voici|hier|bitte|segue|a[íi]\s+vai"
    # the same said to "vous", "usted", "Sie", "o senhor": "tenez", "tenga", "tome", "veja"
    r"|tenez|tenga|tome|mire|regardez|bitte\s+sch[öo]n|veja|olhe"
    # "bitte sehr", "lá vai"
    r"|bitte\s+sehr|l[áa]\s+vai"
    # told to use the value: "use X", "usa X", "utilise X", "nimm X", "usa/use X"
    r"|use|try|usa|usar|prueba|pruebe|utilise|utilisez|essaie|essayez|nimm|nehmen\s+sie"
    r"|probier|versuch|tenta|tente|coloca|coloque"
    # and with the word for "with": "try with", "prueba con", "essaie avec", "probier mit",
    # "tenta com"
    r"|(?:try|prueba|pruebe|essaie|essayez|probier|versuch|tenta|tente)\s+(?:with|con|avec|mit|com)"
)
_HEDGING = (
    r"h+m+|u+m+|u+h+|[äa]+h+m*|euh+|e+h+m?|(?:i\s+)?think|(?:i\s+)?guess|maybe|creo(?:\s+que)?"
    r"|(?:je\s+)?crois(?:\s+que)?|(?:je\s+)?pense(?:\s+que)?|glaub(?:e)?(?:\s+ich)?|ich\s+glaube?"
    r"|acho(?:\s+que)?|seria|ser[íi]a|sollte|(?:it\s+)?should\s+be|deber[íi]a\s+ser"
    r"|devrait\s+[êe]tre|deve\s+ser|vielleicht|talvez"
    # "could be": "pode ser", "puede ser", "ça peut être", "könnte sein"
    r"|(?:it\s+)?could\s+be|puede\s+ser|pode\s+ser|[çc]a\s+peut\s+[êe]tre|k[öo]nnte\s+(?:es\s+)?sein"
)
# A cry opening a reply, surprise or a slip noticed: "oh", "ah", "ay", "ai", "ach", "mmm",
# "hum", "ahn" ("hmm", "ähm" are hedging's).
_INTERJECTION = r"o+h+|a+y+|a+i+|a+c+h+|m{2,}|h+u+m+|a+h+n+"
# Pointing at the value sent now, a second one after the first: "this one", "esta", "celle-ci",
# "diese hier", "esse".
_THIS_ONE = (
    r"this(?:\s+one)?|[ée]st[ea]|[ée]sta|celle-?(?:ci|l[àa])|celui-?(?:ci|l[àa])"
    r"|(?:diese[rs]?|die|der|das)\s+hier|diese[rs]?|ess[ea]|est[ea]\s+aqui"
)
_COPULA = (
    r"it['\u2019]?s|it\s+is|is|es|c['\u2019]est|c\s+est|das\s+ist|es\s+ist|ist|[ée]|era|was"
    r"|war|[ée]tait"
    # French chat's "c" for "c'est" ("c 4289"), German's "lautet" ("user lautet x")
    r"|c|lautet"
)
_ARTICLE = r"the|el|la|le|l['\u2019]|o|a|der|die|das|my|mi|mon|ma|mein|meu|minha"
# Sure of the value, or nearly, after it: "pretty sure", "if i remember right", "seguro",
# "si no me equivoco", "normalement", "si je me trompe pas", "ziemlich sicher", "wenn ich
# mich nicht irre", "certeza", "se não me engano". ``answered_digits`` closes digits with it.
SURE_AFTER = (
    r"(?:i['\u2019]?m\s+)?(?:(?:pretty|quite|fairly|almost)\s+)?sure|i\s+believe"
    r"|if\s+i\s+(?:remember|recall)(?:\s+(?:right|correctly))?|if\s+i['\u2019]?m\s+not\s+wrong"
    r"|(?:casi\s+|bastante\s+)?segur[oa]|si\s+no\s+me\s+equivoco|me\s+parece"
    r"|normalement|si\s+je\s+(?:ne\s+)?me\s+trompe\s+pas|(?:presque\s+)?s[ûu]re?"
    r"|(?:ziemlich\s+|ganz\s+)?sicher|wenn\s+ich\s+mich\s+nicht\s+irre|normalerweise"
    r"|(?:com\s+)?certeza|se\s+n[ãa]o\s+me\s+engano|normalmente|creio"
)
# The e-mail address asked for with the user name, after it: "x and then x@mail.example", "x y
# luego ...", "x et puis ...", "x und dann ...", "x e depois ...", "x ... ", or alone after a
# space. Masked as an e-mail itself; it closes the answer as thanks do.
_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_EMAIL_AFTER = (
    r"(?:(?:and|y|et|und|e)\s+)?(?:(?:then|luego|despu[ée]s|puis|ensuite|dann|depois)\s+)?"
    rf"(?:(?:\.{{2,}}|\u2026|-+|/|\|)\s*)?{_ADDRESS}"
)
_EMAIL_ADDRESS = re.compile(_ADDRESS)
# An address is as long as it is: it does not make an answer prose.
_EMAIL_MOST = 64
# A discourse filler opening a reply, as "um" does: "alors thekevinx", "este.. theemilyx",
# "bah thenicox", "well maria_r4", "also lena.b", "então joao77".
_DISCOURSE = (
    r"so|well|este|pues|entonces|o\s+sea|alors|bah|ben|bon|donc|eh\s+bien|also|tja|na\s*ja"
    r"|ent[ãa]o|bem|pois|olha"
)
# The value's own word, said again by the customer before it: "user name should be x",
# "mon login c'est le x", "o usuário é x", "pw: x", "BIC ist x". Only the kinds of letters
# and digits read here; the word says what the value is, never what it is not.
_NAMING = (
    r"user\s*name|username|login|log\s*in|user|usuario|usu[áa]rio|identifiant|pseudo"
    r"|nom\s+d['\u2019]utilisateur|(?:be)?nutzer(?:name)?n?"
    r"|password|passwd|pass|pw|pwd|contrase[ñn]a|clave|mot\s+de\s+passe|mdp|passwort"
    r"|kennwort|senha|swift(?:\s+code)?|bic|c[óo]digo\s+swift|code\s+swift"
)
# An apology or a word owning up to a typo: what opens a value typed again.
_APOLOGY = (
    r"sorry|sry|soz|oops|whoops|oups|opa|ups|ugh|typo|my\s+bad|wrong\s+one|i\s+mean|actually"
    # owning the mistake: "my mistake", "error mío", "mon erreur", "mein Fehler", "erro meu"
    r"|my\s+mistake|(?:un\s+)?error\s+m[íi]o|mi\s+error|(?:mon\s+)?erreur|mein\s+fehler"
    r"|erro\s+meu|meu\s+erro"
    r"|perd[óo]na?|disculpa|me\s+equivoqu[ée]|error|pardon|dsl|d[ée]sol[ée]e?"
    r"|faute\s+de\s+frappe|je\s+me\s+suis\s+tromp[ée]e?|entschuldigung|vertippt|tippfehler"
    r"|falsch\w*|desculp[ae]|errei|digitei\s+errado|foi\s+mal|no|nope|nah|nee|nein|non|n[ãa]o"
    # the slip's cry and the first value called wrong: "uy", "wrong", "equivocado",
    # "mauvais", "faux", "errado" ("falsch" above)
    r"|uy|wrong|equivocad[oa]|incorrect[oa]|mauvaise?|faux|errad[oa]|incorret[oa]"
    # saying the value sent was another one: "not that one", "c'est pas le bon", "era outro",
    # "der falsche", "ese no"
    r"|not\s+(?:that|the\s+right)\s+one|(?:that\s+was\s+)?the\s+(?:old|other)\s+one"
    # the value sent was the old one: "c'était l'ancien", "era el anterior", "das war die
    # alte", "era o antigo"
    r"|(?:c['\u2019][ée]tait|c['\u2019]est)\s+l['\u2019]ancien(?:ne)?|l['\u2019]ancien(?:ne)?"
    r"|(?:ese\s+|esa\s+)?era\s+(?:el|la)\s+(?:viej[oa]|anterior)"
    r"|das\s+war\s+(?:der|die|das)\s+alte[rs]?|der\s+alte|die\s+alte"
    r"|(?:esse\s+|essa\s+)?era\s+(?:o|a)\s+(?:antig[oa]|anterior|velh[oa])"
    r"|(?:c['\u2019]est\s+|ce\s+n['\u2019]est\s+)?pas\s+(?:le\s+bon|la\s+bonne|celui-?l[àa])"
    r"|(?:no\s+)?era\s+(?:otr[oa]|ese|esa|esse|essa|outr[oa])|(?:ese|esa)\s+no"
    r"|das\s+war\s+(?:falsch|der\s+falsche|die\s+falsche)|der\s+falsche|die\s+falsche"
    # the value put right: "ops", "aliás", "mejor dicho", "plutôt", "besser gesagt",
    # "Korrektur", "richtig ist", "lo correcto es", "o certo é", "le bon c'est"
    r"|ops|ali[áa]s|mejor\s+dicho|plut[ôo]t|besser\s+gesagt|korrektur|correction"
    r"|(?:the\s+)?(?:right|correct)\s+one\s+is|richtig\s+ist|(?:lo\s+)?correcto\s+es"
    r"|o\s+certo\s+[ée]|le\s+bon\s+c['\u2019]est"
    # holding the first value back: "wait", "espera", "attends", "warte"
    r"|wait|espera|espere|pera|attends|attend|attendez|warte|warten\s+sie|moment"
)
# One dot or dash right before a letter or a digit joins a handle ("jo.silva9", "o.lima"),
# never a filler to the value; a run of them ("ja...lima77") separates.
_SEPARATOR = r"(?:(?:[\s,:;!\u2026>]|[.\-\u2013]{2,}|[.\-\u2013](?!\w))+|(?<=['\u2019]))"
# Unsure how the value is written, after it: "or maybe with a dot", "o con guion bajo", "ou
# avec un point", "oder vielleicht mit Punkt", "ou sem ponto": the same value, another spelling.
_OTHER_SPELLING = (
    r"(?:or|o|ou|oder)\s+(?:(?:maybe|perhaps|quiz[áa]s?|tal\s+vez|peut-[êe]tre|vielleicht"
    r"|talvez)\s+)?(?:with|without|con|sin|avec|sans|mit|ohne|com|sem)\s+(?:(?:a|an|un|une|um"
    r"|uma|einem|einer)\s+)?(?:dot|period|underscore|dash|hyphen|capital|punto|gui[óo]n(?:\s+bajo)?"
    r"|may[úu]scula|point|tiret(?:\s+bas)?|underscore|majuscule|punkt|unterstrich|bindestrich"
    r"|gro[ßs]buchstaben?|ponto|h[íi]fen|sublinhado|mai[úu]scula)"
)
_OPENING_WORD = (
    rf"(?:{_ASSENT}|{_PRESENTING}|{_HEDGING}|{_COPULA}|{_ARTICLE}|{_APOLOGY}|{_DISCOURSE}"
    rf"|{_NAMING}|{_INTERJECTION}|{_THIS_ONE})"
)
_CLOSING_WORD = (
    r"that['\u2019]?s\s+it|thats\s+it|lol|lmao|(?:ha)+|(?:ja)+|(?:je)+|k{3,}|rs+|mdr|ptdr"
    r"|genau|sein|c['\u2019]est\s+[çc]a|i\s+think|i\s+guess|je\s+crois|je\s+pense|creo|acho"
    r"|glaub(?:e)?\s+ich|ich\s+glaube?|right|correct|oder|n[ée]"
    # thanks after the value: "X8357937 thx", "praia2586? danke", "... gracias"
    r"|thx|thanks|thank\s+(?:you|u)|ty|tks|cheers|gracias|grax|merci|danke(?:\s+sch[öo]n)?"
    r"|obrigad[oa]|valeu|vlw|obg"
    # sorry after the value put right: "X sorry", "X desculpa", "X perdón", "X pardon"
    r"|sorry|sry|desculpa|perd[óo]n|pardon|entschuldigung"
    # German's hedge after it: "X müsste stimmen", "X sollte passen"
    r"|(?:m[üu]sste|sollte|d[üu]rfte)\s+(?:stimmen|passen)"
    rf"|{SURE_AFTER}|{_EMAIL_AFTER}|{_OTHER_SPELLING}"
    # the value's own word after it, as before it: "thats my login", "c'est mon identifiant",
    # "es mi usuario", "ist mein Login", "é usuario"
    rf"|(?:that['\u2019]?s|{_COPULA})\s+(?:(?:{_ARTICLE})\s+)?(?:{_NAMING})"
)
_ANSWER = re.compile(
    rf"(?i)[^\w@\n]*(?P<opening>(?:{_OPENING_WORD}{_SEPARATOR})*)"
    r"(?P<value>[^\s]+?)[^\w\s@$#%&*]*"
    rf"(?:\s+(?:{_CLOSING_WORD}))*[^\w\n]*"
)
# The value dictated in groups ("OLIV E248 794J C9GM", "87RC.4304.3", "YW89 👉 8939"): the
# groups of letters and digits, spaces or marks between them on one line.
# A group of a code, not a word: capitals and digits, or a digit in it ("e248").
_CODE_PART = r"(?-i:[A-Z0-9]{1,6}|(?=[a-z0-9]{0,5}[0-9])[a-z0-9]{1,6})(?![A-Za-z0-9])"
_BETWEEN_PARTS = r"(?:[ \t]{1,3}|[ \t]{0,2}[^\w\s]{1,4}[ \t]{0,2})"
_GROUPED_ANSWER = re.compile(
    rf"(?i)[^\w@\n]*(?P<opening>(?:{_OPENING_WORD}{_SEPARATOR})*)"
    rf"(?P<value>{_CODE_PART}(?:{_BETWEEN_PARTS}{_CODE_PART}){{1,5}})"
    r"[^\w\s]*"
    rf"(?:\s+(?:{_CLOSING_WORD}))*[^\w\n]*"
)
_GROUP = re.compile(r"[A-Za-z0-9]+")
# Capitals alone in three groups or more ("CTW NXM KFG"): a code read out as printed.
_LETTER_GROUPS_LEAST = 3
_LETTER_GROUP = re.compile(r"[A-Z]{2,4}")
# The kinds whose value is printed, and read out, in groups.
_GROUPED_KINDS = frozenset({"SWIFT_CODE", "DRIVER_ID", "PASSPORT_NUMBER"})
# The user name and the password answered together, as the agent asked for both: two words,
# a slash, a bar, dashes, "and" or a line between them ("nunes.t7934 / !VERDE906edrev",
# "maria_rey uERNWudVQl", "claireg24\nMango5752!").
_LOGIN_ANSWER = re.compile(
    rf"(?i)[^\w@\n]*(?:{_OPENING_WORD}{_SEPARATOR})*"
    r"(?P<first>\S+?)"
    # or a run of dots ("dani.w ... Hund_81#", "lopezl21 .. hund_571"), a pause typed
    r"(?:\s*[/|,;+&]\s*|\s+-{1,2}\s+|\s*(?:\.{2,}|\u2026)\s*|\s+(?:and|y|et|und|e)\s+|\s+)"
    r"(?P<second>\S+?)[^\w\s@$#%&*]*"
    rf"(?:\s+(?:{_CLOSING_WORD}))*[^\w]*"
)
_LOGIN_KINDS = ("USERNAME", "PASSWORD")
_APOLOGIZING = re.compile(rf"(?i)(?<!\w)(?:{_APOLOGY})(?!\w)")
# The words alone, before any value: ``answered_digits`` reads an answer's lead with them.
OPENING = re.compile(rf"(?i)[^\w@\n]*(?:{_OPENING_WORD}{_SEPARATOR})*")
# A password ends with its own marks ("Kiwi#2207?", "Perro.81!"); a sentence's end does not.
_PASSWORD_END = re.compile(r"[!?$#%&*]+")
_PASSWORD_MARKS = frozenset("!$#%&*")

# A word any reply may be: never a user name or a code, whatever its letters.
_REPLY_WORDS = frozenset(
    {
        "thanks", "thank", "gracias", "merci", "danke", "obrigado", "obrigada", "sorry",
        "wait", "espera", "attends", "moment", "momento", "warte", "which", "pourquoi",
        "warum", "porque", "forgot", "dunno", "hello", "hola", "bonjour", "hallo", "please",
        "perfect", "perfecto", "parfait", "perfeito", "nothing", "nada", "actually",
        "exactly", "exacto", "exactement", "correct", "correcto", "richtig", "certain",
        "seguro", "cierto", "verdad", "really", "vraiment", "wirklich",
        # a wait before the answer: "sekunde", "une seconde", "un segundo", "um minutinho"
        "second", "seconds", "minute", "segundo", "segundito", "momentito", "minuto",
        "momentico", "seconde", "instant", "sekunde", "augenblick", "minuten", "momentchen",
        "instante", "minutinho", "momentinho", "segundinho",
        # asking back which one: "welche?", "lequel ?", "quelle ?"
        "welche", "welcher", "welches", "welchen", "lequel", "laquelle", "quelle", "quelles",
    }
)  # fmt: skip

_HANDLE = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._\-]{2,63}", re.ASCII)
_HANDLE_MARKS = frozenset("0123456789._-@")
_PLAIN_NAME = re.compile(r"[a-z]{6,30}", re.ASCII)
# Names run together, each with its capital ("CarmenWeber", "JulienFerreira"): a handle no
# sentence writes; a word of a reply has one capital at most, first.
_JOINED_NAMES = re.compile(r"(?:[A-Z][a-z]+){2,4}", re.ASCII)
_JOINED_NAMES_LEAST = 6
# Letters alone with capitals inside, not as names run together ("uERNWudVQl"): a generated
# password. Eight at least: "iPhone", "eBay" are words.
_SCRAMBLED = re.compile(r"(?=[A-Za-z]*[a-z][A-Z])[A-Za-z]{8,64}", re.ASCII)
_BIC_SHAPE = re.compile(r"[A-Za-z]{6}[A-Za-z0-9]{2}(?:[A-Za-z0-9]{3})?", re.ASCII)
_LICENCE_SHAPE = re.compile(r"[A-Za-z0-9](?:-?[A-Za-z0-9]){4,19}", re.ASCII)
_LICENCE_DIGITS = 4
# A licence of digits alone: seven to nine in most US states, twelve in France, thirteen at
# most; fewer are a code, a PIN, a year.
_LICENCE_DIGITS_ALONE_LEAST = 7
_LICENCE_DIGITS_ALONE_MOST = 13
_PASSPORT_SHAPE = re.compile(r"[A-Za-z0-9]{6,10}", re.ASCII)
_PASSPORT_DIGITS = 3
# A passport printed in capitals with fewer digits is as long as a passport's whole number.
_PRINTED_PASSPORT_LEAST = 8


def _user_name(value: str, plain: bool) -> bool:
    """A handle with a digit or a mark ("rafa_m72", "noe.beau"), or, where ``plain``, a
    lower-case word no reply is ("lenafuchs")."""
    if (
        _HANDLE.fullmatch(value)
        and any(c.isalpha() for c in value)
        and _HANDLE_MARKS.intersection(value)
    ):
        return True
    return plain and (
        (_PLAIN_NAME.fullmatch(value) is not None and value not in _REPLY_WORDS)
        or (_JOINED_NAMES.fullmatch(value) is not None and len(value) >= _JOINED_NAMES_LEAST)
    )


def _password(value: str, plain: bool) -> bool:
    """Letters mixed with digits or symbols ("Kiwi#2207?"), or capitals scattered among
    them ("uERNWudVQl"): no word of a sentence."""
    mixed = letters_with_others(value) and letters_with_others(value.rstrip("!?"))
    return mixed or _scrambled(value)


def _scrambled(value: str) -> bool:
    """Letters alone, capitals inside them as no word nor names run together have."""
    return _SCRAMBLED.fullmatch(value) is not None and _JOINED_NAMES.fullmatch(value) is None


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
    """Letters and at least four digits ("M12Z4455", "Q9912345"), lengths by country; or
    digits alone, as many as a licence of digits has ("829013519743", a French one)."""
    if value.isdigit():
        return _LICENCE_DIGITS_ALONE_LEAST <= len(value) <= _LICENCE_DIGITS_ALONE_MOST
    return (
        _LICENCE_SHAPE.fullmatch(value) is not None
        and any(c.isalpha() for c in value)
        and sum(c.isdigit() for c in value) >= _LICENCE_DIGITS
    )


def _passport(value: str, plain: bool) -> bool:
    """Six to ten letters and digits, three digits at least ("17xk44021", "r55123"); or,
    printed in capitals as a German passport is, eight to ten with a digit among them
    ("P0MNH4ZXY"): no word of a reply is capitals and a digit."""
    if _PASSPORT_SHAPE.fullmatch(value) is None:
        return False
    digits = sum(c.isdigit() for c in value)
    if digits >= _PASSPORT_DIGITS:
        return True
    return (
        len(value) >= _PRINTED_PASSPORT_LEAST
        and digits > 0
        and value.isupper()
        and any(c.isalpha() for c in value)
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
    if shape is None or _answer_length(text) > _ANSWER_MOST:
        return None
    answer = _ANSWER.fullmatch(text)
    if answer is not None:
        begin, end = answer.span("value")
        if entity == "PASSWORD":
            marks = _PASSWORD_END.match(text, end)
            end = marks.end() if marks else end
            begin = _password_start(text, begin)
        plain = not retyped or _APOLOGIZING.search(answer.group("opening")) is not None
        if shape(text[begin:end], plain):
            return begin, end
    return _grouped_value(text, entity) if entity in _GROUPED_KINDS else None


def _answer_length(text: str) -> int:
    """How long ``text`` is without the one e-mail address it may close with."""
    if len(text) <= _ANSWER_MOST or len(text) > _ANSWER_MOST + _EMAIL_MOST:
        return len(text)
    address = _EMAIL_ADDRESS.search(text)
    return len(text) - (address.end() - address.start()) if address else len(text)


def _password_start(text: str, begin: int) -> int:
    """Where a password starting at ``begin`` or at its own marks before it starts: "!" or
    "#" opening a message is a password's ("!Nube404oro"), not a sentence's."""
    while begin and text[begin - 1] in _PASSWORD_MARKS:
        begin -= 1
    return begin


def _grouped_value(text: str, entity: str) -> tuple[int, int] | None:
    """Where a value read out in groups is ("hier C8XH.6VK8.N"): groups of a code, whose
    characters together have the value's shape, or capitals alone in three groups or more."""
    answer = _GROUPED_ANSWER.fullmatch(text)
    if answer is None:
        return None
    groups = _GROUP.findall(answer.group("value"))
    joined = "".join(groups)
    printed = len(groups) >= _LETTER_GROUPS_LEAST and all(
        _LETTER_GROUP.fullmatch(group) for group in groups
    )
    shaped = SHAPES[entity](joined, True) or (printed and entity != "SWIFT_CODE")
    return answer.span("value") if shaped else None


def answered_login(text: str, entity: str) -> tuple[Span, Span] | None:
    """The user name and the password a short answer holds together, in the order the
    agent's question named them (``entity`` first): two words, each a user name's or a
    password's shape, the second never a word of letters alone ("rafa_m72 thx" is one)."""
    if entity not in _LOGIN_KINDS or len(text) > _ANSWER_MOST:
        return None
    answer = _LOGIN_ANSWER.fullmatch(text)
    if answer is None:
        return None
    first, second = answer.group("first"), answer.group("second")
    if not (_user_name(first, True) or _password(first, True)) or not (
        _user_name(second, False) or _password(second, True)
    ):
        return None
    begin, end = answer.span("second")
    marks = _PASSWORD_END.match(text, end)
    end = marks.end() if marks else end
    other = _LOGIN_KINDS[1 - _LOGIN_KINDS.index(entity)]
    first_begin = _password_start(text, answer.start("first"))
    return (
        Span(first_begin, answer.end("first"), entity, _SCORE, "continuation"),
        Span(begin, end, other, _SCORE, "continuation"),
    )


def corrects(text: str) -> bool:
    """Whether ``text`` opens with an apology, as a value typed again does."""
    if len(text) > _ANSWER_MOST:
        return False
    answer = _ANSWER.fullmatch(text) or _GROUPED_ANSWER.fullmatch(text)
    return answer is not None and _APOLOGIZING.search(answer.group("opening")) is not None
