"""Bank and card details: routing, account, IBAN, SWIFT, CVV, expiry, PIN.

- ``BANK_ROUTING``: nine digits after routing words, ABA checksum from
  python-stdnum (``us.rtn``).
- ``INTERNATIONAL_BANK_ACCOUNT_NUMBER``: python-stdnum's ``iban`` (mod 97 and the
  per-country BBAN format), grouped or not, any case; a greedy match that
  swallowed a following word is shortened group by group until it validates.
  Groups joined by noise or joining words, or check digits typed with look-alike
  letters, are read piece by piece up to the IBAN's 34 characters.
- ``SWIFT_CODE``: python-stdnum's ``bic`` (format and ISO country), only near
  bank words, since upper-case words such as ``ACCEPTED`` have the same shape.
- ``BANK_ACCOUNT_NUMBER``, ``CREDIT_DEBIT_CVV``, ``CREDIT_DEBIT_EXPIRY``,
  ``PIN``: there is no checksum, so only after their context words, or, for an
  expiry and the security code after it, right after a card number.

schwifty would also validate IBANs and BICs, with a bank registry; python-stdnum
is already needed for the other identifiers and its checks are enough to tell a
typed IBAN from noise.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from stdnum import bic, iban, numdb
from stdnum.us import rtn

from connect_privacy.redaction.patterns.cards import CARD_WORDS, Run
from connect_privacy.redaction.patterns.cc_account import cc_account
from connect_privacy.redaction.patterns.code_before_account import (
    BRANCH_CODE,
    account_number_end,
    has_branch_code_length,
)
from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    NOT_PERSONAL,
    TYPED_IN,
    after_context,
    bare_code,
    bare_expiry,
    bare_number,
    before,
    folds_apart,
    full_date,
    has_copula,
    has_digit,
    has_letter,
    named_values,
    nearer,
    standalone,
    starts,
    value_then_copula,
    value_then_naming,
    words,
)
from connect_privacy.redaction.patterns.credentials import ERROR_WORDS
from connect_privacy.redaction.patterns.digit_groups import calendar_day_and_month, day_and_month
from connect_privacy.redaction.patterns.error_words import shown_code_before
from connect_privacy.redaction.patterns.hints import any_of, may_hold
from connect_privacy.redaction.patterns.meter_words import after_meter_word
from connect_privacy.redaction.patterns.normalize import (
    DIGIT_WORD,
    LOOKALIKES,
    SAID_THEN_TYPED,
    said_digits,
)
from connect_privacy.redaction.patterns.priced_tail import currency_after
from connect_privacy.redaction.patterns.priced_value import priced
from connect_privacy.redaction.patterns.value_first import CARD_CODE, CASH_MACHINE
from connect_privacy.redaction.spans import Span

# The US routing number's names in the other four languages, as customers abroad translate
# it: "número de ruta", "numéro de routage", "Routingnummer", "número de roteamento".
_ROUTING_NUMBER_NAMES = (
    r"(?:n[úu]mero|num|n[°º]|c[óo]digo)\.?\s*(?:de\s*)?ruta",
    r"(?:num[ée]ro|code)\s*de\s*routage",
    r"routing\s*-?\s*nummer",
    r"(?:n[úu]mero|c[óo]digo)\s*de\s*roteamento",
)
ROUTING_WORDS = words(
    r"routing",
    r"rout(?:e|n)?i?ng?",  # routeing, rounting, routng, routin
    r"aba",
    r"rtn",
    # the shorthands of a form's "R/T" column and a hurried "rt#", "rtng"
    r"r\s*/\s*t",
    r"rt\s*#",
    r"rtng",
    r"transit",
    # Canada's transit and institution numbers, said together ("my transit and institution
    # number is 71037-588", "transit et institution")
    r"transit\s*(?:and|et|&|/)\s*(?:d['\u2019]\s*)?institution(?:\s*(?:no|numbers?|#))?",
    r"routing\s*(?:no|number|num|#)",
    *_ROUTING_NUMBER_NAMES,
    r"s/c",  # sort code
    # agência; never "AG", the German company suffix ("Muster AG 2024"). Led by a plain
    # class, so the words keep their first-letter look-ahead.
    r"[aA](?-i:g)",
    r"bank\s*code",
    r"entidad",  # the bank's four digits of a Spanish CCC
    r"sort\s*-?\s*code",
    r"sort\s*-?\s*cd",  # abbreviated on a standing-order form
    r"blz",
    r"bankleitzahl",
    # Australia's bank-state-branch number ("BSB 062-000")
    r"bsb",
    r"ag[êe]ncia",
    r"agencia",
    r"ag\.",
    r"c[óo]digo\s*(?:de\s*|del\s*)?banco",
    # Switzerland's bank clearing number (BC-Nr.), said "clearing" in every language there
    r"clearing(?:\s*-?\s*(?:nr\.?|nummer|number|no|n[°º]))?",
    r"code\s*banque",
    # the code banque's other name on a RIB ("code établissement 30004")
    r"code\s*(?:d['\u2019]\s*)?[ée]tablissement",
    r"code\s*guichet",
    # "guichet" alone is also the counter ("au guichet le 12/4"): only before its own
    # five digits, maybe in two groups ("code banque 30004, guichet 00123", "guichet 001-23")
    r"guichet(?=\s*:?\s*[0-9](?:[\s\-]?[0-9]){4}(?![0-9]))",
    # "banque" alone likewise, before the code banque's five digits ("banque 30004")
    r"banque(?=\s*:?\s*[0-9]{5}(?![0-9]))",
)
# The US routing number's own names (no sort code, BSB or agência: those are shorter), for
# the marker of a routing number said over several messages ("routing 2670", "84131").
ABA_WORDS = words(
    r"routing(?:\s*(?:no|number|num|#))?",
    *_ROUTING_NUMBER_NAMES,
    # "ruta", "rota" alone, its first part said ("ruta 059 995", the rest to come; a whole
    # number is read by ``_ROUTE_WORDS``, its check passed): a road's number has fewer
    # digits ("ruta 40"), so three at least
    r"r[uo]ta(?=\s*:?\s*[0-9]{3})",
    r"rout(?:e|n)?i?ng?",
    r"aba",
    r"rtn",
    r"r\s*/\s*t",
    r"rt\s*#",
    r"rtng",
)
# Up to 16 separator characters between groups: double spaces, and noise
# blanked in the deobfuscated view ("FR76 puis 6082 puis ...").
# Grouped in threes, a separator may fall between the check digits ("ES6 503 018 ...").
_IBAN = re.compile(
    r"(?i)(?<![A-Z0-9])[A-Z]{2}[0-9][\s\-]{0,3}[0-9](?:[\s\-]{0,16}[A-Z0-9]){11,32}(?![A-Z0-9])"
)
# (led by one character's class, the look-behind asked after it: the scan skips to that class)
_BIC = re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Z]{5}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Za-z0-9])")
BIC_WORDS = words(r"swift", r"bic", r"swift\s*code", r"bic\s*code")
BANK_WORDS = words(
    r"bank",
    r"wire",
    r"transfer",
    r"beneficiary",
    r"swift",
    r"bic",
    # a transfer in the other languages: "pour le virement : FR76 ... / BNPAFRPP"
    r"virement",
    r"[üu]berweisung",
    r"transferencia",
    r"transfer[êe]ncia",
)

_CODIGO = r"c[óo]d(?:ig|gi|g|i)[op]"
# Not "entrada": a Spanish or Portuguese ticket's too ("el código de la entrada del concierto").
_DOOR = (
    r"(?:door|gate|alarm|entry|porte|portail|alarme|entr[ée]e|immeuble|puerta|portal"
    r"|port[óo]n|alarma|porta|port[ãa]o|pr[ée]dio)"
)
# "de la porte", "del portal", "do portão" right after "code"/"código"
_OF_THE_DOOR = (
    rf"\s*(?:de\s*(?:la\s*|l['\u2019]\s*)?|du\s*|d['\u2019]\s*|del\s*|do\s*|da\s*)?{_DOOR}(?!\w)"
)
CVV_WORDS = words(
    r"cvv+2?",  # and "cvvv", a key held down
    r"cvc+2?",
    r"cid",
    r"csc",
    r"cvn",
    r"security\s*code",
    # misspelt: secuirty, securty, secuity; ccv for cvv
    r"sec(?:u|ui|iu)r?i?ty\s*code",
    r"ccv",
    r"c\.\s?v\.\s?[vc]\.?",  # c.v.v., c.v.c.
    r"card\s*verification(?:\s*(?:code|value|number))?",
    r"code\s*on\s*the\s*back",
    r"sec\.?\s*code",
    # "security no. 797", "sec cde 316", "security # 123": never after "social"
    r"sec(?<!social\ssec)(?<!soc\ssec)(?:urity)?\.?\s*(?:cde|cod|no\.?|nr\.?|num(?:ber)?|#)",
    # the same in the other languages: "número de seguridad", "número de segurança",
    # "numéro de sécurité" (never "... sociale"), "Sicherheitsnummer", "Prüfnummer"
    r"n[úu]m(?:ero)?\.?\s*(?:de\s*)?seg(?:uridad|uran[çc]a)",
    r"num[ée]ro\s*(?:de\s*)?s[ée]curit[ée](?!\s*sociale)",
    r"sicherheits\s*-?\s*(?:nummer|nr\.?|zahl)",
    r"c[óo]d\.?\s*(?:de\s*)?seg(?:uridad|uran[çc]a)?\.?",
    # "cod 123" in a pasted card form ("tarj ... / venc 0727 / cod 123"): never a postal,
    # area or country code
    r"c[óo]d(?![.\s]*(?:postal|[áa]rea|pa[íi]s|de\s*(?:[áa]rea|pa[íi]s)))\.?",
    # código, and its typos: codgio, codigp, cdigo
    rf"{_CODIGO}\s*(?:de\s*)?seguridad",
    rf"{_CODIGO}\s*(?:de\s*)?seguran[çc]a",
    rf"{_CODIGO}\s*(?:cvv|cvc)",
    # not a promotion's ("código promo 2025", "código promocional")
    rf"{_CODIGO}(?!\s*(?:postal|promo|de\s*error))(?!{_OF_THE_DOOR})",
    # checked after the word, so the look-behinds run only where "code" stands; a door's
    # code is a PIN (PIN_WORDS)
    # not an error's ("error code 430", "code erreur 442", "Fehler-Code 17")
    r"code(?<!sort\scode)(?<!sort-code)(?<!sortcode)(?<!promo\scode)(?<!error\scode)"
    r"(?<!fehler-code)(?<!fehler\scode)(?!\s*(?:postal|promo|erreur|d['\u2019]erreur))"
    rf"(?<!door\scode)(?<!gate\scode)(?<!alarm\scode)(?<!entry\scode)(?!{_OF_THE_DOOR})"
    # nor a postcode's, where English writes its word before "code"
    r"(?<!postal\scode)(?<!zip\scode)(?<!post\scode)",
    r"cryptog?ram+e?",  # cryptogramme, cryptograme, cryptogram
    r"crypto",
    r"cripto(?:grama)?",
    r"code\s*(?:de\s*)?s[ée]curit[ée]",
    r"code\s*au\s*dos",
    # Prüfziffer, Pruefziffer, Prufnummer; Sicherheitscode, Sicherheitscde, Sicherheits-Code
    r"pr(?:[üu]|ue)f(?:ziffer|nummer|code|zahl)",
    r"kartenpr(?:[üu]|ue)f(?:nummer|nr\.?|ziffer|code)",
    r"pr(?:[üu]|ue)f\s*-?\s*nr\.?",
    r"sicherheits\s*-?\s*c(?:o|ó)?de",
    r"c[óo]digo\s*(?:de\s*)?tr[áa]s",
    # "3 digits", "three digit code", "tres dígitos", "trois chiffres", "vier Ziffern", "3
    # números": one phrase, so a digit in the text tries one branch, not one per language
    r"(?:3|4|three|four|tres|cuatro|trois|quatre|drei|vier|tr[êe]s|quatro)\s*"
    r"(?:digits?(?:\s*(?:code|number))?|d[íi]gitos|chiffres|ziffern|n[úu]meros|numbers|nums)",
)
# The back of the card: "el de atrás", "no verso", "au dos", "hinten", "on the back". Apart
# from the words above: their first letters are common, and each pattern's look-ahead then
# lets only its own few phrases be tried at a word start.
CVV_PLACE_WORDS = words(
    r"atr[áa]s",
    r"detr[áa]s",
    r"de\s*tr[áa]s",  # Portuguese: "os números de trás"
    r"por\s*tr[áa]s",
    r"reverso",
    r"dorso",
    r"verso",
    r"au\s*dos",
    # French for "detrás" ("derrière il y a marqué 341", "derrière la carte c'est 341"), not
    # behind a place ("derrière la gare, au 125")
    r"derri[èe]re(?:\s*(?:la|ma)\s*carte)?(?!\s*(?:l[ae]|l['\u2019]|les|du|des|une?|chez)\b)",
    r"hinten",
    r"r(?:[üu]|ue)ckseite",
    r"on\s*the\s*back",
    r"back\s*of\s*(?:the\s*|my\s*)?card",
    # the card's back said alone, where the customer reads the code off it ("read it off the
    # back: 062", "from the back it's 318"), not a room's or a body's ("the back office")
    r"the\s*back(?!\s*(?:office|end|door|yard|room|seat|page|pain|up|and)\b)",
    # French "le dos" and "du dos" as well as "au dos" ("je vous lis le dos : 768", "le code
    # du dos"); Portuguese "costas" ("nas costas do cartão 318")
    r"(?:le|du|sur\s*le)\s*dos",
    r"costas",
)
# Up to eight separator characters: spelled-out digits leave gaps ("five" -> "5   ").
# Not the digits of a word ("code promo ETE2024").
_CVV_VALUE = r"(?<![0-9A-Za-z])[0-9](?:[\s.\-]{0,8}[0-9]){2,3}(?![0-9]|[\s.\-][0-9])"
_CVV = after_context(CVV_WORDS, _CVV_VALUE)
# A code the customer can hardly read, given after a hedge further from its word than
# ``after_context``'s gap: "the code on the back is scratched but i think its 318", "le
# cryptogramme est illisible mais je crois que c'est 318", "die Prüfziffer ist verblasst, ich
# glaube es ist 318", "el código de atrás está borrado, creo que es 318".
_HEDGE = (
    r"(?:i\s+think|i\s+guess|je\s+crois|je\s+pense|ich\s+glaube|ich\s+denke|creo|acho|penso)"
    r"(?:\s+(?:que|dass|that))?\s{1,3}(?:(?:it'?s|es\s+ist|ist|es|c['\u2019]est|é)\s{1,3})?"
)
# Every hedge holds one of these: a substring test before the pattern is tried.
_HEDGE_STEMS = ("think", "guess", "crois", "pense", "glaube", "denke", "creo", "acho", "penso")
_HEDGE_GAP = 60


def _hedged(value: str) -> re.Pattern[str]:
    words_pattern = CVV_WORDS.pattern.removeprefix("(?i)")
    return re.compile(
        rf"(?i){words_pattern}[^\d\n\[\]]{{0,{_HEDGE_GAP}}}?{_HEDGE}(?P<value>{value})"
    )


# Three digits only, never an amount: "i think its 2024", "i think it's 250 €" name no code.
_HEDGED_CVV = _hedged(
    r"(?<![0-9A-Za-z$€£])[0-9](?:[\s.\-]{0,8}[0-9]){2}(?![0-9]|[\s.\-]{1,8}[0-9])"
    r"(?!\s?(?:[$€£%]|(?i:dollars?|euros?|usd|eur)\b))"
)
_CVV_PLACE = after_context(CVV_PLACE_WORDS, _CVV_VALUE)
# Before where it is printed: "et 3324 au dos", "123 on the back", "el 456 de atrás".
_CVV_BEFORE_PLACE = re.compile(
    # led by the digit, so the engine skips ahead to one; the look-behind after it
    r"(?i)(?P<value>[0-9](?<![\w.,/:\-][0-9])[0-9]{2,3})\s{1,2}(?:(?:de|du|no|na)\s{1,2})?"
    r"(?:au\s*dos|on\s*the\s*back|at\s*the\s*back|atr[áa]s|detr[áa]s|hinten|verso|dorso"
    r"|reverso|r(?:[üu]|ue)ckseite)(?!\w)"
)
# The value first ("123 is the cvv"): looked for in the few characters before each CVV or
# PIN word only (``named_values``), and only where a number starts.
# Spelled digits leave gaps in the spelled view, as for the PIN ("un neuf neuf cinq c'est le
# code"); a digit glued to a word ("WINTER229 is the code") starts no value.
_CVV_FIRST = value_then_copula(r"(?<![\w.,/:\-])[0-9](?:[\s.,\-]{0,8}[0-9]){2,3}")
_MONTHS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|ene|abr|ago|dic|janv|f[ée]vr?|avr|juil|ao[ûu]t|d[ée]c|m[äa]r|okt|dez|fev|mai|set|out"
    # French cut to three letters as a card prints it, "juin" and "juillet" alike: "aoû/28"
    r"|ao[ûu]|jui"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|juin|juillet|septembre|octobre"
    r"|novembre|d[ée]cembre|januar|j[äa]nner|februar|m[äa]rz|maerz|mrz|juni|juli|oktober|dezember"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
EXPIRY_WORDS = words(
    r"exp",
    r"xp",  # "xp 082032", shorter still
    r"expi",
    # the common misspellings: expirey, expiery, expiratoin, exipry, vencimeinto, gueltig,
    # and the verb's "s" typed onto them ("it expierys", "expiers", "exps")
    r"expi?e?r[ae]?ys?",
    r"expi?e?r(?:[ae]?y|e)?s",
    r"exps\.?",
    r"expir[at]{1,2}(?:io|oi|o)n",
    r"g[üu]ltigkeit",
    # the date's own compound and the noun in Spanish and Portuguese: "Gültigkeitsdatum",
    # "fecha de expiración", "data de expiração"
    r"g[üu]ltigkeits(?:datum|ende)",
    r"expiraci[óo]n",
    r"expira[çc][ãa]o",
    r"exipry",
    r"venc[ie]{1,2}m[ei]{1,2}n?to",
    r"valide(?:\s*jusqu['\u2019]?(?:au|à|a))?",
    r"(?:g[üu]|gue)lti?g(?:\s*bis)?",
    r"ablaufdat(?:u[mn])?\.?",  # and the typo "ablaufdatun"
    r"exp\.?\s*date",
    r"expiry",
    r"expiry\s*date",
    r"expires?",
    r"expiring",
    r"expiration",
    r"expiration\s*date",
    r"valid\s*(?:thru|through|until|till|to)",
    r"good\s*thru",
    r"vence",
    r"venc\.?",
    # cut short as a hurried customer types it ("fecha de vencim 07/27", "data de vencim.")
    r"vencim\.?",
    r"vcto\.?",  # Brazilian bills' short "vencimento"
    r"vencimiento",
    r"vencimento",
    r"vto\.?",
    r"caducidad",
    r"cad\.?",
    r"caduca",
    r"expira",
    r"expira\s*em",
    r"v[áa]lid[ao]\s*(?:hasta|at[ée])",
    r"validade",
    r"val\.?",
    r"valable\s*jusqu['\u2019]?(?:au|à|a)",
    r"date\s*d['\u2019]?expiration",
    r"fin\s*de\s*validit[ée]",
    r"g[üu]ltig(?:\s*bis)?",
    r"ablauf(?:datum)?",
    # shortened as on forms: German "Abl." for Ablauf (the other languages' "exp", "venc",
    # "vto", "val" are above)
    r"abl\.?",
    # not "läuft auf/unter/über": whose name a booking is in ("die Abholung läuft auf
    # 078 ..."), no expiry
    r"l(?:[äa]|ae)uft(?:\s*ab)?(?!\s*(?:auf|unter|[üu]ber|ueber)\b)",
    r"valid",
    r"v[áa]lid[ao]",
    r"validez",
    r"valable",
    r"vig[êe]ncia",
    r"venc[ei]",
    r"verfall(?:sdatum)?",
    r"expi",
    r"exp\.?\s*dt",
    r"ex\.?\s*date",
    # a form's label for the field: "MM/YY", "mm/aa", "MM/JJ", "mm/aaaa"
    r"mm\s*/\s*(?:yy|aa|jj)(?:yy|aa|jj)?",
    # past tense: the date on a card that ran out is still the card's
    r"expired",
    # said plainly: "it runs out 0128", "ran out 09/26"
    r"runs?\s*out",
    r"ran\s*out",
    r"expir[ée]e?",
    r"venci[óo]",
    r"vencid[ao]",
    r"venceu",
    r"caduc[óo]",
    r"caducad[ao]",
    r"expirou",
    r"abgelaufen",
    r"validit[ée]",
    # the French "due date" of a card, and German "gült." and "gilt bis"
    r"[ée]ch[ée]ance",
    r"g[üu]lt\.",
    r"gilt\s*bis",
)
# A card's year as a number word: "twenty-six", "veintisiete", "vingt-huit",
# "sechsundzwanzig", "vinte e nove", "thirty".
_UNITS_EN = r"one|two|three|four|five|six|seven|eight|nine"
_UNITS_ES = r"uno|dos|d[óo]s|tres|tr[ée]s|cuatro|cinco|seis|s[ée]is|siete|ocho|nueve"
_UNITS_FR = r"deux|trois|quatre|cinq|six|sept|huit|neuf"
_UNITS_DE = r"ein|zwei|drei|vier|f[üu]nf|fuenf|sechs|sieben|acht|neun"
_UNITS_PT = r"um|dois|tr[êe]s|quatro|cinco|seis|sete|oito|nove"
_YEAR_WORD = (
    # "two thousand twenty eight", "dos mil veintiocho", "deux mille vingt-huit"
    r"(?:(?:two\s*thousand(?:\s*and)?|dos\s*mil|deux\s*mille|zweitausend(?:und)?"
    r"|dois\s*mil(?:\s*e)?)[\s\-]{0,3})?"
    rf"(?:(?:twenty|thirty)(?:[\s\-]?(?:{_UNITS_EN}))?"
    rf"|veinti(?:{_UNITS_ES})|veinte|treinta(?:\s+y\s+(?:{_UNITS_ES}))?"
    rf"|(?:vingt|trente)(?:[\s\-]et[\s\-]un|[\s\-](?:{_UNITS_FR}))?"
    rf"|(?:(?:{_UNITS_DE})und)?(?:zwanzig|drei(?:ß|ss)ig)"
    rf"|(?:vinte|trinta)(?:\s+e\s+(?:{_UNITS_PT}))?)(?!\w)"
)
# Not the day and month of a full date ("expires 02/06/2026").
# A double space between month and year is a typing slip as often as a single one ("exp 04  2032").
_EXPIRY_VALUE = (
    r"(?:(?<![0-9])(?:0?[1-9]|1[0-2])\s?[/\-.]\s?(?:20)?[0-9]{2}(?![0-9]|[/\-.][0-9])"
    r"|(?<![0-9])(?:0[1-9]|1[0-2])\s?[ ]?(?:20)?[0-9]{2}(?![0-9]|[/\-.][0-9])"
    # spelled out, digits left apart in the spelled view ("zero six slash two eight")
    r"|(?<![0-9])(?:0[ ]{0,6}[1-9]|1[ ]{0,6}[0-2])[ ]{0,8}(?:[/\-.]|slash|barra|barre|strich)?"
    # a pair said as one word ("twenty", "veintiocho") leaves its two digits side by side
    # ("vinte e nove": "2" on "vinte", "9" on "nove", eight characters apart)
    r"[ ]{0,8}(?:2[ ]{0,6}0[ ]{1,6})?[0-9][ ]{0,9}[0-9](?![ ]{0,6}[0-9]|[/\-.][0-9])"
    rf"|(?:{_MONTHS})[^\W\d_]*\.?,?(?:\s*(?:de|del|/|-))?\s*"
    # the year in digits, maybe cut short by an apostrophe ("mai '28"), or as two digit
    # words ("May three two", "enero/dos ocho")
    rf"(?:['\u2019]?(?:20)?[0-9][ ]{{0,6}}[0-9](?![0-9]|\s?[/\-.]\s?[0-9])"
    rf"|{DIGIT_WORD}[\s\-]{{1,3}}{DIGIT_WORD}(?!\w)"
    rf"|{_YEAR_WORD})"
    # the month as a number, the year as a number word ("zero six twenty eight", "06
    # veintiocho", "null sechs achtundzwanzig", "zero seis de vinte e oito")
    rf"|(?:(?<![0-9])(?:0[ ]{{0,6}})?[1-9]|(?<![0-9])1[ ]{{0,6}}[0-2]"
    rf"|\b(?:{DIGIT_WORD}[\s\-]{{1,3}})?{DIGIT_WORD})(?![0-9\w])"
    rf"[ ]{{0,6}}(?:(?:[/\-.]|slash|barra|barre|strich|del?|of)[ ]{{0,3}})?\b{_YEAR_WORD})"
)
_EXPIRY = after_context(EXPIRY_WORDS, _EXPIRY_VALUE)
# Every expiry word, in lower case, holds one of these ("exp", "vence", "validade", "Ablauf",
# "gültig", "läuft", "MM/YY", "échéance"...), or "out" with "run"/"ran", or "date" with "ex":
# substring tests before the scans the words lead. (``(?i)`` also reads the dotless i, the
# dotted I, the long s and the Kelvin sign as i, s and k, which ``str.lower`` does not: a
# view holding one is scanned.)
_EXPIRY_HINTS = (
    "xp",
    "exip",
    "venc",
    "vcto",
    "vto",
    "val",
    "vál",
    "gült",
    "gult",
    "guelt",
    "gilt",
    "abl",
    "abg",
    "cad",
    "good",
    "vig",
    "uft",
    "verf",
    "mm",
    "chéance",
    "cheance",
)
_HOLDS_EXPIRY_HINT = any_of(_EXPIRY_HINTS)


def _may_name_expiry(view: str, low: str) -> bool:
    """Whether ``view`` (``low`` in lower case) may hold an expiry word."""
    return (
        _HOLDS_EXPIRY_HINT(low)
        or ("out" in low and ("run" in low or "ran" in low))
        or ("date" in low and "ex" in low)
        or folds_apart(view)
    )


# "the date", "la fecha", "la date", "die Datum", "a data" after a card: its expiry when the
# value cannot be a day of the calendar (see ``_not_a_day``).
_DATE_WORDS = words(r"date", r"fecha", r"data", r"datum")
_CARD_DATE = after_context(_DATE_WORDS, _EXPIRY_VALUE, gap=12)
# The date read off the card a few words on: "the expiry date should be on the front, it
# says Sep 30", "la fecha de vencimiento está adelante, dice 12/2033", "das Datum steht
# vorne drauf, da steht 06/2030". A verb of reading stands right before the value.
_READS_VERBS = (
    r"says|reads|shows|printed|written|dice|pone|marca|escrito|indique|marque|affiche|[ée]crit"
    r"|steht|zeigt|diz|mostra|escrita"
)
_READS = rf"(?:{_READS_VERBS})\s?:?\s{{1,3}}"
_EXPIRY_READS = after_context(EXPIRY_WORDS, rf"{_READS}(?P<read>{_EXPIRY_VALUE})", gap=48)
_DATE_READS = after_context(_DATE_WORDS, rf"{_READS}(?P<read>{_EXPIRY_VALUE})", gap=48)
# "die Karte ... gilt bis 02 / 33", "la carte ... jusqu'à octobre/31", "the card ... until
# 4/29": an "until" after a card word, before a month and year no calendar day reads.
_UNTIL_WORDS = words(
    r"bis", r"until", r"till", r"thru", r"hasta", r"jusqu['\u2019]?(?:au|à|a)", r"at[ée]"
)
_CARD_UNTIL = after_context(_UNTIL_WORDS, _EXPIRY_VALUE, gap=3)
# Cheap tests before those scans: a verb of reading before a value, an "until", a digit
# before a copula.
_READS_HINTS = (*_READS_VERBS.replace("[ée]", "é").split("|"), "ecrit")
_HOLDS_READS_HINT = any_of(_READS_HINTS)
_UNTIL_HINTS = ("bis", "until", "till", "thru", "hasta", "jusqu", "até")
# Every card word holds one of these ("card", "carte", "Karte", "tarjeta", "cartão").
_CARD_HINTS = ("car", "kart", "tarj", "visa", "master", "amex")
_DIGIT_THEN_COPULA = re.compile(
    r"(?i)[0-9]\s++(?:is|was|es|era|est|c['\u2019]est|[ée]tait|ist|war|é|foi)\s"
)
# The value first: "10 28 c'est la date d'expiration", "out 27 é a validade", "déc 2029
# c'est la date d'expiration": searched only before an expiry word (``named_values``).
_EXPIRY_FIRST = value_then_copula(
    r"(?<![\w.,/:\-])(?:(?:0?[1-9]|1[0-2])\s{0,2}[/\-.\s]\s{0,2}(?:20)?[0-9]{2}"
    # spelled out, its digits apart in the spelled view ("zero one - two seven")
    r"|(?:0[ ]{0,8}[1-9]|1[ ]{0,8}[0-2])[ ,.\-/]{1,10}[0-9][ ]{0,9}[0-9]"
    rf"|(?i:{_MONTHS})[^\W\d_]{{0,6}}\.?\s{{1,2}}(?:20)?[0-9]{{2}})(?![0-9])"
)
# Glued to its word: "exp0627", "vence022030", "vto1229".
_GLUED_WORDS = r"exp|expi|expiry|expires|vence|venc|vto|cad|val|valid|validade|ablauf|g[üu]ltig"
_GLUED_EXPIRY = re.compile(
    rf"(?i){starts(_GLUED_WORDS)}\b(?:{_GLUED_WORDS})"
    r"(?P<value>(?:0[1-9]|1[0-2])(?:20)?[0-9]{2})(?![0-9])"
)
PIN_WORDS = words(
    r"pinn?",
    r"code\s*secret",
    r"code\s*confidentiel",
    r"c[óo]digo\s*secreto",
    # the secret number: número secreto, numéro secret, número secreto do cartão
    r"n[úu]mero\s*secreto",
    r"num[ée]ro\s*secret",
    r"geheim\s*-?\s*code",
    r"pin\s*(?:no|number|code|#)",
    r"passcode",
    r"pass\s*code",
    r"puk",  # a SIM's unblocking code, kept as secret as its PIN
    r"nip",
    r"c[óo]digo\s*pin",
    r"code\s*pin",
    r"pin\s*-?\s*(?:nummer|code|kode)",
    r"geheimzahl",
    r"geheimnummer",
    r"senha\s*(?:do\s*)?cart[ãa]o",
    # a number after "senha" is the card's or the bank app's PIN ("senha de 4 dígitos é")
    r"senha",
    r"clave\s*(?:de\s*(?:la\s*)?tarjeta|del\s*cajero)?",
    # "code de la carte", "card code", "código de la tarjeta", "Code der Karte", "código do
    # cartão": four digits or more after it are the PIN (three, the security code: CVV_WORDS)
    CARD_CODE,
    # A door's, gate's or alarm's code is a secret the customer keys in like a PIN: "door
    # code", "code de la porte", "digicode", "código de la puerta", "Türcode", "código do
    # portão".
    r"door\s*-?\s*code|gate\s*-?\s*code|alarm\s*-?\s*code|entry\s*-?\s*code",
    r"digicode",
    rf"code\s*(?:de\s*(?:la\s*|l['\u2019]\s*)?|du\s*|d['\u2019]\s*)?{_DOOR}",
    rf"c[óo]digo\s*(?:de\s*(?:la\s*)?|del\s*|do\s*|da\s*)?{_DOOR}",
    r"t[üu]r\s*-?\s*code",
    r"haust[üu]r\s*-?\s*code",
    r"tor\s*-?\s*code",
    # The number a bank asks to confirm who is calling ("verification: 3875", "verification
    # code 4410", "código de verificación", "code de vérification", "Bestätigungscode",
    # "código de verificação"): a secret the customer keys in or reads out as a PIN.
    r"verification(?:\s*(?:code|number|no|pin|#))?",
    r"c[óo]digo\s*de\s*verificaci[óo]n",
    r"code\s*de\s*v[ée]rification",
    r"(?:best[äa]tigungs|verifizierungs)\s*-?\s*code",
    r"c[óo]digo\s*de\s*verifica[çc][ãa]o",
    # A new code being set is a secret ("nouveau code 816497", "nuevo código", "novo código",
    # "neuer Code", "new code"); not a postcode's, a promotion's or a parcel's
    r"(?:new|nouveau|nuevo|novo|neuer?|neues)\s*(?:code|c[óo]digo)"
    r"(?!\s*(?:postal|promo\w*|zip|plz|de\s*(?:suivi|seguimiento|rastreio|r[ée]duction"
    r"|descuento|desconto|barras)|d['\u2019]\s*(?:activation|acc[èe]s)))",
)
# Every CVV word, in lower case, holds one of these; every PIN word one of the next; every
# place word of the back of the card one of the last (``(?i)``'s other folds aside, see
# ``context.may_hold``): substring tests before the word scans.
_CVV_HINTS = (
    "cv",
    "cc",
    "cid",
    "csc",
    "sec",
    "c.",
    "card",
    "cod",
    "cód",
    "seg",
    "curit",
    "sicher",
    "crypt",
    "cript",
    "prüf",
    "pruf",
    "prue",
    "digit",
    "dígit",
    "chiffre",
    "ziffer",
    "num",
    "núm",
)
_HOLDS_CVV_HINT = any_of(_CVV_HINTS)
_PIN_HINTS = (
    "pin",
    "nip",
    "cod",
    "cód",
    "secret",
    "geheim",
    "pass",
    "puk",
    "senha",
    "clave",
    "verif",
    "card",
)
_HOLDS_PIN_HINT = any_of(_PIN_HINTS)
_PLACE_HINTS = (
    "trás", "tras", "vers", "dors", "dos", "derri", "hint", "ckseite", "back", "costas",
)  # fmt: skip
_HOLDS_PLACE_HINT = any_of(_PLACE_HINTS)


# A longer gap than the default: "senha de quatro números do app 1575".
# A count of tries after the PIN is none of its groups: "puse el pin 4821 30 veces", "typed
# the pin 4821 12 times", "4821 3 fois", "4821 5 mal", "4821 10 vezes".
_NO_COUNT_OF_TRIES = r"(?!\s{1,3}(?:times|veces|fois|mal|vezes)\b)"
_PIN = after_context(
    PIN_WORDS,
    rf"(?<![0-9])[0-9](?:[\s.\-]{{0,8}}[0-9]){{3,11}}(?![0-9]){_NO_COUNT_OF_TRIES}",
    gap=32,
)
# Dictated digit by digit, each alone, up to sixteen spaces between them: the most
# ``normalize`` blanks of the words joining them ("code confidentiel 5 ensuite 3 ensuite 4
# ensuite 9", "5 anschließend 3"). Groups of several digits so joined are two guesses
# ("0418 and then 9014"), read by ``_alternatives``.
_PIN_DIGIT_BY_DIGIT = after_context(
    PIN_WORDS, r"(?<![0-9])[0-9](?:[\s.\-]{1,16}[0-9]){3,7}(?![0-9]|[\s.\-]{1,16}[0-9])", gap=32
)

# Dictated in pairs, joined by longer words than ``_PIN`` spans once ``normalize`` has
# blanked them ("pin 16 después 00", "pin 16 and then 00 then 42"): two or three pairs.
_PAST_PIN_GAP = " " * 9
_PAIRS = r"(?<![0-9])[0-9]{2}(?:\s{1,16}[0-9]{2}){1,2}(?![0-9]|\s{1,16}[0-9])"
_PIN_IN_PAIRS = after_context(PIN_WORDS, _PAIRS, gap=32)
# After "code" too ("code 68 ensuite 44", "code 96 🙏 14 👉 39"), where a word or a mark
# blanked between two pairs leaves more than one blank: the CVV's gap holds one pair's
# joiner at most, and three pairs are no CVV. "code 12 34 56", typed plainly, stays.
_CODE_IN_PAIRS = after_context(CVV_WORDS, _PAIRS, gap=32)
_BLANKED_JOINER = "  "


def _code_in_pairs(view: str) -> Iterator[re.Match[str]]:
    """The pairs after "code" that a blanked joiner keeps apart (``_CODE_IN_PAIRS``)."""
    for match in _CODE_IN_PAIRS.finditer(view):
        if _BLANKED_JOINER in match.group("value"):
            yield match


def _pin_changed_to(value: str) -> tuple[re.Pattern[str], ...]:
    """The PIN changed to a value past a place's number ("changed my pin at the atm in store
    772 to 9645", "cambié el pin en la sucursal 772 a 9645", "hab die PIN in Filiale 772 auf
    9645 geändert"): the value is the one after the change's preposition, never the
    store's number before it. The change is said by a verb before the PIN word or, in
    German, by the participle after the value. Two words at most between the verb and the
    PIN word ("changed my card pin")."""
    pin = PIN_WORDS.pattern.removeprefix("(?i)")
    # up to 48 characters of the same sentence between the PIN word and the preposition
    between = r"[^\n\[\].!?]{0,48}?"
    verb_first = re.compile(
        r"(?i)\b(?:changed|set|reset|updated|cambi[ée]|puse|chang[ée]|modifi[ée]|mudei"
        rf"|troquei|alterei)\s++(?:\w+\s++){{0,2}}{pin}{between}\s(?:to|a|en|para|pra)\s++"
        rf"(?P<value>{value})"
    )
    participle_last = re.compile(
        rf"(?i){pin}{between}\sauf\s++(?P<value>{value})\s*+(?:ge[äa]ndert|gesetzt|umgestellt)\b"
    )
    return verb_first, participle_last


# Digits typed: separators as ``_PIN``'s; said in words: gaps as ``_SPELLED_PIN``'s.
_PIN_CHANGED_TO = _pin_changed_to(r"(?<![0-9])[0-9](?:[\s.\-]{0,8}[0-9]){3,7}(?![0-9])")
_SPELLED_PIN_CHANGED_TO = _pin_changed_to(r"(?<![0-9])[0-9](?:[\s.,\-]{0,18}[0-9]){3,7}(?![0-9])")


# "Code" is the PIN when a cash machine stands between it and the value: "the code i use
# at the atm is 4821", "el código que pongo en el cajero es 1234", "le code du distributeur
# c'est 0000", "der Code am Geldautomaten ist 1234". Every gap is bounded.
_PIN_AT_MACHINE = re.compile(
    rf"(?i){starts('code|c[óo]digo|kode')}\b(?:code|c[óo]digo|kode)\b"
    rf"[^\d\n\[\].!?]{{0,40}}?{CASH_MACHINE}[^\d\n\[\]]{{0,16}}?"
    r"(?P<value>(?<![0-9])[0-9](?:[\s.\-]{0,8}[0-9]){3,7}(?![0-9]))"
)
# A code the customer typed in somewhere: "j'ai essayé le code 946499", "I tried the code
# 4821", "puse el código 1234", "hab den Code 1234 probiert" is read from its verb only in
# the Romance and English order. Four to eight digits: three are a security code.
_CODE_DIGITS = re.compile(
    r"(?i)(?<!\w)(?:code|c[óo]digo)\s*+:?\s*+(?P<value>(?<![0-9])[0-9]{4,8})"
    r"(?![0-9]|[.,/:\-][0-9])"
)
# The verb, read only in the few characters before such a code.
_TRIED = re.compile(
    r"(?i)\b(?:tried|typed|entered|put\s*in|keyed\s*in|prob[ée]|intent[ée]|puse|met[íi]"
    r"|ingres[ée]|marqu[ée]|essay[ée]|tap[ée]|saisi|entr[ée]|compos[ée]|tentei|digitei"
    r"|coloquei|pus|testei"
    # or told to a caller, the way a fraud is reported: "le dije el código", "je lui ai
    # donné le code", "passei o código", "I gave him the code"
    r"|gave|told|dije|di|pas[ée]|donn[ée]|communiqu[ée]|passei|dei|disse)"
    r"\s++(?:(?:him|her|them|lui|leur)\s++)?(?:(?:the|my|el|mi|le|mon|o|a|meu)\s++)?\Z"
)
_LOCKER_NOUNS = (
    "consigne",
    "casier",
    "casillero",
    "taquilla",
    "locker",
    "cacifo",
    "armário",
    "armario",
    "coffre",
    "caja fuerte",
    "safe",
    "cofre",
    "schließfach",
    "schliessfach",
    "tresor",
)
_HOLDS_LOCKER_NOUN = any_of(_LOCKER_NOUNS)


# A code of five to eight digits joined to a card named before it ("carte ... et code
# 627380", "tarjeta ... y código 482913"): the card's PIN or the code that confirms a
# payment with it; three or four digits there are the security code's (``find_cvv``).
_CARD_AND_CODE = re.compile(
    r"(?i)\b(?:and|et|y|e|und)\s++(?:(?:the|le|el|o|den)\s++)?(?:code|c[óo]digo)\s*+:?\s*+"
    r"(?P<value>(?<![0-9])[0-9]{5,8})(?![0-9]|[.,/:\-][0-9])"
)


def _card_and_code(view: str) -> Iterator[re.Match[str]]:
    for match in _CARD_AND_CODE.finditer(view):
        if CARD_WORDS.search(view, 0, match.start()) is not None:
            yield match


# How far after a tried code a reference's word says whose code it was ("... del envío").
_REFERENCE_REACH = 16
# "code 815588 et le distributeur a avalé ma carte": a cash machine just after the code.
_MACHINE_AFTER = re.compile(rf"(?i)[^\n.!?]{{0,40}}?\b{CASH_MACHINE}")


def _tried_codes(view: str) -> Iterator[re.Match[str]]:
    for match in _CODE_DIGITS.finditer(view):
        tried = _TRIED.search(view, max(0, match.start() - 24), match.start()) is not None
        machine = None if tried else _MACHINE_AFTER.match(view, match.end())
        # "code 12345 de la commande, le distributeur ...": the order's code, not the PIN;
        # "di el código 12345678 del envío": the parcel's
        if (
            tried and NOT_PERSONAL.search(view, match.end(), match.end() + _REFERENCE_REACH) is None
        ) or (
            machine is not None and NOT_PERSONAL.search(view, match.end(), machine.end()) is None
        ):
            yield match


# Digits typed again and again at a cash machine, no word naming them: "j'ai tapé 4821
# trois fois au distributeur", "I typed 4821 three times at the ATM", "puse 1234 tres
# veces en el cajero", "digitei 1234 três vezes no caixa eletrônico". The retries make it a
# code, the machine its card's: an amount is typed once.
# (one digit, then the rest: led by a class, the scan skips to a digit)
_FOUR_DIGITS = re.compile(r"[0-9][0-9]{3}")
_TYPED_AGAIN = re.compile(
    rf"(?i)\b{TYPED_IN}\s++(?P<value>(?<![0-9])[0-9]{{4,8}})(?![0-9]|[.,/:\-][0-9])"
    r"\s++(?:\w+\s++)?(?:times|fois|veces|vezes)\b"
)
# What every ``_TYPED_AGAIN`` match holds in lower case: a substring test before the scan.
_HOLDS_TIMES = any_of(("time", "fois", "veces", "vezes"))


def _typed_again_at_machine(view: str, low: str) -> Iterator[re.Match[str]]:
    if not may_hold(view, low, _HOLDS_TIMES) or _FOUR_DIGITS.search(view) is None:
        return  # every value is four digits or more, then a word for times: tests before the scan
    for match in _TYPED_AGAIN.finditer(view):
        machine = _MACHINE_AFTER.match(view, match.end())
        if machine is not None and NOT_PERSONAL.search(view, match.end(), machine.end()) is None:
            yield match


# A locker's or a safe's code: "le code de la consigne du magasin 367 était 058175", "the
# locker code is 4821", "Schließfach-Code: 4821". The store's number may stand between the
# words and the copula that hands the value over.
_LOCKER = (
    # the code's word (a PIN's too), a few words ("vom", "for the parcel"), the locker's
    r"(?:(?:code|c[óo]digo|combinaci[óo]n|combinaison|combina[çc][ãa]o|pin|senha|clave)[^\d\n\[\].!?]{0,24}?"
    r"(?:consigne|casier|casillero|taquilla|locker|cacifo|arm[áa]rio|coffre|caja\s*fuerte"
    r"|safe|cofre|schlie(?:ß|ss)fach|tresor|spind)"
    r"|(?:locker|safe)\s*+(?:code|combination)"
    r"|schlie(?:ß|ss)fach\s*+-?\s*+code|tresor\s*+-?\s*+code)"
)
# The words besides "code" that name a locker's code (substring tests before the scan).
_LOCKER_CODE_HINTS = ("combin", "pin", "senha", "clave")
_PIN_LOCKER = re.compile(
    rf"(?i)\b{_LOCKER}[^\n\[\]]{{0,40}}?(?:\s(?:is|was|es|era|est|[ée]tait|ist|war|é|foi)\s|:)"
    r"\s*+(?P<value>(?<![0-9])[0-9]{4,8})(?![0-9]|[.,/:\-][0-9])"
)
# Spelled digits leave gaps in the spelled view ("quatro seis um zero" -> "4      6 ...").
# The value starts a word: "Praia@2023 é a minha senha" is a password, not a PIN.
_PIN_FIRST = value_then_copula(r"(?<![^\s(\"'\u201c\u00ab])[0-9](?:[\s.,\-]{0,8}[0-9]){3,5}")
# Up to 24 separator characters: spelled-out digits leave gaps ("sieben" -> "7     "), a
# German compound number word wide ones ("vierundneunzig siebenhundertsechsunddreißig" ->
# "94             7            3 ..."), as ``spelled_runs`` reads them; and customers pause
# between groups ("fünf eins sieben ... drei acht zwei").
_ROUTING = after_context(ROUTING_WORDS, r"(?<![0-9])[0-9](?:[\s.,\-]{0,24}[0-9]){3,10}(?![0-9])")
# Every routing word, in lower case, holds one of these ("r/t", "s/c" a slash, "rt#" a number
# sign, "Ag", "agência" "ag"): substring tests before ``_ROUTING``'s scan.
_ROUTING_HINTS = (
    "rout",
    "aba",
    "rtn",
    "/",
    "#",
    "rtng",
    "transit",
    "ruta",
    "rotea",
    "ag",
    "bank",
    "entidad",
    "sort",
    "blz",
    "bsb",
    "banco",
    "clearing",
    "banque",
    "guichet",
    "tablissement",
)
_HOLDS_ROUTING_HINT = any_of(_ROUTING_HINTS)


# The value first: "085283444 is the routing", "93469-444467 c'est le numéro de compte".
_DIGIT_GROUPS = r"[0-9](?:[\s.\-/]{0,3}[0-9]){3,23}(?![0-9])"
_GROUPS_FIRST = value_then_naming(_DIGIT_GROUPS)


def find_named_first(view: str) -> Iterator[Span]:
    """Routing and account numbers typed before the words that name them."""
    if not has_letter(view):
        return  # the naming words are letters (each starts with one)
    for phrases, entity, least, most in (
        (ROUTING_WORDS, "BANK_ROUTING", 4, 11),
        (ACCOUNT_WORDS, "BANK_ACCOUNT_NUMBER", 6, 24),
    ):
        for match in named_values(phrases, _GROUPS_FIRST, view):
            begin = match.start("value")
            digits = sum(c.isdigit() for c in match.group("value"))
            if (
                least <= digits <= most
                and standalone(view, begin)
                and not before(NOT_PERSONAL, view, begin, 16)
                # a calendar day before the bank's word: "seit dem 14.03.2025 (Konto ...)"
                and not full_date(match.group("value"))
                # a meter's reading before the bank's word: "meter read 315653, acct no ..."
                and not after_meter_word(view, begin)
                # an amount before the bank's word: "betrag CHF 1533.00, kontonummer ..."
                and not priced(view, begin, match.end("value"))
            ):
                yield Span(begin, match.end("value"), entity, 0.7, "patterns")


# Where money moves between banks: a nine-digit number that passes the ABA checksum next
# to one of these is the bank's routing number ("for the direct deposit use 267084131",
# "wire it to ...", "the number at the bottom of my check", "ACH info:"), in the words of
# the US's Spanish, French, German and Portuguese speakers too.
_MONEY_MOVING_WORDS = words(
    r"deposits?",
    r"direct\s*deposits?",
    r"direct\s*dep",
    r"ach(?!\s+(?:so|ja|nein|was|gott))",  # not German's "ach so"
    r"wires?",
    r"wired",
    r"transfers?",
    # the paper check, not the verb ("can you check 123...")
    r"(?:my|the|a|on\s+the|of\s+the|personal|blank|voided?)\s+checks?",
    r"cheques?",
    r"checkbook",
    r"banks?",
    r"banking",
    r"credit\s*union",
    r"payroll",
    r"dep[óo]sitos?",
    r"transferencias?",
    r"transfer[êe]ncias?",
    r"banco",
    r"virements?",
    r"banque",
    r"[üu]berweisung",
    r"lastschrift",
    r"scheck",
)
_MONEY_REACH = 48
# The routing number's name in US Spanish and Portuguese, "número de ruta" ("ruta
# 118...", "rota"): also a road's or a delivery's, so only right before an ABA number.
_ROUTE_WORDS = words(r"ruta", r"rota")
_ROUTE_REACH = 24


def classify_routing(view: str, run: Run) -> Span | None:
    if len(run.digits) != 9:
        return None
    if before(ROUTING_WORDS, view, run.begin):
        score = 0.9 if rtn.is_valid(run.digits) else 0.6
        return Span(run.begin, run.end, "BANK_ROUTING", score, "patterns")
    if (
        rtn.is_valid(run.digits)
        # a letter glued before the digits makes them a document's code ("wire from the
        # F2025-11782 client"): a routing number is written bare
        and not (run.begin and view[run.begin - 1].isalpha())
        and (
            _MONEY_MOVING_WORDS.search(
                view, max(0, run.begin - _MONEY_REACH), run.end + _MONEY_REACH
            )
            or before(_ROUTE_WORDS, view, run.begin, _ROUTE_REACH)
        )
        and not before(NOT_PERSONAL, view, run.begin, 24)
        and not is_amount(view, run)
    ):
        return Span(run.begin, run.end, "BANK_ROUTING", 0.75, "patterns")
    return None


# An amount: a currency sign before it or a currency after it, or units and cents alone
# ("account 94146737, refund of £1884.00").
_CENTS = re.compile(r"[0-9]{1,7}[.,][0-9]{2}")


def is_amount(view: str, run: Run) -> bool:
    return (
        priced(view, run.begin, run.end) or _CENTS.fullmatch(view, run.begin, run.end) is not None
    )


_ACCOUNT_AFTER_ROUTING = (6, 17)


def _routing_then_account(view: str, run: Run) -> Span | None:
    """A routing number and the account typed after it in one run ("direct deposit info
    267084131 000123456789"): a first group of nine digits passing the ABA checksum, then
    one group of an account's length, where money moves between banks."""
    if len(run.groups) != 2:
        return None
    (first_begin, first_end), (second_begin, second_end) = run.groups
    if first_end - first_begin != 9 or not (
        _ACCOUNT_AFTER_ROUTING[0] <= second_end - second_begin <= _ACCOUNT_AFTER_ROUTING[1]
    ):
        return None
    if not view[first_begin:first_end].isdigit() or not rtn.is_valid(view[first_begin:first_end]):
        return None
    near = max(0, run.begin - _MONEY_REACH), run.end + _MONEY_REACH
    if not (
        _MONEY_MOVING_WORDS.search(view, *near)
        or ROUTING_WORDS.search(view, *near)
        or ACCOUNT_WORDS.search(view, *near)
    ) or before(NOT_PERSONAL, view, run.begin, 24):
        return None
    return Span(run.begin, run.end, "BANK_ACCOUNT_NUMBER", 0.75, "patterns")


# How far before the digits a reference word still names them: room for German's long one
# and a code's letters glued to the digits ("Verwendungszweck FAC759114").
_REFERENCE_BEFORE_REACH = 24


def classify_account(view: str, run: Run) -> Span | None:
    """6-24 digits after account words, unless an order/case word is closer.

    24: a Spanish CCC has 20 digits, a Portuguese NIB 21.
    """
    if (pair := _routing_then_account(view, run)) is not None:
        return pair
    if not 6 <= len(run.digits) <= 24 or not (
        before(ACCOUNT_WORDS, view, run.begin, 32)
        or _refunded_to(view, run)
        or cc_account(view, run)
    ):
        return None
    if is_amount(view, run):
        return None
    if before(NOT_PERSONAL, view, run.begin, _REFERENCE_BEFORE_REACH) and not nearer(
        ACCOUNT_WORDS, NOT_PERSONAL, view, run.begin
    ):
        return None
    return Span(run.begin, run.end, "BANK_ACCOUNT_NUMBER", 0.7, "patterns")


# Where a refund is sent, said right before a long number: the account it lands in ("can
# you refund to 6082 2925 0020", "reembolsadlo en 12345678", "remboursez sur 12345678",
# "zurück auf 12345678", "estorno para 12345678"; "bitte auf 12345678 erstatten", its verb
# last, is not read).
# A card there is the card finder's; eight digits at least, fewer are a reference's.
_REFUND_TO_VERBS = (
    r"(?:refund\w*|reimburse\w*|send\s+(?:it|the\s+money)\s+back)"
    r"(?:\s+(?:it|me|them|the\s+money))?\s+(?:to|into|onto)"
    r"|(?:reembols\w*|devu[ée]lv\w*)\s+(?:a|en)"
    r"|rembours\w*\s+sur"
    r"|(?:erstatt\w*|zur[üu]ck\w*)\s+auf"
    r"|(?:reembols\w*|estorn\w*|devolv\w*)\s+(?:para|pra|na|no)"
)
_REFUND_TO = re.compile(
    rf"(?i){starts(_REFUND_TO_VERBS)}\b(?:{_REFUND_TO_VERBS})"
    r"(?:\s+(?:my|mi|mon|ma|mein|meu|minha))?\s*+$"
)
_REFUND_TO_LEAST = 8
_REFUND_TO_REACH = 40


def _refunded_to(view: str, run: Run) -> bool:
    return (
        len(run.digits) >= _REFUND_TO_LEAST
        and _REFUND_TO.search(view, max(0, run.begin - _REFUND_TO_REACH), run.begin) is not None
    )


# The IBAN registry python-stdnum validates against: each country's BBAN structure.
_IBAN_REGISTRY = numdb.get("iban")


def find_iban(view: str) -> Iterator[Span]:
    if not has_letter(view) or not has_digit(view):
        return  # an IBAN starts with its country's two letters, then its check digits
    position = 0
    while match := _IBAN.search(view, position):
        candidate = match.group()
        gap = len(candidate) - len(candidate[:3] + candidate[3:].lstrip(" \t\n-"))
        length = _longest_iban(candidate[:3] + candidate[3 + gap :])
        length = length + gap if length else 0
        if length:
            begin, end = match.start(), match.start() + length
            yield Span(begin, end, "INTERNATIONAL_BANK_ACCOUNT_NUMBER", 0.95, "patterns")
            position = end  # the greedy match may have swallowed the next IBAN
        else:
            position = match.start() + 1


def _longest_iban(candidate: str) -> int:
    """Length of the group-aligned prefix of ``candidate`` that is a valid IBAN, or 0.

    A greedy match may have swallowed a following word, so the IBAN may end at any
    group boundary; its country fixes how many characters it has (the registry's BBAN
    structure), so only the boundary after that many can end it, and reading stops
    there. The mod-97 remainder is carried along the candidate; python-stdnum's full
    check (country, BBAN structure) runs only when the checksum is right.
    """
    length = _iban_length(candidate[:2].upper())
    if length is None:
        return 0
    try:
        head = "".join(str(int(c, 36)) for c in candidate[:4])
    except ValueError:
        return 0
    head_value, shift = int(head), pow(10, len(head), 97)
    remainder, compact = 0, 4
    for index in range(4, len(candidate)):
        char = candidate[index]
        if not char.isalnum():
            continue
        if not char.isascii():
            return 0
        value = int(char, 36)
        remainder = (remainder * (100 if value >= 10 else 10) + value) % 97
        compact += 1
        if compact < length:
            continue
        at_boundary = index + 1 == len(candidate) or not candidate[index + 1].isalnum()
        if at_boundary and (remainder * shift + head_value) % 97 == 1:
            return index + 1 if iban.is_valid(candidate[: index + 1]) else 0
        return 0
    return 0


@functools.cache
def _iban_length(country: str) -> int | None:
    """Characters in an IBAN of ``country`` (two letters, upper case), None if it has none:
    4 plus the lengths in the registry's BBAN structure ("4!a6!n8!n" for GB: 22)."""
    bban = _IBAN_REGISTRY.info(country)[0][1].get("bban")
    if bban is None:
        return None
    return 4 + sum(int(count) for count in re.findall(r"([0-9]+)!", bban))


# An IBAN typed with noise between its groups ("DE04 ✨ 5636/9707 😅 5114", "BR66 e 8598",
# a group per line): pieces of letters and digits joined by up to six characters of
# symbols, emoji, punctuation or line breaks, or a joining word.
# The country code may be typed in lower case and stand apart from its check digits
# ("gb16", "es-98-34", "ES\n31", "at  45"): then it must be a country with IBANs, and the
# whole number still has to pass the check digits and the country's length. Typed in
# capitals, the bank code's letters may follow the check digits unbroken ("GB82WEST \n1234
# ...", "NL91AB \nNA04..."): a line broken inside the bank code. Typed in threes joined
# by dots, a dot falls between the check digits ("BR6.867.428...").
_IBAN_START = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<country>[A-Z]{2})[0-9OoIl](?:\.(?=[0-9]))?[0-9OoIl](?![a-z])"
    r"|(?P<loose>[A-Za-z]{2})(?P<gap>[ \t\n\-]{0,3})[0-9]{2}(?![A-Za-z]))"
)
# After the word "iban" the bank code's letters may follow the check digits unbroken, in
# any case ("iban ie64ro\nvp12-...", "iban ie-33G LGN\n07 ..."): the whole number still
# has to pass the check digits and the country's length.
_IBAN_WORD = words(r"iban")
# The country's letters may be spelled apart too ("F R sept six - 4467 - ..."), the check
# digits apart from each other when read out.
_IBAN_START_NAMED = re.compile(
    r"(?<![A-Za-z0-9])(?P<country>)(?P<loose>[A-Za-z] ?[A-Za-z])(?P<gap>[ \t\n\-]{0,3})"
    r"[0-9](?: {0,6}[0-9])"
)
# What every start holds where it starts: a letter after no letter or digit, a letter, up
# to three separators, a digit or a look-alike. Led by the letter's plain class, so the
# engine skips ahead to one; ``_IBAN_START``'s look-behind runs at every character.
_IBAN_START_HINT = re.compile(r"[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z][ \t\n\-]{0,3}[0-9OoIl]")
_IBAN_PIECE = re.compile(r"[A-Za-z0-9]{1,34}")
# A wider run of spaces first: the noise the deobfuscated view blanked ("4685 - then - 5584").
# Up to two joining words ("und dann", "and then", "y luego", "et puis", "e depois").
_IBAN_GAP = re.compile(
    r"[ ]{7,16}(?=[A-Za-z0-9])"
    r"|[^A-Za-z0-9\[\]]{1,6}(?:(?i:and|y|et|und|e|then|luego|puis|dann|depois)"
    r"[^A-Za-z0-9\[\]]{1,6}){0,2}"
)
_IBAN_NOISE = re.compile(r"[^A-Za-z0-9\s\-]|\n|\s(?i:and|y|et|und|e|then|luego|puis|dann|depois)\s")
# A capital and a small letter before an amount with its cents ("Kz 793,63", "Rs 1.500,00",
# "Br 25,50"): a currency's symbol (kwanza, rupee, ruble) and a price, though the letters
# are an IBAN country's.
_CURRENCY_SYMBOL_AMOUNT = re.compile(
    r"[A-Z][a-z][ \t]?[0-9]{1,3}(?:[.,][0-9]{3})*[.,][0-9]{2}(?![0-9])"
)


