"""A value's first part inside a sentence that goes on: "CLABE 021973. also the discount
...", "my social 36202 doesnt match", "me pueden marcar al 6000219 despues de las 19h".

A customer who hits Enter too soon does not always stop at the digits: the sentence may
go on about something else, and the rest of the value comes in the next messages ("oops
8157-3382", "rest is 4493"). The continuation marker reads the message's end
(``continuation.start_pending``); this finds where such a value ends right after its
context word, so the marker can read the message as if it stopped there.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import IS, NUMBER_LABEL
from connect_privacy.redaction.patterns.counted_things import counted_after

# Right after the context word: a number word, a copula, punctuation ("acct no 6745", "CLABE
# es 002", "CNPJ = 28"), then the value: digits in groups, a
# phone's "+", or an IBAN's country and check digits first ("from DE19", "PT5241582253").
# Then the sentence goes on: punctuation at most, and a word.
# Words after digits that make them a price or a day ("88 dólares", "1880 CHF", "12 de
# noviembre", "3 mars"), or name them ("22438 <- zip", "482 is wrong"): no value's first part.
# After a copula, the words that make the digits what the customer or the company has on
# record, in the five languages: "is what i have on file", "is the one you have", "es el que
# tengo registrado", "c'est ce que vous avez", "ist das, was ihr gespeichert habt", "é o que
# ta cadastrado". What it is used for ("es la que uso para todo") names a whole value.
_RELATIVE = (
    r"what|the\s+one|all|everything|(?:todo\s+)?(?:el|la|lo)\s+q(?:ue)?"
    r"|(?:tout\s+)?ce\s+qu(?:e|['\u2019])|celui|celle|(?:das|die|der|den)\s*,?\s*(?:was|die|der|den)"
    r"|was|alles|(?:tudo\s+)?(?:o|a|aquilo)\s+q(?:ue)?|tudo\s+q(?:ue)?"
)
_ON_RECORD = (
    r"have|has|got|on\s+file|regist|tengo|tienen|ten[ée]is|tiene|avez|ai\b|a\b|enregistr"
    r"|habe|habt|haben|hat|gespeichert|hinterlegt|tenho|t[êe]m|tem|ta\s+cadastr|cadastr"
)
_WHAT_ONE_HAS = (
    rf"(?i:(?:{_RELATIVE})\b[^\w\n]{{0,3}}(?:[^\W\d_]+[^\w\n]{{1,3}}){{0,3}}?(?:{_ON_RECORD}))"
)
# After a copula, a question about the digits ("account number 1991, is that you?", "es
# correcto?", "c'est bien ça?", "é isso mesmo?"): it asks, it names them nothing else.
_ASKS = (
    r"(?i:(?:that|this|it)(?!['\u2019]?s)\b|(?:eso|esto)\b|correct[oa]?\b|ustedes"
    r"|vous\b|bien\b|[çc]a\b|isso\b|voc[êe]s)"
)
# Between the value's word and the value: the article or the owner's word ("carte, la
# 3782 volée", "my card, my 4111 ...", "conta, a minha 1234"), in the five languages.
_WHICH_ONE = r"(?i:the|my|la|le|el|mi|mon|ma|meu|minha|a\s+minha|o\s+meu|die|der|meine?)"
# Between the value's word and the value: the country whose number it is ("Steuer-ID
# aleman:", "NIF portugais", "DNI espagnol c'est"), as customers name a foreign id's
# country after its word in English, Spanish, French and Portuguese (German puts it before).
_WHOSE_COUNTRY = (
    r"(?i:german|spanish|french|portuguese|brazilian|mexican|british"
    r"|alem[aá]na?|espa[ñn]ola?|franc[ée]sa?|portugu[ée]sa?|brasile[ñn][oa]|mexican[oa]"
    r"|allemande?|espagnole?|fran[çc]aise?|portugaise?|br[ée]silien(?:ne)?|mexicaine?"
    r"|britannique|alem[ãa]o?|espanhola?|franc[êe]sa?|portugu[êe]sa?|brasileir[oa]"
    r"|american[oa]?|am[ée]ricaine?|norte-?american[oa])"
)
_COPULA_AFTER = (
    r"[\s,;:\-]{1,3}(?i:is|are|was|es|era|est|ist|war|sind|[ée]|s[ãa]o|foi|it['\u2019]?s"
    r"|that['\u2019]?s|c['\u2019]\s?est|das\s+ist|eso\s+es|isso\s+[ée])\b"
)
# Or straight after the copula, what the company keeps: "is on file", "está registrado",
# "est enregistré", "ist hinterlegt", "está cadastrado".
_KEPT_ON_FILE = (
    r"(?i:on\s+file|registrad[oa]|enregistr[ée]e?|hinterlegt|gespeichert|cadastrad[oa])\b"
)
_ON_RECORD_AFTER = re.compile(
    rf"{_COPULA_AFTER}\s{{1,3}}(?:{_WHAT_ONE_HAS}|{_KEPT_ON_FILE})|(?i:\s{{1,3}}est[áa])\s{{1,3}}"
    rf"{_KEPT_ON_FILE}"
)
_PRICE_OR_DAY = (
    r"\s{1,3}(?:(?:de|of)\s{1,3})?(?i:dollars?|d[óo]lares|euros?|pesos|reais|reales|francs?"
    r"|libras?|pounds?|chf|usd|eur|mxn|brl|gbp|cad|jan|feb|f[ée]v|mar|april|avril|abril|ma[iy]"
    r"|jun|juin|jul|juil|aug|ao[ûu]t|ago|sep|set|o[ck]t|out|nov(?!o\b)|d[ée][cz]|dic|ene|gen)"
    r"|\s{0,3}(?:<-|->|\u2190)"
    # a copula right after names the digits ("cpf 482 is wrong", "cuenta 3071 es el saldo"),
    # unless it says they are what the customer has or gave ("is what i have on file")
    rf"|{_COPULA_AFTER}"
    rf"(?!\s{{1,3}}(?:{_WHAT_ONE_HAS}|{_KEPT_ON_FILE}|{_ASKS}))"
    # a distance, a weight ("ruta 12345 km"), a size or a rate of data ("débit 368 GB", "500
    # Mbit/s", "64 Go")
    r"|\s{0,3}(?i:km|kms|kg|kgs|mi|miles|millas|metros|meters|m[èe]tres|litros|liters|litres)\b"
    r"|\s{0,3}(?i:[kmgt](?:i?b|bit|bps|o)|gigas?|megas?)\b"
)
_GOES_ON = (
    # not a price, a share, a time or a measure ("10%", "55€", "21h", "3x", "2fa")
    rf"(?![0-9]|[ \-./]?[0-9]|\s?[%€$£]|[^\W\d_]|{_PRICE_OR_DAY})"
    r"[^\w\n\[\]%€$£]{1,4}[^\W\d_]"
)
_VALUE_THEN_WORD = re.compile(
    r"(?i)[^\w\n\[\]]{0,4}"
    rf"(?:{_WHOSE_COUNTRY}[^\w\n\[\]]{{1,4}})?(?:{_WHICH_ONE}[^\w\n\[\]]{{1,4}})?"
    rf"(?:{NUMBER_LABEL}[^\w\n\[\]]{{0,4}})?(?:{IS}[^\w\n\[\]]{{1,4}})?"
    rf"(?P<value>(?-i:[A-Z]{{2}})?\+?[0-9](?:[ \-./]?[0-9])*){_GOES_ON}"
)
# Any run of digits a word follows: where such a value may stand, found in one pass that
# skips to the digits, before the context words are looked for.
_DIGITS_THEN_WORD = re.compile(rf"(?<![0-9])[0-9](?:[ \-./]?[0-9])*{_GOES_ON}")
# The context word and its value are close: the value's word introduces it.
_REACH = 24
# The next field of a list right after the value: one word and its own digits, three at
# least ("cuenta 4630 9077 86 - tienda 418", "cpf 48207, pedido: 7731"). A customer listing
# fields types each one whole; an hour ("après 9:30h", "after 11am") is no field.
_NEXT_FIELD = re.compile(r"[^\w\n\[\]]{1,4}[^\W\d_]{2,}[\s:#=\-.]{0,3}[0-9]{3}")


def digits_then_words(view: str) -> bool:
    """Whether a run of digits a word follows stands anywhere in ``view``: a value inside
    a sentence needs one."""
    return _DIGITS_THEN_WORD.search(view) is not None


def on_record_after(view: str, end: int) -> bool:
    """Whether the words after the digits ending at ``end`` say they are what the customer
    or the company has on record ("98 es el que tengo registrado"): the value, however few
    its digits, and no count."""
    return _ON_RECORD_AFTER.match(view, end) is not None


def value_then_words(view: str, word_end: int) -> int | None:
    """Where the value right after a context word ending at ``word_end`` ends, when the
    sentence goes on after it with a word; None otherwise, when the digits count the word
    after them ("cuenta 3 veces", "card 2 days ago"), or when that word names the next
    field's digits ("- tienda 418")."""
    found = _VALUE_THEN_WORD.match(view, word_end, min(len(view), word_end + _REACH + 64))
    if found is None or found.start("value") - word_end > _REACH:
        return None
    begin, end = found.span("value")
    if counted_after(view, begin, end) or _NEXT_FIELD.match(view, end) is not None:
        return None
    return end
