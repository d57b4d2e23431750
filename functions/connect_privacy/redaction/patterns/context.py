"""Context words: the phrases that make a bare number mean something.

A nine-digit number is an SSN after "social security", a routing number after
"routing" and an order number after "order". Detectors look for context in a
short window before the value, in the folded text, case-insensitively. The
window never crosses a ``[`` or ``]``, so a mask token left by an earlier
redaction never lends its context to a later value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

WINDOW = 48


def words(*phrases: str) -> re.Pattern[str]:
    """A case-insensitive whole-word alternation of ``phrases`` (regex fragments)."""
    alternation = "|".join(phrases)
    return re.compile(rf"(?i){starts(alternation)}\b(?:{alternation})(?!\w)")


def starts(alternation: str) -> str:
    """A look-ahead on the first letters of ``alternation``'s branches, or "".

    Put before the alternation (and before its ``\\b``), it matches nothing the
    alternation would not: it only spares trying every branch at every word boundary
    of a long message, and lets the engine skip ahead to a possible first letter.
    """
    first = first_letters(_split_branches(alternation))
    return f"(?=[{first}])" if first else ""


def first_letters(phrases: Iterable[str]) -> str | None:
    """The characters the phrases (regex fragments) can start with, or None when a
    phrase does not start with a plain letter or a plain character class, or its first
    character may be left out ("e?mail"), or it is an alternation itself."""
    first: set[str] = set()
    for phrase in phrases:
        if _branches(phrase):
            return None
        if phrase[:1].isalnum():
            head, rest = phrase[0], phrase[1:]
        elif phrase[:1] == "[" and "]" in phrase[2:]:
            close = phrase.index("]", 2)
            head, rest = phrase[1:close], phrase[close + 1 :]
            if not all(c.isalnum() for c in head):
                return None  # a range, a negation or an escape: not worth reading
        elif phrase.startswith("(?:") and (group_end := _group_end(phrase)) is not None:
            inner = first_letters(_split_branches(phrase[3:group_end]))
            if inner is None:
                return None
            head, rest = inner, phrase[group_end + 1 :]
        else:
            return None
        if rest[:1] in ("?", "*", "{"):
            return None
        first.update(head)
    return "".join(sorted(first)) or None


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` outside escapes and character classes, with the group
    depth after it (a ``)`` reports the depth it closes back to)."""
    depth, in_class, escaped = 0, False, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield index, char, depth


def _group_end(phrase: str) -> int | None:
    """The index of the ``)`` closing the group ``phrase`` starts with."""
    return next((i for i, char, depth in _structure(phrase) if char == ")" and depth == 0), None)


def _branches(phrase: str) -> bool:
    """Whether ``phrase`` has a ``|`` outside parentheses and character classes."""
    return len(_split_branches(phrase)) > 1


def _split_branches(alternation: str) -> list[str]:
    """``alternation`` split at each ``|`` outside parentheses and character classes."""
    cuts = [i for i, char, depth in _structure(alternation) if char == "|" and depth == 0]
    return [
        alternation[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(alternation)], strict=True)
    ]


def before(pattern: re.Pattern[str], text: str, begin: int, window: int = WINDOW) -> bool:
    """Whether ``pattern`` occurs in the ``window`` characters before ``begin``."""
    low = max(0, begin - window)
    bracket = max(text.rfind("[", low, begin), text.rfind("]", low, begin))
    if bracket >= 0:
        low = bracket + 1
    return pattern.search(text, low, begin) is not None


def nearer(near: re.Pattern[str], far: re.Pattern[str], text: str, begin: int) -> bool:
    """Whether a match of ``near`` comes after every match of ``far`` in the window before
    ``begin`` ("zip and card: 10218 4111...": the card word is the nearer context)."""
    low = max(0, begin - WINDOW)
    last_near = max((m.end() for m in near.finditer(text, low, begin)), default=-1)
    last_far = max((m.end() for m in far.finditer(text, low, begin)), default=-1)
    return last_near > last_far


def after_context(phrases: re.Pattern[str], value: str, *, gap: int = 24) -> re.Pattern[str]:
    """``<context phrase> <up to gap non-digit characters> (?P<value>...)``.

    The gap holds connectives ("is", ":", "number is") but no digits, newlines or
    brackets, so the value is the first number after the phrase.
    """
    return re.compile(
        rf"(?i){phrases.pattern.removeprefix('(?i)')}[^\d\n\[\]]{{0,{gap}}}?(?P<value>{value})"
    )


# Context words are those of English, Spanish, French, German and Portuguese,
# always all of them (customers switch language mid-chat), with the common
# abbreviations and misspellings. Accents are optional where people drop them.
NUMBER_SIGN = r"(?:n[oº°]\.?|nr\.?|num\.?|n[uú]mero|number|nummer|#)"