def find_noisy_iban(view: str, found: list[Span]) -> Iterator[Span]:
    """IBANs with noise between their groups, or look-alike letters in their check digits,
    that ``find_iban`` did not read. Each start reads at most 34 characters of pieces."""
    if not has_letter(view):
        return  # every start is a country's two letters: digits said alone hold none
    taken = {span.begin for span in found}
    # the scan from the first place a start may stand: none stands before it
    hint = _IBAN_START_HINT.search(view)
    starts = _IBAN_START.finditer(view, hint.start()) if hint is not None else ()
    named = (
        _IBAN_START_NAMED.finditer(view)
        if has_digit(view)
        and ("iban" in view.lower() or folds_apart(view))
        and _IBAN_WORD.search(view)
        else ()
    )
    read: set[int] = set()
    for start in (*starts, *named):
        begin = start.start()
        if begin in read:
            continue  # a start both patterns match is read once
        read.add(begin)
        country = (start.group("country") or start.group("loose")).replace(" ", "")
        typed = country.isupper() and not start.group("gap")
        if not typed and _iban_length(country.upper()) is None:
            continue
        if _CURRENCY_SYMBOL_AMOUNT.match(view, begin):
            continue
        plain = typed and start.group()[2:].isdigit()
        if begin in taken or (plain and not _IBAN_NOISE.search(view, begin, begin + 240)):
            continue
        compact, position, end = "", begin, 0
        while piece := _IBAN_PIECE.match(view, position):
            compact += piece.group()
            if len(compact) > 34:
                break
            if len(compact) >= 15 and _iban_ok(compact):
                end = piece.end()
            gap = _IBAN_GAP.match(view, piece.end())
            if gap is None:
                break
            position = gap.end()
        if end:
            yield Span(begin, end, "INTERNATIONAL_BANK_ACCOUNT_NUMBER", 0.9, "patterns")


def _iban_ok(compact: str) -> bool:
    """Valid as typed, or with O/o/I/l read as digits in the check digits and in the
    groups of the account number that hold a digit."""
    candidate = compact[:2].upper() + compact[2:4].translate(LOOKALIKES) + compact[4:]
    for value in (candidate, candidate[:4] + candidate[4:].translate(LOOKALIKES)):
        if _mod97(value) and iban.is_valid(value):
            return True
    return False


# Each letter and digit of an IBAN's ASCII as its value in base 36 ("A" -> "10"), a table
# for one ``str.translate`` rather than an ``int`` per character.
_BASE36 = str.maketrans(
    {c: str(int(c, 36)) for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
)


def _mod97(compact: str) -> bool:
    rotated = compact[4:] + compact[:4]
    if rotated.isascii() and rotated.isalnum():
        return int(rotated.translate(_BASE36)) % 97 == 1
    try:  # other characters as ``int`` reads them: other scripts' digits, or none
        return int("".join(str(int(c, 36)) for c in rotated)) % 97 == 1
    except ValueError:
        return False


# A BIC in lower case anywhere in a message that names a BIC: "what is bcizuszl?? my bank
# says thats your bic", "que es sozlmxq4?? mi banco dice que es su bic".
_BIC_ONLY = words(r"bic")
# A bank's field label right before a code: "bank:", "banque :", "banco =", "Bank:".
_BANK_LABEL = re.compile(r"(?i)\b(?:bank|banque|banco|banca)\s{0,2}[:=]\s{0,2}$")
_BIC_LOWER = re.compile(r"(?<![A-Za-z0-9])[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?(?![A-Za-z0-9])")


def find_swift(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return  # a BIC starts with six letters
    yield from _typed_lower_case(view)
    low = view.lower()
    if "bic" in low or "swift" in low:  # cheap tests before the scan
        yield from _grouped(view)
        # "swift" is also an adjective ("thanks for the swift reply, my thoughts..."): after
        # it only a code with a digit; "bic" vouches for letters that read as no word
        named = _BIC_ONLY.search(view) is not None
        for match in _BIC_LOWER.finditer(view) if BIC_WORDS.search(view) else ():
            code = match.group().upper()
            digit = any(c.isdigit() for c in code)
            if (digit or (named and not word_like(code))) and bic.is_valid(code):
                yield Span(match.start(), match.end(), "SWIFT_CODE", 0.75, "patterns")
    matches = list(_BIC.finditer(view))
    if not matches and _GROUPED_BIC_HINT.search(view) and _IBAN_HEAD.search(view):
        yield from _grouped_beside_iban(view)
        return
    if len(matches) == 1 and bare_code(view, matches[0].start(), matches[0].end()):
        # A BIC alone in a message, the answer to the agent's question for it ("CAIXESBBXXX",
        # "ok COBADEFFXXX")
        code = matches[0].group()
        if bic.is_valid(code) and _reads_as_bic(code):
            yield Span(matches[0].start(), matches[0].end(), "SWIFT_CODE", 0.75, "patterns")
            return
    if not matches:
        return
    banked = BANK_WORDS.search(view) is not None
    # With a bank word, a BIC word anywhere in the message vouches for a code in capitals:
    # "what is BNPAFRPP? my bank says it's your bic" names it after the code.
    named = banked and BIC_WORDS.search(view) is not None
    # So does an IBAN of the BIC's country in a message with a bank word ("IE35 EHPI ... /
    # JKKYIEWK"), and, bank word or not, any valid IBAN the code follows as a bank's details
    # print them ("datos: DE89 ... / COBADEFFXXX"), unless it is a word in capitals ("/
    # URGENTE"). One IBAN scan serves both.
    ibans = [] if named else list(find_iban(view))
    countries = _iban_countries(view, ibans) if banked and not named else set()
    for match in matches:
        code = match.group()
        beside_iban = _beside_iban(view, match.start(), match.end(), ibans) and _reads_as_bic(code)
        if banked:
            found = (
                named
                or before(BIC_WORDS, view, match.start())
                or code[4:6] in countries
                or beside_iban
                or any(c.isdigit() for c in code)
            )
        else:
            found = beside_iban
        if not found and _BANK_LABEL.search(view, max(0, match.start() - 12), match.start()):
            # "banque : BNPAFRPPXXX", "banco: CGDIPTPL": a form's bank field holds its BIC
            found = _reads_as_bic(code)
        if found and bic.is_valid(code):
            yield Span(match.start(), match.end(), "SWIFT_CODE", 0.85, "patterns")


# A BIC copied in the groups a bank's statement prints it in, right after a BIC word:
# "BIC BNPA FRPP XXX", "swift DEUT-DE-FF", "bic COBA.DEFF.500". The bank's four letters,
# then the country and location (a separator may split them), then maybe the branch, which
# may be glued to the location ("COBA DE FF500"). In capitals even under the context
# word's case-insensitive flag, so a word between ("BIC der Bank COBA DE FF") is skipped.
BIC_GROUP_SEPARATOR = r"(?:[ ]{1,2}|[ ]?[\-.][ ]?)"
_SEP = BIC_GROUP_SEPARATOR
_BIC_GROUPS = (
    rf"(?<![A-Za-z0-9])(?-i:[A-Z]{{4}}{_SEP}[A-Z]{{2}}{_SEP}?[A-Z0-9]{{2}}"
    rf"(?:{_SEP}?[A-Z0-9]{{3}})?)(?![A-Za-z0-9])"
)
_GROUPED_BIC = after_context(BIC_WORDS, _BIC_GROUPS, gap=12)
# Further from the word, the code is the value a copula hands over: "le bic de la banque
# c'est BNPA FR PP", "el swift del banco es COBA-DE-FF", "the bank's BIC code is ...".
_GROUPED_BIC_ASSIGNED = after_context(BIC_WORDS, _BIC_GROUPS, gap=32)


def compact_bic(grouped: str) -> str:
    """A BIC typed in its printed groups, without the separators between them."""
    return re.sub(r"[ .\-]", "", grouped)


def _grouped(view: str) -> Iterator[Span]:
    near = list(_GROUPED_BIC.finditer(view))
    assigned = (match for match in _GROUPED_BIC_ASSIGNED.finditer(view) if _assigned(view, match))
    for match in near or assigned:
        value = match.group("value")
        code = compact_bic(value)
        # in capitals (the context word makes the pattern case-insensitive): "bic para el
        # pago" holds no code
        if value.isupper() and bic.is_valid(code):
            yield Span(match.start("value"), match.end("value"), "SWIFT_CODE", 0.8, "patterns")


# "c'était 3020 ou 0560 ?", "1234 or maybe 4321", "0418 and then 9014": a second guess
# after the first value, or the new value after the old one.
_ALTERNATIVE = re.compile(
    # a hedge before the second guess: "8770 i think?? or maybe 587380"
    r"(?i)(?:\s++(?:i\s++think|creo|je\s++crois|glaube\s++ich|acho)\b[?!.]{0,3}+)?"
    # a comma may set the joining word apart: "1237 i think, or 8477?"
    r"\s*+(?:,|/|(?:,\s*+)?(?:\bor\b|\bou\b|\bo\b|\boder\b"
    r"|(?:\b(?:and|y|et|und|e)\s++)?\b(?:then|luego|despu[ée]s|puis|ensuite|dann|danach|depois"
    # the new value after the old one: "pin ändern: alt 1121 neu 5111", "old 1234 new: 5678"
    r"|new|neu|nuev[oa]|nouveau|nouvelle|nov[oa])\b:?))"
    r"\s*+"
    r"(?:(?:maybe|peut-[êe]tre|quiz[áa]s?|vielleicht|talvez)\s++)?"
    # "probé el pin 5569 y luego el 9325": the article of the second guess
    r"(?:(?:the|el|le|la|den|die|das|o|a)\s++)?"
    # typed, or said in words (spaces between its digits in the spelled view: "or maybe
    # five hundred thirty six, four" -> "5         3         6    4")
    r"(?P<value>[0-9]{3,6}(?![0-9])|[0-9](?:[ ]{1,12}[0-9]){2,7}(?![ ]{0,12}[0-9]))"
)


def _alternatives(view: str, end: int, entity: str) -> Iterator[Span]:
    """Up to two more guesses after a value ("3020 ou 0560 ou 0650")."""
    for _ in range(2):
        match = _ALTERNATIVE.match(view, end)
        if match is None:
            return
        end = match.end("value")
        yield Span(match.start("value"), end, entity, 0.7, "patterns")


# A BIC typed in lower or mixed case ("bic cobadeff", "Swift barcmxe9"), right after a BIC
# word. Words have its shape too ("bic required": IR is Iran), so one made of letters only
# needs more: the primary office's "xxx", or the country of an IBAN in the same message.
_BIC_ANY_CASE = after_context(
    BIC_WORDS,
    r"(?<![A-Za-z0-9])[A-Za-z]{6}[A-Za-z0-9]{2}(?:[A-Za-z0-9]{3})?(?![A-Za-z0-9])",
    # "swift del banco es cafgess6", "bic de la banque intermédiaire : ..."
    gap=32,
)


# An IBAN's country, check digits and bank code: digits, or the four capitals of a bank in
# the countries that print one (GB, IE, NL: "GB98 MIDL 0700 ...").
_IBAN_HEAD = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{2})[0-9]{2}[ \-./]?(?:[0-9]{4}|[A-Z]{4})(?![A-Za-z])"
)