ACCOUNT_WORDS = words(
    r"account",
    r"acc?o?unt",  # acount, accunt
    r"accnt",
    r"acct",
    r"acc",
    r"a/c",
    r"checking",
    r"chequing",
    r"savings",
    r"bank",
    r"cuenta",
    r"cta",
    r"ccc",
    r"compte",
    r"cpte",
    r"rib",
    r"konto",
    r"kto",
    r"kontonummer",
    r"kto\.?\s*-?\s*nr",
    r"konto\s*-?\s*nr",
    r"c/c",  # cuenta corriente, conta corrente, compte courant
    r"conta",
    r"nib",
)

# Numbers customers quote that are not personal: a phone number or account
# number right after one of these is an order/case/parcel reference instead.
NOT_PERSONAL = words(
    r"orders?",
    r"order\s*(?:no|number|num|#)",
    r"case",
    r"tickets?",
    r"invoice",
    r"inv",
    r"tracking",
    r"track",
    r"parcel",
    r"package",
    r"shipment",
    r"ref",
    r"reference",
    r"confirmation",
    r"conf",
    r"booking",
    r"reservation",
    r"item",
    r"sku",
    r"model",
    r"serial",
    r"part",
    r"po",
    r"receipt",
    r"transaction",
    r"txn",
    r"claim",
    r"policy",
    r"store",
    r"flight",
    r"isbn",
    r"zip",
    r"postcode",
    r"version",
    r"firmware",
    r"build",
    r"pedido",
    r"orden",
    r"commande",
    r"cde",
    r"bestellung",
    r"bestell\s*-?\s*nr",
    r"bestellnummer",
    r"auftrag",
    r"encomenda",
    r"factura",
    r"facture",
    r"rechnung",
    r"rechnungs\s*-?\s*(?:nr\.?|nummer)",
    # carriers: the number after them is a parcel's
    r"carrier",
    r"courier",
    r"transporteur",
    r"transportista",
    r"transportadora",
    r"spediteur",
    r"sendungsverfolgung",
    r"paketnummer",
    r"dhl",
    r"fedex",
    r"usps",
    r"dpd",
    r"gls",
    r"chronopost",
    r"colissimo",
    r"fatura",
    r"nota\s*fiscal",
    r"seguimiento",
    r"suivi",
    r"sendung",
    r"sendungsnummer",
    r"rastreio",
    r"rastreamento",
    r"caso",
    r"dossier",
    r"vorgang",
    r"referencia",
    r"r[ée]f[ée]rence",
    r"referenz",
    r"refer[êe]ncia",
    r"vuelo",
    r"vol",
    r"flug",
    r"voo",
    r"tienda",
    r"env[íi]o",
    r"paquete",
    r"paqueter[íi]a",
    r"pacote",
    r"folio",
    r"s[óo]cio",
    r"nota",
    r"matr[íi]cula",
    r"cmd",
    r"incidencia",
    r"magasin",
    r"filiale",
    r"loja",
    r"modelo",
    r"mod[èe]le",
    r"modell",
    r"cp",
    r"c[óo]digo\s*postal",
    r"code\s*postal",
    r"plz",
    r"cep",
    r"postleitzahl",
    r"colis",
    r"paket",
    r"reserva",
    r"r[ée]servation",
    r"buchung",
    r"billet",
    r"quittung",
    r"recibo",
    r"re[çc]u",
    r"member",
    r"membership",
    r"customer",
    r"client",
    r"cliente",
    r"kunde",
    r"kundennr",
    r"kundennummer",
    r"protocolo",
    r"protocol",
    r"adh[ée]rent",
    r"mitglied",
    r"mitgliedsnummer",
    # a return label's number is the parcel's
    r"label",
    r"etiqueta",
    r"[ée]tiquette",
    r"etikett",
    r"rma",
    r"r[ée]f\.?",
)

# Words that name a phone. A bare "number" word also introduces one ("mi número es ..."),
# but it does not outweigh a nearer reference word ("customer number ...").
_PHONE_SPECIFIC = (
    r"phone",
    r"cell",
    r"mobile",
    r"mobil",
    r"festnetz",
    r"mob",
    r"t[ée]l",
    r"tel\.?",
    r"tel[ée]fono",
    r"m[óo]vil",
    r"celular",
    r"cel",
    r"whatsapp",
    r"t[ée]l[ée]phone",
    r"portable",
    r"handy",
    r"telefon",
    r"handynummer",
    r"mobilnummer",
    r"telem[óo]vel",
    r"telefone",
    r"tlf",
    r"tfno",
    r"telf",
    r"fone",
    r"call\s*me\s*(?:on|at)",
    r"ring\s*me(?:\s*(?:on|at))?",
    r"text\s*me(?:\s*(?:on|at))?",
    r"reach\s*me(?:\s*(?:on|at))?",
    r"whats",
    r"wpp",
    r"zap",
    r"zapzap",
    r"m[óo]vel",
    r"ll[áa]mame\s*al",
    r"appelez\s*-?\s*moi\s*au",
    r"ruf\s*mich\s*an",
    r"liga\s*para",
)
SPECIFIC_PHONE_WORDS = words(*_PHONE_SPECIFIC)
PHONE_WORDS = words(*_PHONE_SPECIFIC, r"n[úu]mero", r"nummer", r"num[ée]ro")