# "the swift is debagbqm", "bic: cobadeff": the code given as the BIC word's value.
_ASSIGNED = re.compile(r"(?i)(?::|\b(?:is|es|est|ist|é|=))\s*+\Z")
_VOWELS = frozenset("AEIOUY")


# "code swift hynzchxa", "swift/bic kukbdeqe": the code right after the BIC word.
_RIGHT_AFTER = re.compile(r"(?i)(?:swift|bic)(?:\s*code)?(?:\s*/\s*(?:swift|bic))?[\s:=\-/]{1,4}")


def _assigned(view: str, match: re.Match[str]) -> bool:
    return (
        _ASSIGNED.search(view, match.start(), match.start("value")) is not None
        or _RIGHT_AFTER.fullmatch(view, match.start(), match.start("value")) is not None
    )


# The countries of the markets served and their neighbours, for a BIC of letters alone.
_BIC_MARKETS = frozenset(
    [
        "ES",
        "FR",
        "DE",
        "PT",
        "BR",
        "MX",
        "AR",
        "CO",
        "CL",
        "PE",
        "BE",
        "CH",
        "AT",
        "LU",
        "NL",
        "IT",
        "GB",
        "IE",
        "US",
        "CA",
    ]
)


def word_like(code: str) -> bool:
    """Whether a code of letters reads like a word ("required", "business", "obrigatorio"
    pass the BIC check): a word has a vowel in three of its letters or more, a bank's
    four letters and a country's two rarely do."""
    return 3 * sum(c in _VOWELS for c in code) >= len(code)


# Between an IBAN and the BIC printed after it: a slash, comma, dash or bar, and spaces; or,
# as a customer sends both the agent asked for, a pause typed ("...") or an "and", and the
# BIC told as the second or the other one ("DE89 ... and COBADEFFXXX", "first one DE89 ...
# second COBADEFF", "el primero ES91 ... el otro CAIXESBB", "DE89 ... und der andere ...").
_BETWEEN_PAIR = (
    r"(?i)\s{0,3}(?:(?:[/,;|\-]|\.{2,3}|\u2026)\s{0,3})?(?:(?:and|y|et|und|e|&)\s{1,3})?"
)
_IBAN_THEN_BIC = re.compile(
    rf"{_BETWEEN_PAIR}(?:(?:(?:the\s)?(?:second|other)(?:\sone)?|(?:el|la)\s(?:otr[oa]|segund[oa])"
    r"|l['\u2019]autre|(?:le|la)\s(?:second|deuxi[èe]me)e?|(?:der|die|das)\s(?:zweite|andere)"
    r"|(?:o|a)\s(?:outr[oa]|segund[oa]))[\s:,]{1,3})?"
)
# ... or told as what comes then, when the IBAN was told as the first ("erst DE89 ... dann
# COBADEFF", "d'abord FR76 ... puis BNPAFRPP", "primeiro PT50 ... depois CGDIPTPL"): after
# an IBAN alone, "then" leads on to anything ("wire to BE19 ... then QRTZ...").
_IBAN_THEN_NEXT = re.compile(
    rf"{_BETWEEN_PAIR}(?:then|luego|despu[ée]s|puis|ensuite|dann|danach|depois)[\s:,]{{1,3}}"
)
_FIRST_ONE = re.compile(
    r"(?i)(?<!\w)(?:first|primer[oa]?|premier|premi[èe]re|d['\u2019]abord|erst\w*|zuerst"
    r"|primeir[oa])(?!\w)"
)


def _reads_as_bic(code: str) -> bool:
    """Eleven characters, or eight with a digit, or eight letters of a market served that
    read as no word ("BNPAFRPP"; not "TRACKING")."""
    return (
        len(code) == 11
        or any(c.isdigit() for c in code)
        or (code[4:6] in _BIC_MARKETS and not word_like(code))
    )


def _beside_iban(view: str, start: int, end: int, ibans: Iterable[Span]) -> bool:
    """Whether the code from ``start`` to ``end`` is printed right after or right before one
    of ``ibans`` ("DE89 ... / COBADEFFXXX", "COBADEFFXXX / DE89 ...")."""
    return any(
        _IBAN_THEN_BIC.fullmatch(view, iban.end, start) is not None
        or _IBAN_THEN_BIC.fullmatch(view, end, iban.begin) is not None
        or (
            _IBAN_THEN_NEXT.fullmatch(view, iban.end, start) is not None
            and _FIRST_ONE.search(view, 0, iban.begin) is not None
        )
        for iban in ibans
    )


# A BIC in its printed groups needs a separator between its first two: "FKBD BE C6 XXX".
# (led by one character's class, the look-behind asked after it: the scan skips to that class)
_GROUPED_BIC_HINT = re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Z]{3}[ .\-]")
_BIC_IN_GROUPS = re.compile(_BIC_GROUPS)


def _grouped_beside_iban(view: str) -> Iterator[Span]:
    """A BIC in its printed groups right beside an IBAN, in a message about a bank or a
    transfer: "pour le virement : BNPA FR PP XXX / FR76 ...". Beside the IBAN it is the
    bank's code, not a word in capitals."""
    if BANK_WORDS.search(view) is None:
        return
    ibans = list(find_iban(view))
    for match in _BIC_IN_GROUPS.finditer(view) if ibans else ():
        code = compact_bic(match.group())
        if (
            bic.is_valid(code)
            and _reads_as_bic(code)
            and _beside_iban(view, match.start(), match.end(), ibans)
        ):
            yield Span(match.start(), match.end(), "SWIFT_CODE", 0.8, "patterns")


def _iban_countries(view: str, ibans: Iterable[Span]) -> set[str]:
    """The countries of ``ibans`` (``find_iban``'s in ``view``), and of an IBAN's head even
    when the rest is broken over lines ("FR76 2813\n8892")."""
    countries = {view[s.begin : s.begin + 2].upper() for s in ibans}
    countries.update(m.group(1).upper() for m in _IBAN_HEAD.finditer(view))
    return countries


# Nothing but closing punctuation or an emoji after a value: it ends the message.
_MESSAGE_END = re.compile(r"[^\w\n]{0,4}\Z")


def _closes_message(view: str, end: int, code: str) -> bool:
    """Whether the BIC word's value ends the message and names a market served: "swift
    loydgbae", "bic: caixesuz". Bank codes hold vowels as words do ("LOYD", "CAIX"), but a
    word after "swift" or "bic" ends a sentence that goes on ("bic required for ...")
    or has no such country in its fifth and sixth letters ("swift response")."""
    return code[4:6] in _BIC_MARKETS and _MESSAGE_END.match(view, end) is not None


def _typed_lower_case(view: str) -> Iterator[Span]:
    countries: set[str] | None = None
    for match in _BIC_ANY_CASE.finditer(view):
        code = match.group("value").upper()
        if code == match.group("value") or not bic.is_valid(code):
            continue  # upper case: read above
        if not any(c.isdigit() for c in code) and not code.endswith("XXX"):
            if _assigned(view, match) and (
                not word_like(code) or _closes_message(view, match.end("value"), code)
            ):
                yield Span(match.start("value"), match.end("value"), "SWIFT_CODE", 0.8, "patterns")
                continue
            if countries is None:
                countries = _iban_countries(view, find_iban(view))
            if code[4:6] not in countries:
                continue
        yield Span(match.start("value"), match.end("value"), "SWIFT_CODE", 0.8, "patterns")


# The short code typed straight onto its abbreviation: "cvv123", "CVC:0412", "pin4471",
# "nip#8812". Only the abbreviations: a longer word glued to digits is a product or a name.
_GLUED_CODE = re.compile(
    r"(?i)(?=[cpn])(?<![^\W\d_])(?:(?P<cvv>cvv|cvc|ccv|csc)|(?P<pin>pin|nip))[:#]?"
    r"(?P<value>[0-9]{3,6})(?![0-9]|[.,:/\-][0-9])"
)


# What every glued code holds: its word's last letter, a colon or a number sign, then a
# digit. A search before the scan, which tries every c, p and n; led by the digit, so the
# engine skips to the digits rather than stop at every c, n, p and v.
_GLUED_CODE_HINT = re.compile(r"[0-9](?<=[CNPVcnpv:#][0-9])")


def _glued_codes(view: str, group: str) -> Iterator[re.Match[str]]:
    if _GLUED_CODE_HINT.search(view) is None:
        return
    for match in _GLUED_CODE.finditer(view):
        digits = len(match.group("value"))
        if match.group(group) and (digits <= 4 if group == "cvv" else digits >= 4):
            yield match


# A reference word right before a number, only a number sign between: "order 5512",
# "ticket #4471", "pedido nº 2291".
_REFERENCE_BEFORE = re.compile(
    NOT_PERSONAL.pattern + r"\s{0,2}(?:#|n[ºo°]\.?|nr\.?|no\.?|:)?\s{0,2}\Z"
)


def _not_references(view: str, found: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The values named after them that are not a reference's number ("order 5512 is the
    new code": the order's; "my order came, 5521 is the pin" is a PIN)."""
    for match in found:
        begin = match.start("value")
        if _REFERENCE_BEFORE.search(view, max(0, begin - 32), begin) is None:
            yield match


def find_cvv(view: str) -> Iterator[Span]:
    """A security code after its word, or before it ("123 is the cvv"), or after where it
    is printed ("on the back"); the last two only in a message with a digit."""
    # "o codigo que coloquei na loja 834": a reference word nearer than the CVV word owns
    # the number
    # every code word and place word is letters: a view without any names no code
    # and every value a digit: a view without any (a stretch between masks) is not scanned
    letters = has_letter(view) and has_digit(view)
    low = view.lower() if letters else ""
    # the code word found once: ``_CVV`` and the values named before it each start with one
    worded = letters and may_hold(view, low, _HOLDS_CVV_HINT) and CVV_WORDS.search(view) is not None
    found: list[re.Match[str]] = [
        match
        for match in (_CVV.finditer(view) if worded else ())
        if not _not_a_code(view, match.start("value"))
    ]
    if letters:
        if worded and has_copula(view):
            found.extend(_not_references(view, named_values(CVV_WORDS, _CVV_FIRST, view)))
        placed = may_hold(view, low, _HOLDS_PLACE_HINT)
        found.extend(_CVV_PLACE.finditer(view) if placed else ())
        found.extend(_glued_codes(view, "cvv"))
        found.extend(_CVV_BEFORE_PLACE.finditer(view) if placed else ())
        # each said-then-typed code follows a code word or a place word (``_SAID_CVV``,
        # ``_SAID_CVV_PLACE``): without either, the number words are not looked for
        if worded or (placed and CVV_PLACE_WORDS.search(view) is not None):
            found.extend(_said_then_typed(view))
        if worded and _hedges(low):
            found.extend(_HEDGED_CVV.finditer(view))
    for match in found:
        yield Span(match.start("value"), match.end("value"), "CREDIT_DEBIT_CVV", 0.8, "patterns")
        yield from _alternatives(view, match.end("value"), "CREDIT_DEBIT_CVV")
    yield from _bare_code(view, (3,), "CREDIT_DEBIT_CVV")


def _not_a_code(view: str, begin: int) -> bool:
    """Whether a reference's or an error's word nearer than the code word owns the number:
    "o codigo que coloquei na loja 834", "código de erro ERR-2370", "error code 4410"."""
    return (
        nearer(NOT_PERSONAL, CVV_WORDS, view, begin)
        or nearer(ERROR_WORDS, CVV_WORDS, view, begin)
        # "the app says code 5127": the screen's code
        or shown_code_before(view, begin)
    )


# A security code half said, half typed: "cvv is eleven 5", "cryptogramme un 35", "o
# código de trás é oito 60". Three or four digits in all.
_SAID_CVV = after_context(CVV_WORDS, rf"(?P<mixed>{SAID_THEN_TYPED})")
_SAID_CVV_PLACE = after_context(CVV_PLACE_WORDS, rf"(?P<mixed>{SAID_THEN_TYPED})")


_SAID_THEN_TYPED = re.compile(rf"(?i){SAID_THEN_TYPED}")
# What a said-then-typed code ends with: a word's last letter (every number word ends with
# one), one to three spaces, one to three digits. One plain scan, before trying the number
# words at every word of the message.
_WORD_THEN_FEW_DIGITS = re.compile(r"[^\W\d_]\s{1,3}[0-9]{1,3}(?![0-9%])")


# The most characters the said part of ``SAID_THEN_TYPED`` spans (a test reads it off the
# pattern): a match starts at most this far before the last letter of its word.
SAID_WIDTH = 28


def _said_then_typed(view: str) -> Iterator[re.Match[str]]:
    tail = _WORD_THEN_FEW_DIGITS.search(view)
    # every match ends with a tail, the first at the earliest: searched from a said part's
    # width before it
    if tail is None or _SAID_THEN_TYPED.search(view, max(0, tail.start() + 1 - SAID_WIDTH)) is None:
        return  # no number word before typed digits: the code words need no second scan
    for match in (*_SAID_CVV.finditer(view), *_SAID_CVV_PLACE.finditer(view)):
        count = said_digits(match.group("said")) + len(match.group("typed"))
        if 3 <= count <= 4 and not _not_a_code(view, match.start("value")):
            yield match


# "21.05", "27.8", "7:45" alone: a time or a day and month, the answer to "when?"
_TIME_OR_DAY = re.compile(r"([0-9]{1,2})[.:]([0-9]{1,2})")


def _time_or_day(value: str) -> bool:
    match = _TIME_OR_DAY.fullmatch(value)
    if match is None:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    time = first <= 23 and second <= 59 and len(match.group(2)) == 2
    day = 1 <= first <= 31 and 1 <= second <= 12
    return time or day


# A short number handed over: "6628 voilà", "4521 here you go", "0934 aquí tienes", "812
# bitte", "3021 segue". Words that hand a thing over, not "ok" ("1500 ok" agrees to a sum).
_HANDED_OVER = re.compile(
    r"[^\w\[\]]*+(?P<value>[0-9](?:[\s.\-]?[0-9]){2,7})[\s,.:;!\-]*+"
    r"(?i:(?:l[ea]\s++)?voil[àa]|(?:l[ea]\s++)?voici|tenez"
    r"|here(?:\s++(?:you\s++go|it\s++is))?|there\s++you\s++go"
    r"|aqu[íi](?:\s++(?:tienes|tiene|est[áa]|va))?|ah[íi]\s++(?:va|tienes|tiene)|toma"
    r"|bitte(?:\s*+sch[öo]n)?|hier(?:\s++bitte)?|bitteschön"
    r"|segue|aqui\s++est[áa]|t[áa]\s++a[íi])"
    r"[^\w\[\]]*+"
)
_HANDED_OVER_CHARS = 40
_RECENT_YEAR = re.compile(r"19[5-9][0-9]|20[0-3][0-9]")


def _bare_code(view: str, lengths: tuple[int, ...], entity: str) -> Iterator[Span]:
    """A message that is a short number alone ("099", "2008.", "980 👍") or handed over
    ("6628 voilà"): the answer to the agent's question for the security code or the PIN.
    Five digits are left (a postcode)."""
    bare = bare_number(view)
    if bare is None and len(view) <= _HANDED_OVER_CHARS:
        bare = _HANDED_OVER.fullmatch(view)
        if bare is not None and _RECENT_YEAR.fullmatch(bare.group("value")):
            return  # "2019 voilà": the year asked for
    if (
        bare is not None
        and sum(c.isdigit() for c in bare.group("value")) in lengths
        and not _time_or_day(bare.group("value"))
    ):
        yield Span(bare.start("value"), bare.end("value"), entity, 0.6, "patterns")


# "exp0627", "vence1226", "ablauf0930": the word typed straight onto the digits.
# The value is looked for first (digits right after a letter are rare), then the word
# that ends where it starts: the word list is read only at those few places.
_GLUED_VALUE = re.compile(
    r"(?<=[^\W\d_])(?:(?:0[1-9]|1[0-2])(?:20)?[0-9]{2}|(?:0?[1-9]|1[0-2])[/\-.](?:20)?[0-9]{2})"
    r"(?![0-9]|[/\-.][0-9])"
)
_GLUED_WORD = re.compile(EXPIRY_WORDS.pattern.removesuffix(r"(?!\w)") + r"\Z")
# Where a glued value can start: a digit right after a letter. Led by the digit, so the
# engine skips ahead to one (``_GLUED_VALUE``'s look-behind tries every letter).
_DIGIT_AFTER_LETTER = re.compile(r"[0-9](?<=[^\W\d_][0-9])")


def _glued_values(view: str) -> Iterator[re.Match[str]]:
    """``_GLUED_VALUE.finditer(view)``, tried only where a digit follows a letter."""
    end = 0
    for digit in _DIGIT_AFTER_LETTER.finditer(view):
        if digit.start() >= end and (value := _GLUED_VALUE.match(view, digit.start())):
            end = value.end()
            yield value


# What else expires or falls due: "the invoice is due (vence) 12/27", "my subscription
# expires 03/26", "my passport expires 10.11". After one of these, with no card word
# nearer, the date is not a card's.
BILL_WORDS = words(
    r"invoice",
    r"fatura",
    r"factura",
    r"facture",
    r"rechnung",
    r"boleto",
    r"subscription",
    r"suscripci[óo]n",
    r"abonnement",
    r"abo",
    r"assinatura",
    r"contrat[oe]?",
    r"contract",
    r"vertrag",
    r"policy",
    r"p[óo]liza",
    r"ap[óo]lice",
    r"warranty",
    r"garant[íi]a",
    r"garantie",
    r"coupon",
    r"cup[óo]n",
    r"voucher",
    r"gutschein",
    r"promo",
    r"trial",
    # an identity document's date: "passeport n° S3921226 expire le 10.11", "license no
    # 707-110-507 exp 1/14", "reisepass ... läuft ab am 5.10"
    r"pas{1,2}[ae]?p(?:o?r|ro)t[ea]?",
    r"reisepass",
    r"ppt",
    r"li[sc]{1,2}en[cs]e",
    r"licencia",
    r"permis",
    r"f(?:[üu]|ue)hrerschein",
    r"cnh",
    r"ausweis",
    r"personalausweis",
    r"dni",
    r"carte\s*d['\u2019]?identit[ée]",
    r"id\s*card",
)


def _bill_due(view: str, begin: int) -> bool:
    return before(BILL_WORDS, view, begin, 32) and not nearer(CARD_WORDS, BILL_WORDS, view, begin)


# "vence el 06 del 27", "expires 06 of 2027": the month and year joined by a word.
_EXPIRY_OF = after_context(
    EXPIRY_WORDS,
    r"(?<![0-9])(?:0?[1-9]|1[0-2])\s{1,2}(?:del?|of|do|da)\s{1,2}(?:20)?[0-9]{2}(?![0-9])",
)


# Cheap tests, led by a plain character class the engine can skip ahead with: a digit before
# "de"/"del"/"of", a letter right before a digit.
_MONTH_OF_YEAR = re.compile(r"(?i)[0-9]\s{1,2}(?:del?|of|do|da)\s")
_LETTER_THEN_DIGIT = re.compile(r"[A-Za-z\u00c0-\u024f][0-9]")


# A second guess at the expiry after the first: "caducidad 08/32 creo, o Ago/27",
# "validade 11-27 ou 05/2028", "expiry 09/27 i think, or maybe 10/27", "Ablauf 03/29 oder
# 04/29".
_EXPIRY_ALTERNATIVE = re.compile(
    r"(?i)(?:\s*+,?\s*+(?:i\s++think|i\s++guess|creo|je\s++crois|glaube\s++ich|acho)[?!.]{0,3}+)?"
    r"\s*+,?\s*+(?:or|o|ou|oder)\s++"
    r"(?:(?:maybe|perhaps|peut-[êe]tre|quiz[áa]s?|vielleicht|talvez|tal\s++vez)\s++)?"
    rf"(?P<value>{_EXPIRY_VALUE})"
)


def find_expiry(view: str) -> Iterator[Span]:
    """Expiry dates, and a second guess right after one ("08/32 creo, o Ago/27")."""
    for span in _find_expiry(view):
        yield span
        alternative = _EXPIRY_ALTERNATIVE.match(view, span.end)
        if alternative is not None and not _long_past(alternative.group("value")):
            yield Span(
                alternative.start("value"),
                alternative.end("value"),
                "CREDIT_DEBIT_EXPIRY",
                0.7,
                "patterns",
            )


def _find_expiry(view: str) -> Iterator[Span]:
    # A message without a digit has no date; one with digits is searched for the value of
    # the rarer forms first: most messages have no "06 del 27" at all.
    digits = has_digit(view)
    # every expiry word is letters: a view without any (digits and separators) is read for
    # a bare expiry only
    letters = has_letter(view)
    low = view.lower()
    # the scans led by an expiry word, only where one may stand
    hinted = letters and _may_name_expiry(view, low)
    worded = digits and hinted
    for match in _EXPIRY_OF.finditer(view) if worded and _MONTH_OF_YEAR.search(view) else ():
        reference = before(NOT_PERSONAL, view, match.start(), 24) and not nearer(
            CARD_WORDS, NOT_PERSONAL, view, match.start()
        )
        if not reference and not _bill_due(view, match.start()):
            yield Span(
                match.start("value"), match.end("value"), "CREDIT_DEBIT_EXPIRY", 0.75, "patterns"
            )
    glued = _GLUED_EXPIRY.finditer(view) if worded else ()
    for match in (*(_EXPIRY.finditer(view) if hinted else ()), *glued):
        if _bill_due(view, match.start()) or _long_past(match.group("value")):
            continue
        yield Span(match.start("value"), match.end("value"), "CREDIT_DEBIT_EXPIRY", 0.8, "patterns")
    # "date", "data", "datum" hold "at", "fecha" holds "ch": substring tests before the scan
    for match in _CARD_DATE.finditer(view) if "at" in low or "ch" in low else ():
        if _not_a_day(match.group("value")) and (
            CARD_WORDS.search(view, 0, match.start()) or _date_reply(view, match)
        ):
            yield Span(
                match.start("value"), match.end("value"), "CREDIT_DEBIT_EXPIRY", 0.7, "patterns"
            )
    if digits and letters:
        yield from _expiry_in_context(view, low, hinted)
    for value in _glued_values(view) if hinted and _LETTER_THEN_DIGIT.search(view) else ():
        if _GLUED_WORD.search(view, max(0, value.start() - 32), value.start()):
            yield Span(value.start(), value.end(), "CREDIT_DEBIT_EXPIRY", 0.8, "patterns")
    # "9/26" alone: the answer to the agent's question for the expiry date
    if (bare := bare_expiry(view)) is not None and not _long_past(bare.group("value")):
        yield Span(bare.start("value"), bare.end("value"), "CREDIT_DEBIT_EXPIRY", 0.6, "patterns")
    # "Nov/26", "dezembro 2032", "septiembre del 2031" alone: the same with the month named
    named = _BARE_NAMED_EXPIRY.fullmatch(view) if len(view) <= _BARE_NAMED_CHARS else None
    if named is not None and not _named_past(named.group("year"), named.group("sep")):
        yield Span(named.start("value"), named.end("value"), "CREDIT_DEBIT_EXPIRY", 0.6, "patterns")


# A month typed in look-alike letters alone ("OI 27", "lo / 30", "Il/2026": 01, 10, 11): the
# deobfuscated view turns a group into digits only when it holds a digit already. Looked for
# first on its own (rare in any text), then with its expiry word before it.
_LOOKALIKE_MONTH = (
    r"(?<![^\W\d_])(?:[Oo][Il]|[Il][OoIl])\s{0,2}[/\-.]?\s{0,2}(?:20)?[0-9]{2}"
    r"(?![0-9]|[/\-.][0-9])"
)
_LOOKALIKE_MONTH_VALUE = re.compile(_LOOKALIKE_MONTH)
_LOOKALIKE_EXPIRY = after_context(EXPIRY_WORDS, _LOOKALIKE_MONTH)


def find_lookalike_expiry(clear: str) -> Iterator[Span]:
    """An expiry whose month is typed in look-alike letters, after its word
    ("card expires OI 27", "la tarjeta vence Il/2026"), on the deobfuscated view."""
    if _LOOKALIKE_MONTH_VALUE.search(clear) is None:
        return
    for match in _LOOKALIKE_EXPIRY.finditer(clear):
        value = match.group("value").translate(LOOKALIKES)
        if _bill_due(clear, match.start()) or _long_past(value):
            continue
        yield Span(match.start("value"), match.end("value"), "CREDIT_DEBIT_EXPIRY", 0.8, "patterns")


# The month's word whole: a word that only starts like one ("declaration 2026", "decision
# 2025", "marketing 2024") names no month.
_EN_MONTHS = r"january|february|march|april|june|july|august|september|october|november|december"
_BARE_NAMED_EXPIRY = re.compile(
    rf"[^\w\[\]]*+(?P<value>(?i:{_EN_MONTHS}|{_MONTHS})(?![^\W\d_])\.?"
    r"(?P<sep>\s{0,2}(?:del?|of|do|da|/|-)\s{0,2}|\s{1,3})(?P<year>(?:20)?[0-9]{2}))[^\w\[\]]*+"
)
_BARE_NAMED_CHARS = 32


def _named_past(year: str, joint: str) -> bool:
    """A year before 2020 ("mayo 2019", "Nov/18"): no card in use ran out then; or a day
    of the month ("May 25", "Mai 28."): two digits a day can have, after a mere space."""
    day = len(year) == 2 and int(year) <= 31 and not joint.strip()
    return int(year[-2:]) < 20 or day


# German puts the participle last: "die Karte ... ist am 03/32 abgelaufen", "ist im
# September 2029 ausgelaufen". The value stands right before it, a card word earlier; not
# the month and year that end a full date ("am 15.03.2026 abgelaufen").
_EXPIRY_THEN_PARTICIPLE = re.compile(
    rf"(?i)(?<![^\W\d_])(?<![0-9][/\-.])(?P<value>{_EXPIRY_VALUE})\s{{1,3}}(?:ab|aus)gelaufen\b"
)


def _expiry_in_context(view: str, low: str, hinted: bool) -> Iterator[Span]:
    """The expiry read off the card, after "until" and a card word, or typed before its
    word; never a date long past nor, after "until", a day of the calendar. ``low`` is
    ``view`` in lower case; ``hinted``, whether it may hold an expiry word."""
    found: list[tuple[int, int]] = []
    reads = _HOLDS_READS_HINT(low)
    for match in _EXPIRY_READS.finditer(view) if reads and hinted else ():
        found.append((match.start("read"), match.end("read")))
    for match in _DATE_READS.finditer(view) if reads else ():
        if CARD_WORDS.search(view, 0, match.start()):
            found.append((match.start("read"), match.end("read")))
    until = any(map(low.__contains__, _CARD_HINTS)) and any(map(low.__contains__, _UNTIL_HINTS))
    for match in _CARD_UNTIL.finditer(view) if until else ():
        value = match.group("value")
        named = any(c.isalpha() for c in value)
        if CARD_WORDS.search(view, 0, match.start()) and (
            _not_a_day(value) or (named and "/" in value)
        ):
            found.append((match.start("value"), match.end("value")))
    if hinted and _DIGIT_THEN_COPULA.search(view) is not None:
        for match in named_values(EXPIRY_WORDS, _EXPIRY_FIRST, view):
            found.append((match.start("value"), match.end("value")))
    expired = "gelaufen" in low and any(map(low.__contains__, _CARD_HINTS))
    for match in _EXPIRY_THEN_PARTICIPLE.finditer(view) if expired else ():
        if CARD_WORDS.search(view, 0, match.start()):
            found.append((match.start("value"), match.end("value")))
    if hinted and any(map(low.__contains__, _WRONG_HINTS)):
        for match in _EXPIRY_RESTATED.finditer(view):
            found.append((match.start("value"), match.end("value")))
    for begin, end in found:
        value = view[begin:end]
        if not _long_past(value) and not _bill_due(view, begin):
            yield Span(begin, end, "CREDIT_DEBIT_EXPIRY", 0.7, "patterns")


# The expiry on file said to be wrong, then the right one: "the expiry they have on file is
# wrong, correct one: 10/26", "la fecha de venc que tienen está mal, la buena es: 1127", "la
# date d'exp enregistrée est fausse, la bonne : « 03/30 »", "das hinterlegte Ablaufdatum
# stimmt nicht, richtig ist „0633“", "a validade está errada, a certa é 11/27". No digit
# between the word and the value, and at most two short words ("the", "el", "a") between
# "wrong" and "right", so the value is the one the expiry word names ("la fecha está mal,
# el pedido correcto es 1127" is an order).
_WRONG = (
    r"wrong|incorrect[oa]?|mal|equivocad[oa]|errad[oa]|err[oô]ne[oa]?|faux|fausse|falsch"
    r"|stimmt\s{1,3}nicht"
)
# every branch of ``_WRONG`` holds one of these (the pre-check on the lower-cased text)
_WRONG_HINTS = (
    "wrong",
    "incorrect",
    "mal",
    "equivocad",
    "errad",
    "err",
    "faux",
    "fausse",
    "falsch",
    "stimmt",
)
_RIGHT = r"correct[oa]?|right|buen[oa]|bon(?:ne)?|richtig[ea]?|korrekt[ea]?|cert[oa]|corret[oa]"
_EXPIRY_RESTATED = re.compile(
    "(?i)"
    + EXPIRY_WORDS.pattern.removeprefix("(?i)")
    + rf"[^0-9\n]{{0,48}}?\b(?:{_WRONG})\b"
    + rf"[^\w\n]{{1,4}}(?:\w{{1,4}}[^\w\n]{{1,3}}){{0,2}}(?:{_RIGHT})\b"
    + r"(?:[^0-9\w\n]{0,3}(?:one|es|est|ist|é|is|c'est)\b){0,2}[^0-9\w\n]{0,6}"
    + rf"(?P<value>{_EXPIRY_VALUE})"
)


# The answer to the agent's question for the expiry, said with words around it ("mira,
# 12/30", "yeah Jun/28", "segue: 04.28 / 117"): the question names the value, so any month
# and year of the short answer is the card's, but one before 2020.
# A calendar date with its year, the month named or not ("Jul 13 2022", "October 24,
# 2015", "12/23 2019"): a date of birth asked with the value, never its digits.
DATE_WITH_YEAR = re.compile(
    rf"(?i)(?:(?<![^\W\d_])(?:{_MONTHS})[^\W\d_]*\.?\s{{1,3}}[0-9]{{1,2}}"
    r"|(?<![0-9])[0-9]{1,2}[./\-][0-9]{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?:19|20)[0-9]{2}(?![0-9])"
)
_ANSWERED_EXPIRY = re.compile(rf"(?i)(?P<value>{_EXPIRY_VALUE})")


def expiry_at(view: str, position: int) -> tuple[int, int] | None:
    """Where the month and year starting at ``position`` lies, if one does."""
    match = _ANSWERED_EXPIRY.match(view, position)
    if match is None or _long_past(match.group("value")):
        return None
    return match.span("value")


def answered_expiry(view: str) -> tuple[int, int] | None:
    """Where the first month and year of ``view`` lies, the expiry it answers with."""
    for match in _ANSWERED_EXPIRY.finditer(view):
        if not _long_past(match.group("value")):
            return match.span("value")
    return None


def _long_past(value: str) -> bool:
    """A month and year in digits before 2020 ("exp 1/14", "expire le 10.11", "läuft ab am
    5.10"): no card in use ran out then; a document's date or a day and month."""
    if any(c.isalpha() for c in value):
        return False
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) in (3, 4):
        return int(digits[-2:]) < 20
    return len(digits) in (5, 6) and int(digits[-4:]) < 2020


# Around a reply that is a date word and a month and year alone: an article before it,
# punctuation after it ("date 12/32", "la fecha 04/2030", "data: 05/2031.").
_DATE_REPLY_LEAD = re.compile(r"(?i)\s*(?:(?:the|la|le|die|a|el)\s+)?")
_DATE_REPLY_END = re.compile(r"[\s.,;:!]*\Z")


def _date_reply(view: str, match: re.Match[str]) -> bool:
    """A message that is only a date word and a month and year no day reads ("date
    12/32", "fecha 04/2030", "Datum 11/2029"): the card's expiry, given as the agent asked
    for it; a date of the calendar has its day."""
    lead = _DATE_REPLY_LEAD.match(view)
    return (
        lead is not None
        and lead.end() == match.start()
        and _DATE_REPLY_END.match(view, match.end("value")) is not None
    )


def _not_a_day(value: str) -> bool:
    """A month and year that no calendar day reads the same way: a four-digit year
    ("05/2029"), a year past 31 ("11/32"), or a year said in words ("mar de treinta y
    cuatro", "jun 2028"). "08/29" or "juillet 29" may be a day, and stays after a mere
    "date"."""
    digits = [c for c in value if c.isdigit()]
    named = any(c.isalpha() for c in value)  # a month's name: its year has four digits
    return len(digits) >= (4 if named else 6) or len(digits) < 2 or int("".join(digits[-2:])) > 31


# Right after a card number, without a context word: the expiry ("MM/YY", "MM YY",
# "MMYY") and then the security code, the order card forms print them in.
# An "until" word may stand between them ("4111 ... 1111 bis 5/29", "hasta abril 28").
_UNTIL = r"(?i:bis|until|till|thru|hasta|jusqu['\u2019]?(?:au|à|a)|at[ée])"
# So may a bare "date" word ("4000 0015 2187 8801, date 08/29"): right after the card, the
# date is the card's.
_DATE_AFTER_CARD = r"(?i:date|fecha|data|datum)\s{0,2}:?"
# So may a joining word ("4111 ... 1111 and 07/29", "et août 27", "und 07/2031", "y mayo 30",
# "e 08-29"): the card and then its date, as a payment form asks for them. A date a day could
# read ("and 12/30 it arrived") only where the customer says they typed both in
# (``_ENTERED``).
_AND_AFTER_CARD = r"(?P<joined>(?i:and|et|und|y|e))"
# "I entered", "puse", "j'ai mis", "eingegeben", "coloquei": the customer typed them into a
# form. French "mis" only after "ai" ("mis" alone is Spanish's "my").
_ENTERED = words(
    r"entered|typed|put\s*in|input",
    r"puse|ingres[ée]|introduje|escrib[íi]|tecle[ée]|met[íi]",
    r"ai\s*mis|saisi|tap[ée]|rentr[ée]",
    r"eingegeben|eingetippt|getippt|eingetragen",
    r"pus|p[ôo]s|coloquei|digitei|inseri",
)
_AFTER_CARD = re.compile(
    rf"[\s,;|/\-]{{1,4}}(?:(?:{_UNTIL}|{_DATE_AFTER_CARD}|{_AND_AFTER_CARD})\s{{1,3}})?"
    r"(?P<expiry>(?:0?[1-9]|1[0-2])\s?[/\-.]\s?(?:20)?[0-9]{2}"
    r"|(?:0[1-9]|1[0-2])\s?(?:20)?[0-9]{2}"
    # the month by name, joined to its year by a space, a slash or a word ("May/28",
    # "septiembre del 2031", "juin de 2029", "March of 27")
    rf"|(?i:{_MONTHS})[^\W\d_]*\.?(?:\s{{0,2}}(?:del?|of|do|da|/|-)\s{{0,2}}|\s{{1,3}})"
    rf"(?:(?:20)?[0-9]{{2}}|{DIGIT_WORD}\s{{1,3}}{DIGIT_WORD}(?!\w)))"
    r"(?![0-9]|[/\-.][0-9])"
    r"(?:[\s,;|/\-]{1,4}(?P<cvv>[0-9](?:\s{0,2}[0-9]){2,3}(?![0-9])"
    # or said digit by digit ("| zéro-six-quatre", "/ fünf sechs zwei", "- cinco, quatro,
    # dois"): three or four digits' words, the whole of what follows the expiry
    rf"|(?i:{DIGIT_WORD}(?:(?:\s{{1,2}}|\s?[,\-]\s?){DIGIT_WORD}){{2,3}})(?=[^\w]*\Z)))?"
)


# The rest of a digit said as a word: a card read out ends where the spelled view puts its
# last digit, at that word's first letter ("... sieben eins eins / 0331 / 413").
_SAID_DIGIT_REST = re.compile(r"[^\W\d_]*")


def find_after_cards(view: str, cards: list[Span]) -> Iterator[Span]:
    """An expiry, and a security code after it, right after each card number."""
    for card in cards:
        end = card.end
        if view[end - 1 : end].isalpha():  # a card said out loud, in the view as typed
            rest = _SAID_DIGIT_REST.match(view, end)
            end = rest.end() if rest is not None else end
        match = _AFTER_CARD.match(view, end)
        if match is None or currency_after(view, match.end()):
            continue  # none, or "... 1028 euros abgehoben": the amount charged to the card
        if (
            match.group("joined")
            and not _not_a_day(match.group("expiry"))
            and _ENTERED.search(view) is None
        ):
            continue  # "... 4527 and 12/30 it arrived": a day told after the card
        yield Span(
            match.start("expiry"), match.end("expiry"), "CREDIT_DEBIT_EXPIRY", 0.7, "patterns"
        )
        if match.group("cvv"):
            yield Span(match.start("cvv"), match.end("cvv"), "CREDIT_DEBIT_CVV", 0.7, "patterns")


# A bank's three-digit code (Mexico's, Canada's institution number) after the words that
# can only mean a bank's code: "routing 348", "código de banco 012".
_THREE_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])[0-9]{2}(?![0-9])")
_SHORT_ROUTING = after_context(
    words(r"routing", r"aba", r"bank\s*code", r"c[óo]digo\s*(?:de\s*)?banco", r"code\s*banque"),
    r"(?<![0-9])[0-9]{3}(?![0-9]|[.,:/\-][0-9])",
    gap=8,
)


# India's IFSC, a branch's code: four letters (the bank), a zero, six letters or digits
# ("IFSC code SBIN0001234"); only after its word, since eleven capitals can be a word. The
# bank's letters may stand apart from the branch's part, as they are read ("SBIN 0001234",
# "HDFC-0001234", "SBIN . 0001234").
_IFSC = after_context(
    words(r"ifsc", r"ifsc\s*code", r"ifs\s*code"),
    r"(?<![A-Za-z0-9])[A-Za-z]{4}(?:\s{0,2}[\-./]?\s{0,2})0[A-Za-z0-9]{6}(?![A-Za-z0-9])",
    gap=12,
)


# A bank branch's code, the four digits of a Spanish CCC ("entidad 2100 oficina 0418"), the
# five of Canada's transit, the six of South Africa's ("branch code 36264", "código de
# sucursal"; the French
# code guichet, the agência and the BLZ have their own words): only in a message that
# names the bank's code or an account too, since an office has a number as well. Never
# after "#", a shop's number ("sucursal #2291"); "sucursal", "succursale", "Filiale" and
# "branch" alone are as often a shop's.
_BRANCH = after_context(
    words(
        r"oficina",
        r"c[óo]digo\s*(?:de\s*)?(?:la\s*)?(?:oficina|sucursal)",
        r"branch\s*(?:code|no\.?|number|#)",
        r"code\s*(?:de\s*)?(?:la\s*)?succursale",
    ),
    r"(?<![0-9#])[0-9]{4,6}(?![0-9]|[.,:/\-][0-9])",
    gap=8,
)
_BRANCH_HINTS = ("ofic", "sucurs", "branch", "succurs")
# The branch's word alone ("cuenta 2589509215 sucursal 5189", "compte 12345678901 agence
# 00123", "Konto 1234567890 Zweigstelle 512", "conta 12345678 balcão 0418"): the branch of the
# account just given, when an account's number (eight digits or more) stands in the message.
# So is the bank's own code there ("cuenta 1554082869 banco 730", "conta 12345678 banco
# 341", "compte 12345678901 banque 30004", "account 12345678 bank 021").
_BRANCH_ALONE = after_context(
    words(
        r"sucursal",
        r"succursale",
        r"zweigstelle",
        r"balc[ãa]o",
        r"branch",
        r"banco",
        r"banque",
        r"bank",
    ),
    # typed in groups too, as a bank's and branch's codes are printed ("balcão 1234 5678")
    BRANCH_CODE,
    gap=4,
)
# France's branch code, the code guichet, has five digits ("compte 12345678901 agence 00123");
# "agence" before three or four digits names an agency's or a shop's number ("compte
# 58459610 agence 713": the agency the customer stands in), as a travel or estate agency's.
# "agence du 75011", "agence de 69003": a place named by its postcode, not the guichet.
_AGENCE_ALONE = after_context(
    words(r"agence(?!\s*(?:du|de|des|d['\u2019]))"),
    r"(?<![0-9#])[0-9]{5}(?![0-9]|[.,:/\-][0-9])",
    gap=4,
)
# What every word of ``_BRANCH_ALONE`` and ``_AGENCE_ALONE`` holds: a substring test before
# the scans.
_BRANCH_ALONE_HINTS = ("agenc", "zweigst", "balc", "branch", "sucurs", "succurs", "ban")
# (led by one character's class, the look-behind asked after it: the scan skips to that class)
_ACCOUNT_RUN = re.compile(r"[0-9](?<![0-9].)[0-9]{7,}")


# A sort code in slashed pairs right after its word ("sortcode 95/97/57", "s/c: 20/00/00"):
# a date's shape, but no date is named a sort code. A few characters between, no more.
_SLASHED_SORT_CODE = after_context(
    words(r"sort\s*-?\s*code", r"s/c"), r"(?<![0-9/])[0-9]{2}/[0-9]{2}/[0-9]{2}(?![0-9/])", gap=8
)


def _branch_after_account(view: str) -> Iterator[Span]:
    """A branch's code after the account's word, once the account's number is given: in one
    run anywhere, or in groups after its word ("conta 2864 / 3190 / 019"); then the code
    after that number, never the number itself ("bank 1234-567")."""
    given = 0 if _ACCOUNT_RUN.search(view) else account_number_end(view)
    if given is None:
        return
    account = ACCOUNT_WORDS.search(view)
    first = max(given, account.start() if account is not None else len(view))
    alone = (*_BRANCH_ALONE.finditer(view, first), *_AGENCE_ALONE.finditer(view, first))
    for match in alone:
        begin = match.start("value")
        if has_branch_code_length(match.group("value")) and not nearer(
            NOT_PERSONAL, ACCOUNT_WORDS, view, begin
        ):
            yield Span(begin, match.end("value"), "BANK_ROUTING", 0.75, "patterns")


def find_routing(view: str) -> Iterator[Span]:
    """Sort codes, BLZ, agência and other bank codes after their words (3 to 11 digits),
    a branch's code beside a bank's or an account's, and an IFSC after its word."""
    if not has_letter(view) or not has_digit(view):
        return  # every routing, branch and account word is letters, every code has a digit
    # a search led by the digit before the scan: every short code is three digits alone
    short = _SHORT_ROUTING.finditer(view) if _THREE_DIGITS.search(view) is not None else ()
    low = view.lower()
    routed = may_hold(view, low, _HOLDS_ROUTING_HINT)
    for match in (*(_ROUTING.finditer(view) if routed else ()), *short):
        if full_date(match.group("value")):
            continue  # "en transit depuis le 20.8.2024": no bank code has a year
        if nearer(NOT_PERSONAL, ROUTING_WORDS, view, match.start("value")):
            continue  # "sua agência? referência FAC257072": the reference's code
        yield Span(match.start("value"), match.end("value"), "BANK_ROUTING", 0.75, "patterns")
    if any(hint in low for hint in _BRANCH_HINTS) and (
        ROUTING_WORDS.search(view) or ACCOUNT_WORDS.search(view)
    ):
        for match in _BRANCH.finditer(view):
            begin = match.start("value")
            if not nearer(NOT_PERSONAL, ROUTING_WORDS, view, begin):
                yield Span(begin, match.end("value"), "BANK_ROUTING", 0.75, "patterns")
    if any(hint in low for hint in _BRANCH_ALONE_HINTS):
        yield from _branch_after_account(view)
    if "ifs" in low:  # a substring test spares most messages the scan
        for match in _IFSC.finditer(view):
            yield Span(match.start("value"), match.end("value"), "BANK_ROUTING", 0.8, "patterns")
    if "/" in view or "|" in view:
        yield from _sort_code_and_account(view)
        for match in _SLASHED_SORT_CODE.finditer(view) if "/" in view else ():
            yield Span(*match.span("value"), "BANK_ROUTING", 0.75, "patterns")
    if "-" in view:
        yield from _dashed_sort_code_then_account(view)
        yield from _transit_and_institution(view)
    if "folio" in low:
        yield from _folio_after_transit(view)


# Québec's caisses (Desjardins) give an account as "transit ..., institution ..., folio ...":
# there "folio" names the account. Elsewhere it names a hotel bill or a Mexican reference
# (``NOT_PERSONAL``), so only after a transit word.
_FOLIO = after_context(words(r"folio"), r"(?<![0-9])[0-9]{5,12}(?![0-9])", gap=8)
# Canada's branch number, the transit; the cross-message marker reads it too.
TRANSIT_WORDS = words(r"transit")


def _folio_after_transit(view: str) -> Iterator[Span]:
    for match in _FOLIO.finditer(view):
        if TRANSIT_WORDS.search(view, 0, match.start()):
            yield Span(
                match.start("value"), match.end("value"), "BANK_ACCOUNT_NUMBER", 0.75, "patterns"
            )


# UK bank details as written on an invoice or a refund form: a six-digit sort code (pairs
# with one separator, or solid), a slash, the eight-digit account ("27-67-21 / 34209523",
# "528811/67567994"). No reference or date has that pair of shapes.
# (led by one character's class, the look-behind asked after it: the scan skips to that class)
_SORT_AND_ACCOUNT = re.compile(
    r"(?P<sort>[0-9](?<![0-9\-./].)[0-9](?P<sep>[\- ]?)[0-9]{2}(?P=sep)[0-9]{2})"
    r"[ ]{0,2}[/|][ ]{0,2}"
    r"(?P<account>[0-9]{8})(?![0-9]|[\-./][0-9])"
)


def _sort_code_and_account(view: str) -> Iterator[Span]:
    for match in _SORT_AND_ACCOUNT.finditer(view):
        if before(NOT_PERSONAL, view, match.start(), 24):
            continue  # "order 12-34-56 / 12345678": a reference word names them
        yield Span(*match.span("sort"), "BANK_ROUTING", 0.75, "patterns")
        yield Span(*match.span("account"), "BANK_ACCOUNT_NUMBER", 0.75, "patterns")


# The sort code in dashed pairs, a space, then the account ("refund it to 12-34-56 87654321"):
# a dashed date can stand before a reference the same way, so only where money comes back or
# moves, or a bank or an account is named. Seven to twelve digits: the eight of a UK account,
# padded or cut.
# (led by one character's class, the look-behind asked after it: the scan skips to that class)
_DASHED_SORT_THEN_ACCOUNT = re.compile(
    r"(?P<sort>[0-9](?<![0-9\-./].)[0-9]-[0-9]{2}-[0-9]{2})[ ]{1,2}"
    r"(?P<account>[0-9]{7,12})(?![0-9]|[\-./][0-9])"
)
_REFUND_WORDS = words(
    r"refunds?",
    r"refunded",
    r"reimburse(?:d|ment)?",
    r"pay\s+(?:it\s+)?(?:back\s+)?into",
    r"paid\s+into",
)


def _dashed_sort_code_then_account(view: str) -> Iterator[Span]:
    for match in _DASHED_SORT_THEN_ACCOUNT.finditer(view):
        near = max(0, match.start() - _MONEY_REACH), match.end() + _MONEY_REACH
        if not (
            _REFUND_WORDS.search(view, *near)
            or _MONEY_MOVING_WORDS.search(view, *near)
            or ACCOUNT_WORDS.search(view, *near)
        ) or before(NOT_PERSONAL, view, match.start(), 24):
            continue
        yield Span(*match.span("sort"), "BANK_ROUTING", 0.75, "patterns")
        yield Span(*match.span("account"), "BANK_ACCOUNT_NUMBER", 0.75, "patterns")


# Canada's five-digit transit and three-digit institution, joined by a dash as on a cheque's
# MICR line and a direct-deposit form ("banking: 12345-003"), where money moves or an account
# is named: no ZIP+4 (four after the dash) or date has that shape.
# (led by one character's class, the look-behind asked after it: the scan skips to that class)
_TRANSIT_AND_INSTITUTION = re.compile(r"[0-9](?<![0-9\-./].)[0-9]{4}-[0-9]{3}(?![0-9]|[\-./][0-9])")


def _transit_and_institution(view: str) -> Iterator[Span]:
    for match in _TRANSIT_AND_INSTITUTION.finditer(view):
        near = max(0, match.start() - _MONEY_REACH), match.end() + _MONEY_REACH
        if (
            _MONEY_MOVING_WORDS.search(view, *near) or ACCOUNT_WORDS.search(view, *near)
        ) and not before(NOT_PERSONAL, view, match.start(), 24):
            yield Span(match.start(), match.end(), "BANK_ROUTING", 0.7, "patterns")


# Brazil writes an account with its check digit after a dash, "X" for ten: "conta 12345-X",
# "c/c 0098765-4"; "cc" right before that shape is the conta corrente, never a card. The
# "X" may come without the dash ("conta 12345X"), in capitals: "100x" is a multiplier. A
# check digit after the dash may be typed with its look-alike: "I" or "l" for 1, "O" for 0.
_CHECK_DIGIT_ACCOUNT = r"(?<![0-9])[0-9]{3,12}(?:-(?:[0-9Xx]|(?-i:[IlO]))|(?-i:X))(?![\w\-])"
_CHECKED_ACCOUNT = after_context(ACCOUNT_WORDS, _CHECK_DIGIT_ACCOUNT)
_CC_WORDS = words(r"cc", r"c\.c\.")
_CC_ACCOUNT = after_context(_CC_WORDS, _CHECK_DIGIT_ACCOUNT, gap=4)
# "ag 2331 cc 60270675 banco do brasil": "cc" is the conta corrente when a bank's code or
# name stands in the message; its number may be grouped ("121-604-83", "033719  7").
_CC_PLAIN = after_context(
    _CC_WORDS, r"(?<![0-9])[0-9](?:[\s.\-]{0,2}[0-9]){4,11}(?![0-9]|[\s.\-][0-9])", gap=4
)
_BANK_NAMED = words(r"banco", r"bank", r"banque", r"ag[êe]ncia", r"ag(?=\.?\s*[0-9])")
# The two-digit key of a French RIB: "clé RIB 45", "compte 12345678901 clé 45".
_RIB_KEY = after_context(
    words(r"cl[ée]\s*(?:du\s*)?rib", r"rib\s*cl[ée]", r"cl[ée]"),
    r"(?<![0-9])[0-9]{2}(?![0-9]|[.,:/][0-9])",
    gap=8,
)


_DASH_CHECK_DIGIT = re.compile(r"[0-9](?:-[0-9XxIlO]|X)(?![\w\-])")
_CLE = re.compile(r"(?i)cl[ée]")


def find_account_checks(view: str) -> Iterator[Span]:
    """Account numbers with their check digit after a dash, and the key of a French RIB
    (a bare "clé" only after an account word)."""
    if not has_digit(view) or not has_letter(view):
        return  # every account, "cc", bank and "clé" word is letters
    # Cheap tests first: most messages have no dash before a last digit and no "clé".
    checked = _DASH_CHECK_DIGIT.search(view) is not None
    for match in (*_CHECKED_ACCOUNT.finditer(view), *_CC_ACCOUNT.finditer(view)) if checked else ():
        begin = match.start("value")
        if not before(NOT_PERSONAL, view, begin, 16):
            yield Span(begin, match.end("value"), "BANK_ACCOUNT_NUMBER", 0.7, "patterns")
    for match in _CC_PLAIN.finditer(view) if _BANK_NAMED.search(view) else ():
        begin = match.start("value")
        if not before(NOT_PERSONAL, view, begin, 16):
            yield Span(begin, match.end("value"), "BANK_ACCOUNT_NUMBER", 0.7, "patterns")
    for match in _RIB_KEY.finditer(view) if _CLE.search(view) else ():
        begin = match.start("value")
        if "rib" in match.group().lower() or before(ACCOUNT_WORDS, view, match.start(), 48):
            yield Span(begin, match.end("value"), "BANK_ACCOUNT_NUMBER", 0.7, "patterns")


# "senha do app (versão 14.1.6)": a dotted version number, never a PIN. Not pairs alone
# ("code confidentiel 05.29.07", "PIN 88.61.78"): a code typed in pairs, as with dashes,
# which a version number seldom is and a date only when it reads a day and a month
# (``_calendar_date``).
_DOTTED = re.compile(r"(?![0-9]{2}(?:\.[0-9]{2}){2,3}\Z)[0-9]+(?:\.[0-9]+){2,3}")


# In the spelled view only: a PIN said in words leaves wider gaps between its digits than
# typed digits ever have ("noventa y cuatro" -> "9         4"). Not read on the deobfuscated
# view, where blanked joining words ("0418 und dann 9014") leave gaps as wide. A German
# pair is one long word ("siebenundvierzig, fuenfunddreissig" -> "47" and 15 blanks, "35"):
# up to 18 characters between digits.
_SPELLED_PIN = after_context(
    PIN_WORDS, r"(?<![0-9])[0-9](?:[\s.,\-]{0,18}[0-9]){3,7}(?![0-9])", gap=32
)


# Three or four digits; a longer run said after the same words is a longer code (a PIN:
# "le code que j'avais mis c'est deux cinquante-trois quatre cent quarante-deux"), masked
# whole rather than cut after its fourth digit. Up to 18 characters between digits, as for
# a PIN: a German pair is one long word, and a dash may follow it ("zweiundsiebzig - vier").
SPELLED_CVV_VALUE = r"(?<![0-9A-Za-z])[0-9](?:[\s.\-]{0,18}[0-9]){2,7}(?![0-9]|[\s.\-][0-9])"
_SPELLED_CVV = after_context(CVV_WORDS, SPELLED_CVV_VALUE)
_SPELLED_CVV_PLACE = after_context(CVV_PLACE_WORDS, SPELLED_CVV_VALUE)
# Said in words, the digits lie further apart ("vingt-sept sept" -> "27" and blanks, "7").
_SPELLED_HEDGED_CVV = _hedged(
    r"(?<![0-9A-Za-z])[0-9](?:[\s.\-]{0,18}[0-9]){2}(?![0-9]|[\s.\-]{1,18}[0-9])"
)


def _hedges(low: str) -> bool:
    """Whether the lower-cased message may hold a hedge ("i think", "je crois")."""
    return any(map(low.__contains__, _HEDGE_STEMS))


# A shop's or a branch's word right before a number: the place's number, never its PIN.
_STORE_WORDS = re.compile(
    r"(?i)\b(?:store|shop|tienda|sucursal|magasin|boutique|filiale|laden|loja)\s*+"
    r"(?:n(?:o|r|[º°])?\.?\s*+|#\s*+)?$"
)


# A locker's code said in words after the copula that hands it over ("the PIN for the
# parcel locker at store 525 was two zero zero one", "der Code vom Schließfach in Filiale
# 2653 war drei drei eins drei"): the store's number before the copula stays.
_SPELLED_LOCKER = re.compile(
    rf"(?i)\b{_LOCKER}[^\n\[\]]{{0,40}}?(?:\s(?:is|was|es|era|est|[ée]tait|ist|war|é|foi)\s|:)"
    r"\s*+(?P<value>(?<![0-9])[0-9](?:[\s.,\-]{0,18}[0-9]){3,7})(?![0-9])"
)


def find_spelled_pin(spelled: str) -> Iterator[Span]:
    """A PIN or a security code said in words after its word (the spelled view of a
    message that spells), and a locker's code said in words."""
    low = spelled.lower()
    lockers = _SPELLED_LOCKER.finditer(spelled) if _HOLDS_LOCKER_NOUN(low) else ()
    for match in lockers:
        yield Span(match.start("value"), match.end("value"), "PIN", 0.8, "patterns")
    if not has_letter(spelled):
        return  # every PIN, code and place word holds a letter: digits said alone name none
    changed = (match for pattern in _SPELLED_PIN_CHANGED_TO for match in pattern.finditer(spelled))
    for match in itertools.chain(_SPELLED_PIN.finditer(spelled), changed):
        value = match.group("value")
        if before(_STORE_WORDS, spelled, match.start("value"), 12):
            continue  # the store's number, not its PIN
        if not (_DOTTED.fullmatch(value) or _calendar_date(value) or day_and_month(value)):
            yield Span(match.start("value"), match.end("value"), "PIN", 0.8, "patterns")
    hedged = _SPELLED_HEDGED_CVV.finditer(spelled) if _hedges(low) else ()
    for match in (*_SPELLED_CVV.finditer(spelled), *_SPELLED_CVV_PLACE.finditer(spelled), *hedged):
        if not _not_a_code(spelled, match.start("value")):
            span = Span(
                match.start("value"), match.end("value"), "CREDIT_DEBIT_CVV", 0.8, "patterns"
            )
            yield span


# How many digits a code has: "de 4 dígitos", "6-digit", "à 4 chiffres", "4-stellige",
# "de 4 números", "mit 6 Ziffern".
_DIGIT_COUNT = re.compile(
    r"(?i)(?<![0-9])[0-9]{1,2}\s?-?\s?(?:d[íi]gitos?|digits?|chiffres?|ziffern?|stellen"
    r"|stellig\w*|n[úu]meros?)\b"
)


# What every word of ``_DIGIT_COUNT`` holds: a substring test before the scan.
_DIGIT_COUNT_HINTS = ("git", "chiffre", "ziffer", "stell", "mero")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# "le code c'est 851 988", "the code is 4821 93", "el código es 48219": the code itself,
# after an article or a possessive and nothing else ("promo code", "code postal", "zip
# code" qualify it), handed over by a copula: five to eight digits, in one or two groups.
# Three or four are the security code's (``find_cvv``), unless the code's length is told
# ("le code à 5 chiffres c'est 1945", "el código de 6 dígitos es 4821"): a count of digits
# names a secret code, and the customer may miscount.
_CODE_IS = re.compile(
    r"(?i)(?:^|(?<![\w'\u2019])(?:the|my|le|mon|ce|el|mi|este|der|mein|dieser|o|meu|este)\s++)"
    r"(?:code|c[óo]digo)\s*+"
    r"(?P<count>(?:à|a|de|mit|with)\s++[0-9]{1,2}\s?(?:chiffres|d[íi]gitos|ziffern|digits)\s*+)?"
    r"(?:is|es|est|c['\u2019]est|ist|é|:)\s*+"
    r"(?P<value>[0-9]{2,4}[ \-]?[0-9]{2,4})(?![0-9]|[.,/:\-][0-9])"
)
_CODE_IS_LEAST = 5
_COUNTED_CODE_LEAST = 4
_CODE_IS_MOST = 8


def _code_is(view: str) -> Iterator[re.Match[str]]:
    for match in _CODE_IS.finditer(view):
        digits = sum(c.isdigit() for c in match.group("value"))
        least = _CODE_IS_LEAST if match.group("count") is None else _COUNTED_CODE_LEAST
        if least <= digits <= _CODE_IS_MOST and not before(NOT_PERSONAL, view, match.start(), 32):
            yield match


# The code's length asked back, then the code: "four digits right? 6908", "son cuatro
# cifras no? 7485", "quatre chiffres c'est ça ? 786152", "vier Stellen oder? 9041". A PIN
# is four or six digits; the question mark closes the check, the number after it is the
# code. Never the last four of a card ("last 4 digits? 4821").
_COUNT_ASKED_THEN_CODE = re.compile(
    r"(?i)(?<!last\s)(?<![úu]ltimos\s)(?<!derniers\s)(?<!letzten\s)"
    r"\b(?:four|six|cuatro|seis|quatre|vier|sechs|quatro|[46])\s*-?\s*"
    r"(?:digits?|d[íi]gitos?|cifras?|chiffres?|stellen|ziffern|n[úu]meros?)\b"
    r"[^\d\n\[\].!?]{0,24}\?\s*+(?P<value>(?<![0-9])[0-9]{4,6})(?![0-9]|[.,/:\-][0-9])"
)
# What every ``_COUNT_ASKED_THEN_CODE`` match holds, its question mark and the code: a
# search led by the mark before the scan its look-behinds lead at every character.
_ASKED_THEN_FOUR = re.compile(r"\?\s*[0-9]{4}")


# A date's shape whose numbers are a day and a month: "88-61-78" has a date's dashes but
# is a PIN typed in pairs ("pin 88-61-78"), "12-05-2024" is a date.
_DAY_MONTH_YEAR = re.compile(r"([0-9]{1,2})[\-/.]([0-9]{1,2})[\-/.][0-9]{2,4}")
_YEAR_MONTH_DAY = re.compile(r"[0-9]{4}[\-/.]([0-9]{1,2})[\-/.]([0-9]{1,2})")


def _calendar_date(value: str) -> bool:
    if (match := _DAY_MONTH_YEAR.fullmatch(value)) is not None:
        if "." in value:  # dots write the day first ("29.05.07"); "05.29.07" is no date
            return 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(1)) <= 31
        return calendar_day_and_month(match.group(1), match.group(2))
    if (match := _YEAR_MONTH_DAY.fullmatch(value)) is not None:
        return 1 <= int(match.group(1)) <= 12 and 1 <= int(match.group(2)) <= 31
    return False


# India's postal code is the "PIN code", written "pincode" as one word: six digits, the first
# 1 to 8 (the region). A card's PIN named so comes with a card, bank or cash-machine word.
_PINCODE_WORD = re.compile(r"(?i)\bpin-?codes?\b(?:\s*+(?:is|:|-|=|no\.?|number))?\s*+$")
_POSTAL_PIN = re.compile(r"[1-8][0-9]{5}")
_CARD_OR_BANK = re.compile(rf"(?i){CASH_MACHINE}|\b(?:bank|banco|banque|atm|debit|credit)")


def _postal_pincode(view: str, begin: int, value: str) -> bool:
    return (
        _POSTAL_PIN.fullmatch(value) is not None
        and _PINCODE_WORD.search(view[max(0, begin - 24) : begin]) is not None
        and CARD_WORDS.search(view) is None
        and _CARD_OR_BANK.search(view) is None
    )


def find_pin(view: str) -> Iterator[Span]:
    """A PIN after its word, or before it ("1234 es mi pin"). Every PIN holds a digit of
    the view (spelled ones in the spelled view)."""
    if not has_digit(view):
        return
    if not has_letter(view):
        # every PIN word and hint is letters: a view of digits and separators is read for a
        # bare code only
        yield from _bare_code(view, (4, 6), "PIN")
        return
    # the PIN word found once: ``_PIN`` and the values named before it each start with one
    low = view.lower()
    worded = may_hold(view, low, _HOLDS_PIN_HINT) and PIN_WORDS.search(view) is not None
    first = (
        _not_references(view, named_values(PIN_WORDS, _PIN_FIRST, view))
        if worded and has_copula(view)
        else ()
    )
    # "code", "codigo", "código", "kode" hold "od" or "ód": a substring test spares long
    # messages the scan
    coded = "od" in low or "ód" in low
    machine = _PIN_AT_MACHINE.finditer(view) if coded else ()
    tried = _tried_codes(view) if coded else ()
    locker = (
        _PIN_LOCKER.finditer(view)
        if (coded or any(map(low.__contains__, _LOCKER_CODE_HINTS))) and _HOLDS_LOCKER_NOUN(low)
        else ()
    )
    # "a senha de 4 digitos é 2029", "my 6-digit pin is ...": the count of digits is no value
    counted = (
        _DIGIT_COUNT.sub(_blank, view)
        if any(map(low.__contains__, _DIGIT_COUNT_HINTS)) and _DIGIT_COUNT.search(view)
        else None
    )
    by_count = _PIN.finditer(counted) if counted is not None else ()
    found = (
        *(_PIN.finditer(view) if worded else ()),
        *(_PIN_DIGIT_BY_DIGIT.finditer(view) if worded else ()),
        # only where a joining word was blanked past ``_PIN``'s gap
        *(_PIN_IN_PAIRS.finditer(view) if worded and _PAST_PIN_GAP in view else ()),
        *(_code_in_pairs(view) if coded and _BLANKED_JOINER in view else ()),
        *by_count,
        *first,
        *machine,
        *tried,
        *locker,
        *_glued_codes(view, "pin"),
        *(_code_is(view) if coded else ()),
        *(_card_and_code(view) if coded else ()),
        *(changed for pattern in _PIN_CHANGED_TO if worded for changed in pattern.finditer(view)),
        *(
            _COUNT_ASKED_THEN_CODE.finditer(view)
            if "?" in view and _ASKED_THEN_FOUR.search(view) is not None
            else ()
        ),
        *_typed_again_at_machine(view, low),
    )
    for match in found:
        value = match.group("value")
        if before(_STORE_WORDS, view, match.start("value"), 12):
            continue  # "the PIN for the locker at store 2187 was ...": the store's number
        if _postal_pincode(view, match.start("value"), value):
            continue  # "my pincode is 176520 and ...": India's postal code
        if nearer(ERROR_WORDS, PIN_WORDS, view, match.start("value")):
            continue  # "senha ... e deu erro ERR-6279": the error's word owns the number
        # "pin que botei no caixa em 2027-02-28", "am 08.02. gesetzt": a date, not the PIN
        if not (_DOTTED.fullmatch(value) or _calendar_date(value) or day_and_month(value)):
            yield Span(match.start("value"), match.end("value"), "PIN", 0.8, "patterns")
            yield from _alternatives(view, match.end("value"), "PIN")
    yield from _bare_code(view, (4, 6), "PIN")
