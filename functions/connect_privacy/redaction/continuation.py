"""Numbers split across messages: a marker that a sensitive number is in progress.

A customer who types ``my card is 4111 1111`` and then ``1111 1111`` sends a card
number no single message holds. After each message, :func:`redact_in_conversation`
leaves a :class:`PendingNumber` when the message ends with the start of a
number after a context word (card, account, IBAN, phone, SSN, national id, in
five languages) that is shorter than a whole value of that kind; the next
messages' leading digit groups are then masked as that kind, until the value is
complete, a message does not continue it, ``MAX_FOLLOW_UPS`` messages have
passed or ``WINDOW_SECONDS`` have elapsed. The first part is masked as well:
four digits after "my card number is" are part of a card number. An interjection
may follow the first part ("4111 1111 wait", "espera", "moment"), and a message
with no context word that ends with a card's first groups as printed on it, with
an issuer's prefix ("c'est 4012 8888"), starts a card, and so do a card's first digits
however grouped after the customer says the number comes in parts ("in bits, first
52008386", "vou mandar em partes 3782"); a message ending with a country code and the
first digits of a phone ("+1 415") starts a phone. An account word before an IBAN's
start ("mon compte : FR76 3000 6000 01QM") starts an IBAN, letters and all. A message
without digits that ends with a context word ("mon numéro de sécu") announces a value:
nothing of it seen yet, the next messages' leading groups are it. Words after a trailing
value that neither ask to wait nor say more is coming name the value ("20001 <- plz"): it
starts nothing.
A card's ending masked last in a message ("o cartão final 4111") leaves an unnamed card
marker for one message: the card's rest or whole number in it, alone or after a word saying
it is whole ("não, todo 3418 7823 0891", "1082 uy mandé toda"), is masked when the digits
make a card with the ending's. A bare card's last follow-up must make it whole.
A short message asking to wait ("wait", "un momento", "👇") between the parts keeps the
marker, and counts towards ``MAX_FOLLOW_UPS``. A card of sixteen digits may run to
nineteen: a next message of exactly the three left is its end. Ten national digits with no
trunk 0 may be a mobile of eleven: a digit alone sent at once is its end. A message of a card
issuer's first digits and nothing else, maybe after a filler ("3528", "alors c'est
42426020"), masks nothing but leaves an *unnamed* marker: the next message's leading
digits are the card's rest only if that message names them a card ("4598-1866-8282 is my
card") or is digits alone that fit in a card ("2223", then "7551-2140-1166"). A card may
take four follow-ups (its four printed groups), a NIR four (read out in its seven groups),
a CLABE four (bank, plaza, account, check digit), an account or an IBAN four (its groups of
three or four), other kinds two. An expiry word and a
month alone ("expiration 07") start an expiry: its year is the next message's. A message
asking to wait with no context word ("une seconde", "pera", "bancame") starts a dictation,
as "ready?" does: the next messages of digits alone are masked. A message of a code's word
and two digits alone ("code 35") is half a PIN: the next two digits end it. Five to seven
bare digits leave an unnamed phone marker the same way ("04123", then "34623 that's my
mob"). A message that is a "+" and digits ("+61") starts a phone; an IBAN's country and
check digits ending a request for a refund ("send the refund to GB85") start an IBAN. A
number dictated after a hesitation ("ähm") may start with two digits. After a phone's bare
start, a message of digits alone that makes a phone with it is its rest ("06-123", then
"486-23"); seven or eight bare digits in three groups ("12-31-974") are masked as a
phone's start. Canada's transit waits for the institution's three digits, Brazil's agência
for its check digit. A message that opens with a value's characters and names them ("450 é
o nif", "V ese es el dni") masks them: the last part of an id sent bare. A trunk 0 or the
NANP's 1 alone after a phone's word and a copula ("my cell is 1") starts a phone, and so
does a phone's start after a number word opening the message ("number is 201", "el número
es 612"). A passport's first characters after its word ("passeport 46E") start a passport,
continued by capitals and digits alone ("C23891"); an e-mail address's user name after its
word ("email jane.doe73", ``email_parts``) starts an e-mail, ended by its domain alone
("example.com"); a MAC address's first pairs after its word ("mac 3C:A6:2F", ``mac_parts``)
an AWS secret key's first groups after its word ("secret is 7kQpXr2a Wm9tLs4e",
``secret_key_parts``) and an access key ID's prefix and first groups ("key AKIA 7QX2",
``access_key_parts``) start theirs, ended by exactly the pairs or characters left, alone; a
driving licence's first characters right after its word ("Führerschein B072",
``licence_parts``) start one, ended by capitals and digits alone ("RRE2 I55"); a BIC's
first groups after its word ("swift is ABCD", ``bic_parts``), by the groups left alone. A
duration after words ("schon 37 tage") is no value's rest. A message ending with a tried
password leaves a marker for the next guess sent alone ("tried password Sol#8812", then "and
Nuage42!", ``next_guess``), or for its rest, letters with digits alone in the very next message
("password Kiwi*7", then "noix-29", ``password_rest``); one ending with a card's security code
or a whole compact expiry, for the code retyped after a correction ("cvv 471", then "no wait
146", ``retyped_code``) or another offered in its place ("exp 0827", then "or maybe its 0526
hang on"). A customer checking that the agent asked for the number ("you asked for the
number?") starts a dictation, as "ready?" does, and so does one saying the last message went
too soon ("oups envoyé trop vite"). A CURP's first sixteen characters alone wait for its last
two alone ("JAFB840518MGTXRJ", then "05"); bare digits, then a capital alone that makes eight
digits and a letter with them ("38", then "699 411 W"), end a DNI. A code the customer forgot
("j'ai oublié mon code") announces a PIN, which may follow "l'ancien était" or a hedge
("i think it was", "creo que era", "glaub es war").
A lone "ups" before the next digits is the slip of German, Spanish and Portuguese ("Karte
4111 1111", then "ups 1111 1111") when the customer writes one of those languages, and the
carrier's name otherwise (``interjected_ups``).
Another card offered by pointing at it ("pay with this one instead 6011",
``other_card_offered``) starts a card; a value's word followed by words saying it comes in
the next message ("i'll send my account in the next msg", ``next_message``) announces it; a
joining word alone after a first part ("NIR 2 und") says its rest is coming.
A card's ending taken back for its whole number before the digits ("tarjeta terminada en...
bueno toda: 4012 8821") makes them the card's first part, not its ending.

A short message asking with a passport's or a user name's word ("¿pasaporte?", "votre
identifiant ?", ``asked_user_name``) announces that value, sent alone next; so does a message
without digits saying the value went out too soon, comes in parts or is here ("sorry hit
enter too soon", "mando em partes", "ok here"), for digits alone. An IPv4 address's first
parts after its word leave a marker counting parts for the rest alone (``ip_parts``); a
CNPJ's first twelve digits, ending with its branch ("0001"), one for its check digits.

The marker holds the kind, how many characters of the value were seen, how
many make a whole value, how many messages followed, whether the digits came unnamed,
and when it expires, and whether the customer writes a language whose "oops" is "ups": never
a character of the value. It is a small frozen value, so the
inbound relay can keep it per customer session (``to_item`` / ``from_item``) and pass it
back with the next message.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import phonenumbers
from stdnum.fr import nir
from stdnum.us import rtn

from connect_privacy.redaction.patterns import shared_caches
from connect_privacy.redaction.patterns.access_key_parts import (
    ACCESS_KEY_CHARS,
    access_key_rest,
    access_key_start,
)
from connect_privacy.redaction.patterns.answered_digits import (
    answer_lead,
    bare_answer,
    country_code_answer,
)
from connect_privacy.redaction.patterns.asked_answer import (
    OPENING,
    SHAPES,
    answered_login,
    answered_value,
    corrects,
)
from connect_privacy.redaction.patterns.asked_user_name import (
    handle_alone,
    user_name_asked,
    user_name_cut,
    user_name_labelled,
    user_name_rest,
)
from connect_privacy.redaction.patterns.banking import (
    ABA_WORDS,
    CVV_WORDS,
    DATE_WITH_YEAR,
    EXPIRY_WORDS,
    PIN_WORDS,
    TRANSIT_WORDS,
    answered_expiry,
    expiry_at,
)
from connect_privacy.redaction.patterns.bic_parts import BIC_MOST, bic_rest, bic_start
from connect_privacy.redaction.patterns.card_date_reply import date_reply_expiry
from connect_privacy.redaction.patterns.cards import CARD_WORDS, ENDING_WORDS, WHOLE_WORDS
from connect_privacy.redaction.patterns.cards import ENTITY as CARD
from connect_privacy.redaction.patterns.context import (
    ACCOUNT_WORDS,
    IS,
    NOT_PERSONAL,
    NUMBER_LABEL,
    PHONE_WORDS,
    SPECIFIC_PHONE_WORDS,
    bare_number,
    full_date,
    has_digit,
    has_letter,
    letters_with_others,
    may_hold,
    starts,
    words,
)
from connect_privacy.redaction.patterns.corrections import other_code, retyped_code
from connect_privacy.redaction.patterns.counted_things import counted_after
from connect_privacy.redaction.patterns.credentials import (
    ERROR_WORDS,
    LOGIN_WORD,
    next_guess,
    password_rest,
    password_said_after,
    tried_verb_ends,
)
from connect_privacy.redaction.patterns.date_only import only_a_date
from connect_privacy.redaction.patterns.digit_groups import calendar_day_and_month
from connect_privacy.redaction.patterns.email_parts import (
    EMAIL_WORDS,
    domain_alone,
    user_name_alone,
    user_name_ending,
)
from connect_privacy.redaction.patterns.error_words import names_shown_error
from connect_privacy.redaction.patterns.fetched_value import fetched_kind, handed_value_end
from connect_privacy.redaction.patterns.iban_start import IBAN_LENGTHS, iban_country_start
from connect_privacy.redaction.patterns.identity_numbers import (
    CLABE_WORDS,
    CNPJ_WORDS,
    CPF_WORDS,
    CURP_WORDS,
    DE_TAX_WORDS,
    DNI_WORDS,
    NIR_WORDS,
    PT_NIF_WORDS,
    RFC_WORDS,
)
from connect_privacy.redaction.patterns.interjected_ups import oops_says_ups, slip_ups_alone
from connect_privacy.redaction.patterns.ip_parts import IPV4_PARTS, ip_head_parts, ip_rest
from connect_privacy.redaction.patterns.licence_parts import (
    LICENCE_MOST,
    licence_announced,
    licence_number_word,
    licence_rest,
    licence_start,
)
from connect_privacy.redaction.patterns.locked_out import locked_out
from connect_privacy.redaction.patterns.mac_parts import (
    MAC_PAIRS,
    mac_first_pairs,
    mac_pairs_ending,
    mac_rest,
    mac_word_ending,
)
from connect_privacy.redaction.patterns.national_ids import (
    DRIVER_WORDS,
    ITIN_WORDS,
    NINO_PREFIX,
    NINO_WORDS,
    PASSPORT_WORDS,
    SSN_WORDS,
)
from connect_privacy.redaction.patterns.new_one_aside import NEW_ONE_ASIDE
from connect_privacy.redaction.patterns.next_message import NEXT_MESSAGE, before_next_message
from connect_privacy.redaction.patterns.normalize import deobfuscate, fold, spell
from connect_privacy.redaction.patterns.other_card_offered import offered_card_digits
from connect_privacy.redaction.patterns.secret_key_parts import (
    SECRET_KEY_CHARS,
    secret_key_rest,
    secret_key_start,
)
from connect_privacy.redaction.patterns.secrets import USERNAME_WORDS
from connect_privacy.redaction.patterns.transfer_target import transfer_target_start
from connect_privacy.redaction.patterns.tried_codes import tried_codes
from connect_privacy.redaction.patterns.value_then_words import (
    digits_then_words,
    on_record_after,
    value_then_words,
)
from connect_privacy.redaction.redactor import RedactionResult
from connect_privacy.redaction.spans import Span

WINDOW_SECONDS = 120.0
MAX_FOLLOW_UPS = 2
# A card is printed in four groups and read out group by group: after its first part (or
# the message announcing it), up to four messages may continue it.
CARD_FOLLOW_UPS = 4
# A phone number is read out in its groups too: in four ("06", "639", "697", "16") or, in
# French, pair by pair ("06", "12", "34", "56", "78"); up to four messages may continue it
# (ten digits complete it sooner).
PHONE_FOLLOW_UPS = 4
# An account number or an IBAN is read out in its groups of three or four as well: up to
# four messages may continue it (its length, or the IBAN's country's, completes it sooner).
BANK_FOLLOW_UPS = 4
# An answer to the agent's question: customers read a tax id or an account out in three or
# four messages ("585", "123 pronto", "…e 585").
_ASKED_FOLLOW_UPS = 4
_SCORE = 0.9

IBAN_WORDS = words(r"iban")
# The most digits a card's ending is taken to have: its last four (five on American Express),
# or two printed groups ("card ending 4111 2222" starts no card of its own; the one-message
# marker of ``_after_card_ending`` may take its rest). More after an ending word
# ("card ending 4111-3850-2307", "termina en 5555 1357 9812") are the card's first groups,
# typed before the customer corrects themselves.
_ENDING_DIGITS_MOST = 8


@dataclass(frozen=True)
class _Kind:
    entity: str
    complete: int  # characters (digits, and letters for IBANs and ids) of a whole value
    letters: bool = False
    first: int = 2  # characters the first part has at least (a NIR starts with one: sex)
    follow_ups: int = 2  # messages that may continue it (``MAX_FOLLOW_UPS`` for most)


# The people whose number a customer gives for them: a spouse, a child, a parent, a sibling.
_KIN_EN = (
    r"(?:husband|wife|partner|son|daughter|mom|mum|mother|dad|father|brother|sister"
    r"|boyfriend|girlfriend)"
)
_KIN_DE = (
    r"(?:(?:ehe)?mann(?:es)?|(?:ehe)?frau|sohn(?:es)?|tochter|mutter|vater(?:s)?|bruder(?:s)?"
    r"|schwester|partner(?:in|s)?|freund(?:in|es)?)"
)
_KIN_ES = (
    r"(?:esposo|esposa|marido|mujer|pareja|hij[oa]|madre|padre|mam[áa]|pap[áa]|herman[oa]"
    r"|novi[oa])"
)
# "chum", "blonde": a boyfriend and a girlfriend in Quebec French
_KIN_FR = (
    r"(?:mari|femme|conjointe?|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s[œo]e?ur|copine?"
    r"|chum|blonde)"
)
_KIN_PT = r"(?:marido|esposa|mulher|companheir[oa]|filh[oa]|m[ãa]e|pai|irm[ãa]o?|namorad[oa])"
# Whose value it is, between its word and the value ("el NIE de mi pareja es Z", "the SSN of
# my wife is", "le NIR de ma femme", "o CPF da minha esposa", "die Steuer-ID meiner Frau"):
# three words that do not move the value away from its word.
_WHOSE = re.compile(
    rf"(?i)\b(?:of\s+(?:my|our)\s+{_KIN_EN}|de\s+(?:mi|nuestr[oa])\s+{_KIN_ES}"
    rf"|de\s+(?:mon|ma|notre)\s+{_KIN_FR}|d[ao]\s+(?:minha|meu|nossa|nosso)\s+{_KIN_PT}"
    rf"|(?:von\s+)?(?:meine[mrs]?|unsere[mrs]?)\s+{_KIN_DE})(?!\w)"
)
# Imperatives asking to be called back, each branch opening with a letter (``words``).
_CALL_ME_BACK = (
    r"give\s*(?:me\s*)?a\s*(?:call|ring|buzz)",
    r"gimme\s*a\s*(?:call|ring|buzz)",
    r"phone\s*me",
    r"ring\s*me",
    r"ll[áa]m(?:ame|eme|enme|adme)",
    r"m[áa]rc(?:ame|adme)",
    r"m[áa]rqu(?:eme|enme)",
    r"devu[ée]lv(?:a|e|an|en)?(?:me)?\s*la\s*llamada",
    r"regr[ée]s(?:a|e|an|en)?(?:me)?\s*la\s*llamada",
    r"rappel(?:ez|le|lez)\s*-?\s*moi",
    r"appel(?:ez|le|lez)\s*-?\s*moi",
    r"recontact(?:ez|e)\s*-?\s*moi",
    r"contact(?:ez|e)\s*-?\s*moi",
    r"joignez\s*-?\s*moi",
    r"ruf(?:t|en\s*sie)?\s*mich\s*(?:bitte\s*)?(?:zur[üu]ck|an|unter|auf)",
    r"me\s*(?:lig(?:a|ue|uem)|retorn(?:a|e|em))",
    r"lig(?:a|ue|uem)\s*-\s*me",
    r"retorn(?:a|e|em)\s*-\s*me",
)
# "mon num", "meine Nr.", "mi nro", "meu nº", "my no.": a possessive and a number word or
# its abbreviation is the customer's own number, a phone unless its digits say otherwise.
# The abbreviations only after a space: "mano" (slang for "bro"), "mino" are words of their own.
# A new or old one is the customer's all the same ("my old number", "mi antiguo número", "mon
# ancien numéro", "meine alte Nummer", "meu antigo número"): the old one may still be on file.
_NEW = (
    r"(?:(?:new|nuevo|nouveau|neue|novo|old|former|previous|antiguo|viejo|ancien|alte"
    r"|antigo|velho)\s*)?"
)
_MY_NUMBER = words(
    r"(?:my|mi|mon|ma|mein|meine|meu|minha)"
    rf"(?:\s*{_NEW}(?:number|n[úu]mero|num[ée]ro|nummer)"
    rf"|\s+{_NEW}(?:num|nro|nr|no|n\.?\s?[º°o]))\.?",
)
# A phone's digits or its "+" right after a word: the number itself follows.
_DIALLED = r"(?=\s*:?\s*[+0-9])"
_OWN_NUMBER = words(
    r"call\s*me",
    # asked to be called back, in the imperative, with or without the number's preposition:
    # "give me a call", "phone me", "llámame", "devuélveme la llamada", "rappelez-moi",
    # "recontactez-moi", "ruft mich zurück", "rufen Sie mich unter", "me liga", "liga-me",
    # "me retorna"; the number follows, maybe in the next messages
    *_CALL_ME_BACK,
    # another number to reach the customer on: "contact no", "alt number", "callback
    # number", "número de contacto", "numéro alternatif", "Zweitnummer", "outro número"
    r"(?:contact|alt|alternat(?:e|ive)|other|second|backup|call\s*-?\s*back)\s*"
    r"(?:number|num|nr|no|#)\.?",
    r"(?:n[úu]mero|num[ée]ro)\s*(?:de\s*)?(?:contacto|contato|contact|alternativo|alternatif)",
    # the number the customer prefers to be reached on: "best number is", "preferred no",
    # "mejor número", "meilleur numéro", "beste Nummer", "melhor número"; not "the best
    # number of ..." (a count)
    r"(?:best|preferred)\s*(?:contact\s*)?(?:number|num|no)\.?(?!\s+of\b)",
    r"(?:mejor|meilleur|beste|melhor)\s*(?:n[úu]mero|num[ée]ro|nummer)(?!\s+(?:de|of)\b)",
    r"(?:otro|outro|autre)\s*(?:n[úu]mero|num[ée]ro)",
    # a new number without its possessive: "new number is (208)", "nuevo número 55"
    r"(?:new|nuevo|nouveau|neue|novo)\s*(?:number|n[úu]mero|num[ée]ro|nummer)(?!\s+of\b)",
    # "ü" typed as "ue" on a keyboard without it ("rueckrufnummer")
    r"(?:kontakt|zweit|ersatz|r(?:[üu]|ue)ckruf)\s*-?\s*nummer",
    # the number for the callback: "number for the callback", "numéro pour le rappel",
    # "Nummer für den Rückruf", "número para la devolución de llamada", "número para o retorno"
    r"(?:number|num[ée]ro|nummer|n[úu]mero)\s*(?:for|pour|f(?:[üu]|ue)r|para)\s*"
    r"(?:(?:the|a|le|un|den|einen|la|el|o)\s*)?"
    r"(?:call\s*-?\s*backs?|rappel|r(?:[üu]|ue)ckruf|devoluci[óo]n\s*de\s*(?:la\s*)?llamada|retorno)",
    # "die nr 030", "die Nummer +49": the number the talk is about, when its digits open as
    # a phone's do (a trunk 0, a country code); "die nr 4711" may be an order's
    r"die\s*(?:nr|nummer)\.?(?=\s*:?\s*[+0])",
    # "num 06", "num +33": French's shortest word for a number, before a trunk 0 or a "+",
    # first in its clause ("commande num 0123" is the order's). The look-behind comes after
    # "num", not before it: a phrase opening with one would cost the list its first-letter
    # look-ahead (``starts``), and every branch would be tried at every word boundary.
    r"num(?<![^\W\d_]\snum)\.?(?=\s*:?\s*(?:\+|0[1-9]))",
    r"andere\s*nummer",
    # where the customer can be reached: "reachable at", "reach me on", "erreichbar unter",
    # "localizable en", "joignable au", "contactável no"
    r"reach(?:able|\s*me)\s*(?:at|on)",
    r"erreichbar\s*(?:unter|[üu]ber|auf)",
    r"localizable\s*(?:en|al)",
    r"(?:joignable|contactable)\s*(?:au|sur)",
    r"contact[áa]vel\s*(?:no|pelo)",
    # the number to call the customer back on, the verb in the infinitive after "can you":
    # "me pueden marcar al", "llamarme al", "me rappeler au", "me joindre sur le", "mich
    # unter ... anrufen", "me ligar no", "can you call back on"
    r"(?:llamar|marcar|contactar)(?:me|nos)?\s*(?:al|en\s*el)",
    r"(?:rappeler|appeler|joindre|contacter)\s*(?:au|sur\s*le)",
    r"mich\s*(?:bitte\s*)?unter",
    r"(?:ligar|retornar)(?:-?me)?\s*(?:no|pro|para\s*o)",
    r"call\s*(?:back\s*)?(?:at|on)",
    # where a text or a call came from: "got a text from +1415", "un sms du 06", "un mensaje
    # del 55", "eine SMS von 0151", "uma mensagem do 11"; digits right after it ("a text
    # from my bank" announces no number)
    rf"(?:text|sms|call|message)\s*from{_DIALLED}",
    rf"(?:sms|appel|message)\s*(?:du|de){_DIALLED}",
    rf"(?:mensaje|sms|llamada)\s*(?:del|de){_DIALLED}",
    rf"(?:sms|anruf|nachricht)\s*von{_DIALLED}",
    rf"(?:mensagem|sms|liga[çc][ãa]o)\s*(?:do|de){_DIALLED}",
    # a relative's number to reach them on: "my husband's number is 415", "die Nummer von
    # meinem Mann ist 0660", "die Nummer meiner Frau"; not "my son's order number"
    rf"(?:my|our)\s*{_KIN_EN}['\u2019]?s\s*(?:(?:phone|cell|mobile)\s*)?(?:number|num|no)\.?",
    rf"(?:nummer|nr)\.?\s*(?:von\s*)?(?:meinem|meiner|meines)\s*{_KIN_DE}",
    # "el número de mi esposo es 312", "le numéro de ma femme"; not "el número de pedido de
    # mi hijo" (the kin right after the number word)
    rf"n[úu]mero\s*de\s*(?:mi|nuestr[oa])\s*{_KIN_ES}",
    rf"num[ée]ro\s*de\s*(?:mon|ma|notre)\s*{_KIN_FR}",
    # the number to reach the customer on: "number to call back", "number to reach me",
    # "número para llamarme", "numéro pour me rappeler", "número para contato"
    r"number\s*to\s*(?:call|reach|ring|text)",
    r"n[úu]mero\s*para\s*(?:llamar|contactar|ligar|contato|retorno)\w*",
    r"num[ée]ro\s*pour\s*(?:me\s*|vous\s*)?(?:rappeler|joindre|contacter)",
    # "le num 0123", "el num 612": the number's abbreviation after an article, a phone as
    # "le numéro" is ("le num de commande 4821" names another: see ``NOT_PERSONAL``); here,
    # not a pattern of its own, to spare every message one more scan
    r"(?:le|el|o)\s*num\.?",
)


# "j'ai oublié mon code", "forgot my code", "olvidé mi código", "esqueci o meu código", "ich
# habe meinen Code vergessen": the code the customer cannot remember is a secret one, and the
# old one they then give ("l'ancien était 2365") is a PIN. Only ending the message: "mon code
# postal", "my code for the gift card" are other codes.
_FORGOTTEN_CODE = words(
    r"(?:oubli[ée]|forgot(?:ten)?|olvid[ée]|esqueci)\s*(?:(?:mon|my|mi|el|le|the|o|meu)\s*){0,2}"
    r"(?:code|c[óo]digo)(?=\W*\Z)",
    r"(?:meinen|den)\s*code\s*vergessen",
)

# "text me at", "envoyez un sms au", "schick eine SMS an", "manda mensagem no", "mándame un
# whatsapp al": where to send a message is a phone number.
_SENT_WHAT = (
    r"\s*(?:(?:a|an|un|une|eine|uma|um)\s*)?"
    r"(?:sms|text|texto|message|mensagem|mensaje|nachricht|whatsapp|zap|otp)\s*"
    r"(?:at|to|on|au|à|an|no|na|al|para|a)"
)
_MESSAGE_TO = words(
    r"text\s*me\s*(?:at|on)",
    r"sms\s*me\s*(?:at|on)",
    r"message\s*me\s*(?:at|on)",
    r"whatsapp\s*me\s*(?:at|on)",
    *(
        rf"{verb}{_SENT_WHAT}"
        for verb in (r"send\w*", r"envoy\w*", r"schick\w*", r"m[aá]nd\w*", r"envi\w*")
    ),
)

# "ph 0412 307", "ph (514)": a phone's shortest abbreviation. Read only here, where a number
# is cut short; a whole phone needs no word to be found.
_PHONE_SHORTHAND = words(r"ph")

_LONG_ACCOUNT_WORDS = words(r"cbu", r"cvu")
_NIB_WORDS = words(r"nib")
_SIX_DIGIT_BRANCH_WORDS = words(r"bsb", r"sort\s*-?\s*code", r"s/c")
_BLZ_WORDS = words(r"blz", r"bankleitzahl")
# France's bank code on a RIB, five digits: "code banque", "code établissement"; "code guichet"
# the branch's, five too.
_FRENCH_BANK_CODE_WORDS = words(
    r"code\s*banque", r"code\s*(?:d['\u2019]\s*)?[ée]tablissement", r"code\s*guichet"
)
_EXPIRY, _MONTHS = "CREDIT_DEBIT_EXPIRY", 12
# Canada's transit number (five digits, ``TRANSIT_WORDS``) is followed by the institution's
# three: "transit 26431", then "002 et compte ...". Brazil's agência has four digits and a
# check digit, which customers often send on its own: "ag 7937", then "9 conta ...". Not
# "AG", a company.
# After "da", "na", "pela", "numa" the agência is a place, the branch one stands in or its ATM
# ("o caixa da agência 130", "na agência 242"): its number is no code being typed.
# (The look-behinds follow the word, so that the list keeps its first-letter look-ahead.)
_AGENCIA = r"ag[êe]ncia"
_AT_A_PLACE = "".join(rf"(?<!\b{place}\s{_AGENCIA})" for place in ("da", "na", "pela", "numa"))
_AGENCIA_WORDS = words(rf"{_AGENCIA}{_AT_A_PLACE}", r"[aA](?-i:g)\.?")

_PASSPORT = "PASSPORT_NUMBER"
_PASSPORT_KIND = _Kind(_PASSPORT, 8, letters=True)
# "Pass G3P", then "7YN ZY0": German for passport, opening the message before the start of
# one (``_passport_start`` reads only capitals and digits shaped so after it). Not within a
# message: "boarding pass", "day pass", "bus pass".
_PASS_OPENING = re.compile(r"(?i)\A[^\w\n]{0,4}pass(?![\w'\u2019])")
_IBAN = "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
# One kind for every word that names a phone: ten digits wait, ``PHONE_FOLLOW_UPS`` messages.
_PHONE = _Kind("PHONE", 10, follow_ups=PHONE_FOLLOW_UPS)
# After "mon numéro", "my number": the customer's own number, which may come digit by digit
# from its first ("mon numéro 0", then "6 12 ..."); a phone's word alone wants two ("call
# me in 5" is a time).
_MY_PHONE = replace(_PHONE, first=1)

# A generic number's word qualified by its country names that country's number: "french
# social security number", "número da segurança social francesa", "französische
# Sozialversicherungsnummer" are a NIR, not a US SSN; "german tax id", "id fiscal alemán",
# "numéro fiscal allemand", "id fiscal alemão" are a Steuer-ID. Ending where the generic
# word does or later, the longer word wins (``start_pending``).
_FRENCH = r"(?:french|franc[ée]s[ae]?|fran[çc]ais[e]?|franz[öo]sische[rn]?|franc[êe]s[a]?)"
_GERMAN = r"(?:german|alem[áa]n[a]?|allemand[e]?|deutsche[rn]?|alem[ãa][oe]?|alem[ãa])"
_FOREIGN_NIR_WORDS = words(
    rf"{_FRENCH}\s*(?:social\s*security|social\s*insurance|sozialversicherungs)"
    r"(?:\s*-?\s*(?:number|no|nummer|nr)\.?)?",
    rf"(?:seguridad|seguran[çc]a)\s*social\s*{_FRENCH}",
)
_FOREIGN_TAX_WORDS = words(
    rf"{_GERMAN}\s*tax\s*(?:id|number|no)\.?",
    rf"(?:id|identificaci[óo]n|identifiant|identifica[çc][ãa]o|n[úu]mero|num[ée]ro)\s*fiscal"
    rf"\s*{_GERMAN}",
)

# Context words, most specific first; the last context word in a message decides.
_KINDS: tuple[tuple[re.Pattern[str], _Kind], ...] = (
    # printed in groups of four, and read out so: up to four messages go on ("IE29 AIBK",
    # "9311 5212", "3456", "78")
    (IBAN_WORDS, _Kind(_IBAN, 15, letters=True, follow_ups=BANK_FOLLOW_UPS)),
    # printed in four parts (bank, plaza, account, check digit), each may come on its own
    (CLABE_WORDS, _Kind("MX_CLABE", 18, follow_ups=4)),
    # read out in its printed groups ("2 75 04 13 314 514 69"): up to four messages go on
    (NIR_WORDS, _Kind("FR_NIR", 15, first=1, follow_ups=4)),
    (_FOREIGN_NIR_WORDS, _Kind("FR_NIR", 15, first=1, follow_ups=4)),
    # read out in its printed groups ("123", "456", "789", "09"), each may come on its own
    (CPF_WORDS, _Kind("BR_CPF", 11, follow_ups=4)),
    (CNPJ_WORDS, _Kind("BR_CNPJ", 14)),
    (CURP_WORDS, _Kind("MX_CURP", 18, letters=True)),
    (RFC_WORDS, _Kind("MX_RFC", 13, letters=True)),
    (DNI_WORDS, _Kind("ES_DNI", 9, letters=True)),
    (DE_TAX_WORDS, _Kind("DE_TAX_ID", 11)),
    (_FOREIGN_TAX_WORDS, _Kind("DE_TAX_ID", 11)),
    (PT_NIF_WORDS, _Kind("PT_NIF", 9)),
    # two letters, six digits and a letter; the two letters may come alone first ("GM")
    (NINO_WORDS, _Kind("UK_NATIONAL_INSURANCE_NUMBER", 9, letters=True)),
    # eight or nine capitals and digits, typed in two goes ("passeport 46E", then "C23891")
    (PASSPORT_WORDS, _PASSPORT_KIND),
    (_PASS_OPENING, _PASSPORT_KIND),
    # nine digits said in their three groups, after a message announcing them
    (SSN_WORDS, _Kind("SSN", 9, follow_ups=3)),
    (ITIN_WORDS, _Kind("US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", 9, follow_ups=3)),
    (CARD_WORDS, _Kind(CARD, 16, follow_ups=CARD_FOLLOW_UPS)),
    # an expiry's month alone after its word ("expiration 07", "Ablauf 10"): its year follows
    (EXPIRY_WORDS, _Kind(_EXPIRY, 4)),
    # Argentina's CBU and CVU have 22 digits, Portugal's NIB 21: wait for them whole.
    (_LONG_ACCOUNT_WORDS, _Kind("BANK_ACCOUNT_NUMBER", 22)),
    (_NIB_WORDS, _Kind("BANK_ACCOUNT_NUMBER", 21)),
    # A bank-branch code said in parts: Australia's BSB and the UK/Irish sort code have six
    # digits ("bsb is 035", then "892"), Germany's Bankleitzahl eight ("blz 493", "36 ...").
    (_SIX_DIGIT_BRANCH_WORDS, _Kind("BANK_ROUTING", 6)),
    (_BLZ_WORDS, _Kind("BANK_ROUTING", 8)),
    (_FRENCH_BANK_CODE_WORDS, _Kind("BANK_ROUTING", 5)),
    (TRANSIT_WORDS, _Kind("BANK_ROUTING", 8)),
    (_AGENCIA_WORDS, _Kind("BANK_ROUTING", 5)),
    # a US routing number has nine digits ("routing 2670", then "84131"), in three groups too
    (ABA_WORDS, _Kind("BANK_ROUTING", 9, follow_ups=3)),
    # Account numbers run from 8 to 20 digits: wait for 12 (most US and European ones), read
    # out in threes or fours ("número de conta", "366", "189", "49").
    (ACCOUNT_WORDS, _Kind("BANK_ACCOUNT_NUMBER", 12, follow_ups=BANK_FOLLOW_UPS)),
    (PHONE_WORDS, _PHONE),
    # "ok here is the pin", then "8660": a PIN has four digits at least
    (PIN_WORDS, _Kind("PIN", 4)),
    (_FORGOTTEN_CODE, _Kind("PIN", 4)),
    # "my number", "mon num", "meine Nr", "call me": a phone here, where a number is given
    (_MY_NUMBER, _MY_PHONE),
    (_OWN_NUMBER, _PHONE),
    (_MESSAGE_TO, _PHONE),
    # three digits at least: "ph 14" may be an acidity
    (_PHONE_SHORTHAND, replace(_PHONE, first=3)),
)


def _any_context_word(
    kinds: Iterable[tuple[re.Pattern[str], _Kind]],
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Where any of ``kinds``' context words begins: a pattern for the lists that begin at a
    word's start, and one for those anchored at the message's start (or None).

    Each list opens with a look-ahead on its first letters (``words``), so its matches begin
    at a word's start, or is anchored at the message's start (``_PASS_OPENING``): one pass
    over a long message then finds the few places where a list can match, instead of one
    pass per list (see ``_context_words``). The word-led pattern opens with the union of the
    lists' first letters, a class the engine skips ahead to; the anchored lists are tried at
    the start alone.
    """
    led: list[str] = []
    letters: set[str] = set()
    anchored: list[str] = []
    for pattern, _ in kinds:
        body = pattern.pattern.removeprefix("(?i)")
        first = _LEADING_LETTERS.match(body)
        if body == pattern.pattern or (first is None and not body.startswith(r"\A")):
            raise ValueError("a context word list must be (?i) and open with (?=[ or \\A")
        if first is None:
            anchored.append(f"(?={body})")
        else:
            letters.update(first.group(1))
            led.append(f"(?={body})")
    starts = re.compile(rf"(?i)(?=[{''.join(sorted(letters))}])\b(?:{'|'.join(led)})")
    opening = re.compile(rf"(?i)(?:{'|'.join(anchored)})") if anchored else None
    return starts, opening


_LEADING_LETTERS = re.compile(r"\(\?=\[([^\]]+)\]\)")
_CONTEXT_WORD_STARTS, _OPENING_CONTEXT_WORD = _any_context_word(_KINDS)


# Cached for the message (``redact_in_conversation`` clears it): a first part inside a
# sentence (``_started_mid_message``) reads the view ``start_pending`` read.
@functools.lru_cache(maxsize=2)
def _context_places(view: str) -> tuple[int, ...]:
    """Where a context word of ``_KINDS`` may begin in ``view``."""
    places = tuple(found.start() for found in _CONTEXT_WORD_STARTS.finditer(view))
    if _OPENING_CONTEXT_WORD is not None and _OPENING_CONTEXT_WORD.match(view) is not None:
        places = (0, *places) if places[:1] != (0,) else places
    return places


def _context_words(view: str) -> Iterator[tuple[re.Match[str], _Kind]]:
    """Every context word of ``_KINDS`` in ``view``, each list's as its ``finditer`` finds
    them: tried only where ``_any_context_word``'s patterns say one begins, from the end of
    the list's last match on."""
    places = _context_places(view)
    if not places:
        return
    for pattern, kind in _KINDS:
        resume = 0
        for place in places:
            context = pattern.match(view, place) if place >= resume else None
            if context is not None:
                resume = context.end()
                yield context, kind


# Cached for the message as ``_context_places`` is: ``start_pending`` and a first part
# inside a sentence (``_started_mid_message``) read the same words of the same view.
@functools.lru_cache(maxsize=4)
def _context_word_list(view: str) -> tuple[tuple[re.Match[str], _Kind], ...]:
    """``_context_words`` of ``view``, in their order."""
    return tuple(_context_words(view))


# Digits of a whole phone number written with its country code, by country code (without
# the "+"; "00" adds two); others 12. National numbers with a trunk 0 have 11 at most.
_PHONE_DIGITS = {"1": 11, "44": 12, "34": 11, "52": 12, "55": 13, "33": 11, "49": 13, "351": 12}
# A continued number takes the whole leading run of groups of the next message, up to
# this many characters more than it still needs.
_SLACK = 8
# A message that only asks whether the agent is ready ("ok ready?", "bereit?", "listo?",
# "prêt ?", "pronto?") or only hesitates ("umm", "eh", "euh", "ähm") before the customer
# dictates: the next messages made of digits alone are the value, of a kind no word named.
# They are masked as "PII"; a message with any word ends it.
_DICTATED = "PII"
# A dictated number's parts: the first may be two digits (a tax id's "50", then "842 276",
# then "914"), and up to four messages may follow the hesitation (``CARD_FOLLOW_UPS``: a
# card read out in its printed groups). Only messages of digits alone continue it.
_DICTATED_LEAST, _ANNOUNCED_LEAST = 2, 3
_READY = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:ok(?:ay)?|so|alright|vale|bueno|bon|alors|gut|also|ent[ãa]o)[\s,]{1,3})?"
    r"(?:(?:are\s+)?(?:you\s+)?ready|bereit|fertig|list[oa]s?|(?:t'es\s+)?pr[êe]te?s?"
    r"|pront[oa]s?)\s{0,2}\?+[^\w\n]{0,4}"
    r"|[^\w\n]{0,4}(?:u+h*m+|e+h+m*|h+m{2,}|erm+|[äa]h+m*|euh+)[^\w\n]{0,6}"
)
_READY_CHARS = 40
# A message that only checks what the agent asked for ("you asked for the number?", "me
# pediste el número?", "vous voulez le numéro ?", "Sie wollten die Nummer?", "você pediu o
# número?"): the customer is about to give it, and the next messages of digits alone are
# that number, dictated as after a "ready?". Asking so for the code ("vous voulez mon code
# ??", "you need the pin?") announces a PIN.
_ASKED_NUMBER = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:ok(?:ay)?|so|oh|ah|ahh)[\s,]{1,3})?"
    r"(?:(?:you|u)\s{1,3}(?:asked\s{1,3}for|want(?:ed)?|need(?:ed)?)"
    r"|(?:me\s{1,3})?(?:pediste|pidi[óo]|quer[ií]as?|necesitas)"
    r"|(?:vous|tu)\s{1,3}(?:m['\u2019]\s?(?:avez|as)\s{1,3}demand[ée]|voulez|vouliez|veux|voulais)"
    r"|(?:sie|du)\s{1,3}(?:wollten|wolltest|brauchen|brauchst)"
    r"|(?:voc[êe]\s{1,3})?(?:me\s{1,3})?(?:pediu|queria|quer|precisa))"
    r"\s{1,3}(?:the|my|el|mi|le|mon|die|meine|den|meinen|o|meu)\s{1,3}"
    r"(?:number|n[úu]mero|num[ée]ro|nummer|(?P<code>code|c[óo]digo|pin))\s{0,2}\?+[^\w\n]{0,4}"
)
# A message that is a code's word and two digits and nothing else ("code 35", "mon code :
# 03", "el código 52", "Code 78"): half a four-digit PIN, the rest in the next message. The
# word alone, right before the digits: "code postal 75", "code promo 12" are no PIN.
_CODE_HALF = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:le|mon|ma|el|mi|the|my|o|meu|der|mein)\s{1,3})?"
    r"(?:code|c[óo]digo|kode)\s{0,3}(?:[:=]|c['\u2019]est|es|is|é|ist)?\s{0,3}"
    r"(?P<value>[0-9]{2})[^\w\n]{0,4}"
)
# A message that is only a code's word after its article ("ah le code", "the code:", "el
# código", "der Code"): the customer announces the PIN, read out next, maybe in pairs ("82",
# then "13"). Any other word makes it another code ("le code promo", "the code is wrong").
_CODE_ALONE = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:ah|oh|ok(?:ay)?|so|alors|bon|bueno|pues|also|ent[ãa]o)[\s,]{1,3})?"
    r"(?:le|mon|el|mi|the|my|o|meu|der|mein)\s{1,3}(?:code|c[óo]digo)[^\w\n]{0,4}"
)
# A message that is only a card security code's word, maybe after its article and before a
# copula ("o cvv", "le cryptogramme", "die Prüfziffer ist"): the code follows, maybe in two
# goes ("47", then "1"). "le code" alone is a PIN's (``_CODE_ALONE``, read first).
_CVV_ARTICLE = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:the|my|le|mon|ton|el|mi|tu|la|o|meu|seu|der|die|mein|meine)\s{1,3})?"
)
_CVV_COPULA = re.compile(r"(?i)\s{0,3}(?:c['\u2019]est|es|is|é|ist|lautet)?[^\w\n]{0,4}")
_CVV_DIGITS = 3
# After a security code's word alone ("the cvv?", "o cvv?"), the code may be read out a
# digit a message ("5", then "98"): one digit alone starts it. Other kinds need two.
_CVV_DIGIT_LEAST = 1
# A PIN has four digits, or six: four after the PIN's word ending the message may be the
# first of six, the last pair in the next message.
_PIN_DIGITS = 4
_LONG_PIN_DIGITS = 6
# That pair is the whole next message: "19 attempts", "19 €", "2026" are no PIN's end.
_PIN_LAST_PAIR = re.compile(r"\s*+(?P<value>[0-9]{2})\s*+[.!]?\s*+")
# The first digits of a security code ending a message that is only its word ("cvv 52", "el
# cvv es 4"): the rest follows in the next message ("1"). A whole code is the patterns' own.
# Two digits may be read out apart ("cvv 3 0", "the cvv is 9-0"), as the rest often is.
_CVV_HEAD = re.compile(r"(?P<value>[0-9](?:[ .\-]?[0-9])?)[^\w\n]{0,4}\Z")
# "code", "cod", "código" name any code: alone they announce no security code ("code?").
_ANY_CODE = re.compile(r"(?i)c(?:[óo]d(?:igo)?|ode)\.?")
# A message that is a month's word and a month as a card prints it and nothing else ("mes
# 05", "month: 11", "Monat 04"): an expiry's first half, its year in the next message ("año
# 31"). No one sends a month's number alone by its word otherwise.
_MONTH_HALF = re.compile(
    r"(?i)[^\w\n]{0,4}(?:month|m[êe]s|mois|monat)\s{0,3}:?\s{0,3}"
    r"(?P<value>0[1-9]|1[0-2])[^\w\n]{0,4}"
)
# What opens and ends a message that starts a dictation: a word of assent, then, after the
# words that start it, its first digits.
_OPENING_ASSENT = (
    r"(?i)[^\w\n]{0,4}"
    # up to two: "ok so first three are 623", "also gut, here goes 12"
    r"(?:(?:ok(?:ay)?|so|alright|vale|va|dale|bueno|bon|alors|gut|also|ent[ãa]o)[\s,]{1,3}){0,2}"
)
# After "here goes" or "first part", the first part may be as long as a card's first half
# or more, in up to four groups ("55556119", "014 010 94069037901"): the customer said a
# number comes.
_GOING_DIGITS = r"[\s,.:!\-]{1,4}(?P<value>[0-9]{2,12}(?:[ \-.][0-9]{2,12}){0,3})[^\w\n]{0,4}"
# A message that announces a dictation and gives its first digits ("ok here goes 23", "ahí
# va 51", "ahí te va: 014", "c'est parti 07", "los geht's 12", "lá vai 90"): the rest comes
# in the next messages of digits alone, as after a "ready?".
_HERE_GOES = re.compile(
    _OPENING_ASSENT + r"(?:here\s{1,3}(?:it\s{1,3})?(?:goes|comes)|here\s{1,3}we\s{1,3}go"
    r"|(?:ah[íi]|aqu[íi]|all[áa])\s{1,3}(?:(?:te|le)\s{1,3})?va"
    r"|c['\u2019]est\s{1,3}parti|los\s{1,3}geht['\u2019]?s"
    r"|(?:l[áa]|a[íi])\s{1,3}vai)" + _GOING_DIGITS
)
# A message that gives a number's first part and says so ("ok first half 181-67", "erste
# Hälfte 0149", "primera parte 12", "première moitié 34", "first part 60812345": an
# account's first eight as much as a card's first four), of no named kind: the rest comes
# in the next messages of digits alone ("second 5154", see ``_SECOND_ALONE``). Read on the
# folded text: the view blanks the words that name a part.
_FIRST_PART = re.compile(
    _OPENING_ASSENT
    + r"(?:(?:the\s{1,3})?first\s{1,3}(?:half|part|bit)|erste[rn]?\s{1,3}(?:h[äa]lfte|teil)"
    # "first three are 623", "first 3 digits: 623", "die ersten drei sind 623": a count of
    # digits names a part as much as "half" does
    r"|(?:the\s{1,3})?first\s{1,3}(?:two|three|four|five|[2-5])(?:\s{1,3}(?:digits|numbers))?"
    r"(?:\s{1,3}(?:are|r))?"
    r"|(?:die\s{1,3})?ersten\s{1,3}(?:zwei|drei|vier|f[üu]nf|[2-5])(?:\s{1,3}(?:ziffern|zahlen))?"
    r"(?:\s{1,3}(?:sind|lauten))?"
    r"|primer[ao]?\s{1,3}(?:mitad|parte)|premi[èe]re\s{1,3}(?:moiti[ée]|partie)"
    r"|primeir[ao]\s{1,3}(?:metade|parte)"
    # without a count: "the first ones are 482", "los primeros son 482", "les premiers c'est
    # 482", "die ersten sind 482", "os primeiros são 482"
    r"|(?:the\s{1,3})?first\s{1,3}(?:ones|digits|numbers)(?:\s{1,3}(?:are|r))?"
    r"|(?:los\s{1,3})?primeros(?:\s{1,3}(?:n[úu]meros|d[íi]gitos))?(?:\s{1,3}(?:son|eran))?"
    r"|(?:les\s{1,3})?premiers(?:\s{1,3}chiffres)?(?:\s{1,3}(?:sont|c['\u2019]est))?"
    r"|(?:die\s{1,3})?ersten(?:\s{1,3}(?:ziffern|zahlen))?(?:\s{1,3}(?:sind|lauten))?"
    r"|(?:os\s{1,3})?primeiros(?:\s{1,3}(?:n[úu]meros|d[íi]gitos))?(?:\s{1,3}(?:s[ãa]o|[ée]))?"
    # its start labelled ("start 4111", "inicio 5105 1084", "debut 2223", "Anfang 6011",
    # "início 4000"): four digits or more, and not a year alone, which is what "Anfang 2025"
    # or "début 2024" mean
    r"|(?:(?:the\s{1,3})?(?:start|beginning)|(?:el\s{1,3})?(?:inicio|comienzo)"
    r"|(?:le\s{1,3})?d[ée]but|(?:der\s{1,3})?(?:anfang|beginn)|(?:o\s{1,3})?(?:in[íi]cio|come[çc]o))"
    r"(?=[\s,.:!\-]{1,4}[0-9]{4})(?![\s,.:!\-]{1,4}(?:19|20)[0-9]{2}[^\w\n]{0,4}\Z))"
    + _GOING_DIGITS
)
# A message of digits only ("01511", "(201)", "613-2558", "89"): what follows a "ready?".
_DIGITS_ONLY = re.compile(r"[^\w\n]{0,4}[0-9](?:[ \-./]{0,2}[0-9])*[^\w\n]{0,4}")
# The last digits dictated and a word saying that was all ("6467 c'est tout", "0343 that's
# it", "6467 voilà", "3229 listo", "4587 das wars", "909 é isso").
_DIGITS_THEN_DONE = re.compile(
    r"[^\w\n]{0,4}[0-9](?:[ \-./]{0,2}[0-9])*[\s,.!]{1,3}"
    r"(?i:c['\u2019]est\s*tout|voil[àa]|that['\u2019]?s\s*(?:it|all)|done|eso\s*es\s*todo|listo"
    r"|ya\s*est[áa]|das\s*war(?:['\u2019]?s|\s*es)|fertig|[ée]\s*isso|pronto|s[óo]\s*isso"
    # "8343 passt", "2467 stimmt so", "c'est bon", "eso es", "é tudo", "that's everything"
    r"|passt|stimmt(?:\s*so)?|das\s*ist\s*alles|c['\u2019]est\s*bon|eso\s*es|[ée]\s*tudo"
    r"|that['\u2019]?s\s*everything)"
    r"[^\w\n]{0,4}"
)
# The next part of a number read out in messages, after a word saying which part it is
# ("last part 8319", "the rest 1052", "then 67", "right 31616", "letzter Teil 12", "el resto
# 45", "la dernière partie 07", "o resto 88"): digits alone after it, maybe a "done" word.
_LEAD_THEN_DIGITS = re.compile(
    r"(?i)[^\w\n]{0,16}(?:(?:(?:the\s{1,3})?(?:last|final|next|second|third|2nd|3rd)\s{1,3}"
    r"(?:part|bit|one|digits|group|chunk|piece|half)|(?:the\s{1,3})?rest(?:\s{1,3}is)?"
    r"|(?:and\s{1,3})?then|and|right|ok(?:ay)?|so"
    # "listo 4111 6230", "voilà 4111", "pronto 4111", "ya: 6011": here it comes, after a wait
    r"|listo|voil[àa]|pronto|ya"
    r"|(?:der\s{1,3})?(?:letzte|zweite|dritte|n[äa]chste)r?\s{1,3}teil|(?:der\s{1,3})?rest|dann|und"
    r"|(?:la\s{1,3})?(?:[úu]ltima|segunda|siguiente)\s{1,3}parte|el\s{1,3}resto|luego|y"
    r"|(?:la\s{1,3})?(?:derni[èe]re|deuxi[èe]me|seconde)\s{1,3}partie|le\s{1,3}reste|puis|et"
    r"|(?:a\s{1,3})?(?:[úu]ltima|segunda)\s{1,3}parte|o\s{1,3}resto|depois|e"
    # its end labelled, after its start was ("fin 0526", "end 9963", "Ende 7119", "fim 44")
    r"|(?:the\s{1,3})?end|(?:das\s{1,3})?ende|(?:la\s{1,3})?fin|(?:el\s{1,3}|o\s{1,3})?final"
    r"|(?:o\s{1,3})?fim)"
    # (the view blanks "last part", "the rest": only spaces are left of them then)
    r"[\s:,.\-]{1,4})?[0-9](?:[ \-./]{0,2}[0-9])*(?:[\s,.!]{1,3}[^\W\d_]+(?:\s[^\W\d_]+)?)?"
    r"[^\w\n]{0,4}"
)
_LEAD_CHARS = 48


def _digits_alone(view: str) -> bool:
    """A message of digits alone, maybe with a word of which part before or "done" after."""
    return bool(
        _DIGITS_ONLY.fullmatch(view)
        or _DIGITS_THEN_DONE.fullmatch(view)
        or (len(view) <= _LEAD_CHARS and _has_part_lead(view))
    )


def _has_part_lead(view: str) -> bool:
    match = _LEAD_THEN_DIGITS.fullmatch(view)
    if match is None:
        return False
    tail = _WORD_AFTER_DIGITS.search(view)
    # a word after the digits must be a "done" word ("last part 8319 passt"), not a noun
    return tail is None or _DIGITS_THEN_DONE.fullmatch(view, tail.start() - 1) is not None


_WORD_AFTER_DIGITS = re.compile(r"[0-9][\s,.!]{1,3}[^\W\d_]")
_CHECK_LETTER = re.compile(r"[^\w\n]{0,4}([A-Z])[^\w\n]{0,4}")
_DNI_DIGITS = 8
_BY_ENTITY = {kind.entity: kind for _, kind in _KINDS}
# What is dictated digits-only after "ready?" or "wait" is most often a card: as many parts.
_BY_ENTITY[_DICTATED] = _Kind(_DICTATED, 16, follow_ups=CARD_FOLLOW_UPS)
# An e-mail address in two parts, its user name and its domain (``email_parts``): the
# marker counts parts, not characters.
_EMAIL = "EMAIL"
_BY_ENTITY[_EMAIL] = _Kind(_EMAIL, 2, letters=True)
# A password tried at a login: the next messages may add further guesses ("and Nuage42!",
# ``next_guess``). The marker counts guesses, never a character of them.
_TRIED_LOGIN = "PASSWORD"
_BY_ENTITY[_TRIED_LOGIN] = _Kind(_TRIED_LOGIN, 2, letters=True)
_TRAILING_MARKS = re.compile(r"[^\w\n]{0,4}")
# A card's security code the message ended with: the next message may retype it ("cvv 471",
# then "no wait 146", ``retyped_code``). The marker holds its count of digits.
_CVV = "CREDIT_DEBIT_CVV"
# Announced by its word alone, the code may come in two messages ("47", then "1").
_BY_ENTITY[_CVV] = _Kind(_CVV, _CVV_DIGITS)
# So does a whole compact expiry ("exp 0827", then "or maybe its 0526"): its marker has seen
# all its digits, which no expiry still in progress has.
# A MAC address in two parts, its first pairs and the rest (``mac_parts``): the marker
# counts pairs, not characters.
_MAC = "MAC_ADDRESS"
_BY_ENTITY[_MAC] = _Kind(_MAC, MAC_PAIRS, letters=True)
# An AWS secret key in parts, its first groups and the rest (``secret_key_parts``).
_AWS_KEY = "AWS_SECRET_KEY"
_BY_ENTITY[_AWS_KEY] = _Kind(_AWS_KEY, SECRET_KEY_CHARS, letters=True)
# An AWS access key ID in parts, its prefix and first groups and the rest
# (``access_key_parts``).
_ACCESS_KEY = "AWS_ACCESS_KEY"
_BY_ENTITY[_ACCESS_KEY] = _Kind(_ACCESS_KEY, ACCESS_KEY_CHARS, letters=True)
# A BIC in parts, its first groups after its word and the rest (``bic_parts``): the marker
# counts characters, whose number says which groups are left.
_BIC = "SWIFT_CODE"
_BY_ENTITY[_BIC] = _Kind(_BIC, BIC_MOST)
# A driving licence number in parts, its first characters after its word and the rest
# (``licence_parts``): lengths differ by country, so the marker counts the characters seen.
_LICENCE = "DRIVER_ID"
_BY_ENTITY[_LICENCE] = _Kind(_LICENCE, LICENCE_MOST, letters=True)
# An IPv4 address in parts, its first ones after its word and the rest (``ip_parts``): the
# marker counts parts, not characters.
_IP = "IP_ADDRESS"
_BY_ENTITY[_IP] = _Kind(_IP, IPV4_PARTS)
# A user name asked for, then sent alone (``asked_user_name``): one part, nothing seen.
_USER = "USERNAME"
_BY_ENTITY[_USER] = _Kind(_USER, 1, letters=True)
# A name cut short after its word: the part seen, and its rest.
_USER_PARTS = 2
# An agent's question for a reference ("what's the order number?", "¿fecha de la compra?",
# "Postleitzahl?"): the answer's bare digits are that reference, no PIN or phone guessed
# from digits alone. Not a value: the marker says which guesses to spare, in the next
# message with digits (one without, "let me check", keeps it for one more).
_REFERENCE = "REFERENCE"
# The values of letters and digits a customer hands over alone after fetching or announcing
# them, maybe with a word that hands them ("K4VRLTG73 bitte", ``fetched_value``).
_HANDED_KINDS = frozenset({_PASSPORT, _LICENCE, _BIC, _USER})
_BY_ENTITY[_REFERENCE] = _Kind(_REFERENCE, 1, follow_ups=2)
# An IBAN's letters are its country's and its bank's, within its first eight characters
# ("GB84 BARC", "NL91 ABNA"); a group of small letters later is a word typed after it.
_IBAN_LETTERS_WITHIN = 8


def _word_after_iban(group: str, seen: int) -> bool:
    """Whether ``group``, after ``seen`` characters of an IBAN, is a word typed after it: two
    letters or more past the bank's letters, not all capitals (a French account number may
    hold capitals, "PTL0 VTEP 189"; a Brazilian IBAN ends in one, "070C R")."""
    return (
        seen >= _IBAN_LETTERS_WITHIN and len(group) > 1 and group.isalpha() and not group.isupper()
    )


# An IBAN's start: its country and a check digit ("ES91", or "ES9 121" typed in threes).
_IBAN_COUNTRY = re.compile(r"(?P<country>[A-Z]{2})[0-9]")
# An account of digits asked for ("¿la cuenta?", "account number?") or announced ("nouveau
# rib", "my new account") may be given as its IBAN: a country of ``IBAN_LENGTHS`` and check
# digits opening the next message, after a filler.
_DIGIT_ACCOUNTS = frozenset({"BANK_ACCOUNT_NUMBER", "MX_CLABE"})
_IBAN_OPENING = re.compile(r"[^\d\n]{0,24}?(?<![^\W\d_])(?P<start>[A-Z]{2}[0-9]{2})")


def _as_iban(text: str, pending: PendingNumber) -> PendingNumber:
    """``pending``, or an IBAN's marker when an account of digits asked for or announced is
    given with an IBAN's country and check digits ("ES49 5756")."""
    if pending.seen or pending.entity_type not in _DIGIT_ACCOUNTS:
        return pending
    opening = _IBAN_OPENING.match(text)
    length = IBAN_LENGTHS.get(opening.group("start")[:2]) if opening else None
    if length is None:
        return pending
    return replace(pending, entity_type=_IBAN, complete=length)


def _iban_length(value: str, otherwise: int) -> int:
    """How many characters the IBAN that starts ``value`` has, by its country; ``otherwise``
    when ``value`` does not start with a country of ``IBAN_LENGTHS`` and a check digit."""
    start = _IBAN_COUNTRY.match(value)
    if start is None:
        return otherwise
    return IBAN_LENGTHS.get(start.group("country"), otherwise)


# A card number runs to 19 digits (Visa, Maestro, UnionPay): after 16, a next message
# made of exactly the 3 digits left is the card's end ("253", "056 sorry sent too soon").
_CARD_DIGITS, _LONG_CARD_DIGITS = 16, 19
# An American Express card's fifteen digits: the fewest a whole card the customer sends has.
_SHORTEST_WHOLE_CARD = 15
_SHORTEST_CARD = 13
# After a card's ending, the next message alone may give its rest or whole number ("o cartão
# final 4111", then "não, todo 3418 7823 0891"): its marker starts with one follow-up left.
_AFTER_ENDING_FOLLOW_UPS = 1

# After the context word: a few connective characters, then a value running to
# the end of the message. Digits only for most kinds; an IBAN starts with its
# country and check digits, a NIE with X, Y or Z.
# The value may be followed by an interjection before the customer hits Enter
# ("4111 1111 wait", "espera", "attendez", "moment", "sorry hit enter", an emoji):
# up to three words without digits, and punctuation or symbols (an ellipsis set apart, " ...
# wait", before the first), to the end; up to six
# when the first asks to wait and the rest says why ("espera que se me corta", "wait my
# battery is dying", "attendez ça coupe", "pera que a net caiu").
_AFTERWORDS = (
    r"(?:[^\w\n\[\]]{0,4}|(?P<after>[^\w\n\[\]]{1,6}"
    r"(?:[^\W\d_]{1,12}[^\w\n\[\]]{1,4}){0,5}[^\W\d_]{1,12}[^\w\n\[\]]{0,4}))$"
)
# More words than this after the value: the first must ask to wait.
_AFTER_WORDS_PLAIN = 3
_SYMBOLS = " \t,.;:-!?…()'\"\u2019"
_WORD = re.compile(r"[^\W\d_]+")
# Dates are not numbers in progress ("die Karte ist seit 10.06.2025 gesperrt").
_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./][0-9]{1,2}(?:[./][0-9]{0,4})?")
# Digits a value followed by words must have to be a number in progress: "4111 1111
# wait" is one, "shows 12 late fees" is a count.
_MIN_BEFORE_WORDS = 4
# Between the digits of a value: up to three separator characters, or up to sixteen in a
# message with spelled digits, for their gaps ("cuatro" -> "4     ", and a number's
# longest words: German's pairs are one word, "siebenundsiebzig," -> "77" and fifteen
# blanks, then the space before the next word; the tens of "cincuenta y siete" leave eleven).
_TYPED_GAP, _SPELLED_GAP = 3, 16


def _tail(gap: int) -> re.Pattern[str]:
    return re.compile(
        rf"[^\d\n\[\]]{{0,24}}?(?P<value>\+?[0-9](?:[\s\-./]{{0,{gap}}}[0-9]){{0,40}}){_AFTERWORDS}"
    )


_TAIL_DIGITS = _tail(_TYPED_GAP)
_TAIL_SPELLED = _tail(_SPELLED_GAP)
# A CURP's or RFC's first letters as typed, in capitals ("CURP WOXP", then the rest), maybe
# after a copula ("la curp es WOXP", "my rfc is WOX").
_LETTERS_FIRST = re.compile(
    rf"[^\w\n\[\]]{{0,4}}(?:(?i:{IS})[^\w\n\[\]]{{1,4}})?[A-Z]{{3,4}}[^\w\[\]]{{0,4}}\Z"
)
_TAIL_ALNUM = re.compile(
    r"[^\d\n\[\]]{0,24}?(?P<value>(?:[A-Za-z]{2}[0-9]{2}|[XYZxyz]?[0-9]|[A-Z]{3,4}(?![a-z]))"
    rf"(?:[\s\-./]{{0,3}}[0-9A-Za-z]){{0,40}}){_AFTERWORDS}"
)
# An NI number's first letters, alone or with pairs after a dot, dash or space ("GM",
# "TA.38", "YL.45.73.07"), in capitals, ending the message.
# The copula after the word may stand before them ("ni is OT 94 48", "NI number is CB").
_TAIL_NINO = re.compile(
    r"[^\w\n\[\]]{0,24}?(?:(?:is|was|it['\u2019]?s)[^\w\n\[\]]{1,4})?(?P<value>[A-Z]{2}(?:[\s\-.]{0,3}[0-9]{2}){0,3}(?:[\s\-.]{0,3}[A-D])?)"
    + _AFTERWORDS
)
# A passport's first characters ending the message after its word: capitals and digits,
# with a digit among the first four ("U49", "46E", "257") or three letters of the vowelless
# alphabet of German passports ("GXG-MMP"); never lower case ("passport renewal", "pass no
# idea") nor an acronym with a vowel ("passport PDF").
_TAIL_PASSPORT = re.compile(
    r"[^\d\n\[\]]{0,24}?(?<![A-Za-z0-9])(?P<value>(?-i:(?=[A-Z]{0,3}[0-9]|[CFGHJKLMNPRTVWXYZ]{3})"
    rf"[A-Z0-9](?:[\s\-]?[A-Z0-9]){{1,5}})){_AFTERWORDS}"
)
# A short message that asks with a value's word, maybe after its number word ("passport
# no?", "votre passeport ?"): the customer checks what is wanted, then sends it.
_ASKED = re.compile(rf"(?i)[\s\-]*(?:{NUMBER_LABEL}\s*)?\?+[^\w\n]{{0,4}}")
_ASKED_MOST = 32
# Before a value's word opening the message: a possessive at most ("my passport number is").
_OWN_OPENING = re.compile(r"(?i)[^\w\n]*(?:(?:my|mi|mon|ma|mein|meine|meu|minha)\s+)?")
# Between the passport's word and its start: a number word, a copula, punctuation; never
# another word ("passport fee is 130", "passport gate B12", "passport control T2").
_PASSPORT_GAP = re.compile(rf"(?i)[\s:#=\-]*(?:{NUMBER_LABEL}[\s:#=\-]*)?(?:{IS}[\s:]*)?")
# Without a context word: the first eight or twelve digits of a card, in the groups
# printed on it (4-4, 4-4-4, Amex 4-6), with an issuer's prefix, ending the message.
# Searched in the message's last characters only.
# "#5386-1280" is an order's number: a number sign never leads a card.
_CARD_HEAD = re.compile(
    r"(?<![\w.,/\-#])(?P<value>[0-9]{4}(?P<sep>[ \-.])[0-9]{4}(?:(?P=sep)[0-9]{4})?"
    rf"|3[47][0-9]{{2}}[ \-.][0-9]{{6}}){_AFTERWORDS}"
)
_CARD_HEAD_REACH = 80
# A country code and the first digits of a phone, ending the message.
# The country code set apart from what follows ("+1 415", "+49 (151"); not a percentage
# or an amount ("+200% hoy", "+150 €").
_PLUS_HEAD = re.compile(
    r"(?<![\w+])(?P<value>\+[0-9]{1,3}[\s\-.()]{1,3}[0-9](?:[\s\-.()]{0,3}[0-9]){0,8})"
    r"(?!\s?[%€$£])" + _AFTERWORDS
)
# A message that is a "+" and digits and nothing else ("+61", "+12015416", "+6121 23 46"):
# a phone's country code and first digits. Not "+1" alone, the reply that agrees.
_PLUS_ALONE = re.compile(
    r"[^\w\n+]{0,4}(?P<value>\+[0-9](?:[ \-.]?[0-9]){1,11})(?P<after>)[^\w\n%€$£]{0,4}"
)
# A "+" and a country's calling code ending the message, maybe with the first digits run on
# ("mine is +44", "me rappeler ? +33", "zurückrufen? +49170"): the rest comes next. Not "+1"
# alone, the reply that agrees, nor "+20 %" or "+150 €"; its code must be one phones use.
_PLUS_END = re.compile(r"(?<![\w+.,/\-])(?P<value>\+[0-9]{2,12})(?P<after>)[^\w\n%€$£+]{0,4}\Z")
_CALLING_CODES = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _calling_code_first(digits: str) -> bool:
    """Whether ``digits`` are a country's calling code, or start with one and run on."""
    if len(digits) <= 3:
        return digits in _CALLING_CODES
    return any(digits[:size] in _CALLING_CODES for size in (1, 2, 3))


# "I'll send it in parts", "te lo paso por partes", "en plusieurs morceaux", "in zwei
# Teilen", "vou mandar em partes": the customer says the number comes over several
# messages, so a card's first digits ending the message need not be grouped as printed
# ("first 52008386"). Not "en 3 fois" or "em 3 vezes": those are instalments.
_IN_PARTS = words(
    r"in\s*(?:two|three|2|3)?\s*(?:parts|bits|pieces|chunks|halves|messages|goes)",
    r"in\s*several\s*(?:parts|messages|goes)",
    r"(?:part|bit|piece|chunk)\s*by\s*(?:part|bit|piece|chunk)",
    r"(?:first|1st)\s*(?:part|half|bit|chunk|piece)",
    r"(?:en|por)\s*(?:dos|tres|2|3)?\s*(?:partes|pedazos|trozos|mensajes)",
    r"(?:primera|1ra|1a)\s*parte",
    r"en\s*(?:deux|trois|plusieurs|2|3)?\s*(?:parties|morceaux|messages)",
    r"en\s*plusieurs\s*fois",
    # "je vous l'envoie en deux fois", "te lo mando en dos veces", "mando em duas vezes":
    # a verb of sending or typing before the count, never a payment's instalments
    r"(?:envoi\w*|envoy\w*|donne\w*|[ée]cri\w*|tape\w*)\s*en\s*(?:deux|trois|2|3)\s*fois",
    r"(?:mand\w*|env[íi]\w*|pas[oa]\w*|escrib\w*)\s*en\s*(?:dos|tres|2|3)\s*veces",
    r"(?:mand\w*|envi\w*|pass\w*|escrev\w*|digit\w*)\s*em\s*(?:duas|tr[êe]s|2|3)\s*vezes",
    r"in\s*(?:zwei|drei|2|3)\s*(?:schritten|etappen|anl[äa]ufen|teilen)",
    r"par\s*morceaux",
    r"(?:premi[èe]re|1re|1[èe]re)\s*partie",
    r"in\s*(?:zwei|drei|2|3|mehreren)?\s*(?:teilen|st(?:[üu]|ue)cken|nachrichten|h[äa]lften)",
    r"st(?:[üu]|ue)ckweise",
    r"(?:erster?|1\.)\s*(?:teil|h[äa]lfte)",
    r"(?:em|por)\s*(?:duas|tr[êe]s|2|3)?\s*(?:partes|peda[çc]os|mensagens)",
    r"(?:primeira|1a|1ª)\s*parte",
    r"aos\s*poucos",
    # "I'll split it up for safety", "lo divido", "séparément", "ich teile sie auf", "vou
    # dividir"
    r"(?:split|break)\s*(?:it|them)?\s*up",
    r"(?:lo|la|los|las)\s*divido",
    r"por\s*separado",
    r"s[ée]par[ée]ment",
    r"teile\s*(?:es|sie|ihn)\s*auf",
    r"aufgeteilt",
    # "vou dividir" and "dividir" apart: a phrase that may start with an optional group would
    # take the first-letter look-ahead off the whole alternation
    r"vou\s*dividir",
    r"dividir",
    r"separadamente",
)
# After such words: a card's first digits, grouped or not, ending the message.
_PART_HEAD = re.compile(rf"(?<![\w.,/\-])(?P<value>[0-9](?:[ \-.]?[0-9]){{3,12}}){_AFTERWORDS}")
# Start of a following message: a short lead-in ("sorry the last digits"), then
# groups. Upper-case letters continue an IBAN ("YOTW", a bank code).


def _head(gap: int) -> re.Pattern[str]:
    return re.compile(
        rf"^(?P<lead>[^\d\n\[\]]{{0,40}}?)(?P<value>[0-9](?:[\s\-./]{{0,{gap}}}[0-9A-Za-z])*)"
    )


_HEAD_DIGITS = _head(_TYPED_GAP)
# A branch's word before the digits ("la cuenta 9298", "0538", then "sucursal 313"; "agence
# 370", "branch 512", "Zweigstelle 40", "agência 1655"): the customer names another number,
# a branch's or a shop's, not the rest of the one in progress. The branch's own code, if it
# is one, is the message's detectors' to find (``banking.find_routing``).
_BRANCH_LEAD = words(
    r"sucursal",
    r"succursale",
    r"agence",
    r"ag[êe]ncia",
    r"oficina",
    r"branch",
    r"zweigstelle",
    r"balc[ãa]o",
)
_HEAD_SPELLED = _head(_SPELLED_GAP)
_HEAD_ALNUM = re.compile(
    r"^(?P<lead>[^\d\n\[\]]{0,40}?)(?P<value>[0-9A-Z](?:[\s\-./]{0,3}[0-9A-Za-z])*)"
)
_GROUP = re.compile(r"[0-9A-Za-z]+")
# A short message without digits between the parts of a number that says "hold on"
# (or only emoji): the number is still in progress. At most five words ("oops hit enter too
# soon").
_INTERJECTION = re.compile(r"[^\w\n\[\]]{0,6}(?:[^\W\d_]{1,12}(?:[^\w\n\[\]]{1,6}|\Z)){0,5}")
_INTERJECTION_CHARS = 60
# "wait", "un momento", "une seconde", "Moment", "pera": the customer goes to fetch the
# number, or types the rest.
_WAIT = (
    r"wait",
    r"hold\s*on",
    r"hang\s*on",
    r"sec",
    r"one\s*sec",
    r"espera",
    r"espere",
    r"momento",
    r"un\s*seg",
    r"attends?",
    r"attendez",
    r"seconde",
    r"moment",
    r"warte",
    r"sekunde",
    r"pera",
    r"pera[íi]",
    r"calma",
    # a moment, a second, a minute, in the five languages; "let me check", "je regarde"
    r"(?:a|one|un|une|um|uma|eine?n?)\s*(?:moment|second|minute|instant)",
    r"instant",
    r"segundo",
    r"momentito",
    r"minut[oe]",
    r"augenblick",
    r"aguard[ea]",
    r"hold\s*up",
    r"brb",
    # "lemme grab it", "let me get it": the customer fetches the card
    r"(?:let\s*me|lemme)\s*(?:check|look|find\s*it|see|grab\s*it|get\s*it)",
    r"d[ée]jame\s*(?:ver|buscar|mirar)",
    r"je\s*(?:regarde|cherche|v[ée]rifie)",
    r"ich\s*schau\w*(?:\s*mal)?(?:\s*nach)?",
    r"deixa\s*(?:eu\s*)?ver",
    r"vou\s*ver",
    # River Plate Spanish: "bancame", "aguantame" (bear with me); "la busco" (I look it up)
    r"b[áa]ncame",
    r"aguant[áa]me",
    r"(?:la|lo)\s*busco",
)
_WAIT_WORDS = words(*_WAIT)
# A wait closing a retyped code ("or maybe its 0526 hang on", ``_retyped_code``), and the
# few words that may say what for ("o 0928, espere que la busco"), without a digit.
_TRAILING_WAIT = re.compile(
    r"(?i)[\s,.!]{1,3}(?:" + _WAIT_WORDS.pattern.removeprefix("(?i)") + r")[^\d\n]{0,24}\Z"
)
# Sent by mistake or too soon: "hit enter too soon", "sin querer", "trop tôt", "zu früh",
# "sem querer", "envoyé trop vite", "se me fue".
_SENT_EARLY = (
    r"(?:hit|pressed)\s*enter",
    r"too\s*(?:soon|early|fast)",
    r"sin\s*querer",
    r"se\s*me\s*fue",
    r"trop\s*(?:t[ôo]t|vite)",
    r"zu\s*fr[üu]h",
    r"sem\s*querer",
)
_SENT_EARLY_WORDS = words(*_SENT_EARLY)
# The value just given was the old one ("no wait that's the old one", "nee warte das ist die
# alte", "ese es el viejo", "c'est l'ancien", "essa é a antiga"): the new one comes next,
# maybe after its word ("new 5386", "die neue ist 5386", "el nuevo", "le nouveau", "a nova").
_OLD_ONE_SAID = words(
    r"that(?:['\u2019]?s|\s*(?:is|was))\s*(?:the|my|an)\s*old(?:\s*one)?",
    r"das\s*(?:ist|war)\s*(?:die|der|das|meine?)\s*alte[rns]?",
    r"es[eao]\s*(?:es|era)\s*(?:el|la|mi)\s*(?:viej[oa]|antigu[oa]|anterior)",
    r"c['\u2019]\s*(?:est|[ée]tait)\s*(?:l['\u2019]\s*|mon\s*|ma\s*)anci[ea]nn?e?",
    r"ess[ea]\s*(?:[ée]|era)\s*(?:o|a|meu|minha)\s*(?:antig[oa]|velh[oa]|anterior)",
)
# The new one's word, and its copula, before the digits or number words that follow the old.
_NEW_WORD = (
    r"(?:(?:the|my|die|der|das|meine?)\s{1,3})?(?:new|neue?[rns]?)(?:\s{1,3}one)?"
    r"(?:\s{0,3}(?:is|['\u2019]s|ist|lautet))?"
    r"|(?:(?:el|la|mi)\s{1,3})?nuev[oa](?:\s{1,3}es)?"
    r"|(?:(?:le|la|mon|ma)\s{1,3})?nouvel(?:le)?|(?:le\s{1,3}|mon\s{1,3})?nouveau"
    r"|(?:(?:o|a|meu|minha)\s{1,3})?nov[oa](?:\s{1,3}[ée])?"
)


def _new_one(gap: int) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)[^\w\n]{{0,4}}(?:{_NEW_WORD})(?:\s{{1,3}}(?:c['\u2019]\s?est|est))?[\s:,]{{1,{gap}}}"
        rf"(?P<value>[0-9](?:[ ,.\-]{{0,{gap}}}[0-9]){{3,18}})[^\w\n]{{0,{gap}}}"
    )


_NEW_ONE_TYPED, _NEW_ONE_SPELLED = _new_one(_TYPED_GAP), _new_one(_SPELLED_GAP)
_HOLD_ON = words(
    *_WAIT,
    r"sorry",
    r"oops",
    r"perd[óo]n",
    r"pardon",
    r"oups",
    r"desculp[ae]",
    *_SENT_EARLY,
    # "found it", "ya lo encontré", "trouvé", "gefunden", "achei": it is coming now
    r"found\s*it",
    r"got\s*it",
    r"here\s*it\s*is",
    r"encontr[ée]",
    r"ya\s*lo\s*tengo",
    r"aqu[íi]\s*(?:est[áa]|va)",
    r"trouv[ée]",
    r"voil[àa]",
    r"le\s*voici",
    r"gefunden",
    r"hab(?:e\s*)?(?:es|['\u2019]s)",
    r"hier\s*ist\s*(?:sie|er|es)",
    r"achei",
    r"encontrei",
    r"t[áa]\s*aqui",
)
# Words a customer ends a message with when the rest of the number is still to come
# ("4111 1111 and", "y luego", "et puis", "und dann", "e depois"). Any other word after
# a value names it ("20001 <- plz", "12345 c'est le cp", "917 is the code"): the value
# is complete as typed, not a number in progress.
_MORE_TO_COME = words(
    r"and",
    r"then",
    r"next",
    r"y",
    r"luego",
    r"despu[ée]s",
    r"et",
    r"puis",
    r"ensuite",
    r"und",
    r"dann",
    r"e",
    r"depois",
    r"a[íi]",
    r"more",
    r"m[áa]s",
    r"plus",
    r"mehr",
    r"mais",
)

# "and" alone after a value's first digits: its rest is the next message's ("NIR 2 und"); a
# time word ("despues") after a few digits is an hour's, not more of the value.
_AND_ALONE = words(r"and", r"y", r"et", r"und", r"e")

# Words ending a message after a value that say it is only the number's first part ("771
# is the first part", "014 es el principio", "2 c'est le début", "17 ist der Anfang", "1163
# é o começo", "48 is just the start"): the rest comes next, however few digits came yet.
# ``_view`` blanks them, so the value ends the message as if typed alone (any other words
# after a value name it, and it is whole as typed: ``_named_after``). Searched in the
# message's last characters only.
_FIRST_PART_AFTER = re.compile(
    r"(?i)(?<=[0-9A-Z])[^\w\n]{1,4}(?:(?:is|are|was|it['\u2019]?s|that['\u2019]?s|this\s{1,3}is"
    r"|es|son|era|esto\s{1,3}es|c['\u2019]\s?est|ce\s{1,3}sont|est|ist|sind|war|das\s{1,3}ist"
    r"|[ée]|s[ãa]o|isso\s{1,3}[ée])\s{1,3})?"
    r"(?:(?:just|only|solo|s[óo]lo|juste|seulement|nur|s[óo]|apenas)\s{1,3})?"
    # en
    r"(?:(?:the\s{1,3})?(?:first\s{1,3}(?:part|half|bit|chunk|piece|group|digits|numbers|ones)"
    r"|start|beginning)"
    # es
    r"|(?:el\s{1,3}|la\s{1,3}|los\s{1,3})?(?:principio|inicio|comienzo"
    r"|primer[ao]\s{1,3}(?:parte|mitad)|primeros\s{1,3}(?:d[íi]gitos|n[úu]meros))"
    # fr
    r"|(?:le\s{1,3}|la\s{1,3}|les\s{1,3})?(?:d[ée]but|commencement"
    r"|premi[èe]re\s{1,3}(?:partie|moiti[ée])|premiers\s{1,3}chiffres)"
    # de
    r"|(?:der\s{1,3}|die\s{1,3}|das\s{1,3})?(?:anfang|beginn"
    r"|erste[rn]?\s{1,3}(?:teil|h[äa]lfte)|ersten\s{1,3}(?:ziffern|zahlen))"
    # pt
    r"|(?:o\s{1,3}|a\s{1,3}|os\s{1,3})?(?:come[çc]o|in[íi]cio"
    r"|primeir[ao]\s{1,3}(?:parte|metade)|primeiros\s{1,3}(?:d[íi]gitos|n[úu]meros)))"
    r"(?:\s{1,3}(?:of\s{1,3}it|del\s{1,3}n[úu]mero|du\s{1,3}num[ée]ro|do\s{1,3}n[úu]mero))?"
    r"[^\w\n]{0,4}\Z"
)
_FIRST_PART_REACH = 48
# What every phrase of ``_FIRST_PART_AFTER`` holds in lower case: a substring test on the
# message's end before the scan, whose look-behind runs at every character (``may_hold``).
_FIRST_PART_HINTS = (
    "first", "start", "beginn", "princip", "inicio", "início", "comienzo", "primer", "primeir",
    "début", "debut", "commencement", "premi", "anfang", "erste", "começo", "comeco",
)  # fmt: skip


class SpanRedactor(Protocol):
    """``Redactor``: redacts a message, masking ``extra`` spans found elsewhere too, and
    leaving the offline detectors' findings of the ``spare`` types visible."""

    def redact(
        self, text: str, *, extra: Iterable[Span] = (), spare: frozenset[str] = frozenset()
    ) -> RedactionResult: ...


@dataclass(frozen=True)
class PendingNumber:
    """A sensitive number in progress: its kind and counts, never its digits."""

    entity_type: str
    seen: int  # characters of the value seen so far
    complete: int  # characters a whole value has
    follow_ups: int  # messages that continued it so far
    expires_at: float  # epoch seconds
    # Digits sent bare, with no word saying what they are: the next message continues them
    # only if it names the value after its digits ("3528", then "4598-1866-8282 is my card").
    unnamed: bool = False
    # Awaited because the agent asked for it (``agent_question``): the customer may say
    # something else first ("let me check", "the one on the card?") and answer after.
    asked: bool = False
    # The customer writes German, Spanish or Portuguese, where "ups" is "oops"
    # (``oops_says_ups``): "ups 5171" after a card's start is its rest, not the carrier's.
    # How the customer writes, not what is awaited: two markers of the same value are equal.
    ups_is_oops: bool = field(default=False, compare=False)

    def to_item(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "entity_type": self.entity_type,
            "seen": self.seen,
            "complete": self.complete,
            "follow_ups": self.follow_ups,
            "expires_at": self.expires_at,
        }
        if self.unnamed:
            item["unnamed"] = 1  # a number: the sessions table stores strings and numbers
        if self.asked:
            item["asked"] = 1
        if self.ups_is_oops:
            item["ups_is_oops"] = 1
        return item

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> PendingNumber | None:
        """The marker stored by ``to_item``; None for anything malformed (fail safe: no marker)."""
        try:
            entity = str(item["entity_type"])
            pending = cls(
                entity,
                int(item["seen"]),
                int(item["complete"]),
                int(item["follow_ups"]),
                float(item["expires_at"]),
                unnamed=int(item.get("unnamed", 0)) == 1,
                asked=int(item.get("asked", 0)) == 1,
                ups_is_oops=int(item.get("ups_is_oops", 0)) == 1,
            )
        except (KeyError, TypeError, ValueError):
            return None
        return pending if entity in _BY_ENTITY else None


@dataclass(frozen=True)
class Carried:
    spans: tuple[Span, ...]
    pending: PendingNumber | None


# Nothing masked and no marker kept: what a rule returns when the message is not its own.
_NOTHING = Carried((), None)


def continue_pending(text: str, pending: PendingNumber | None, now: float) -> Carried:
    """Mask the groups at the start of ``text`` that continue ``pending``; or, when the
    agent asked for a value of letters and digits, the one value of its short answer
    (``asked_answer``), and that value typed again after it."""
    if pending is None or now > pending.expires_at:
        return _NOTHING
    answered = pending.asked and pending.seen >= pending.complete
    if pending.entity_type == "PIN" and pending.asked and not pending.seen:
        digits = _continue_pending(text, pending, now)
        # "eins, zwei, sieben, neun", "759 7I4": the PIN's digits, not a password's
        if _apart(_aligned_view(text), digits):
            return digits
        login = _asked_answer(text, pending, answered)
        if login is not None:  # "qual senha?", then "isso gato_7412": a login's password
            return login
    # a value of letters and digits answered is typed again through ``_asked_answer``; a
    # number answered, through ``_retyped_answer``
    carried = (
        _NOTHING
        if answered and pending.entity_type in SHAPES and pending.entity_type != _TRIED_LOGIN
        else _second_value(
            text, pending, _joined_groups(text, pending, _continue_pending(text, pending, now))
        )
    )
    if not pending.asked or pending.entity_type not in _ANSWERED_KINDS:
        return carried
    if carried.spans and carried.pending is None and pending.entity_type in SHAPES:
        # answered alone ("betoz30"): it may still be typed again, as after an answer below
        chars = sum(c.isalnum() for span in carried.spans for c in text[span.begin : span.end])
        again = PendingNumber(pending.entity_type, chars, chars, 0, pending.expires_at, asked=True)
        return Carried(carried.spans, None if answered else again)
    if carried.spans:
        return carried
    return _asked_answer(text, pending, answered) or carried


def _apart(view: str, carried: Carried) -> bool:
    """Whether ``carried`` masks digits that stand apart from the words of the message's
    ``view``, said or typed with a letter for a digit: no letter or digit is joined to them,
    even through marks ("gato_7412", "pass1234", "Hund*253Z": a login's password)."""
    return bool(carried.spans) and all(
        not _JOINED_WORD_BEFORE.search(view, 0, span.begin)
        and not _JOINED_WORD_AFTER.match(view, span.end)
        for span in carried.spans
    )


_JOINED_WORD_BEFORE = re.compile(r"[^\W_][^\s]*\Z|_\Z")
_JOINED_WORD_AFTER = re.compile(r"[^\s]*?[\w]")


# The joint between the groups of a number asked for, typed in one message: marks or emoji
# ("220 // 279 👉 17", "815🔹87"), or "and", "then" or both in the five languages ("891 und
# 203", "99 luego 36", "4411 then 2290", "et puis", "e depois").
_JOINT = (
    r"(?:[^\w\n]{1,6}|[^\w\n]{0,4}(?:(?:and|then|y|luego|despu[ée]s|et|puis|ensuite|und|dann"
    r"|e|depois)[^\w\n]{1,4}){1,2})"
)
_JOINED_REST = re.compile(rf"(?i)(?:{_JOINT}[0-9]{{1,6}})+[^\w\n]{{0,4}}")
_JOINED_GROUP = re.compile(r"[0-9]{1,6}")
_JOINT_WORD = re.compile(r"(?i)[^\W\d_]")
# After marks alone, one more group may be another value ("1234 // 12345"); two or more
# make a number in parts.
_JOINED_LEAST = 2
# An expiry's and a code's digits are few: digits after them are the next value asked.
_CODES = frozenset({_EXPIRY, _CVV})


def _joined_groups(text: str, pending: PendingNumber, carried: Carried) -> Carried:
    """``carried`` and, when it began a number the agent asked for and the rest of ``text``
    is only more groups of digits and their joints (``_JOINT``), those groups too, up to
    the number's length and ``_SLACK`` more."""
    if (
        not pending.asked
        or pending.entity_type in _CODES
        or carried.pending is None
        or not carried.spans
    ):
        return carried
    last = max(span.end for span in carried.spans)
    if _JOINED_REST.fullmatch(text, last) is None:
        return carried
    groups = list(_JOINED_GROUP.finditer(text, last))
    if (
        len(groups) < _JOINED_LEAST
        and _JOINT_WORD.search(text, last) is None
        and not _in_groups(text, carried.spans[-1])
    ):
        return carried  # "1234 // 12345": a branch, then maybe another value
    seen = carried.pending.seen + sum(len(group.group()) for group in groups)
    if seen > carried.pending.complete + _SLACK:
        return carried
    # one value, one mask: the joints between its groups are masked with them ("204 then
    # 019 👉 24" is one account's, not three values)
    first = carried.spans[-1]
    whole = Span(first.begin, groups[-1].end(), first.entity_type, _SCORE, "continuation")
    rest = replace(carried.pending, seen=seen) if seen < carried.pending.complete else None
    return Carried((*carried.spans[:-1], whole), rest)


def _in_groups(text: str, span: Span) -> bool:
    """Whether ``span`` of ``text`` already holds the number in two groups or more, joined
    ("636 e 764"): a group after marks alone goes on with it ("636 e 764 .. 96")."""
    return len(_JOINED_GROUP.findall(text, span.begin, span.end)) >= _JOINED_LEAST


# The value asked for with an account, in the same answer after it: a bank code ("account
# number and routing number?", "Kontonummer und Bankleitzahl"; a sort code, a BLZ, an ABA
# number: five to nine digits). One more group of digits alone closes the message, after a
# separator or an "and" of the five languages. (A card's code after it is the card's rest.)
_SECOND_VALUE = re.compile(
    r"(?i)[\s,;:/|\-]{1,4}(?:(?:and|y|et|und|e|&)\s{1,3})?(?P<value>[0-9]{3,9})[^\w\n]{0,4}"
)
_SECOND_OF = {"BANK_ACCOUNT_NUMBER": ("BANK_ROUTING", 5, 9)}


def _second_value(text: str, pending: PendingNumber, carried: Carried) -> Carried:
    """``carried`` and, when the agent asked for an account and ``carried`` masks
    it with one group of digits left closing ``text``, that group as the value asked with
    it (``_SECOND_VALUE``): a number is never split by a separator and an "and" in two."""
    second = _SECOND_OF.get(pending.entity_type)
    if not pending.asked or second is None or not carried.spans:
        return carried
    last = max(span.end for span in carried.spans)
    rest = _SECOND_VALUE.fullmatch(text, last)
    entity, least, most = second
    if rest is None or not least <= len(rest.group("value")) <= most:
        return carried
    span = Span(*rest.span("value"), entity, _SCORE, "continuation")
    return Carried((*carried.spans, span), None)


# The kinds whose answer to the agent's question is one word among fillers (``asked_answer``);
# a PIN's words also name a login's password ("¿cuál es la clave que usas?", "qual senha"):
# letters in the answer say which.
_ANSWERED_KINDS = frozenset({*SHAPES, "PIN"})


def _asked_answer(text: str, pending: PendingNumber, answered: bool) -> Carried | None:
    """The value of a short answer to the agent's question (``answered_value``), with a
    marker awaiting it once more: typed again after an apology ("typo. noebeau"), or, after
    the question asked again ("that didn't match, once more?"), as long as the first, give
    or take ``_RETYPED_SLACK`` (not another value: "é o TX41-B", a product's model)."""
    entity = _TRIED_LOGIN if pending.entity_type == "PIN" else pending.entity_type
    value = answered_value(text, entity, retyped=answered)
    if value is None and entity == _USER:
        # asked for the login, the customer sends the password: a mark no user name holds
        # ("here u go Bleu*853Z", "hmm tiger@555x", "ok this one Maus$83!")
        value = _password_for_login(text, answered)
        entity = _TRIED_LOGIN if value is not None else entity
    login = answered_login(text, entity) if value is None and not answered else None
    if login is not None:  # "username + password?", then "maria_rey uERNWudVQl": both
        return Carried(login, None)
    if value is None or (pending.entity_type == "PIN" and not has_letter(text[slice(*value)])):
        return None
    span = Span(*value, entity, _SCORE, "continuation")
    chars = sum(c.isalnum() for c in text[slice(*value)])
    if answered:
        if not _as_long(chars, pending) and not corrects(text):
            return None
        return Carried((span,), None)
    # the marker counts the answer's characters, never holds one
    again = PendingNumber(entity, chars, chars, 0, pending.expires_at, asked=True)
    return Carried((span,), again)


# A password's marks inside it, never a user name's ("._-" are both's).
_PASSWORD_MARK = re.compile(r"[!$#%&*@+?=]")


def _marked_password(word: str) -> bool:
    """Letters, digits and a password's mark inside them ("Lune*402Q", "Sol$18")."""
    word = word.rstrip("!?")
    return _PASSWORD_MARK.search(word) is not None and has_letter(word) and has_digit(word)


def _password_for_login(text: str, answered: bool) -> tuple[int, int] | None:
    """Where the password answering a question for the login is: the answer's one word of
    a password's shape, letters, digits and a password's mark inside it."""
    value = answered_value(text, _TRIED_LOGIN, retyped=answered)
    if value is None:
        return None
    return value if _marked_password(text[slice(*value)]) else None


# A value typed again is the first one corrected: a character or two more or fewer.
_RETYPED_SLACK = 2
# A BIC typed again may drop its branch, or add it ("YEBZDEDPXXX", then "YEBZDEDP").
_BIC_BRANCH = 3


def _as_long(chars: int, pending: PendingNumber) -> bool:
    """Whether ``chars`` typed again are as many as the answer ``pending`` counts."""
    if abs(chars - pending.complete) <= _RETYPED_SLACK:
        return True
    return pending.entity_type == _BIC and abs(chars - pending.complete) == _BIC_BRANCH


def _continue_pending(text: str, pending: PendingNumber, now: float) -> Carried:
    if now > pending.expires_at:
        return _NOTHING
    pending = _as_iban(text, pending)
    kind = _BY_ENTITY[pending.entity_type]
    # an answer to the agent may come in more parts than a value the customer announced
    most = max(kind.follow_ups, _ASKED_FOLLOW_UPS) if pending.asked else kind.follow_ups
    if pending.follow_ups >= most or pending.entity_type == _REFERENCE:
        return _NOTHING
    view, spelled = _view(text)
    if pending.entity_type not in (_EXPIRY, CARD) and only_a_date(view):
        return _NOTHING  # the account sent, then "effective January 28": a day, no digit of it
    if not pending.seen and pending.entity_type in _HANDED_KINDS:
        handed = handed_value_end(view)
        if handed is not None:  # "LXJ406846 listo": the value alone, the word handing it after
            return _continue_pending(text[:handed], pending, now)
    if pending.entity_type == _EMAIL:
        return _email_rest(view, pending)
    if pending.entity_type == _TRIED_LOGIN and pending.asked and not pending.seen:
        return _password_answer(text)
    if pending.entity_type == _TRIED_LOGIN and not pending.seen:
        return _password_said_after(text)
    if pending.entity_type == "PIN" and not pending.seen:
        # "senha", "clave", "code" name a PIN and a password: letters make the value given
        # after them the password ("a senha toda hora", then "que é nuvem_mar04")
        said = _password_said_after(text)
        if said.spans:
            return said
        tried = tried_codes(view)
        if tried is not None:  # "forgot my pin", then "tried 1 234 and also 5678": each one
            return Carried((Span(*tried, "PIN", _SCORE, "continuation"),), None)
    if pending.entity_type == _TRIED_LOGIN:
        return _next_guess(text, pending)
    if pending.asked and pending.seen and pending.seen >= pending.complete:
        return _retyped_answer(view, spelled, pending)
    if pending.asked and not pending.seen and _date_alone(view):
        return _NOTHING  # "date of birth and the last four of your social?", then "Jul 13 2022"
    if pending.entity_type == _EXPIRY and pending.asked and not pending.seen:
        answer = _expiry_answer(view, spelled, now)
        if answer.spans:
            return answer
    if pending.entity_type == CARD and pending.asked and pending.seen >= _CARD_DIGITS:
        answer = _expiry_answer(view, spelled, now)
        if answer.spans and len(view[: answer.spans[0].begin].split()) <= _ANNOUNCED_LEAD_WORDS:
            return answer  # the card asked for, then "nov 28": its expiry, asked with it
    if pending.entity_type == CARD and pending.seen >= _SHORTEST_WHOLE_CARD:
        # the card sent, then "fecha 03-26": a card's only date is its expiry
        dated = date_reply_expiry(view)
        if dated is not None:
            return Carried(
                (Span(*dated, _EXPIRY, _SCORE, "continuation"),), _answered_marker(_EXPIRY, 1, now)
            )
    if pending.entity_type in (_CVV, _EXPIRY) and pending.seen == pending.complete:
        return _retyped_code(view, pending)
    if pending.entity_type == "PIN" and not pending.asked and pending.seen >= _PIN_DIGITS:
        # four digits may still be a six-digit PIN's start ("pin 4821", then "37")
        other = _other_pin(text, view, pending)
        if other.spans or pending.seen == pending.complete:
            return other
    if pending.entity_type == _MAC:
        return _mac_rest(text, pending)
    if pending.entity_type == _AWS_KEY:
        return _secret_key_rest(text, pending)
    if pending.entity_type == _ACCESS_KEY:
        return _access_key_rest(text, pending)
    if pending.entity_type == _BIC:
        return _alone_or_waiting(bic_rest(text, pending.seen), _BIC, text, pending)
    if pending.entity_type == _LICENCE:
        return _licence_rest(view, pending)
    if pending.entity_type == "ES_DNI" and not pending.seen:
        letter = _NIE_LETTER_ALONE.match(view)
        if letter is not None:  # "el nie es", then "Z" alone, then its digits and letter
            span = Span(*letter.span("value"), "ES_DNI", _SCORE, "continuation")
            return Carried((span,), replace(pending, seen=1, follow_ups=pending.follow_ups + 1))
    if pending.entity_type == "UK_NATIONAL_INSURANCE_NUMBER" and not pending.seen:
        prefix = _NINO_PREFIX_ALONE.fullmatch(view)
        if prefix is not None and NINO_PREFIX.fullmatch(prefix.group("value")):
            # "nino", then "TW" alone, then its pairs: the NI number's two prefix letters
            span = Span(*prefix.span("value"), pending.entity_type, _SCORE, "continuation")
            return Carried((span,), replace(pending, seen=2, follow_ups=pending.follow_ups + 1))
    if pending.entity_type == "MX_CURP" and pending.seen == _CURP_HEAD_SEEN:
        return _curp_end(view)
    if pending.entity_type == "MX_CURP" and pending.asked and not pending.seen:
        grouped = _grouped_curp(text)
        if grouped.spans:
            return grouped
    if pending.entity_type == _IP:
        return _ip_rest(text, pending)
    if pending.entity_type == _USER:
        return _asked_user_name(text, pending)
    if pending.entity_type == "PIN" and pending.complete == _LONG_PIN_DIGITS:
        return _pin_last_pair(view, pending)
    if pending.entity_type == _DICTATED and pending.unnamed and pending.complete == _FRAGMENTS_MOST:
        return _bare_fragment_rest(view, pending)
    new_one = (
        (_NEW_ONE_SPELLED if spelled else _NEW_ONE_TYPED).fullmatch(view)
        if pending.entity_type == _DICTATED and not pending.seen
        else None
    )
    if new_one is not None and _AMOUNT.match(view, new_one.end("value")) is None:
        # "that's the old one", then "new 5386"; not "new 1299 €", a price
        return Carried((Span(*new_one.span("value"), _DICTATED, _SCORE, "continuation"),), None)
    if pending.entity_type == _DICTATED and not _digits_alone(view):
        return _dni_end(view, pending)  # or a word: the customer no longer dictates digits
    if pending.unnamed and _CHECK_LETTER.fullmatch(view):
        # eight bare digits first taken for a card's or a phone's start, then "D"
        return _dni_end(view, pending)
    head = _HEAD_ALNUM if kind.letters else _HEAD_SPELLED if spelled else _HEAD_DIGITS
    match = head.match(view)
    if match is None and (_holds_on(view) or _aside_in_number(view, pending)):
        # "wait", "sorry", "1 sec 🙏" between the parts: the number is still in progress
        return Carried((), replace(pending, follow_ups=pending.follow_ups + 1))
    if (
        match is None
        or (  # "order 1111 1111"; "ups 1111" the carrier's, unless "ups" is "oops" here
            NOT_PERSONAL.search(match.group("lead")) is not None
            and not (pending.ups_is_oops and slip_ups_alone(match.group("lead")))
        )
        or _BRANCH_LEAD.search(match.group("lead")) is not None  # "sucursal 313"
        or _amount_ahead(view, match)
        or names_shown_error(view, match.start("value"))  # "the error says E6899"
    ):
        return _NOTHING
    if pending.entity_type == _PASSPORT:
        return _passport_rest(view, pending)
    if pending.entity_type == _IBAN and not pending.seen:
        pending = replace(pending, complete=_iban_length(match.group("value"), pending.complete))
    if pending.entity_type == "PHONE" and not pending.seen and match.group("lead").endswith("+"):
        # "+33 6759 7891" after "mon portable en morceaux": its country code says how many
        # digits make it whole, so a last "4" alone is its end
        digits = "".join(c for c in match.group("value") if c.isdigit())
        pending = replace(pending, complete=_phone_digits(digits, international=True))
    needed = pending.complete - pending.seen
    if pending.unnamed:
        if pending.entity_type == _DICTATED:
            return _bare_part_rest(view, match, pending)
        if pending.entity_type == "PHONE":
            if _digits_alone(view):
                return _bare_phone_rest(view, match, pending)
            return _named_rest(view, match, pending, _PHONE_NAMING)
        if _digits_alone(view):
            return _bare_card_rest(view, match, pending)
        if WHOLE_WORDS.search(match.group("lead")):  # "no mejor toda 1470 1967"
            return _whole_card_rest(view, match, pending)
        named = _named_rest(view, match, pending, _CARD_NAMING)
        return named if named.spans else _named_rest(view, match, pending, _WHOLE_NAMING)
    if pending.entity_type == CARD and pending.seen >= _CARD_DIGITS:
        return _card_end(view, match, pending, needed)
    ten_at_once = pending.seen == _NATIONAL_PHONE_DIGITS and not pending.follow_ups
    if pending.entity_type == "PHONE" and ten_at_once and needed == 1:
        # "7" after "mon tel 176 996 86 36", ten typed in one go; not a number with its
        # country code, whose length is a guess ("+32 457 70 35 27", then "l'ancien c'était
        # 012 22 49 95"), nor one typed in parts ("+1 415", "555 267", then "1 thanks")
        return _phone_last_digit(view)
    if pending.entity_type == _ACCOUNT and pending.complete == _NZ_ACCOUNT_DIGITS:
        # a New Zealand account's suffix: two or three digits alone ("00"), never "3 items"
        suffix = _NZ_SUFFIX.fullmatch(view)
        if suffix is None:
            return _NOTHING
        return Carried((Span(*suffix.span(1), _ACCOUNT, _SCORE, "continuation"),), None)
    begin = end = match.start("value")
    taken = 0
    nino = pending.entity_type == "UK_NATIONAL_INSURANCE_NUMBER"
    iban = pending.entity_type == _IBAN
    # The whole leading run: "1111 1111" after "4111 1111" even when fewer were expected.
    for group in _GROUP.finditer(view, match.start("value"), match.end("value")):
        value = group.group()
        if not kind.letters and not value.isdigit() and not _id_check_letter(value, taken, needed):
            break
        if nino and value.isalpha() and len(value) > 2:
            break  # a word ("3 letters came"), not an NI number's letters
        if iban and _word_after_iban(value, pending.seen + taken):
            break  # a word after its digits ("4125 thats it", "5190 sorry"), not its letters
        if nino and pending.seen + taken >= _NINO_LETTERS_AND_DIGITS and not value.isalpha():
            break  # its six digits are in: only the suffix letter is left ("48 days" is not)
        if taken + len(value) > needed + _SLACK:
            break
        begin = begin if taken else group.start()
        taken += len(value)
        end = group.end()
    if taken and counted_after(view, begin, end):
        return _NOTHING  # "my acct 4255 0501 252?", then "15 calls already": a count
    if not taken and pending.seen and pending.entity_type == _ACCOUNT:
        return _second_bank_number(view)
    # "steuer-id", then "48" alone: a message of digits alone is the value's first part
    # so is the answer to the agent's question between fillers: "klar: 46", "29 merci"
    dictated = (
        pending.entity_type == _DICTATED
        or _DIGITS_ONLY.fullmatch(view) is not None
        or (pending.asked and bare_answer(view))
    )
    least = _DICTATED_LEAST if dictated else _ANNOUNCED_LEAST
    if dictated and pending.entity_type == _CVV:
        least = _CVV_DIGIT_LEAST
    if (
        pending.entity_type == "PHONE"
        and pending.asked
        and not pending.seen
        and country_code_answer(view)
    ):
        least = 1  # "okay +1", then the number: its country code first
    # "numéro de sécu", then "1" alone: the sex digit a NIR is read out from
    sex_digit = pending.entity_type == "FR_NIR" and view.strip() in _NIR_SEX_DIGITS
    if not taken or (
        pending.seen == 0
        and not sex_digit
        and not _starts_value(view, match, begin, end, taken, least, asked=pending.asked)
    ):
        return _NOTHING
    if nino and taken < 2 and pending.seen + taken != pending.complete:
        return _NOTHING  # one character that does not end the NI number
    if _said_time(view, match, begin, end):
        return _NOTHING
    if _CURRENCY_BEFORE.search(match.group("lead")) or _AMOUNT.match(view, end):
        return _NOTHING  # "refund of Rs. 1,430", "pris 45 € hier": an amount, not its rest
    if pending.entity_type == "BR_CPF" and pending.seen == _CPF_HEAD_SEEN and taken != needed:
        return _NOTHING  # a CPF's check digits come as a pair ("94"), not "2 items"
    span = Span(begin, end, pending.entity_type, _SCORE, "continuation")
    account = _ACCOUNT_AFTER.fullmatch(view, end) if pending.entity_type == "BANK_ROUTING" else None
    if account is not None and pending.asked:
        # "routing and account?", then "021000021 - 662667213489": both numbers at once
        return Carried((span, Span(*account.span("value"), _ACCOUNT, _SCORE, "continuation")), None)
    seen = pending.seen + taken
    complete = pending.complete
    if seen == complete == _CARD_DIGITS and pending.entity_type == CARD:
        complete = _LONG_CARD_DIGITS  # sixteen so far: three more may follow
    if seen >= complete:
        return Carried((span,), None)
    following = replace(pending, seen=seen, complete=complete, follow_ups=pending.follow_ups + 1)
    return Carried((span,), following)


# A DNI's end after its first digits sent bare: its check letter alone after eight
# ("83756786", then "D"), or the digits that make eight and the letter ("38", then "699 411
# W").
_DNI_END = re.compile(r"[^\w\n]{0,4}(?P<value>(?:[0-9](?:[ \-.]?[0-9])*[ \-.]?)?[A-Z])[^\w\n]{0,4}")


# After a branch's or routing number answered, the account's digits in the same message,
# set apart by a dash, a slash, a line (the view blanks them) or "and" ("021000021 -
# 662667213489", "1234 // 3132845", "et 69937056"): agents ask for both at once. Six
# digits at least: no count.
_ACCOUNT_AFTER = re.compile(
    r"(?i)(?:[\s\-|,;]+|\s+(?:and|y|et|und|e)\s+)"
    r"(?P<value>[0-9](?:[ \-.]?[0-9]){5,19})[^\w\n]{0,4}"
)


def _dni_end(view: str, pending: PendingNumber) -> Carried:
    match = _DNI_END.fullmatch(view)
    if match is None or pending.seen + sum(map(str.isdigit, match.group("value"))) != _DNI_DIGITS:
        return _NOTHING
    return Carried((Span(*match.span("value"), _DICTATED, _SCORE, "continuation"),), None)


def _next_guess(text: str, pending: PendingNumber) -> Carried:
    """Another password tried, alone after the message that tried one ("and Nuage42!")."""
    guess = next_guess(text)  # the text as typed: a password's symbols are no obfuscation
    if guess is None and pending.follow_ups == 0:
        guess = password_rest(text)  # "password Kiwi*7", then its rest alone ("noix-29")
    if guess is None:
        return _NOTHING
    following = replace(pending, follow_ups=pending.follow_ups + 1)
    return Carried((Span(*guess, _TRIED_LOGIN, _SCORE, "continuation"),), following)


def _password_said_after(text: str) -> Carried:
    """The password given after the message that named one without its value ("the app
    keeps asking my password", then "which is Kiwi*74 btw")."""
    said = password_said_after(text)
    if said is None:
        return _NOTHING
    return Carried((Span(*said, _TRIED_LOGIN, _SCORE, "continuation"),), None)


# The answer to a question for a password: one word mixing letters with digits or symbols,
# last in a short message, maybe after fillers ("i think its tigre76x", "mmm es Lune!4827!").
_PASSWORD_ANSWER_CHARS = 48
# A password of letters, digits and a mark ends a longer answer too: "oops i already typed
# it earlier, its Lune*402Q 🙈", "uy ya la puse antes, es Lune*402Q".
_MARKED_PASSWORD_ANSWER_CHARS = 64
# The last word, before marks and emoji closing the message.
_LAST_WORD = re.compile(
    r"(?P<value>[^\s]{4,64}?)(?:[\s.,!?)\]]|[\u2600-\u27bf\ufe0f\u200d\U0001f300-\U0001faff])*\Z"
)
# A word's own punctuation after it: "earlier," or "fine." is no candidate of a password.
_WORD_PUNCTUATION = ",.;:"


def _password_answer(text: str) -> Carried:
    """The password in a message answering the agent's question for it, if there is one."""
    last = _LAST_WORD.search(text) if len(text) <= _MARKED_PASSWORD_ANSWER_CHARS else None
    if last is None:
        return _NOTHING
    value = last.group("value")
    if len(text) > _PASSWORD_ANSWER_CHARS and not _marked_password(value):
        return _NOTHING
    before = text[: last.start("value")]
    if not letters_with_others(value) or any(
        letters_with_others(w.rstrip(_WORD_PUNCTUATION)) for w in before.split()
    ):
        return _NOTHING  # a word of the sentence ("it's"), or two candidates
    if value.rstrip("!?") != value and not letters_with_others(value.rstrip("!?")):
        return _NOTHING  # a word and "!": "yes!"
    span = Span(last.start("value"), last.end("value"), _TRIED_LOGIN, _SCORE, "continuation")
    return Carried((span,), None)


# An expiry the agent asked for is answered in a short message ("mira, 12/30", "yeah
# Jun/28"); a longer one tells of something else.
_EXPIRY_ANSWER_CHARS = 64


# The second of the two values asked for, named by its place or as the other one after the
# first ("first one 12/28 second 079", "el primero 12/28 y el otro 664", "le premier 12/28
# l'autre 443", "das erste 12/28 das andere 443", "o primeiro 12/28 o outro 443"), or
# after "then" ("12/28 dann 443").
_SECOND_ONE = (
    r"(?:(?:the\s+)?(?:second|2nd|other)(?:\s+one)?|(?:el\s+|la\s+)?(?:segund[oa]|otr[oa])"
    r"|(?:le\s+|la\s+)?(?:second(?:e)?|deuxi[èe]me)|l['\u2019]autre"
    r"|(?:der|die|das)\s+(?:zweite|andere)|(?:o\s+|a\s+)?(?:segund[oa]|outr[oa])"
    r"|then|luego|despu[ée]s|puis|ensuite|dann|danach|depois)"
)


def _code_after(gap: int) -> re.Pattern[str]:
    return re.compile(
        r"(?i)[\s,;/|&+\-]*(?:(?:and|y|et|und|e|cvv|cvc|code|c[óo]digo)\b[\s:,]*)?"
        rf"(?:{_SECOND_ONE}\b[\s:,]*)?"
        rf"(?P<value>[0-9](?:[ \-.]{{0,{gap}}}[0-9]){{2,3}})[^\w\n]{{0,4}}\Z"
    )


# The security code sent after the expiry in the same answer ("10 27, 539", "12/32 / 945",
# "03/31 ; neuf six huit sept"): agents ask for both at once, and three or four digits
# ending a card's answer are its code.
_CODE_AFTER_TYPED = _code_after(_TYPED_GAP)
_CODE_AFTER_SPELLED = _code_after(_SPELLED_GAP)


def _expiry_answer(view: str, spelled: bool, now: float) -> Carried:
    """The expiry the agent asked for, with words before it ("mira, 12/30", "yeah Jun/28",
    "c'est le 9/31"), and the security code after it when both are sent ("09-33, 256")."""
    found = answered_expiry(view) if len(view) <= _EXPIRY_ANSWER_CHARS else None
    if found is None or has_digit(view[: found[0]]):
        return _NOTHING
    spans = [Span(*found, _EXPIRY, _SCORE, "continuation")]
    code = (_CODE_AFTER_SPELLED if spelled else _CODE_AFTER_TYPED).match(view, found[1])
    if code is not None:
        spans.append(Span(*code.span("value"), _CVV, _SCORE, "continuation"))
    return Carried(tuple(spans), _answered_marker(_EXPIRY, 1, now))


# Between the card asked for and its expiry sent with it: "5105 1029 0400 4527 y feb 2026",
# "3782 821881 83097 und 0529", "4012... et janvier 2031", "4111..., exp 12/30".
_THEN_EXPIRY = re.compile(
    r"(?i)[\s,;/|&+\-]*(?:(?:and|y|et|und|e|exp\w*|venc\w*|val\w*|ablauf\w*)\b[\s:,.]*)?"
)


def _expiry_after_card(text: str, carried: Carried) -> Carried:
    """``carried`` and the expiry right after the card it continues, when the customer sends
    both at once, as agents ask for them."""
    view, _ = _view(text)
    gap = _THEN_EXPIRY.match(view, carried.spans[-1].end)
    found = expiry_at(view, gap.end()) if gap is not None and gap.end() < len(view) else None
    if found is None or _TRAILING_MARKS.fullmatch(view, found[1]) is None:
        return carried
    expiry = Span(*found, _EXPIRY, _SCORE, "continuation")
    return Carried((*carried.spans, expiry), carried.pending)


def _date_alone(view: str) -> bool:
    """Whether the only digits of ``view`` are a calendar date with its year."""
    date = DATE_WITH_YEAR.search(view) if has_digit(view) else None
    return date is not None and not has_digit(view[: date.start()] + view[date.end() :])


def _answered_marker(entity: str, digits: int, now: float) -> PendingNumber:
    """The marker kept after the answer to the agent's question: its count of digits, whole,
    so the next message may type it again (``_retyped_answer``)."""
    return PendingNumber(entity, digits, digits, 0, now + WINDOW_SECONDS, asked=True)


# Words that say the answer just sent was wrong, or that the customer checks it again:
# "sorry wrong one", "vertippt", "pardon je me suis trompé", "pera não", "wait".
_RETYPE_WORDS = words(
    r"sorry",
    r"oops",
    # the slip said in the other languages ("ups", "uy", "oups", "opa", "ops") and owned
    # ("my bad", "error mío", "mi error", "mein Fehler", "erro meu")
    r"ups",
    r"uy",
    r"oups",
    r"opa",
    r"ops",
    r"my\s*bad",
    r"error\s*m[íi]o",
    r"mi\s*error",
    r"(?:mein\s*)?fehler",
    r"erro\s*meu",
    r"wait",
    # the value offered for another try ("try 876", "prueba", "essayez", "versuch", "tenta")
    r"try",
    r"prueb[ae]",
    r"intent[ae]",
    r"essa(?:ie|yez)",
    r"versuch\w*",
    r"tent[ae]",
    r"wrong",
    r"typo",
    # the typing slip named in the other languages: "faute de frappe", "error de dedo",
    # "Tippfehler", "erro de digitação"
    r"faute(?:\s*de\s*frappe)?",
    r"error(?:\s*de\s*(?:dedo|tipeo))?",
    r"tippfehler",
    r"erro(?:\s*de\s*digita[çc][ãa]o)?",
    r"actually",
    r"i\s*mean",
    r"no(?:pe)?",
    r"perd[óo]n",
    r"espera",
    r"equivoqu\w*",
    r"mal",
    r"digo",
    r"pardon",
    r"d[ée]sol[ée]e?",
    r"attend(?:s|ez)?",
    r"tromp\w*",
    r"erreur",
    r"non",
    r"warte?",
    r"moment",
    r"falsch\w*",
    r"vertipp\w*",
    r"verschrieben",
    r"nein",
    r"korrektur",
    r"desculp[ae]",
    r"pera",
    r"errad[oa]",
    r"errei",
    r"n[ãa]o",
)


def _retyped(gap: int) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<lead>[^\d\n\[\]]{{0,40}}?)(?P<value>[0-9](?:[^\w\n\[\]]{{0,{gap}}}[0-9])*)"
        r"[^\w\n]{0,4}(?:[^\W\d_]+[^\w\n]{0,4})?"
    )


# The answer typed again: after those words ("vertippt: 6210 2722", "sorry wrong one, it's
# 267950927"), or alone after the agent asked again ("1817...0807"); a word may follow
# ("müsste 6856 sein").
_RETYPED_TYPED = _retyped(_TYPED_GAP)
_RETYPED_SPELLED = _retyped(_SPELLED_GAP)
_RETYPED_CHARS = 64


def _retype_lead(lead: str) -> bool:
    """Nothing but marks, or words that say the answer is being corrected."""
    return (
        not any(c.isalpha() for c in lead)
        or _RETYPE_WORDS.search(lead) is not None
        or _OLD_ONE_SAID.search(lead) is not None  # "das war die alte. 4733 - 0808 - 7983"
    )


# The card's security code after its expiry answered to the agent's question: three or four
# digits alone, maybe after an "and" of the five languages or the part word the view blanks
# ("rest is 032", "und 355", "e quatro sete um", "et l39"), maybe before a word that it was
# sent too early ("162 sorry zu früh abgeschickt"). Nothing else follows an expiry so.
def _next_code(gap: int) -> re.Pattern[str]:
    return re.compile(
        r"(?i)[^\w\n\[\]]*(?:(?:and|y|et|und|e|&)[^\w\n\[\]]{1,4})?"
        rf"(?P<value>[0-9](?:[^\w\n\[\]]{{0,{gap}}}[0-9]){{2,3}})(?P<rest>[^\w\n\[\]]*(?:\w.*)?)"
    )


_NEXT_CODE_TYPED = _next_code(_TYPED_GAP)
_NEXT_CODE_SPELLED = _next_code(_SPELLED_GAP)
_NEXT_CODE_CHARS = 48


def _code_after_expiry(view: str, spelled: bool) -> Carried:
    """The security code answered in the message after the expiry (``_NEXT_CODE_TYPED``)."""
    match = (
        (_NEXT_CODE_SPELLED if spelled else _NEXT_CODE_TYPED).fullmatch(view)
        if len(view) <= _NEXT_CODE_CHARS
        else None
    )
    if match is None:
        return _NOTHING
    rest = match.group("rest")
    if any(c.isalnum() for c in rest) and _SENT_EARLY_WORDS.search(rest) is None:
        return _NOTHING
    return Carried((Span(*match.span("value"), _CVV, _SCORE, "continuation"),), None)


def _retyped_length(digits: int, pending: PendingNumber) -> bool:
    """Whether ``digits`` typed again fit the answer ``pending`` counts: as many as it had,
    or as many as the value asked for has when the first was short or long ("a digit is
    missing", "that didn't match": a code of two digits, then its three)."""
    return digits in (pending.seen, _BY_ENTITY[pending.entity_type].complete)


def _retyped_answer(view: str, spelled: bool, pending: PendingNumber) -> Carried:
    """The answer to the agent's question typed again, with as many digits (an expiry in
    any form: "03/2028", then "pardon c'est 02/27")."""
    if len(view) > _RETYPED_CHARS:
        return _NOTHING
    if pending.entity_type == _EXPIRY:
        found = answered_expiry(view)
        if found is None:
            return _code_after_expiry(view, spelled)
        if has_digit(view[: found[0]]) or not _retype_lead(view[: found[0]]):
            return _NOTHING
        return Carried((Span(*found, _EXPIRY, _SCORE, "continuation"),), None)
    match = (_RETYPED_SPELLED if spelled else _RETYPED_TYPED).fullmatch(view)
    if (
        match is None
        or not _retyped_length(sum(c.isdigit() for c in match.group("value")), pending)
        or not _retype_lead(match.group("lead"))
    ):
        return _NOTHING
    return Carried((Span(*match.span("value"), pending.entity_type, _SCORE, "continuation"),), None)


def _answer_digits(text: str, entities: tuple[Span, ...], entity: str) -> int:
    """The digits of the last ``entity`` masked in ``text``: the answer just given, its
    digits said or typed with a letter for one ("two-eight-three", "7I4") counted too."""
    spans = [span for span in entities if span.entity_type == entity]
    if not spans:
        return 0
    view = _aligned_view(text)
    return sum(c.isdigit() for c in view[spans[-1].begin : spans[-1].end])


def _aligned_view(text: str) -> str:
    """The message's view, where a span of ``text`` reads the same characters' digits
    ("two" as "2  "); ``text`` itself when the view moved them."""
    view, _ = _view(text)
    return view if len(view) == len(text) else text


def _retyped_code(view: str, pending: PendingNumber) -> Carried:
    """The security code or expiry typed again after a correction ("no wait 146"), or
    another offered in its place ("or maybe its 0526 hang on"), as many digits."""
    wait = _TRAILING_WAIT.search(view)
    retyped = retyped_code(view if wait is None else view[: wait.start()], pending.seen)
    if retyped is None:
        return _NOTHING
    if pending.entity_type == _EXPIRY and not _month_and_year(view[retyped[0] : retyped[1]]):
        return _NOTHING  # "or 1530": no month, a time
    return Carried((Span(*retyped, pending.entity_type, _SCORE, "continuation"),), None)


def _other_pin(text: str, view: str, pending: PendingNumber) -> Carried:
    """The PIN typed again after a correction ("no wait 7375"), or another offered in its
    place ("or the other one: 7357", ``other_code``): the customer's too."""
    found = retyped_code(view, pending.seen) or other_code(view) or other_code(text)
    if found is None:
        return _NOTHING
    return Carried((Span(*found, "PIN", _SCORE, "continuation"),), None)


def _cvv_word_alone(view: str) -> bool:
    """Whether a short ``view`` is a security code's word, other than any code's, and
    nothing else but an article before it and a copula after it."""
    return len(view) <= _READY_CHARS and any(
        _CVV_ARTICLE.fullmatch(view, 0, word.start())
        and _CVV_COPULA.fullmatch(view, word.end())
        and not _ANY_CODE.fullmatch(word.group())
        for word in CVV_WORDS.finditer(view)
    )


def _cvv_head(view: str, now: float) -> Carried | None:
    """A security code's first digits after its word alone ("cvv 52"), masked, with the
    marker waiting for its rest."""
    head = _CVV_HEAD.search(view) if len(view) <= _READY_CHARS else None
    if head is None or not _cvv_word_alone(view[: head.start()]):
        return None
    digits = sum(char.isdigit() for char in head.group("value"))
    found = (head.start("value"), head.end("value"), digits)
    return _first_part(found, _CVV, _CVV_DIGITS, now)


def _email_rest(view: str, pending: PendingNumber) -> Carried:
    """The domain of an e-mail address whose user name ended the previous message, alone in
    this one ("example.com", "@example.org"); a short wait before it keeps the marker. Asked
    for and not begun, the address may start with its user name alone ("mikeweber@")."""
    user = user_name_alone(view) if pending.asked and not pending.seen else None
    if user is not None:  # the domain comes next, as after "email jane.doe73"
        span = Span(*user, _EMAIL, _SCORE, "continuation")
        return Carried((span,), replace(pending, seen=1, follow_ups=pending.follow_ups + 1))
    return _alone_or_waiting(domain_alone(view), _EMAIL, view, pending)


def _alone_or_waiting(
    value: tuple[int, int] | None, entity: str, view: str, pending: PendingNumber
) -> Carried:
    """``value`` (where the rest ``pending`` waits for is, alone in ``view``) masked, or a
    short wait that keeps the marker, or nothing."""
    if value is not None:
        return Carried((Span(*value, entity, _SCORE, "continuation"),), None)
    if _holds_on(view):
        return Carried((), replace(pending, follow_ups=pending.follow_ups + 1))
    return _NOTHING


def _mac_rest(text: str, pending: PendingNumber) -> Carried:
    """The pairs a MAC address's first ones left, alone in this message as typed
    ("91:0B:7E"); a short wait before them keeps the marker."""
    rest = mac_rest(text, pending.complete - pending.seen)
    if rest is not None:
        return Carried((Span(*rest, _MAC, _SCORE, "continuation"),), None)
    first = mac_first_pairs(text) if pending.seen == 0 else None
    if first is not None:  # "mac is", then "3A:B2", then the rest
        begin, end, pairs = first
        carried = replace(pending, seen=pairs, follow_ups=pending.follow_ups + 1)
        return Carried((Span(begin, end, _MAC, _SCORE, "continuation"),), carried)
    if _holds_on(text):
        return Carried((), replace(pending, follow_ups=pending.follow_ups + 1))
    return _NOTHING


def _asked_user_name(text: str, pending: PendingNumber) -> Carried:
    """The user name the previous message asked for, alone in this one as typed
    ("betoz30"), or the rest of one visibly cut short (one of its two parts seen); a short
    wait before it keeps the marker."""
    rest = user_name_rest(text) if pending.seen else handle_alone(text)
    return _alone_or_waiting(rest, _USER, text, pending)


def _pin_last_pair(view: str, pending: PendingNumber) -> Carried:
    """The last two digits of a six-digit PIN whose first four ended the previous message,
    alone in this one ("19"); a short wait before them keeps the marker."""
    pair = _PIN_LAST_PAIR.fullmatch(view)
    return _alone_or_waiting(pair.span("value") if pair else None, "PIN", view, pending)


def _ip_rest(text: str, pending: PendingNumber) -> Carried:
    """The parts an IPv4 address's first ones left, alone in this message as typed ("18",
    "100.16"); fewer than are left keep the marker for the last."""
    rest = ip_rest(text, pending.complete - pending.seen)
    if rest is None:
        return _NOTHING
    begin, end, parts = rest
    span = Span(begin, end, _IP, _SCORE, "continuation")
    if pending.seen + parts == pending.complete:
        return Carried((span,), None)
    return Carried(
        (span,), replace(pending, seen=pending.seen + parts, follow_ups=pending.follow_ups + 1)
    )


def _secret_key_rest(text: str, pending: PendingNumber) -> Carried:
    """The characters a secret key's first groups left, alone in this message as typed; a
    short wait before them keeps the marker."""
    rest = secret_key_rest(text, pending.complete - pending.seen)
    return _alone_or_waiting(rest, _AWS_KEY, text, pending)


def _access_key_rest(text: str, pending: PendingNumber) -> Carried:
    """The characters an access key ID's first part left, alone in this message; a short
    wait before them keeps the marker."""
    rest = access_key_rest(text, pending.complete - pending.seen)
    return _alone_or_waiting(rest, _ACCESS_KEY, text, pending)


def _licence_rest(view: str, pending: PendingNumber) -> Carried:
    """The rest of a licence number whose start ended the previous message, alone in this
    one: whatever its length, it ends the number; a short wait before it keeps the marker.
    After its word alone, the first part may be followed by another."""
    value = licence_rest(view, pending.seen)
    if value is not None and not pending.seen:  # "license?", "L20D-2519", then "38"
        chars = sum(c.isalnum() for c in view[value[0] : value[1]])
        span = Span(*value, _LICENCE, _SCORE, "continuation")
        return Carried((span,), replace(pending, seen=chars, follow_ups=pending.follow_ups + 1))
    return _alone_or_waiting(value, _LICENCE, view, pending)


_ACCOUNT = "BANK_ACCOUNT_NUMBER"


def _second_bank_number(view: str) -> Carried:
    """After "routing and account below" and the routing's nine digits, a message of more
    digits than the account's rest can hold: the second number the customer announced, the
    account itself, whole ("360729212", then "880021466978"). Its first group alone holds
    more digits than the rest and the slack (ten at least), so no count or PIN gets here."""
    whole = _BARE_DIGITS.fullmatch(view)
    if whole is None:
        return _NOTHING
    return Carried((Span(*whole.span("value"), _ACCOUNT, _SCORE, "continuation"),), None)


# A New Zealand account is bank (2), branch (4), base (7) and suffix (2 or 3) digits.
_NZ_ACCOUNT_BASE = re.compile(r"[0-9]{2}([\- ])[0-9]{4}\1[0-9]{7}")
_NZ_ACCOUNT_DIGITS = 16
_NZ_SUFFIX = re.compile(r"[^\w\n]{0,4}([0-9]{2,3})[^\w\n]{0,4}")
_ROUTING_DIGITS = 9


def _bare_routing(view: str) -> bool:
    """A reply that is a nine-digit number passing the ABA checksum and nothing else ("its
    147223957"), maybe the routing number the agent asked for."""
    bare = bare_number(view)
    if bare is None:
        return False
    digits = "".join(c for c in bare.group("value") if c.isdigit())
    return len(digits) == _ROUTING_DIGITS and rtn.is_valid(digits)


# An account a transfer goes to, its first digits named by the transfer alone: as long as
# one named by its word (``ACCOUNT_WORDS``).
_TRANSFER_ACCOUNT_DIGITS = 12


def _account_next(now: float) -> Carried:
    """After a routing number, the account is what customers give next ("and 724401660003"):
    nothing of it seen yet, the next message's leading digits are it."""
    return _awaiting(_ACCOUNT, 12, now)


# A message of digits only, grouped or not, maybe with an emoji or punctuation.
_BARE_DIGITS = re.compile(r"[^\w\n]{0,4}(?P<value>[0-9](?:[ \-.]?[0-9]){3,17})[^\w\n]{0,4}")
# Digits from which a bare card start typed in three groups or more is masked too.
_GROUPED_CARD_START = 8
# The words after the rest that name the value: a card word within a few words.
_NAMED_WITHIN = 24


# A filler and a copula before the digits say nothing of them ("alors c'est 42426020",
# "entao 4242", "so it's 5500"): the message is still digits alone.
_FILLED_DIGITS = re.compile(
    r"[^\w\n]{0,4}(?i:(?:(?:ok(?:ay)?|so|well|alors|donc|bon|bueno|pues|entonces|listo|vale"
    r"|ent[ãa]o|pronto|also|gut)[\s,]{1,3})?"
    r"(?:(?:c['\u2019]\s?est|es|[ée]|is|it['\u2019]?s|ist)\s{1,3})?)"
    r"(?P<value>[0-9](?:[ \-.]?[0-9]){3,17})[^\w\n]{0,4}"
)


def _bare_card_start(view: str, now: float) -> Carried:
    """A message of a card issuer's first digits and nothing else ("3528", "5090-6682-7865"),
    maybe after a filler or a word of assent ("alors c'est 42426020", "also 51058869"):
    maybe a card's start, maybe a PIN, a year or a count. Nothing is masked; the next
    message continues it only if it names its own digits a card (``_named_rest``) or is
    digits alone that fit in a card."""
    match = _FILLED_DIGITS.fullmatch(view)
    if match is None:
        # a bare reply's words of assent and what may follow it ("ok 4000 1234", "jo ...")
        assented = bare_number(view)
        if assented is None or not _BARE_DIGITS.fullmatch(assented.group("value")):
            return _NOTHING
        match = assented
    digits = "".join(c for c in match.group("value") if c.isdigit())
    first = match.group("value").split()[0]
    if (
        len(digits) >= _CARD_DIGITS - 1
        or not _card_issuer(digits)
        # "25.2.2025 6347", a birth date and a postcode: a day and a month are no card's
        # group ("3782-08-6", a date's ISO shape, still can be)
        or (_DAY_MONTH.match(first) is not None and _calendar_date(first))
    ):
        return _NOTHING
    complete = 15 if digits[:2] in ("34", "37") else _CARD_DIGITS
    pending = PendingNumber(CARD, len(digits), complete, 0, now + WINDOW_SECONDS, unnamed=True)
    value = match.group("value")
    if len(digits) >= _GROUPED_CARD_START and sum(not c.isdigit() for c in value) >= 2:
        # "378-20-863-298": eight digits or more in three groups or more, no PIN, year or
        # count; typed in groups as a card (or a phone) is, where a reference is one run
        span = Span(match.start("value"), match.end("value"), CARD, _SCORE, "continuation")
        return Carried((span,), pending)
    return Carried((), pending)


# A message of two to four digits alone that starts no card or phone ("212", "0171", "22"):
# a CVV, a PIN or a count, or the first part of a number read out in messages (an SSN's
# "212", "67", "last part 8319"). Nothing is masked; the next messages of digits alone
# (after a word of which part it is, or with a "done") are its parts.
_BARE_SHORT = re.compile(r"[^\w\n+%€$£]{0,4}(?P<value>[0-9]{2,4})[^\w\n+%€$£]{0,4}")
# Digits a number read out in parts has at most (a card of 19).
_PARTS_MOST = 19


def _bare_short_start(view: str, now: float) -> Carried:
    match = _BARE_SHORT.fullmatch(view)  # twelve characters at most
    if match is None or _YEAR.fullmatch(match.group("value")):
        return _NOTHING
    seen = len(match.group("value"))
    pending = PendingNumber(_DICTATED, seen, _PARTS_MOST, 0, now + WINDOW_SECONDS, unnamed=True)
    return Carried((), pending)


def _bare_part_rest(view: str, match: re.Match[str], pending: PendingNumber) -> Carried:
    """The next part after a short number alone: two digits or more alone (a word of which
    part before, a "done" after), as long as the parts fit in a card's nineteen digits. A
    single digit is a count ("2"), not a part."""
    if not _digits_alone(view):
        return _NOTHING
    begin = match.start("value")
    taken, end = _leading_digits(view, match)
    seen = pending.seen + taken
    if taken < 2 or seen > _PARTS_MOST:
        return _NOTHING
    span = Span(begin, end, _DICTATED, _SCORE, "continuation")
    if seen >= pending.complete:
        return Carried((span,), None)
    return Carried((span,), replace(pending, seen=seen, follow_ups=pending.follow_ups + 1))


def _leading_digits(view: str, match: re.Match[str]) -> tuple[int, int]:
    """How many digits the groups of all digits opening ``match``'s value hold, and where they
    end ("7551-2140 c'est tout": 8, at the end of "2140"; the words after are not digits)."""
    taken, end = 0, match.start("value")
    for group in _GROUP.finditer(view, end, match.end("value")):
        if not group.group().isdigit():
            break
        taken += len(group.group())
        end = group.end()
    return taken, end


def _bare_card_rest(view: str, match: re.Match[str], pending: PendingNumber) -> Carried:
    """A message of digits alone after a card's bare start ("2223", then "7551-2140-1166";
    "378-20-863-298", then "59", then "44"): the customer reads the card out in parts, as
    long as the digits so far fit in a card (19 at most). Masks them; follows the rest."""
    begin = match.start("value")
    taken, end = _leading_digits(view, match)
    seen = pending.seen + taken
    if taken < 2 or seen > _LONG_CARD_DIGITS:
        return _NOTHING  # "3": a count, not a card's part
    if pending.follow_ups + 1 >= CARD_FOLLOW_UPS and seen < _SHORTEST_CARD:
        return _NOTHING  # the last message that may continue it ends it: "25" is a count
    span = Span(begin, end, CARD, _SCORE, "continuation")
    if seen >= pending.complete:
        return Carried((span,), None)
    return Carried((span,), replace(pending, seen=seen, follow_ups=pending.follow_ups + 1))


@dataclass(frozen=True)
class _Naming:
    """How the rest of a value whose start came bare is named: the kind, the words that
    name it, how many digits it has in all, and the words between that refuse it."""

    entity: str
    names: re.Pattern[str]
    least: int
    most: int
    refusing: tuple[re.Pattern[str], ...]


def _named_rest(
    view: str, match: re.Match[str], pending: PendingNumber, naming: _Naming
) -> Carried:
    """The rest of a value whose start came bare, named right after its digits
    ("4598-1866-8282 is my card", "1573 ist meine Karte", "34623 that's my mob", "5545290
    es mi móvil"): with the digits before, as many as such a value has. Masks the rest;
    the start was sent already."""
    if match.group("lead").strip():
        return _NOTHING
    begin = match.start("value")
    taken, end = _leading_digits(view, match)
    named = naming.names.search(view, end, end + _NAMED_WITHIN)
    if (
        not naming.least <= pending.seen + taken <= naming.most
        or named is None
        or len(view[end : named.start()].split()) > _MAX_GAP_WORDS
        or any(words.search(view, end, named.end()) for words in naming.refusing)
    ):
        return _NOTHING
    return Carried((Span(begin, end, naming.entity, _SCORE, "continuation"),), None)


# A phone has 9 to 13 digits in the markets served (with a trunk 0 or a country code).
_PHONE_LEAST, _PHONE_MOST = 9, 13
# A phone's bare first part: more digits than a PIN, fewer than a phone.
_BARE_PHONE_LEAST, _BARE_PHONE_MOST = 5, 7
# A card's rest is named by a card word; a phone's by a phone word, and not past a
# reference word ("34623 is the order, my mobile is ...").
_CARD_NAMING = _Naming(CARD, CARD_WORDS, 13, _LONG_CARD_DIGITS, (ENDING_WORDS,))
_PHONE_NAMING = _Naming(
    "PHONE", SPECIFIC_PHONE_WORDS, _PHONE_LEAST, _PHONE_MOST, (NOT_PERSONAL, ENDING_WORDS)
)
# "1082 oops sent it all", "3621 ops mandei tudo": a word saying the whole card went out
# names the rest after a bare start; not past a reference word ("9001 order, all of it").
_WHOLE_NAMING = _Naming(CARD, WHOLE_WORDS, _SHORTEST_CARD, _LONG_CARD_DIGITS, (NOT_PERSONAL,))


def _whole_card_rest(view: str, match: re.Match[str], pending: PendingNumber) -> Carried:
    """The rest of a card after its ending or bare start, led by a word saying it is the
    whole number ("o cartão final 4111", then "não, todo 3418 7823 0891"): masked when the
    digits so far make a card and no reference word leads them ("toda la orden 55512345")."""
    taken, end = _leading_digits(view, match)
    makes_card = _SHORTEST_CARD <= pending.seen + taken <= _LONG_CARD_DIGITS
    if not makes_card or NOT_PERSONAL.search(match.group("lead")):
        return _NOTHING
    return Carried((Span(match.start("value"), end, CARD, _SCORE, "continuation"),), None)


def _bare_phone_start(view: str, now: float) -> Carried:
    """A message of five to seven digits and nothing else, no card issuer's ("04123",
    "2015 559"): maybe a phone's start (a PIN, a year or a store has four digits at most),
    maybe a postcode or a count. Nothing is masked;
    the next message continues it only if it names its own digits a phone
    (``_named_rest``) or is digits alone that make a phone with them (``_bare_phone_rest``)."""
    match = _BARE_DIGITS.fullmatch(view)
    if match is None:
        return _NOTHING
    digits = sum(c.isdigit() for c in match.group("value"))
    value = match.group("value")
    # Seven or eight digits in three groups or more ("12-31-974", "11-23-6555"): grouped as
    # a phone is read out, where a reference is one run and a date has a date's groups.
    grouped = _GROUPED_PHONE_LEAST <= digits <= _GROUPED_PHONE_MOST and (
        len(_GROUP.findall(value)) >= 3
    )
    if (
        not (_BARE_PHONE_LEAST <= digits <= _BARE_PHONE_MOST or grouped)
        or _DATE.fullmatch(value)  # "08.03.2025", then "12": a date and a time
        or _FULL_DATE.fullmatch(value)
    ):
        return _NOTHING
    pending = PendingNumber("PHONE", digits, _PHONE_MOST, 0, now + WINDOW_SECONDS, unnamed=True)
    if grouped:
        span = Span(match.start("value"), match.end("value"), "PHONE", _SCORE, "continuation")
        return Carried((span,), pending)
    return Carried((), pending)


_GROUPED_PHONE_LEAST, _GROUPED_PHONE_MOST = 7, 8
# Digits of a whole value sent bare over messages: a Spanish or Portuguese phone's or NIF's
# nine up to a CBU's twenty-two (a CLABE has eighteen, a CPF eleven).
_FRAGMENTS_LEAST, _FRAGMENTS_MOST = 9, 22
# Twenty-one digits at most: twenty-two make a whole value, no fragment.
_BARE_FRAGMENT = re.compile(r"[^\w\n+]{0,4}(?P<value>[0-9](?:[ \-.]?[0-9]){1,20})[^\w\n%€$£]{0,4}")
# A bare first part: three digits (a PIN, a year, a card's or a phone's start have
# four to seven, and their own rules), or more than a card's start and a reference hold.
_FRAGMENT_SHORT, _FRAGMENT_LONG = 3, 13
# "its 9688", "é 5873", "ist 8666": a copula hands the digits over (``bare_number`` masks
# them as a reply), four to twelve of them as well: the first part of a value whose rest
# comes bare ("2375290"), as often as a PIN.
_HANDED_OVER = re.compile(r"(?i)[^\w\n]{0,4}(?:it['\u2019]?s|[ée]|ist|es|c['\u2019]est)\s{1,3}")


def _bare_fragment_start(view: str, now: float) -> Carried:
    """A message of three digits alone, or of thirteen to twenty-one ("137", "012 799
    83900895235"), or of three to twenty-one handed over by a copula ("its 9688"), that
    starts no card and no phone: maybe a value's first part, sent bare.
    Nothing is masked (a short reply may be a count or a CVV another rule masks); the next
    message of digits alone is its rest when the digits together make a whole value
    (``_bare_fragment_rest``)."""
    handed = _HANDED_OVER.match(view)
    start = handed.end() if handed is not None else 0
    match = _BARE_FRAGMENT.fullmatch(view, start) if len(view) <= _READY_CHARS else None
    if match is None:
        return _NOTHING
    value = match.group("value")
    digits = sum(c.isdigit() for c in value)
    if (
        (handed is None and _FRAGMENT_SHORT < digits < _FRAGMENT_LONG)
        or digits < _FRAGMENT_SHORT  # "12": a count, a day, an hour
        # a whole card sent bare is complete, not a part
        or (digits >= _FRAGMENT_LONG and _card_issuer("".join(filter(str.isdigit, value))))
        or _date_or_time(value, 0, len(value))
    ):
        return _NOTHING
    pending = PendingNumber(_DICTATED, digits, _FRAGMENTS_MOST, 0, now + WINDOW_SECONDS)
    return Carried((), replace(pending, unnamed=True))


def _date_or_time(text: str, begin: int, end: int) -> bool:
    """A year, a date or a clock time from ``begin`` to ``end`` of ``text``: no part of a
    number sent bare."""
    return any(shape.fullmatch(text, begin, end) for shape in (_YEAR, _DATE, _FULL_DATE, _CLOCK))


def _bare_fragment_rest(view: str, pending: PendingNumber) -> Carried:
    """A message of digits alone after bare digits: the value's rest when the digits
    together are as many as a whole value has (9 to 22: "0302 3430", then "0044 9143 55";
    "225", then "113 0930"). Fewer keep the marker for one more part; a year, a date or a
    time is no part."""
    if not (_DIGITS_ONLY.fullmatch(view) or _DIGITS_THEN_DONE.fullmatch(view)):
        return _NOTHING
    match = _HEAD_DIGITS.match(view)
    if match is None:
        return _NOTHING
    begin = match.start("value")
    taken, end = _leading_digits(view, match)
    seen = pending.seen + taken
    if not taken or seen > _FRAGMENTS_MOST or _date_or_time(view, begin, end):
        return _NOTHING
    follow_ups = pending.follow_ups + 1
    following = (
        None
        if follow_ups >= MAX_FOLLOW_UPS or seen >= _FRAGMENTS_MOST
        else replace(pending, seen=seen, follow_ups=follow_ups)
    )
    if seen < _FRAGMENTS_LEAST:
        return Carried((), following)
    return Carried((Span(begin, end, _DICTATED, _SCORE, "continuation"),), following)


# A date with its year in two or four digits, any separator ("12-31-2024", "31 12 24").
_FULL_DATE = re.compile(
    r"[0-9]{1,2}[\s\-./][0-9]{1,2}[\s\-./](?:19|20)?[0-9]{2}"
    r"|(?:19|20)[0-9]{2}[\s\-./][0-9]{1,2}[\s\-./][0-9]{1,2}"  # year first: "2019 03 12"
)


def _bare_phone_rest(view: str, match: re.Match[str], pending: PendingNumber) -> Carried:
    """A message of digits alone after a phone's bare start ("06-123", then "486-23";
    "81 012", then "12-31-974"): the customer types the number in parts, as long as the digits
    together make a phone (9 to 13). Masks them; the start was sent already."""
    begin = match.start("value")
    taken, end = _leading_digits(view, match)
    if (
        taken < 2
        or not _PHONE_LEAST <= pending.seen + taken <= _PHONE_MOST
        or _YEAR.fullmatch(view, begin, end)
        or _DATE.fullmatch(view, begin, end)  # "75012", then "2024" or "12/03"
    ):
        return _NOTHING
    return Carried((Span(begin, end, "PHONE", _SCORE, "continuation"),), None)


# After the last digits of a card: nothing, a plea ("sorry sent too soon") or words.
_CARD_END_AFTER = re.compile(r"(?:[^\w\n]{0,4}$|\s+[^\W\d_])")


def _card_end(view: str, match: re.Match[str], pending: PendingNumber, needed: int) -> Carried:
    """The last digits of a card of more than sixteen: a first group of exactly the digits
    left, after no lead-in but a word saying more is coming ("puis 253"), and not an
    amount ("100 € were charged") nor a count ("2 items")."""
    lead = match.group("lead")
    group = _GROUP.match(view, match.start("value"))
    if (
        group is None
        or len(group.group()) != needed
        or not group.group().isdigit()
        or (lead.strip() and _MORE_TO_COME.fullmatch(lead.strip()) is None)
        or _AMOUNT.match(view, group.end()) is not None
        or _CARD_END_AFTER.match(view, group.end()) is None
    ):
        return _NOTHING
    span = Span(group.start(), group.end(), CARD, _SCORE, "continuation")
    return Carried((span,), None)


# A national phone number without its trunk 0: ten digits, eleven for a mobile in some
# countries (Brazil, China).
_NATIONAL_PHONE_DIGITS = 10
# A digit forgotten is sent at once; a digit alone later answers something else ("how many
# items were missing?", then "2").
_LAST_DIGIT_SECONDS = 30.0
_LAST_DIGIT_ALONE = re.compile(r"[^\w\n+%€$£]{0,4}(?P<value>[0-9])[^\w\n%€$£]{0,4}")


def _may_run_on(value: str, digits: str, complete: int) -> bool:
    """Whether a phone's ``value`` after its word is ten national digits, no trunk 0 and no
    country code: whole, or a mobile of eleven whose last digit is yet to come."""
    return complete == len(digits) == _NATIONAL_PHONE_DIGITS and not value.startswith(("+", _TRUNK))


def _phone_last_digit(view: str) -> Carried:
    """A phone's one digit left, as a message of its own ("7", "9."): not a digit with words
    ("2 orders"), which is a count, nor more digits, which are another number."""
    alone = _LAST_DIGIT_ALONE.fullmatch(view)
    if alone is None:
        return _NOTHING
    return Carried((Span(*alone.span("value"), "PHONE", _SCORE, "continuation"),), None)


# Words allowed between a context word and the start of a value ("number is the").
_MAX_GAP_WORDS = 3
# A device named after an indefinite article right before the digits ("el cel era un iPhone
# 68", "my phone is an iPhone 12", "mon portable, une Freebox 7", "mein Handy ist ein Pixel
# 8", "o celular é um Moto 5"): the digits are its model's, no phone's start. A model's
# number has four digits at most.
_MODEL_NAMED = re.compile(
    r"(?i)(?<![^\W\d_])(?:an?|una?|une|ein(?:e[mnrs]?)?|uma?)\s+(?P<name>[^\W\d_]{2,20})[\s\-]?\Z"
)
_MODEL_DIGITS_MOST = 4
# Words that say which number or line, not which device ("a new 412", "un fijo 912", "une
# ligne 612").
_WHICH_NUMBER = re.compile(
    r"(?i)new|old|neue?[rns]?|alte?[rns]?|nuev[oa]|viej[oa]|nouvel(?:le)?|nouveau|ancien(?:ne)?"
    r"|nov[oa]|velh[oa]|antig[oa]|lines?|l[íi]nea|ligne|leitung|linha|fij[oa]|fixe?|fix[oa]"
    r"|festnetz"
)


def _model_named(view: str, begin: int, end: int, value: str) -> bool:
    """Whether the digits ``value`` at ``end`` are a device's model, named after an article
    between ``begin`` and them; not "a new 412", "un fijo 912", "une ligne 0612": a phone's."""
    if value[0] == _TRUNK or sum(c.isdigit() for c in value) > _MODEL_DIGITS_MOST:
        return False  # no model's number opens with a trunk 0
    named = _MODEL_NAMED.search(view, begin, end)
    if named is None:
        return False
    name = named.group("name")
    return (
        _NUMBER_WORD.fullmatch(name) is None
        and PHONE_WORDS.search(name) is None
        and _WHICH_NUMBER.fullmatch(name) is None
    )


# What the value is for, between its word and the value ("la clabe para la devolución es",
# "account for the refund is", "le RIB pour le remboursement", "Konto für die Erstattung",
# "a conta pro reembolso é"): words that do not move the value away from its word.
_PURPOSE = re.compile(
    r"(?i)\b(?:(?:for|para|pa|pra|pro|pour|f[üu]r)\s+"
    r"(?:(?:the|my|a|la|el|mi|un|una|le|mon|ma|die|den|das|meine[n]?|o|a|meu|minha)\s+)?"
    r"|f[üu]rs\s+)"
    r"(?:refunds?|reimbursement|payouts?|payments?|deposits?|transfers?"
    r"|devoluci[óo]n|reembolso|reintegro|pagos?|dep[óo]sito|transferencia"
    r"|remboursement|virement|paiement|versement"
    r"|r[üu]ckerstattung|erstattung|r[üu]ckzahlung|auszahlung|gutschrift|[üu]berweisung"
    r"|devolu[çc][ãa]o|estorno|pagamento|transfer[êe]ncia"
    # the invoice or receipt the value is to go on ("mi rfc para la factura", "o cnpj pra
    # nota", "my tax id for the invoice", "ma TVA pour la facture", "für die Rechnung")
    r"|invoice|receipt|factura|recibo|facture|re[çc]u|rechnung|quittung|nota(?:\s+fiscal)?"
    r"|fatura)(?!\w)"
)
# Why the customer gives the value, before it: in case the chat or the call drops ("mi
# teléfono por si se corta el chat", "my number in case the chat drops", "mon numéro au cas
# où ça coupe", "meine Nummer falls der Chat abbricht", "meu número caso o chat caia"): a
# short clause of words to the end of the gap, no digit.
_IN_CASE = re.compile(
    r"(?i)\b(?:(?:just\s+)?in\s+case|por\s+si(?:\s+acaso)?|au\s+cas\s+o[ùu]|falls"
    r"|f[üu]r\s+den\s+fall|(?:no\s+|pra\s+|para\s+)?caso|se\s+por\s+acaso)"
    r"(?:\s+[^\W\d_]+){0,6}[\s.,!?]*\Z"
)

# The same said in a relative clause ("the account the refund goes to", "la cuenta donde va
# el reembolso", "le compte où va le remboursement", "das Konto, auf das die Erstattung
# geht", "a conta onde cai o reembolso"): what the value is for, no word of its own.
_PURPOSE_CLAUSE = re.compile(
    r"(?i)\b(?:(?:that|which|where)\s+)?(?:the|my)\s+(?:refunds?|reimbursement|payouts?"
    r"|payments?|deposits?|transfers?|money|salary)\s+(?:goes|go|should\s+go|will\s+go"
    r"|is\s+going|can\s+go|comes|lands)(?:\s+(?:to|in|into))?"
    r"|\b(?:donde|adonde|a\s+donde|a\s+la\s+que|en\s+la\s+que)\s+(?:va|van|cae|llega|entra"
    r"|ir[áa]|debe\s+ir)\s+(?:el|la|mi)\s+(?:reembolso|devoluci[óo]n|dinero|pago|transferencia"
    r"|dep[óo]sito)"
    r"|\b(?:o[ùu]|sur\s+lequel|auquel)\s+(?:va|arrive|tombe|ira|doit\s+aller)\s+(?:le|la|mon|ma)"
    r"\s+(?:remboursement|virement|paiement|versement|argent)"
    r"|\b(?:wohin|auf\s+das|an\s+das)\s+(?:die|das|der|meine?)\s+(?:r[üu]ck)?(?:erstattung|geld"
    r"|[üu]berweisung|auszahlung|gutschrift|zahlung)\s+(?:geht|gehen\s+soll|soll|kommt|flie[ßs]t)"
    r"|\b(?:onde|pra\s+onde|para\s+onde|em\s+que)\s+(?:vai|cai|entra|chega|deve\s+ir)"
    r"\s+(?:o|a|meu|minha)\s+(?:reembolso|estorno|dinheiro|pagamento|transfer[êe]ncia"
    r"|dep[óo]sito|devolu[çc][ãa]o)"
)


# Why the value comes in parts, after saying so ("in bits bc of the app", "en partes por la
# app", "en morceaux à cause de l'appli", "in Teilen wegen der App", "em partes porque o app
# corta"): a short clause of words, no digit, that does not move the value away from its word.
_PARTS_REASON = re.compile(
    r"(?i)[\s,;(\-]{0,3}(?:because|bc|b/c|cuz|coz|cause|since|due\s+to"
    # "xq" and "pq", Spanish chat's "porque" ("en dos partes xq no me cabe")
    r"|porque|por\s+culpa\s+de|por|xq|x"
    r"|parce\s+que?|car|[àa]\s+cause\s+d[eu]?"
    r"|weil|wegen|da"
    r"|pq|por\s+causa\s+d[aoe]s?)\b(?:[\s']+[^\W\d_]+){0,5}[)]?"
)


# How far after a value's word the words saying it comes in parts may start ("cpf in bits",
# "steuer id que mando en partes").
_PARTS_ASIDE_REACH = 24
# How long those words may run once started: the reach bounds where they start, not where
# they end ("steuer id kommt in zwei nachrichten", "my tax id is coming in several messages").
_PARTS_WORDS_MOST = 40


def _past_parts_aside(view: str, position: int) -> int:
    """Where the value may start after its word at ``position``: past the words saying it
    comes in parts and why, when they follow the word ("cpf in bits bc of the app: 482"),
    which may be longer than the lead-in a tail allows."""
    reach = position + _PARTS_ASIDE_REACH
    parts = _IN_PARTS.search(view, position, reach + _PARTS_WORDS_MOST)
    if parts is None or parts.start() > reach or has_digit(view[position : parts.start()]):
        return position
    return _parts_aside_end(view, parts)


def _parts_aside_end(text: str, parts: re.Match[str]) -> int:
    """Where the words saying a value comes in parts (``parts``), and why, end."""
    reason = _PARTS_REASON.match(text, parts.end())
    return reason.end() if reason is not None else parts.end()


# Marks typed alone between a value's word and the value, as a label's or a clause's
# ("numero, el nuevo es 612"): no words.
_LONE_MARKS = frozenset(":-\u2013\u2014=>|,;.!?\u2026")


def _gap_words(view: str, begin: int, end: int, *, marks_count: bool = False) -> int:
    """Words between a value's word and the value, less those saying whose it is ("nie de
    mi pareja es" counts one), that it is the new one ("número, el nuevo es" counts two:
    the comma and the copula), what it is for ("clabe para la devolución es" counts one) or
    that it comes in parts, and why ("cpf in bits bc of the app:" counts none); a clause
    closed by a colon right before the value counts none (``_past_colon_clause``)."""
    gap = view[begin:end]
    if len(gap.split()) <= _MAX_GAP_WORDS:
        return len(gap.split())
    if not marks_count and _past_colon_clause(view, begin) >= len(view[:end].rstrip()):
        return 0
    for aside in (_WHOSE, _PURPOSE, _PURPOSE_CLAUSE, NEW_ONE_ASIDE, _IN_CASE, NEXT_MESSAGE):
        gap = aside.sub(" ", gap, count=1)
    parts = _IN_PARTS.search(gap)
    if parts is not None:
        gap = gap[: parts.start()] + " " + gap[_parts_aside_end(gap, parts) :]
    if marks_count:
        return len(gap.split())
    # a colon or a comma set apart is no word before the value ("iban en deux fois : FR29")
    return sum(1 for word in gap.split() if not set(word) <= _LONE_MARKS)


# Why or how the value comes, said between its word and it and closed by a colon ("card
# number again since the chat cut: 4000", "acct number coming, typing on the bus: 111", "mi
# cpf pq estoy en brasil ahora: 8840", "la carte encore une fois car le chat a coupé :
# 4000", "die Karte nochmal, weil der Chat abbrach: 5105", "o cartão de novo pq o chat
# caiu: 6011"): the colon hands the value over, however long the clause. A few words, no
# digit (a clause with one holds another number), no other colon.
_COLON_CLAUSE = re.compile(r"[^\d\n:\[\]]{1,64}:[ \t]{0,3}")
_COLON_CLAUSE_WORDS = 9  # and more than ``_MAX_GAP_WORDS``: a shorter gap reads as ever


def _past_colon_clause(view: str, position: int) -> int:
    """Where the value may start after its word at ``position``: past a clause of words
    closed by a colon that follows the word ("again since the chat cut: "), else there."""
    clause = _COLON_CLAUSE.match(view, position)
    if clause is None or not _COLON_CLAUSE_WORDS >= len(clause.group().split()) > _MAX_GAP_WORDS:
        return position  # a colon after a few words or none ("code PIN : 49") is a label's
    return clause.end()


# The digit a phone's first part may be alone, a trunk 0 or the NANP's country code, after
# its word and a copula ("my cell is 1", "phone number: 0"): the customer hit Enter after
# it. Without the copula a digit is something else ("call me at 1" is a time), but for a
# trunk 0 after a word naming the number itself ("handynummer 0", "phone number 0").
_LONE_PREFIXES = ("0", "1")
_TRUNK = "0"
_TRUNK_AND_AREA = 2
_NUMBER_GAP = re.compile(r"(?i)\s*(?:(?:number|no\.?)\s*)?")
_COPULA_GAP = re.compile(r"(?i)\s*(?:(?:number|no\.?|#)\s*)?(?:is|es|['\u2019]s|[:=])\s*")


def _awaiting(entity: str, complete: int, now: float) -> Carried:
    """Nothing masked, and a marker for a value announced but not begun."""
    return Carried((), PendingNumber(entity, 0, complete, 0, now + WINDOW_SECONDS))


def _first_part(
    found: tuple[int, int, int] | None, entity: str, complete: int, now: float
) -> Carried | None:
    """A value's first part, ``found`` as where it is and how many characters (or pairs) of
    the value it holds, masked, with the marker waiting for the rest of ``complete``."""
    if found is None:
        return None
    begin, end, seen = found
    span = Span(begin, end, entity, _SCORE, "continuation")
    return Carried((span,), PendingNumber(entity, seen, complete, 0, now + WINDOW_SECONDS))


def start_pending(text: str, now: float, *, card_heads: bool = True) -> Carried:
    """The incomplete value a message ends with, after a context word, if any; with
    ``card_heads``, also the first groups of a card without one (see ``_card_head``)."""
    view, spelled = _view(text, last=False)
    if not has_digit(view):  # "i'll send my account in the next msg": ends with its word
        view = before_next_message(view)
    user = user_name_ending(view)
    if user is not None:  # "email jane.doe73", then "example.com"
        span = Span(*user, _EMAIL, _SCORE, "continuation")
        return Carried((span,), PendingNumber(_EMAIL, 1, 2, 0, now + WINDOW_SECONDS))
    # the text as typed: the view reads a colon between digits as a number's gap
    mac = _first_part(mac_pairs_ending(text), _MAC, MAC_PAIRS, now)
    if mac is not None:  # "mac 3C:A6:2F", then "91:0B:7E"
        return mac
    if mac_word_ending(text):  # "mac is", then its pairs over the next messages
        return _awaiting(_MAC, MAC_PAIRS, now)
    if user_name_asked(view):  # "votre identifiant ?", then "betoz30"
        return _awaiting(_USER, 1, now)
    if user_name_cut(view):  # "user marie_f", then "erreira": letters alone are its rest
        return Carried((), PendingNumber(_USER, 1, _USER_PARTS, 0, now + WINDOW_SECONDS))
    if user_name_labelled(view):  # "user jane.r", then "oss44": the name's rest alone
        return _awaiting(_USER, 1, now)
    fetched = fetched_kind(view)
    if fetched is not None:  # "moment ich such den Pass", then "K4VRLTG73 bitte"
        return _awaiting(fetched, _BY_ENTITY[fetched].complete, now)
    secret = _first_part(secret_key_start(text), _AWS_KEY, SECRET_KEY_CHARS, now)
    if secret is not None:  # "secret is 7kQpXr2a Wm9tLs4e", then its other groups
        return secret
    access = _first_part(access_key_start(text), _ACCESS_KEY, ACCESS_KEY_CHARS, now)
    if access is not None:  # "key AKIA 7QX2 M4PD", then "K9WE 2R8T"
        return access
    swift = _first_part(bic_start(text), _BIC, BIC_MOST, now)
    if swift is not None:  # "swift is ABCD", then "GB 2L"
        return swift
    asked = _ASKED_NUMBER.fullmatch(view) if len(view) <= _READY_CHARS else None
    if asked is not None and asked.group("code"):  # "vous voulez mon code ??", then "9902"
        return _awaiting("PIN", 4, now)
    if asked is not None or (len(view) <= _READY_CHARS and _READY.fullmatch(view)):
        return _awaiting(_DICTATED, 16, now)
    going = (
        _HERE_GOES.fullmatch(view) or _FIRST_PART.fullmatch(fold(text))
        if len(view) <= _READY_CHARS
        else None
    )
    if going is not None:  # "ok here goes 23", then "09", "135 95": a number read out
        return _read_out_first(view, going, now, counted=str.isdigit)
    half = _CODE_HALF.fullmatch(view) if len(view) <= _READY_CHARS else None
    if half is not None:  # "code 35", then "83": a PIN typed in two goes
        span = Span(half.start("value"), half.end("value"), "PIN", _SCORE, "continuation")
        seen = len(half.group("value"))
        return Carried((span,), PendingNumber("PIN", seen, 4, 0, now + WINDOW_SECONDS))
    if _CODE_ALONE.fullmatch(view):  # "le code", then "82"
        return _awaiting("PIN", 4, now)
    if _cvv_word_alone(view):  # "o cvv", then "25" and "2"
        return _awaiting(_CVV, _CVV_DIGITS, now)
    begun = _cvv_head(view, now)
    if begun is not None:  # "cvv 52", then "7"
        return begun
    month = _MONTH_HALF.fullmatch(view)
    if month is not None:  # "mes 05", then "año 31": an expiry in two goes
        span = Span(month.start("value"), month.end("value"), _EXPIRY, _SCORE, "continuation")
        return Carried((span,), PendingNumber(_EXPIRY, 2, 4, 0, now + WINDOW_SECONDS))
    named_ssn = _named_ssn_head(view, now)
    if named_ssn.spans:  # "last part of my social? full one is 176-11", then "3623"
        return named_ssn
    # The context word nearest the end; of two ending together, the longer ("senha do
    # cartão" is the PIN's, not "cartão" the card's).
    best: tuple[tuple[int, int], re.Match[str], _Kind] | None = None
    for context, kind in _context_word_list(view):
        if kind.entity == CARD and _nino_prefix_after_word(view, context):
            continue  # "ni is CB 09 50 56": an NI number's prefix, not "CB" the card
        rank = (context.end(), -context.start())
        if best is None or rank > best[0]:
            best = (rank, context, kind)
    # a licence's word is no context word above: a number word before its value ("numero da
    # carta: AV-011092") names the value better
    licence = (
        _first_part(licence_start(view), _LICENCE, LICENCE_MOST, now) if best is None else None
    )
    if licence is not None:  # "Führerschein B072", then "RRE2 I55"
        return licence
    # "license?", then its parts; a number word naming the licence's ("¿número de licencia?")
    # announces the licence, not a phone
    if (
        best is None
        or (best[2].entity == _PHONE.entity and licence_number_word(view, best[1].end()))
    ) and licence_announced(view):
        return _awaiting(_LICENCE, LICENCE_MOST, now)
    if best is None and (_asks_to_wait(view) or _dictation_ahead(view)):
        # "une seconde" with no word naming the value: digits alone will follow
        return _awaiting(_DICTATED, 16, now)
    parted = _first_part_in_parts(view, now) if best is None else None
    if parted is not None:  # "lo mando por partes xq se corta: 11", then "508 82", "02"
        return parted
    if best is None and card_heads and _bare_routing(view):  # not the rest of another value
        return _account_next(now)  # "its 147223957", then "and 724401660003"
    transfer = (
        _first_part(transfer_target_start(view), _ACCOUNT, _TRANSFER_ACCOUNT_DIGITS, now)
        if best is None and card_heads
        else None
    )
    if transfer is not None:  # "the transfer goes to 0673", then "2211", "635"
        return transfer
    if best is None and only_a_date(view):
        return _NOTHING  # "le 05-09-2025": a day, nothing's first part
    if best is None:
        # The first start that masks something wins. A card's, an IBAN's and a phone sent too
        # soon only when the message is not a value's end ("056 sorry" after a card's
        # sixteen digits), that is with ``card_heads``.
        first = (
            (_card_head, _offered_card_head, _iban_head, _iban_country_head) if card_heads else ()
        )
        last = (_sent_too_soon,) if card_heads else ()
        heads: tuple[Callable[[str, float], Carried], ...] = (
            *first,
            _nino_head,
            _ssn_head,
            _cpf_head,
            _cnpj_parts,
            _nir_head,
            _curp_tail,
            _trunk_zero_head,
            *last,
        )
        for head in heads:
            carried = head(view, now)
            if carried.spans:
                return carried
        carried = _phone_head(view, now)
        if carried.spans or not card_heads:
            return carried
        carried = _area_head(view, now)
        if carried.spans:
            return carried
        carried = _nanp_one_head(view, now)
        if carried.spans:
            return carried
        carried = _number_opening_head(view, now)
        if carried.spans:
            return carried
        carried = _bare_card_start(view, now)
        if carried.pending:
            return carried
        carried = _bare_phone_start(view, now)
        if carried.pending:
            return carried
        carried = _bare_short_start(view, now)
        return carried if carried.pending else _bare_fragment_start(view, now)
    _, context, kind = best
    rest = _named_rest_first(view, context, kind)
    if rest is not None:
        return Carried((rest,), None)
    if kind.entity in (_ACCOUNT, "MX_CLABE"):
        # "mon compte : FR04 2243 0453 35QM", "mi cuenta es ES91 ...": the account given as
        # its IBAN's start, whose letters an account's digits-only tail would stop at
        iban = _iban_head(view, now)
        if iban.spans:
            return iban
    if kind.entity in (_IBAN, _ACCOUNT):
        # "iban FR", "le RIB: FR27682901": the country says how long the IBAN is
        iban_start = _country_first(view, context, kind, now)
        if iban_start is not None:
            return iban_start
    position = context.end()
    nino = kind.entity == "UK_NATIONAL_INSURANCE_NUMBER"
    if kind.entity == "ES_DNI":
        letter = _NIE_LETTER_ALONE.match(view, position)
        if letter is not None:  # "mi nie es Z", then the digits: the NIE's first letter
            span = Span(
                letter.start("value"), letter.end("value"), "ES_DNI", _SCORE, "continuation"
            )
            return Carried(
                (span,), PendingNumber("ES_DNI", 1, kind.complete, 0, now + WINDOW_SECONDS)
            )
    if kind.entity == _PASSPORT:
        return _passport_start(view, context, now)
    if not any(c.isdigit() for c in view) and not (
        kind.letters and (_LETTERS_FIRST.match(view, position) or nino)
    ):
        return _announced(view, context, kind, now)
    reference = _reference_ending(view, position)
    if reference is not None and not has_digit(view[:reference]):
        # "vocês pediram o CNPJ da empresa no chamado #4711": the digits are the ticket's,
        # named by its word; the value itself comes next
        return _announced(view[:reference], context, kind, now)
    blanked = _reference_before(view, context.start()) if not has_digit(view[position:]) else None
    if blanked is not None:  # "für Vorgang #4711 noch meine Steuer-ID": the value comes next
        return _announced(blanked, context, kind, now)
    # "mi nie es cuatro 8 dos ...": a DNI or NIE said out loud is its digits (its letters
    # stand at its ends), with the wide gaps said digits leave
    said_dni = spelled and kind.entity == "ES_DNI"
    # Trailing blanks are no characters typed: a last digit said as a word leaves them
    # ("cuatro" -> "4     ").
    # "tarjeta terminada en... bueno toda: 4012 8821": the ending taken back for the whole
    # number, whose first part the digits are; they are read from the word saying it
    retracted = _ending_retracted(view, context) if kind.entity == CARD else None
    aside = _past_parts_aside(view, retracted or position)
    opening = _past_colon_clause(view, aside)
    tail = (
        _TAIL_NINO
        if nino
        else _TAIL_ALNUM
        if kind.letters and not said_dni
        else _TAIL_SPELLED
        if spelled
        else _TAIL_DIGITS
    ).match(view, opening, len(view.rstrip()))
    if kind is _PHONE and (
        tail is None or _gap_words(view, context.end(), tail.start("value")) > _MAX_GAP_WORDS
    ):
        # "el número que tienen está mal, es 222": a clause about the number, too long for a
        # named value's gap, before the copula and the digits; a "+" and a country's code
        # ending the message are the phone's start all the same ("whats ur number? mine is +44")
        started = _number_opening_head(view, now)
        return started if started.spans else _phone_head(view, now)
    if nino and tail is None:
        return (
            _announced(view, context, kind, now) if not any(c.isdigit() for c in view) else _NOTHING
        )
    if (
        tail is None
        # "card ending 4242": a card's last four, masked by the card patterns, start nothing;
        # a phone's word before an ending ("el móvil acaba en 616", "le portable finit par
        # 085") is followed by the phone's digits all the same, its rest maybe next
        or (
            kind.entity != "PHONE"
            and retracted is None
            and ENDING_WORDS.search(view, max(0, context.start() - 24), tail.start("value"))
            and sum(c.isdigit() for c in tail.group("value")) <= _ENDING_DIGITS_MOST
        )
        # "cep 18326-245 numero 35", "calle Mayor número 12": a house's number
        or (
            kind.entity == "PHONE"
            and _NUMBER_WORD.fullmatch(context.group()) is not None
            and _ADDRESS_BEFORE.search(
                view, max(0, context.start() - _ADDRESS_REACH), context.start()
            )
            is not None
        )
        # "for the account, zip 42941-4710": a reference word stands between them; not the
        # shop owning a business's id ("cnpj da loja 1037", ``_SHOP_OWNS_ID``)
        or (
            NOT_PERSONAL.search(view, context.end(), tail.start("value"))
            and not _shop_owns_id(view, context, kind, tail.start("value"))
        )
        # "die Karte gesperrt, Fehler 429": the error's code, not the card's start
        or ERROR_WORDS.search(view, context.end(), tail.start("value"))
        # "my phone is a Redmi Note 13": four words on, the word no longer introduces it
        or _gap_words(view, retracted or context.end(), tail.start("value")) > _MAX_GAP_WORDS
        or (
            kind.entity == "PHONE"
            and _model_named(view, context.end(), tail.start("value"), tail.group("value"))
        )
    ):
        return _NOTHING
    value = tail.group("value")
    if (
        (not kind.letters and not any(c.isdigit() for c in value))
        or _calendar_date(value)
        or full_date(value)  # "clonaram meu cartão no dia 9-8-2025": the day, dashed
        or _CLOCK.fullmatch(value)  # "la tarjeta a las 9.45"
        or _dated_year(view, tail.start("value"), value)  # "a joint account opened 2017"
        # "la transferencia de $ 2.071.000": an amount, not the CLABE
        or any(c in "$€£" for c in view[max(0, tail.start("value") - 3) : tail.start("value")])
        or _AMOUNT.match(view, tail.end("value")) is not None
        or _currency_after_digits(view, tail.start("value"), value)  # "refund of 3.983 EUR"
        or (
            tail.group("after")
            and sum(c.isdigit() for c in value) < _MIN_BEFORE_WORDS
            # "account 588 hang on kids": a few digits, then a wait, the rest to come
            and _WAIT_WORDS.match(tail.group("after").strip(_SYMBOLS)) is None
            # "NIR 2 und", "nº conta 908 e": a joining word alone, the rest in the next message
            and _AND_ALONE.fullmatch(tail.group("after").strip(_SYMBOLS)) is None
        )
        or _named_after(tail)
    ):
        return _NOTHING
    seen = sum(1 for c in value if c.isalnum())
    entity, complete = kind.entity, kind.complete
    digits = "".join(c for c in value if c.isdigit())
    if (
        entity == "PHONE"
        # "+49 ..." is a phone's country code; a trunk "0" needs no test: no card issuer
        # starts with it
        and not value.startswith("+")
        and (_card_start(value, digits) or _bare_number_word(context, digits))
    ):
        entity, complete = CARD, _CARD_DIGITS  # "el número es 4012-8817-9689", "numéro 5396"
    begin = tail.start("value")
    lone_prefix = value in _LONE_PREFIXES and (
        _COPULA_GAP.fullmatch(view, context.end(), begin) is not None
        or (
            value == _TRUNK
            and _NUMBER_GAP.fullmatch(view, context.end(), begin) is not None
            and _NUMBER_WORD.search(view, context.start(), begin) is not None
        )
    )
    country = _IBAN_COUNTRY_BEFORE.search(view, max(0, begin - 3), begin)
    if entity == "BANK_ACCOUNT_NUMBER" and country is not None and len(digits) == 2:
        # "remboursez-moi sur ce compte ES41": an IBAN's country and check digits
        entity, begin, seen = _IBAN, country.start(), seen + 2
        value = view[begin : tail.end("value")]
    if entity == _IBAN and country is not None and value[0].isdigit():
        # "iban FR7", "iban IT9 1S3", "IBAN DE 89 37": typed in groups of three or apart, the
        # country's capitals stand outside the digits read; they are its first characters
        begin, seen = country.start(), seen + 2
        value = view[begin : tail.end("value")]
    if entity == _IBAN:
        complete = IBAN_LENGTHS.get(value[:2].upper(), complete)
    elif entity == CARD and digits[:2] in ("34", "37"):
        complete = 15  # American Express
    elif entity == "PIN" and seen == _PIN_DIGITS and tail.end("value") == len(view.rstrip()):
        complete = _LONG_PIN_DIGITS  # "pin 5173", then "28": a six-digit PIN's last pair
    elif entity == "PHONE":
        # a 1 alone is the NANP's country code ("my cell is 1"): no area code starts with it
        international = value.startswith("+") or value == "1"
        complete = _phone_digits(digits, international=international)
        if _FRENCH_PAIRS.fullmatch(value):
            complete = _FRENCH_PHONE_DIGITS  # "07 79 10 40 27": whole, as France writes it
    if seen == complete == _CARD_DIGITS and entity == CARD:
        complete = _LONG_CARD_DIGITS  # "ma carte 6212-1877-2775-7466", then "253"
    if entity == _ACCOUNT and _NZ_ACCOUNT_BASE.fullmatch(value):
        # New Zealand's bank-branch-base ("02-6699-7922322"): its suffix ("00") may follow
        complete = _NZ_ACCOUNT_DIGITS
    if entity == "BANK_ROUTING" and seen == complete and rtn.is_valid(digits):
        return _account_next(now)  # "routing 267084131", then "and 12345678"
    if entity == _EXPIRY and not 1 <= int(digits) <= _MONTHS:
        return _NOTHING  # "ça expire le 25": a day, no card's month
    # A country code alone is a phone's first part too ("my mobile is +1"), and a trunk 0 and
    # the area's digit after "ph" ("ph: 03"): an acidity has no leading zero
    trunk_led = value[0] == _TRUNK and len(digits) >= _TRUNK_AND_AREA
    if entity == "PHONE" and _may_run_on(value, digits, complete):
        # "meu zap 319 800 74 88", then "1": ten digits with no trunk 0 are whole in most
        # countries, but a mobile has eleven in others (Brazil's area code and nine): its last
        # digit alone may follow (``_phone_last_digit``)
        span = Span(begin, tail.end("value"), entity, _SCORE, "continuation")
        run_on = PendingNumber(entity, seen, seen + 1, 0, now + _LAST_DIGIT_SECONDS)
        return Carried((span,), run_on)
    if (
        seen >= complete
        or (
            seen < kind.first
            and not (entity == "PHONE" and (value[0] == "+" or lone_prefix or trunk_led))
        )
        # after a clause closed by a colon, two digits are an amount or a count as often
        # ("charged twice, total: 45")
        or (opening > aside and seen < _MID_LEAST and value[0] != "+")
    ):
        return _NOTHING
    nie = _NIE_LETTER_BEFORE.search(view, max(0, begin - 3), begin) if entity == "ES_DNI" else None
    if nie is not None:  # "mi nie es Z.4955334": the NIE's letter is the value's too
        begin, seen = nie.start(), seen + 1
    span = Span(begin, tail.end("value"), entity, _SCORE, "continuation")
    return Carried((span,), PendingNumber(entity, seen, complete, 0, now + WINDOW_SECONDS))


def _country_first(view: str, context: re.Match[str], kind: _Kind, now: float) -> Carried | None:
    """An IBAN's country alone after its word or an account's ("iban FR", "el iban\nES"), or
    run into its digits after an account's ("le RIB: FR27682901"), ending the message: the
    IBAN's first characters, the rest of the country's length to come. An IBAN's word before
    the country and digits is read by the tail below, as it always was."""
    position = _past_parts_aside(view, context.end())
    start = iban_country_start(view, position, digits=kind.entity == _ACCOUNT)
    if start is None:
        return None
    begin, end, seen, complete = start
    if (
        _gap_words(view, context.end(), begin) > _MAX_GAP_WORDS
        or NOT_PERSONAL.search(view, context.end(), begin) is not None
    ):
        return None
    span = Span(begin, end, _IBAN, _SCORE, "continuation")
    return Carried((span,), PendingNumber(_IBAN, seen, complete, 0, now + WINDOW_SECONDS))


def _passport_start(view: str, context: re.Match[str], now: float) -> Carried:
    """A passport's first characters ending the message after its word ("pasaporte U49",
    "passeport 46E", "Reisepass GXG-MMP"), a number word or a copula at most between them
    ("passport no is U4"), a wait after ("46E sec"); not a year ("passport issued 2019").
    The word alone announces nothing (a bare answer is found without it) unless a short
    message asks with it ("¿pasaporte?", "passeport ?", "und die Passnummer?"): its parts
    follow alone ("13J", then "G32 523"), or it opens a short message of its own
    ("passport", "my passport number is"): the answer to which document it is, the value next."""
    if len(view) <= _ASKED_MOST and (
        _ASKED.fullmatch(view, context.end())
        or (
            _OWN_OPENING.fullmatch(view, 0, context.start())
            and _PASSPORT_GAP.fullmatch(view, context.end(), len(view.rstrip(" .!"))) is not None
        )
    ):
        return _awaiting(_PASSPORT, _PASSPORT_KIND.complete, now)
    tail = _TAIL_PASSPORT.match(view, context.end(), len(view.rstrip()))
    if (
        tail is None
        or _PASSPORT_GAP.fullmatch(view, context.end(), tail.start("value")) is None
        or (tail.group("after") and not _WAIT_WORDS.match(tail.group("after").strip(_SYMBOLS)))
        or _YEAR.fullmatch(tail.group("value"))
    ):
        return _NOTHING
    seen = sum(c.isalnum() for c in tail.group("value"))
    span = Span(tail.start("value"), tail.end("value"), _PASSPORT, _SCORE, "continuation")
    complete = _BY_ENTITY[_PASSPORT].complete
    return Carried((span,), PendingNumber(_PASSPORT, seen, complete, 0, now + WINDOW_SECONDS))


# A passport's rest: capitals and digits alone in the message ("C23891", "540-03", "VF3"),
# maybe after the words that name a part, which ``_view`` blanks ("rest is 34567"). A digit
# among them, or letters of the German passports' vowelless alphabet: "OK", "YES" and "ASAP"
# are replies.
_PASSPORT_REST = re.compile(
    r"[^\w\n]{0,24}(?P<value>(?-i:(?=[A-Z\s\-]*[0-9]|[CFGHJKLMNPRTVWXYZ\s\-]+(?![A-Z0-9]))"
    r"[A-Z0-9](?:[\s\-]?[A-Z0-9]){1,8}))[^\w\n]{0,4}"
)
# Nine characters at most in all: a longer run is a reference of its own.
_PASSPORT_MOST = 9
# A passport's last character alone ("passaporte R71 693", then "2"), when it makes seven at
# least with the start (the shortest passports): never a reply's count after a short start.
_PASSPORT_LAST = re.compile(r"[^\w\n]{0,4}(?P<value>[A-Z0-9])[^\w\n]{0,4}")
_PASSPORT_LEAST = 7


# After a message asking for the passport, its first three letters alone ("AJV", then
# "123456": Spain's passports open with three), unless a reply shouted.
_THREE_CAPITALS = re.compile(r"[^\w\n]{0,4}(?P<value>[A-Z]{3})[^\w\n]{0,4}")
_SHOUTED_REPLIES = frozenset({
    "YES", "YEP", "YUP", "HEY", "WHY", "HOW", "WHO", "LOL", "OMG", "BTW", "THX",
    "OUI", "NON", "QUE", "QUI", "SIM", "NAO", "WAS", "WIE", "WER",
})  # fmt: skip


def _asked_letters(view: str) -> re.Match[str] | None:
    letters = _THREE_CAPITALS.fullmatch(view)
    if letters is None or letters.group("value") in _SHOUTED_REPLIES:
        return None
    return letters


def _passport_rest(view: str, pending: PendingNumber) -> Carried:
    """The rest of a passport whose start ended the previous message, alone in this one:
    never a message with words ("2 adults", "C12 is the seat")."""
    rest = _PASSPORT_REST.fullmatch(view)
    if rest is None and pending.seen + 1 >= _PASSPORT_LEAST:
        rest = _PASSPORT_LAST.fullmatch(view)
    if rest is None and pending.seen == 0:
        rest = _asked_letters(view)
    if rest is None:
        return _NOTHING
    seen = pending.seen + sum(c.isalnum() for c in rest.group("value"))
    if seen > _PASSPORT_MOST:
        return _NOTHING
    span = Span(rest.start("value"), rest.end("value"), _PASSPORT, _SCORE, "continuation")
    if seen >= pending.complete:
        return Carried((span,), None)
    return Carried((span,), replace(pending, seen=seen, follow_ups=pending.follow_ups + 1))


# The rest of a value sent over messages, named after it in the five languages ("469 630 é o
# nif", "755-211-M ese es el dni", "V ese es el dni", "0615 c'est mon nir", "12 34 is my
# ssn"): the message opens with the characters and ends with the word, so they are that
# value's, whatever came before. A capital alone only for kinds with letters (a DNI's).
_NAMING_BEFORE = re.compile(
    r"[^\w\n\[\]]{0,4}(?P<value>[0-9A-Z](?:[\s\-./]{0,3}[0-9A-Z])*)[\s,.:;\-]{1,4}"
    r"(?i:(?:(?:ese|esa|eso|esto|that|this|[çc]a|isso|esse|essa|isto|das|dies)\s{1,3})?"
    r"(?:es|is|['\u2019]s|[ée]|c['\u2019]\s?est|est|ist|era|was|sont|are|son|s[ãa]o|sind)\s{1,3}"
    r"(?:(?:el|la|o|a|le|l['\u2019]|the|my|mi|mon|ma|meu|minha|mein|meine|der|die|mio)\s{0,3})?)"
)
_NAMING_AFTER = re.compile(r"[^\w\n\[\]]{0,6}")
_NAMED_DIGITS_LEAST = 3


def _named_rest_first(view: str, context: re.Match[str], kind: _Kind) -> Span | None:
    """A message that is a value's characters and a phrase naming them, as the last part of
    a value sent over messages ("450 é o nif"), or a capital alone for a kind with letters.
    Not a card's or a phone's: their bare starts have their own rules (``_named_rest``)."""
    if kind.entity in (CARD, "PHONE"):
        return None
    named = _NAMING_BEFORE.fullmatch(view, 0, context.start())
    if named is None or _NAMING_AFTER.fullmatch(view, context.end()) is None:
        return None
    value = named.group("value")
    characters = sum(c.isalnum() for c in value)
    if any(c.isdigit() for c in value):
        if characters < _NAMED_DIGITS_LEAST or _calendar_date(value) or _CLOCK.fullmatch(value):
            return None
    elif not (kind.letters and characters == 1):
        return None
    return Span(named.start("value"), named.end("value"), kind.entity, _SCORE, "continuation")


def _nino_prefix_after_word(view: str, context: re.Match[str]) -> bool:
    """Two capitals an NI number may open with, right after an NI word."""
    letters = context.group()
    return (
        len(letters) == 2
        and letters.isupper()
        and NINO_PREFIX.match(letters) is not None
        and NINO_WORDS.search(view, max(0, context.start() - 24), context.start()) is not None
    )


# A bare number word, and the words of an address before it: the number is the house's
# ("cep 18326-245 numero 35", "calle Mayor número 12", "rue des Lilas numéro 8", "Straße
# Nummer 4", "street number 10").
_NUMBER_WORD = re.compile(r"(?i)n[úu]mero|num[ée]ro|nummer|number|n[º°o]\.?")
_ADDRESS_BEFORE = words(
    r"cep",
    r"cp",
    r"zip",
    r"c[óo]digo\s*postal",
    r"code\s*postal",
    r"postal\s*code",
    r"plz",
    r"postleitzahl",
    r"rua",
    r"avenida",
    r"av",
    r"travessa",
    r"calle",
    r"c/",
    r"rue",
    r"avenue",
    r"boulevard",
    r"bd",
    r"chemin",
    r"street",
    r"road",
    r"stra(?:ß|ss)e",
    r"str",
    r"weg",
    r"platz",
    r"endere[çc]o",
    r"direcci[óo]n",
    r"domicilio",
    r"adresse",
    r"address",
    r"morada",
    r"bairro",
)
_ADDRESS_REACH = 40


# An NIE's first letter (a capital X, Y or Z: "y" is a word), alone after its word and at
# most two words ("mi nie es Z", "el NIE por partes X"), or before its digits past a dot,
# a dash or a space ("X-6800373").
_NIE_LETTER_ALONE = re.compile(
    rf"(?:\s++{_WHOSE.pattern.removeprefix('(?i)')})?"
    r"(?:\s++[a-zà-ÿ]{1,8}){0,2}\s*+:?\s*+(?P<value>[XYZ])[^\w\n]{0,4}\Z"
)
# Two capitals alone, not a chat word typed in capitals that a prefix could spell
_NINO_PREFIX_ALONE = re.compile(r"[^\w\n]{0,4}(?!OK|AH|EH|HM)(?P<value>[A-Z]{2})[^\w\n]{0,4}")
_NIE_LETTER_BEFORE = re.compile(r"(?<![\w])[XYZ][.\- ]?\Z")


# A year after the word that dates it: "opened 2017", "abierta en 2019", "seit 2018".
_YEAR = re.compile(r"(?:19[5-9][0-9]|20[0-4][0-9])")
_YEAR_WORD = re.compile(
    r"(?i)\b(?:opened|open|since|in|from|en|em|desde|depuis|seit|im|ab|abierta|aberta|"
    r"ouvert|er[öo]ffnet|created|cre[ée]e?|criada|creada)\s*+$"
)


# A message that speaks of a year or a birth reads its year as one ("born in the same year
# as the account lol 2020"); a definite article makes a year a name's adjective ("for the
# 2020 tax form", "das 2019 Modell").
_YEAR_NAMED = re.compile(
    r"(?i)\b(?:years?|jahr(?:e|es)?|jahrgang|a[ñn]os?|ann[ée]es?|born|geboren|nacid[oa]|"
    r"née?|nascid[oa])\b"
)
_YEAR_ARTICLE = re.compile(r"(?i)\b(?:the|der|die|das|dem|den|el|del|le|du)\s+$")


def _dated_year(view: str, begin: int, value: str) -> bool:
    return _YEAR.fullmatch(value) is not None and (
        _YEAR_WORD.search(view, max(0, begin - 16), begin) is not None
        or _YEAR_ARTICLE.search(view, 0, begin) is not None
        or _YEAR_NAMED.search(view, 0, begin) is not None
    )


_DAY_MONTH = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})")


def _calendar_date(value: str) -> bool:
    """A date's shape whose day and month can be a day and a month in either order: "12/05"
    and "1.09.24" are dates, "1.78.04" (a NIR's sex, year and month) is not."""
    if _DATE.fullmatch(value) is None:
        return False
    parts = _DAY_MONTH.match(value)
    if parts is None:
        return True  # 2025-06-12
    return calendar_day_and_month(parts.group(1), parts.group(2))


def _bare_number_word(context: re.Match[str], digits: str) -> bool:
    """A bare "number" word ("numéro", "Nummer", "my no.") before the first digits of a
    card's issuer ("numéro 5396"): more likely a card than a phone, whose first digits in
    the markets served are a trunk 0, a "+" or an area code a card rarely starts with."""
    return (
        len(digits) >= 4
        and SPECIFIC_PHONE_WORDS.search(context.group()) is None
        and context.re is not _PHONE_SHORTHAND  # "ph" names a phone as plainly
        and _card_issuer(digits)
    )


# A reference's number after its word, ending the message: "no chamado #4711", "in ticket
# CAS-14459-XY", "dans le dossier nº 8812".
_REFERENCE_NUMBER = re.compile(r"[\s:#]*+(?:n[º°o]\.?\s*+)?#?[A-Za-z0-9][A-Za-z0-9\-/]*+[\s.!?]*+")
# Where the value was asked for or stands: "in", "no", "en el", "dans le" before the
# reference, or what it is for ("pour le dossier", "for case", "para o chamado"). Not "of"
# ("le num de commande 4821": the order's number is the value named).
_IN_REFERENCE = re.compile(
    r"(?i)\b(?:in|on|at|no|na|em|en|dans|au|sur|im|for|pour|para|por|f[üu]r)\s++"
    r"(?:(?:the|el|la|le|o|a|der|dem|den)\s++)?\Z"
)
_IN_REFERENCE_REACH = len("pour le ")  # the longest of them


def _reference_before(view: str, context_start: int) -> str | None:
    """``view`` with a reference before the context word blanked, when its word and number
    hold every digit before ``context_start`` ("für Vorgang #4711 noch meine Steuer-ID")."""
    for word in NOT_PERSONAL.finditer(view, 0, context_start):
        number = _REFERENCE_NUMBER.match(view, word.end(), context_start)
        if (
            number is not None
            # a reference's number holds a digit ("factura a mi RFC": "a" is no number),
            # and the message's other digits are none
            and has_digit(number.group())
            and not has_digit(view[: word.start()])
            and not has_digit(view[number.end() : context_start])
        ):
            return view[: word.start()] + " " * (number.end() - word.start()) + view[number.end() :]
    return None


def _reference_ending(view: str, position: int) -> int | None:
    """Where the reference word whose number ends ``view`` after ``position`` starts, when
    the value is said to be in it."""
    for word in NOT_PERSONAL.finditer(view, position):
        if (
            _REFERENCE_NUMBER.fullmatch(view, word.end()) is not None
            and _IN_REFERENCE.search(view, word.start() - _IN_REFERENCE_REACH, word.start())
            is not None
        ):
            return word.start()
    return None


def _ending_retracted(view: str, context: re.Match[str]) -> int | None:
    """Where the words taking back a card's ending for its whole number end, when they follow
    the card's word and its ending's, before any digit ("card ending in... well the whole
    number:", "terminada en... bueno toda:", "finissant par... enfin toute:", "endet auf...
    nein die ganze:", "final... quer dizer, todo:"); None when no ending was said or kept."""
    first_digit = _FIRST_DIGIT.search(view, context.end())
    if first_digit is None:
        return None
    high = min(first_digit.start(), context.end() + _RETRACTION_REACH)
    ending = ENDING_WORDS.search(view, context.end(), high)
    whole = WHOLE_WORDS.search(view, ending.end(), high) if ending is not None else None
    return whole.end() if whole is not None else None


_FIRST_DIGIT = re.compile(r"[0-9]")
# The ending's words, the hesitation and the whole number's words between the card's word and
# the digits: "de debito terminada en... bueno toda"
_RETRACTION_REACH = 64


# The ids a business has: its tax or company number.
_BUSINESS_IDS = frozenset({"BR_CNPJ", "MX_RFC", "PT_NIF", "DE_TAX_ID"})
# A shop named as the owner of the id's word, right after it ("cnpj da loja", "RFC de la
# tienda", "NIF da loja", "Steuernummer der Filiale", "tax id of the store"): whose id it is,
# not the shop's own number, which would follow the shop's word without the id's.
_SHOP_OWNS_ID = re.compile(
    r"(?i)\s{1,3}(?:of\s+(?:the|my|our)|d[aeo]s?(?:\s+(?:la|el|mi|minha|meu|nossa))?|du|der|des"
    r"|de\s+l['\u2019])\s{1,3}(?:store|shop|tienda|loja|magasin|boutique|filiale|gesch[äa]ft)"
    r"[\s:#=\-]{0,4}(?:(?:is|es|[ée]|est|ist)[\s:]{1,3})?"
)


def _shop_owns_id(view: str, context: re.Match[str], kind: _Kind, value_start: int) -> bool:
    """Whether only a shop owning the business id's word stands between it and the value."""
    if kind.entity not in _BUSINESS_IDS:
        return False
    return _SHOP_OWNS_ID.fullmatch(view, context.end(), value_start) is not None


# A value the customer says they have none of: "no ssn sorry", "ohne Steuer-ID", "keine IBAN",
# "sin cuenta", "sans numéro".
_NONE_OF = re.compile(
    r"(?i)\b(?:no|without|kein(?:e|en|er)?|ohne|sin|sem|sans|pas\s+de)\s+"
    # an article, never a possessive: "no my ssn is" is "no, my ssn is"
    r"(?:an?\s+)?$"
)


def _announced(view: str, context: re.Match[str], kind: _Kind, now: float) -> Carried:
    """A message without digits that ends with a context word ("mon numéro de sécu",
    "hi i need to change my number", "cuenta:"): the value comes in the next messages,
    nothing of it seen yet."""
    if (
        # with no value after the word, a clause set apart by a comma moves away from it
        # ("konto von meiner mutter, ihre mail ...")
        _gap_words(view, context.end(), len(view), marks_count=True) > _MAX_GAP_WORDS
        # a CNPJ is a business's by definition: the store's, the company's or the invoice's
        # word says whose it is ("o cnpj da loja pra nota"), not that another number follows
        or (
            kind.entity != "BR_CNPJ"
            and NOT_PERSONAL.search(view, max(0, context.start() - 24)) is not None
        )
        or ENDING_WORDS.search(view, max(0, context.start() - 24))
        or _NONE_OF.search(view, 0, context.start()) is not None
    ):
        return _NOTHING
    complete = kind.complete
    return _awaiting(kind.entity, complete, now)


_LOGIN_NAME = words(
    r"(?:name|nombre|nom|namen?|nome)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:log|logs|logged|logst|loggst|sign|signs|signed|einlogg\w*|anmeld\w*|meldest|connect\w*"
    r"|entr[ae]s?|entra\w*|inici\w*|acced\w*|acess\w*|logu\w*)"
)
_SITE_NAME = words(
    r"(?:your|ur|the)\s*handle",
    r"(?:name|nombre|nom|namen?|nome|handle)\s+(?:on|auf|sur|en|no|na|em|in|im|dans)\s+"
    r"(?:(?:the|der|dem|le|la|el|o|a|l['\u2019]|your|ihrer|votre|su|seu|sua)\s*)?"
    r"(?:web\s*)?(?:site|seite|webseite|website|sitio|page|p[áa]gina|app|portal|plattform"
    r"|platform|plateforme)",
    r"(?:anmelde|konto|login)\s*-?\s*namen?",
)
_COMPOUND_PASSWORD = re.compile(r"(?i)\b[a-zäöüß]{3,20}(?:passwort|kennwort)\b")
# Calling, texting or reaching the customer, in the five languages: the words the number's
# request is made of when it names no phone ("call you on", "llamarte", "vous joindre",
# "Sie erreichen", "te ligar").
_REACH_YOU = words(
    r"(?:call|ring|text|reach|contact)\s*(?:you|u)(?:\s*(?:back|on|at))*",
    r"(?:llamar|contactar|localizar|escribir)(?:te|le|lo|la)",
    r"(?:te|le|lo|la)\s*(?:podemos\s*|puede\s*|pueden\s*)?(?:llam|contact|localiz)\w*",
    r"(?:vous|te)\s*(?:joindre|appeler|rappeler|contacter|texter)",
    r"(?:sie|dich)\s*(?:erreichen|anrufen|zur[üu]ckrufen|kontaktieren)",
    r"erreichbar",
    r"(?:te|lhe)\s*(?:ligar|contactar|contatar|encontrar)",
    r"ligar\s*(?:para\s*)?(?:voc[êe]|ti|o\s*senhor|a\s*senhora)",
)
# Between a card's word and an expiry's word, the few words that make the card the subject
# of its expiry ("the card expire", "la carte expire", "die Karte gültig", "die Karte
# läuft ab", "o cartão vence", "la tarjeta caduca"): no "and", no comma, no number's word
# ("the card number and its expiry" asks for both, the card first).
_CARD_EXPIRES = re.compile(
    r"(?i)(?:\s+(?!(?:and|y|et|und|e|then|puis|dann|luego|despu[ée]s|depois|number|n[úu]mero"
    r"|num[ée]ro|nummer|nr)\b)\w{1,8}){0,2}\s+"
)
# A card's word that holds its number's ("numéro de carte", "Kartennummer", "card number"):
# the number is asked, whatever expiry follows.
_CARD_NUMBER_WORD = re.compile(r"(?i)n[úu]m|nummer|nr|no\b")
# Asking when to call, not where: "when can we call you?", "¿a qué hora le llamamos?", "à
# quelle heure vous rappeler ?", "wann können wir Sie erreichen?", "quando podemos te ligar?"
_WHEN_CALLED = words(
    r"when",
    r"what\s*time",
    r"cu[áa]ndo",
    r"qu[ée]\s*hora",
    r"quand",
    r"quelle\s*heure",
    r"wann",
    r"uhr\w*",
    r"quando",
    r"que\s*horas?",
    r"hor[áa]rio",
    r"horaire",
)
# The values a request may name besides ``_KINDS``' (an agent's "and the CVV?", "your
# licence number?", "the username on the account?"), each awaited as announced.
_REQUESTED_KINDS: tuple[tuple[re.Pattern[str], _Kind], ...] = (
    # "the swift code?", "¿el código SWIFT/BIC?", "le code BIC": the BIC, before the code's
    # own word (a CVV's) or the bank's (an account's) that follow or open it
    (
        words(r"(?:c[óo]digo\s*|code\s*)?(?:swift|bic)(?:\s*/\s*(?:swift|bic))?(?:\s*code)?"),
        _BY_ENTITY[_BIC],
    ),
    (CVV_WORDS, _BY_ENTITY[_CVV]),
    (DRIVER_WORDS, _BY_ENTITY[_LICENCE]),
    # "what's the email on file?", "¿me escribes tu correo?", "votre courriel ?": its user
    # name and its domain may come in two messages (``_email_rest``)
    (EMAIL_WORDS, _BY_ENTITY[_EMAIL]),
    (words(USERNAME_WORDS), _BY_ENTITY[_USER]),
    # the name the customer logs in with, a name's word and a verb of logging in after it:
    # "what name do you sign in with?", "¿con qué nombre inicias sesión?", "avec quel nom
    # vous connectez-vous ?", "mit welchem Namen loggst du dich ein?", "com que nome você entra?"
    (_LOGIN_NAME, _BY_ENTITY[_USER]),
    # the name shown on a site or an app, or the customer's handle there: "your handle?",
    # "Ihr Name auf der Seite?", "votre nom sur le site ?", "tu nombre en la app?", "o seu
    # nome no site?", and German's compounds "Anmeldename", "Kontoname"
    (_SITE_NAME, _BY_ENTITY[_USER]),
    # German writes a password's kind into one word: "Einmalpasswort", "Kontopasswort"
    (_COMPOUND_PASSWORD, _BY_ENTITY[_TRIED_LOGIN]),
    # "and the password you tried?": the answer is one password-shaped word (``_password_answer``)
    (LOGIN_WORD, _BY_ENTITY[_TRIED_LOGIN]),
    # "your number?", "which number should we call?": asked of the customer, the number to
    # reach them on
    (words(r"(?:your|ur|what|which)\s*number"), _PHONE),
    # the customer as the one called or reached: "what number can the courier call you on?",
    # "¿a qué número te podemos llamar?", "où peut-on vous joindre ?", "unter welcher Nummer
    # können wir Sie erreichen?", "em que número podemos te ligar?"; a courier or a store
    # named nearby is the caller, not the number's owner
    (_REACH_YOU, _PHONE),
)
# A number word alone ("número", "Nummer", "numéro", "your number", "which number") or a count
# of digits ("4 digits", a security code's words) names a phone (or the code) unless a word
# right after it names another value ("número de cuenta", "last 4 digits of your card") or a
# reference ("numéro de commande"): that word decides.
_GENERIC_NUMBER = re.compile(
    r"(?i)(?:(?:your|ur|what|which)\s*)?(?:number|n[úu]mero|num[ée]ro|nummer)"
    r"|[0-9]+\s*(?:digits?|d[íi]gitos?|chiffres?|ziffern|stellen)"
)
_NAMED_AFTER_CHARS = 16
# Or farther, the value a number is printed on: "Welche Nummer steht auf Ihrem Führerschein?",
# "quel numéro figure sur votre permis ?", "what number is on your licence?".
_PRINTED_ON = words(r"on", r"auf", r"in", r"im", r"sur", r"dans", r"en", r"no", r"na", r"em")
_PRINTED_ON_CHARS = 40
# Phone words in a customer's message that an agent's English question holds as other words:
# "whats" ("whatsapp") opening a question ("whats ur DL number"), and "handy" (German for a
# mobile) ending one ("do u have the swift code handy?").
_ENGLISH_NOT_PHONE = re.compile(r"(?i)whats(?=\s+[^\W\d_])|handy(?=[^\w]*\Z)")
# A reference's word this near before a value's owns it ("tracking number"); farther, it is
# another thing asked for ("the order number and the phone number on it").
_OWNED_BEFORE_CHARS = 12
# Unless "with" joins them: the value is a second thing asked for beside the reference ("Quer
# fatura com contribuinte?", "the invoice with your tax number", "la factura con su NIF",
# "la facture avec votre NIF", "die Rechnung mit Steuer-ID").
_WITH_BETWEEN = words(r"with", r"con", r"avec", r"mit", r"com")


# A postcode's names: a reference ``_REFERENCE_WORDS`` names, and the one ``_KEPT_ON`` reads.
_POSTCODE_PHRASES = (
    r"post\s*-?\s*code",
    r"postal\s*code",
    r"zip(?:\s*code)?",
    r"c[óo]digo\s*postal",
    r"code\s*postal",
    r"cp",
    r"cep",
    r"plz",
    r"postleitzahl",
)
# What else a request may ask for that is no value (``NOT_PERSONAL`` names the references):
# a postcode, a date, a time, an amount, a product's model, a store, a count.
_REFERENCE_WORDS = words(
    r"tracking\w*",
    # German compounds: "Sendungsverfolgungsnummer", "Sendungsnummer"
    r"sendung\w*",
    r"sucursal",
    # French's "succursale": a shop's or an office's branch, as "sucursal" and "Filiale"
    r"succursales?",
    r"filial\w*",
    r"aktenzeichen",
    *_POSTCODE_PHRASES,
    r"date",
    r"fecha",
    r"data",
    r"datum",
    r"(?:what|which)\s*time",
    r"hora",
    r"heure",
    r"uhrzeit",
    r"amount",
    r"importe",
    r"monto",
    r"montant",
    r"betrag",
    r"valor",
    # what was paid or ordered: a total, a price, a quantity ("the total you paid", "le prix",
    # "der Gesamtbetrag", "la cantidad pedida", "a quantidade"); no customer's value
    r"total",
    r"prices?",
    r"precios?",
    r"prix",
    r"pre[çc]os?",
    r"preis(?:e)?",
    r"gesamt\w*",
    r"summe",
    r"quantit(?:y|ies)",
    r"cantidad(?:es)?",
    r"quantit[ée]s?",
    r"quantidades?",
    r"menge",
    r"anzahl",
    r"model(?:o|e|l)?",
    r"mod[èe]le",
    r"store",
    r"tienda",
    r"magasin",
    r"filiale",
    r"loja",
    r"how\s*many",
    r"cu[áa]nt[oa]s",
    r"combien",
    r"wie\s*viele",
    r"quant[oa]s",
    # how much: an amount ("how much was it?", "¿cuánto le cobraron?", "wie viel", "quanto
    # foi cobrado?"; French's "combien" is above)
    r"how\s*much",
    r"cu[áa]nto",
    r"wie\s*viel",
    r"quanto",
    # a year ("the year you bought it", "el año de compra", "l'année d'achat", "das Jahr",
    # "o ano da compra"): four digits no value asked for is
    r"years?",
    r"a[ñn]os?",
    r"ann[ée]es?",
    r"jahr(?:e|es)?",
    # German's compounds of references named alone in English: "Flugnummer", "Ticketnummer"
    r"flug\w+",
    r"ticket\w+",
    r"protocolo",
    r"pedido",
    r"commande",
    r"bestell\w*",
    r"encomenda",
    # German's other compounds of a reference: "Rechnungs-Nr.", "Referenznummer",
    # "Fallnummer", "Modellname", "Baujahr", "Softwareversion"
    r"rechnung\w*",
    r"referenz\w*",
    r"fall\s*-?\s*n(?:umme)?r\.?",
    r"modell\w*",
    r"baujahr\w*",
    r"\w*version",
    # a software's version, in the other four languages: "the version", "la versión",
    # "la version", "a versão"
    r"versi[óo]n",
    r"vers[ãa]o",
    # an amount's height: "die Höhe der Abbuchung", "Höhe des Betrags"
    r"h[öo]he",
    # the time of a booking: "the time of the appointment", "o horário", "que horas"
    r"time",
    r"hor[áa]rios?",
    r"horas",
    # the postcode's initials with their dots: "el C.P.", "le C.P."
    r"c\.\s*p\.?",
)


# An amount's word, and what it is of, right before a card's or an account's word: "the
# amount of the debit", "el importe del cargo", "the amount on the account statement", "o
# valor do débito", "le montant du prélèvement", "die Höhe der Abbuchung"; and a statement
# ("estado de cuenta", "relevé de compte", "extrato da conta", "account statement") is where
# an amount is read. What follows is then no value asked for.
_OF_AMOUNT = re.compile(
    r"(?i)(?:(?:amount|sum|total|importe|monto|valor|montant|somme|betrag|h[öo]he|quantia)"
    r"\s+(?:(?:of|on|in|from|de|del|en|do|da|no|na|du|des|sur|der|des|im|auf)\s+)?"
    r"(?:(?:the|your|el|la|su|tu|le|la|l['\u2019]|votre|ton|o|a|seu|sua|dem|der|ihrem|ihrer)\s*)?"
    r"(?:(?:estado|relev[ée]|extrato|statement)\s+(?:de|del|da|do)\s+)?"
    r"|(?:estado|relev[ée]|extrato)\s+(?:de|del|da|do)\s+(?:(?:la|su|tu|sua)\s+)?)\Z"
)
_OF_AMOUNT_CHARS = 48


# Between a value's word and a reference's word that owns it: "código ZIP", "código de
# rastreio", "code of the order".
_OWNED_AFTER = re.compile(r"(?i)[\s\-]{1,3}(?P<of>(?:de|do|da|du|des|del|of)\s+)?")
# The references a value's word may stand before, besides ``NOT_PERSONAL``'s: a postcode,
# a discount's or voucher's code.
_REFERENCE_AFTER = words(
    r"zip",
    r"postal",
    r"post",
    r"plz",
    r"cep",
    r"promo\w*",
    r"descuento",
    r"desconto",
    r"r[ée]duction",
    r"rabatt\w*",
    r"gutschein\w*",
    r"coupons?",
    r"cup[óo]n",
    r"voucher",
    # "the account statement": where an amount is read
    r"statements?",
)


def _reference_right_after(view: str, position: int) -> bool:
    """Whether a reference's word follows right after ``position`` (a value's word)."""
    gap = _OWNED_AFTER.match(view, position)
    if gap is None:
        return False
    # a reference's word right after, without "of", tells of the value ("code reçu par sms",
    # "telefone caso a conversa caia"): only a postcode's or a voucher's word is then owned
    return bool(
        (gap.group("of") and NOT_PERSONAL.match(view, gap.end()))
        or _REFERENCE_AFTER.match(view, gap.end())
    )


# A question for when, not for a value: "what year was the account opened?", "since when
# have you had the card?", "en qué año abriste la cuenta?", "depuis quand", "seit wann",
# "aus welchem Jahr", "desde que ano". The answer is a year or a date: a reference. Not a
# bare "when" ("wann läuft die Karte ab?" asks for the expiry).
_WHEN_ASKED = words(
    r"(?:what|which)\s*year",
    r"since\s*when",
    r"qu[ée]\s*a[ñn]o",
    r"desde\s*cu[áa]ndo",
    r"quelle\s*ann[ée]e",
    r"depuis\s*quand",
    r"seit\s*wann",
    r"welche[mn]?\s*jahr",
    r"que\s*ano",
    r"desde\s*quando",
)


# The gap between a value's word used as a modifier and the value it owns: "account
# username", "card cvv", "Konto-Passwort", "account e-mail".
# The owner's word may take English's possessive: "the bank's BIC", "the card's expiry".
_MODIFIER_GAP = re.compile(r"(?:['\u2019]s)?[\s\-]{1,3}")
# The values that hold others, whose word may say whose the next value is: an account's, a
# card's. Never the next word a phone's: "passeport tel qu'il figure" is French's "such as".
_OWNING_KINDS = frozenset({"BANK_ACCOUNT_NUMBER", CARD})


def _owns_next(view: str, end: int, kind: _Kind, named: list[tuple[int, int, bool, _Kind]]) -> bool:
    """Whether another value's own word (not a number word alone) follows the word ending
    at ``end`` right after it: the first then says whose value the second is."""
    if kind.entity not in _OWNING_KINDS:
        return False
    gap = _MODIFIER_GAP.match(view, end)
    return gap is not None and any(
        other[0] == gap.end() and not other[2] and other[3].entity not in (kind.entity, "PHONE")
        for other in named
    )


# A question opened by a bare "when" that names no value ("When was it supposed to arrive?",
# "¿Cuándo llegó?", "Quand l'avez-vous reçu ?", "Wann kam es an?", "Quando devia ter
# chegado?") asks for a date or a time: a reference, whose answer no earlier marker takes.
_WHEN_OPENS = re.compile(
    r"(?i)\A[^\w\n]*(?:(?:and|y|et|und|e)\s+)?(?:when|cu[áa]ndo|quand|wann|quando)(?!\w)"
)


def _reference_named_before(view: str, start: int) -> bool:
    """Whether a reference is named before a number word alone in the same request: "Welche
    Filiale war das, wissen Sie die Nummer?", "quel magasin, vous avez le numéro ?": the
    number is that reference's."""
    return bool(NOT_PERSONAL.search(view, 0, start) or _REFERENCE_WORDS.search(view, 0, start))


def _reference_owns(view: str, context: re.Match[str]) -> bool:
    """Whether a reference's word just before or in the value's ``context`` names whose
    number it is ("tracking number"), not another thing "with" the value."""
    reference = NOT_PERSONAL.search(
        view, max(0, context.start() - _OWNED_BEFORE_CHARS), context.end()
    )
    if reference is None:
        return False
    between = view[reference.end() : context.start()]
    return reference.end() > context.start() or _WITH_BETWEEN.search(between) is None


# A postcode's word, then only words linking it to the value's word: "the zip code on the
# account", "el código postal de la cuenta", "quel code postal sur le compte", "welche PLZ ist
# beim Konto", "o código postal da conta". The account says where the reference is kept.
# Only a postcode: a date's word before the value's ("la fecha de expiración") is the value's.
_KEPT_ON_CHARS = 24
_POSTCODE_WORDS = words(*_POSTCODE_PHRASES)
_KEPT_ON = re.compile(
    r"(?i)(?:\s+(?:on|of|for|in|from|at|with|tiene|tenga|has|have|is|ist|hat|est|tem|sur|de|du|des"
    r"|da|do|del|dans|en|na|no|em|beim|zum|im|am|auf|bei|f[üu]r|pour|para|la|el|le|les|l['\u2019]"
    r"|o|a|the|your|its|su|votre|vot|seu|sua|ihrem|ihr|ihres|dem|der|des|dein|deinem|ton|tu"
    r"|hinterlegt|registered|registrad[oa]|enregistr[ée]e?|cadastrad[oa]))+\s*"
)


def _kept_on(view: str, context: re.Match[str]) -> bool:
    """Whether the value's word only says where a postcode named right before it is kept
    ("the zip code on the account"), asking for no value of its own."""
    reference = _POSTCODE_WORDS.search(
        view, max(0, context.start() - _KEPT_ON_CHARS), context.start()
    )
    return (
        reference is not None
        and _KEPT_ON.fullmatch(view, reference.end(), context.start()) is not None
    )


def awaited_in_request(request: str, now: float, seconds: float) -> PendingNumber | None:
    """The marker awaiting the value a request names first ("could you confirm the phone
    number on the account?"), nothing of it seen yet, expiring ``seconds`` after ``now``. A
    request naming no value but a reference ("the order number?", ``NOT_PERSONAL``; a
    postcode, a date, ``_REFERENCE_WORDS``) leaves a reference marker: the answer's bare
    digits are spared the guesses made of digits alone (``_GUESSED_FROM_DIGITS``). None when the
    request names neither.

    ``agent_question`` reads an agent's messages with it: the customer's answer, bare digits
    or a filler and digits ("ya its 0151"), is then continued as that value.
    """
    view, _ = _view(request, last=False)
    named: list[tuple[int, int, bool, _Kind]] = []
    for context, kind in _value_words(view):
        reach = _REACH_YOU.fullmatch(context.group()) is not None
        if not reach and _reference_owns(view, context):
            continue  # "the tracking number", "le numéro de commande"; a courier calls
        if reach and _WHEN_CALLED.search(view):
            continue  # "¿a qué hora le viene bien que le llamemos?": a time, no number
        if _ENGLISH_NOT_PHONE.match(view, context.start()):
            continue  # "whats ur DL number", "whats the model", "have the swift code handy?"
        if _kept_on(view, context):
            continue  # "the zip code on the account": the account holds the zip
        if _reference_right_after(view, context.end()):
            continue  # "código ZIP", "código de rastreio": a reference's code
        if _OF_AMOUNT.search(view, max(0, context.start() - _OF_AMOUNT_CHARS), context.start()):
            continue  # "o valor do débito", "el importe del estado de cuenta": an amount
        generic = _GENERIC_NUMBER.fullmatch(context.group().strip()) is not None
        named.append((context.start(), context.end(), generic, kind))
    # at the same place, the value's own naming before a number word alone: "número da
    # carta" (a licence's) over its "número" (a phone's)
    named.sort(key=lambda found: (found[0], found[2]))
    if _WHEN_ASKED.search(view):
        # "what year was the account opened?", "seit wann hast du das Konto?": a year
        return PendingNumber(_REFERENCE, 0, 1, 0, now + seconds, asked=True)
    references_named = bool(NOT_PERSONAL.search(view) or _REFERENCE_WORDS.search(view))
    for start, end, generic, kind in named:
        if _owns_next(view, end, kind, named):
            continue  # "the account username", "Konto-Passwort": the next word's value
        if kind.entity == _EMAIL and references_named:
            continue  # "the order number from the confirmation email": where it is read
        after = end + _NAMED_AFTER_CHARS
        # "número de sucursal": the number of a reference named after it
        references = (
            (NOT_PERSONAL.search(view, start), _REFERENCE_WORDS.search(view, start))
            if generic
            else ()
        )
        if (
            kind.entity == CARD
            and not _CARD_NUMBER_WORD.search(view, start, end)
            and any(
                other[3].entity == _EXPIRY and _CARD_EXPIRES.fullmatch(view, end, other[0])
                for other in named
            )
        ):
            continue  # "when does the card expire?", "bis wann ist die Karte gültig?"
        if generic and (
            any(reference is not None and reference.start() <= after for reference in references)
            or _reference_named_before(view, start)
            or any(start < other[0] <= after and not other[2] for other in named)
            or any(
                start < other[0] <= end + _PRINTED_ON_CHARS
                and not other[2]
                and _PRINTED_ON.search(view, end, other[0]) is not None
                for other in named
            )
        ):
            continue  # "número de cuenta": the account's; "numéro de commande": no value
        return PendingNumber(kind.entity, 0, kind.complete, 0, now + seconds, asked=True)
    if references_named or ("?" in request and _WHEN_OPENS.match(request)):
        return PendingNumber(_REFERENCE, 0, 1, 0, now + seconds, asked=True)
    return None


def redact_in_conversation(
    redactor: SpanRedactor, text: str, pending: PendingNumber | None, now: float
) -> tuple[RedactionResult, PendingNumber | None]:
    """Redact one message of a conversation; returns the result and the marker to keep."""
    # The marker and the redactor read the same views of the message: they share the
    # per-message caches, cleared when the message is done.
    with shared_caches():
        try:
            result, kept = _redact_in_conversation(redactor, text, pending, now)
            said_before = pending is not None and pending.ups_is_oops
            if kept is not None and not kept.ups_is_oops and (said_before or oops_says_ups(text)):
                kept = replace(kept, ups_is_oops=True)
            return result, kept
        finally:
            _context_places.cache_clear()
            _context_word_list.cache_clear()
            _view.cache_clear()


# Each try reads the message up to its value again: the last few values only, so a turn's
# work stays linear in its length ("GB82 ssn " pasted a hundred times tried every one).
_MID_MESSAGE_TRIES = 3


def _started_mid_message(text: str, now: float) -> Carried:
    """A value's first part right after its context word inside a sentence that goes on
    ("CLABE 021973. also the discount ...", "my social 36202 doesnt match"): read as if the
    message stopped after it (``value_then_words``), the last such value in the message."""
    if not has_digit(text):
        return _NOTHING
    view, _ = _view(text, last=False)
    if not digits_then_words(view):
        return _NOTHING
    found: dict[int, bool] = {}
    for context, _ in _context_word_list(view):
        # "modell PH-4660": a word joined to the digits by a hyphen is a code's prefix
        if view.startswith("-", context.end()):
            continue
        end = value_then_words(view, context.end())
        if end is not None:
            extension = _EXTENSION_WORD.fullmatch(context.group()) is not None
            found[end] = found.get(end, False) or extension
    # An IBAN's country and check digits name themselves where a payment's words come
    # before ("transfer of $262.89 from DE19 didnt arrive"): ``start_pending`` reads them so.
    for head in _IBAN_HEAD_MID.finditer(view):
        begin = head.start()
        if _FROM_OR_TO.search(view, max(0, begin - _FROM_OR_TO_CHARS), begin) is None:
            continue
        end = value_then_words(view, begin)
        if end is not None:
            found.setdefault(end, False)
    for end in sorted(found, reverse=True)[:_MID_MESSAGE_TRIES]:
        started = start_pending(text[:end], now)
        least = _ON_RECORD_LEAST if on_record_after(view, end) else _MID_LEAST
        if _starts_mid_message(text, started, extension=found[end], least=least):
            return started
    return _NOTHING


# An IBAN's country in capitals and its check digits, maybe more digits, inside a sentence,
# right after the preposition of where money comes from or goes ("from DE19", "desde ES66",
# "depuis FR76", "von AT61", "para PT50"): "my GB20 order" names no account.
# The capitals are looked for first: a case-sensitive scan costs little.
_IBAN_HEAD_MID = re.compile(r"(?<![\w.,/\-])[A-Z]{2}[0-9]{2}")
_FROM_OR_TO = re.compile(
    r"(?i)\b(?:from|to|into|de|desde|del|al|da|do|pra|para|von|vom|aus|auf|an|nach|depuis"
    r"|du|sur|vers|au|à)\s{1,3}\Z"
)
# The longest preposition and its spaces
_FROM_OR_TO_CHARS = 9
# A first part inside a sentence has three digits at least ("ich hab nie 10 paar schuhe",
# "card 2 days ago" count); a phone's may have fewer after its "+" or trunk 0.
_MID_LEAST = 3
# Two when the words after say the digits are what is on record ("CNPJ = 28 es el que
# tengo registrado", "NIF 27 é o que ta cadastrado"): they name a value, not a count.
_ON_RECORD_LEAST = 2
# The word for an extension ("ruft +4915... durchwahl 3418 an"): its few digits are whole.
_EXTENSION_WORD = re.compile(r"(?i)durchwahl|nebenstelle|ext\.?|extension|extensi[óo]n|poste|ramal")


def _starts_mid_message(
    text: str, started: Carried, *, extension: bool, least: int = _MID_LEAST
) -> bool:
    """Whether ``started`` is a named value's first part, masked and awaiting its rest."""
    pending = started.pending
    # a PIN inside a sentence is whole ("PIN 1234 und die Karte ist gesperrt")
    if not started.spans or pending is None or pending.entity_type in (_DICTATED, "PIN"):
        return False
    if pending.entity_type == CARD and pending.seen >= _CARD_DIGITS:
        # a card's sixteen digits with the sentence going on are whole: the detectors' to
        # find (or, with the pattern engine off, to leave), no first part awaiting its rest
        return False
    if pending.entity_type != _PHONE.entity:
        return pending.seen >= least
    first = text[started.spans[0].begin : started.spans[0].end]
    return not extension and (pending.seen >= least or first[:1] in "+0" or _area_code(first))


# A phone's two-digit area code ("me pueden marcar al 55 despues de las 6", "ligar no 11 a
# partir das 9"): past any hour of the day, so no time ("call me at 10 tomorrow" stays).
_LAST_HOUR = 24


def _area_code(first: str) -> bool:
    """Whether a phone's first part is two digits no hour can be."""
    return len(first) == 2 and first.isdigit() and int(first) > _LAST_HOUR


def _masked_past(entities: Iterable[Span], first: tuple[Span, ...]) -> bool:
    """Whether the masking runs on past the first part's end: the value the sentence holds
    is whole ("IBAN GB92 NWBK 4196 ...", "NIE is 2165.7929.W, ..."), none of it to come."""
    end = max(span.end for span in first)
    begin = min(span.begin for span in first)
    return any(span.begin <= begin and span.end > end for span in entities)


def _whole_one_after(text: str, entities: Iterable[Span], first: tuple[Span, ...]) -> bool:
    """Whether the same message gives a whole value of the first part's kind after it: the
    digits after the context word were another number ("nao chegou no numero 134, liga
    +55 ..." names a house, then the phone), not a value whose rest is to come. A first part
    led by "+" is a calling code's, no house's ("un sms du +33 6 60 qui demande mon portable
    +33 6 ..."): two phones, the first to be finished."""
    if any(text[span.begin] == "+" for span in first):
        return False
    end = max(span.end for span in first)
    kinds = {span.entity_type for span in first}
    return any(span.begin > end and span.entity_type in kinds for span in entities)


def _redact_in_conversation(
    redactor: SpanRedactor, text: str, pending: PendingNumber | None, now: float
) -> tuple[RedactionResult, PendingNumber | None]:
    if _answers_reference(text, pending, now):
        # "3811", "ah 3332 7890810" after "what's the order number?": the order's digits; but
        # "(11) 98651-6095" is written as a phone is, whatever was asked
        spare = _GUESSED_FROM_DIGITS
        if _PHONE_SHAPED.search(text):
            spare -= {"PHONE"}
        if _SSN_SHAPED.search(text):
            spare -= {"SSN"}
        if not _SCHEME_LED.search(text):
            spare |= {CARD}  # "70903415926191173": a parcel's digits that pass Luhn
        # "C3B1941276478": a parcel's capitals and digits have a licence's shape, and no
        # licence is answered to a question for a reference
        spare |= {_LICENCE}
        if _OPENING_BELEZA.match(text) and sum(c.isdigit() for c in text) != _BLZ_DIGITS:
            spare |= {"BANK_ROUTING"}  # "blz 2016": "beleza", no Bankleitzahl's eight digits
        return redactor.redact(text, spare=spare), None
    carried = continue_pending(text, pending, now)
    if pending is not None and pending.asked and pending.entity_type == CARD and carried.spans:
        carried = _expiry_after_card(text, carried)
    # Digits that continue a pending value are that value's, not a new card's start.
    started = start_pending(text, now, card_heads=not carried.spans)
    mid_message = not carried.spans and not started.spans and started.pending is None
    if mid_message:
        started = _started_mid_message(text, now)
    result = redactor.redact(text, extra=(*carried.spans, *started.spans))
    if mid_message and started.spans and _masked_past(result.entities, started.spans):
        started = _NOTHING
    if mid_message and started.spans and _whole_one_after(text, result.entities, started.spans):
        started = _NOTHING
        result = redactor.redact(text)  # the first part's digits were no value: shown
    if (
        _awaits_still(text, pending, now)
        and not carried.spans
        and not started.spans
        # "brb" would start a dictation of digits; the question says better what comes; and
        # a question back ("the whole number??") announces nothing of the customer's own
        and (
            started.pending is None
            or started.pending.entity_type == _DICTATED
            or text.rstrip().endswith("?")
            or _looks_it_up(text, pending)
        )
    ):
        return result, pending  # "let me check", "the one on the card?": the answer is to come
    if carried.pending is not None and (
        started.pending is None
        or started.pending.entity_type == _DICTATED
        # "the iban", then "BE70 3106": the announced value's start, not an NI number's
        or _inside(started.spans, carried.spans)
    ):
        return result, carried.pending  # "wait" mid-card: the card is still in progress
    kept = started.pending or carried.pending
    last = _last_password(text, result.entities)
    # "tried password Sol#8812": the next message may add another guess; the digits that
    # end it ("senha Kiwi*74") are the password's, not a PIN's start; and a word that names
    # both ("a senha nuvem-mar") announced no PIN when a password followed it: nothing masked
    if last and (kept is None or not started.spans or _inside(started.spans, last)):
        kept = PendingNumber(_TRIED_LOGIN, 1, 2, 0, now + WINDOW_SECONDS)
    if kept is None and pending is not None and pending.asked and pending.entity_type != _REFERENCE:
        # "bah 177751716", then "pardon je me suis trompé c'est 182150344": the answer to the
        # agent's question may be typed again
        digits = _answer_digits(text, result.entities, pending.entity_type)
        kept = _answered_marker(pending.entity_type, digits, now) if digits else None
    if kept is None and not result.entities and LOGIN_WORD.search(text):
        # "the app keeps asking my password": named without its value, which may follow
        # ("which is Kiwi*74 btw", ``_password_said_after``); nothing seen of it
        kept = PendingNumber(_TRIED_LOGIN, 0, 1, 0, now + WINDOW_SECONDS)
    if kept is None and not result.entities and locked_out(text):
        # "got locked out after 5 tries": the agent asks for the login next, and its password
        # is the answer ("what do you need", then "fine. Tiger71_")
        kept = PendingNumber(_TRIED_LOGIN, 0, 1, 0, now + WINDOW_SECONDS, asked=True)
    # a PIN's whole four or six digits too: "or the other one: 7357" may follow
    for entity in (_CVV, _EXPIRY, "PIN"):
        code = _last_code(text, result.entities, entity)
        whole = code in (_PIN_DIGITS, _LONG_PIN_DIGITS) if entity == "PIN" else bool(code)
        if kept is None and whole:  # "cvv 471": the next message may retype it ("no wait 146")
            kept = PendingNumber(entity, code, code, 0, now + WINDOW_SECONDS)
    if kept is None and not carried.spans:  # "o cartão final 4111": its rest may follow
        kept = _after_card_ending(text, result.entities, now)
    parts = _last_ip_parts(text, result.entities) if kept is None else 0
    if parts:  # "la ip es 198.51", then "100.16"
        kept = PendingNumber(_IP, parts, IPV4_PARTS, 0, now + WINDOW_SECONDS)
    return result, kept


# The types the offline detectors guess from digits alone, with no checksum to tell them from
# a reference's digits: spared in the answer to a question for a reference. A card's number
# (Luhn), an IBAN, an id with its check digits and every value named by a word stay masked.
_GUESSED_FROM_DIGITS = frozenset(
    {
        "PIN",
        "PHONE",
        _DICTATED,
        "BANK_ACCOUNT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        # nine digits alone ("659935052") or a ticket's letters and digits ("INC587321",
        # "TK416366") have an SSN's and a passport's shape, and nothing more of them
        "SSN",
        "PASSPORT_NUMBER",
    }
)
# An answer that is short and names nothing: a reference's digits, maybe with a filler
# ("ah 3332 7890810", "247918 i think", "c'est le 4418"). A "+" before digits is a phone's.
_REFERENCE_ANSWER_CHARS = 64
_INTERNATIONAL = re.compile(r"\+\s*[0-9]")
# Digits written as a phone's: an area code in brackets, or a trunk 0 and two more groups.
_PHONE_SHAPED = re.compile(
    r"\(\s*[0-9]{2,4}\s*\)|(?<![0-9A-Za-z])0[1-9Oo][0-9Oo]{0,3}[ .\-][0-9Oo]{2,4}[ .\-][0-9Oo]{2,4}"
)


# A long run of digits led as a payment card's (2 to 6): Visa, Mastercard, Amex, Discover,
# JCB, Diners, Maestro, UnionPay. A tracking code's digits led by 0, 1, 7, 8 or 9 are no
# card's, however Luhn's check digit falls.
_SCHEME_LED = re.compile(r"(?<![0-9])[2-6](?:[ \-.]?[0-9]){11,18}")


# Digits written as an SSN is printed, in its three dashed groups ("078-05-1120").
_SSN_SHAPED = re.compile(r"(?<![0-9])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9])")


# A message the customer sends before answering the agent's question: short, no digit.
_BEFORE_ANSWER_CHARS = 80


def _awaits_still(text: str, pending: PendingNumber | None, now: float) -> bool:
    """Whether the agent's question is still awaiting its answer after ``text``: nothing of
    the value seen yet, within the question's window, and ``text`` short, without a digit."""
    return (
        pending is not None
        and pending.asked
        and not pending.seen
        and now <= pending.expires_at
        and len(text) <= _BEFORE_ANSWER_CHARS
        and not has_digit(text)
    )


# Where a customer reads a reference asked for: the card in hand (a boarding card, a
# loyalty card, the card the shop gave) or, in English, "checking" said as a verb.
_LOOKED_AT = re.compile(r"(?i)cards?|tarjetas?|cartes?|karten?|cart[ãa]o|checking")
# A number's or its digits' word: "wait, my card number is" announces the card itself.
_NUMBER_SAID = words(
    r"numbers?",
    r"num",
    r"n[úu]meros?",
    r"num[ée]ros?",
    r"nummer",
    r"nr",
    r"digits?",
    r"d[íi]gitos",
    r"chiffres",
    r"ziffern",
)


def _looks_it_up(text: str, pending: PendingNumber | None) -> bool:
    """Whether ``text``, while the agent's question for a reference awaits its answer, only
    says the customer goes to look it up ("espera q veo la tarjeta", "warte ich guck auf die
    karte", "attendez je regarde la carte", "peraí vou olhar o cartão", "checking"): the
    card it names is where the answer is read, so the question stands. The callers have
    already checked that ``text`` is short and without a digit."""
    if pending is None or pending.entity_type != _REFERENCE:
        return False
    view, _ = _view(text, last=False)
    looked = [context.group() for context, _ in _value_words(view)]
    return (
        bool(looked)
        and all(_LOOKED_AT.fullmatch(word) for word in looked)
        and (_WAIT_WORDS.search(view) is not None or "checking" in (w.lower() for w in looked))
        and _NUMBER_SAID.search(view) is None
    )


def _answers_reference(text: str, pending: PendingNumber | None, now: float) -> bool:
    """Whether ``text`` answers the agent's question for a reference: within its window,
    with digits, short, with no context word naming a value."""
    if (
        pending is None
        or pending.entity_type != _REFERENCE
        or now > pending.expires_at
        or len(text) > _REFERENCE_ANSWER_CHARS
        or not has_digit(text)
        or _INTERNATIONAL.search(text)
    ):
        return False
    view, _ = _view(text, last=False)
    # "blz 2016": Brazilian chat's "beleza" (OK) opening the answer, typed in lower case (the
    # Bankleitzahl's own "BLZ" is written in capitals or named with its number); "d'acc 585":
    # French chat's "d'accord", no account's "acc"
    view = _OPENING_CHAT_ASSENT.sub("", view, count=1)
    return all(_read_in_mail(view, context, kind) for context, kind in _value_words(view))


# Where the reference was read: "#922411554 on the email", "d'après le mail", "laut Mail",
# "pelo email", "según el correo". The mail is its source, not a value given (an address
# typed is still found by its own shape).
_FROM_SOURCE = re.compile(
    r"(?i)(?<![^\W\d_])(?:on|in|from|per|according\s+to|d['\u2019]apr[èe]s|dans|sur|selon|par"
    r"|laut|aus|in|im|auf|pelo|pela|no|na|segundo|seg[úu]n|en|del|por)"
    r"\s+(?:(?:the|this|that|my|your|le|la|l['\u2019]|ce|mon|votre|el|este|mi|su|o|a|esse|meu"
    r"|minha|seu|sua|der|die|dem|den|meiner|meinem|ihrer|ihrem)\s*)?\Z"
)
_FROM_SOURCE_CHARS = 24


def _read_in_mail(view: str, context: re.Match[str], kind: _Kind) -> bool:
    """Whether ``context`` is an e-mail's word naming where a reference was read."""
    start = context.start()
    return kind.entity == _EMAIL and (
        _FROM_SOURCE.search(view, max(0, start - _FROM_SOURCE_CHARS), start) is not None
    )


_BLZ_DIGITS = 8
_OPENING_BELEZA = re.compile(r"\A[^\w\n]{0,4}(?-i:blz)(?:[\s,.!]+(?=\S)|\Z)(?!(?i:n[ºo°r]))")
_OPENING_CHAT_ASSENT = re.compile(
    rf"{_OPENING_BELEZA.pattern}|\A[^\w\n]{{0,4}}(?i:d['\u2019]acc)(?:[\s,.!]+(?=\S)|\Z)"
)


def _value_words(view: str) -> Iterator[tuple[re.Match[str], _Kind]]:
    """Every word in ``view`` naming a value: the context words of ``_KINDS``, then those
    only a request names a value by (``_REQUESTED_KINDS``)."""
    yield from _context_words(view)
    for pattern, kind in _REQUESTED_KINDS:
        for context in pattern.finditer(view):
            yield context, kind


def _after_card_ending(text: str, entities: tuple[Span, ...], now: float) -> PendingNumber | None:
    """A bare card marker after a card's ending (or first part taken for it) masked last in
    ``text`` ("o cartão final 4111", "la que termina en 4000 7468"): the next message may
    give the whole number or its rest, kept only when it fits in a card with it. The marker
    counts the ending's digits, never holds them."""
    span = _ending(text, entities, CARD)
    if span is None:
        return None
    digits = sum(c.isdigit() for c in text[span.begin : span.end])
    if digits > _ENDING_DIGITS_MOST:  # a whole card: nothing is left to come
        return None
    follow_ups = CARD_FOLLOW_UPS - _AFTER_ENDING_FOLLOW_UPS
    return PendingNumber(CARD, digits, _CARD_DIGITS, follow_ups, now + WINDOW_SECONDS, unnamed=True)


def _last_code(text: str, entities: tuple[Span, ...], entity: str) -> int:
    """The digits of the ``entity`` that ends ``text`` but for a mark or two; 0 if none, or
    if an expiry's are not a whole one (its year alone, "29", ends a month sent before)."""
    span = _ending(text, entities, entity)
    if span is None:
        return 0
    digits = "".join(c for c in text[span.begin : span.end] if c.isdigit())
    if entity == _EXPIRY and not _month_and_year(digits):
        return 0
    return len(digits)


def _last_ip_parts(text: str, entities: tuple[Span, ...]) -> int:
    """The parts of an IPv4 address's first ones ending ``text`` but for a mark or two; 0 if
    the address ending it is whole, or none does."""
    span = _ending(text, entities, _IP)
    return 0 if span is None else ip_head_parts(text[span.begin : span.end])


def _ending(text: str, entities: tuple[Span, ...], entity: str) -> Span | None:
    """The first ``entity`` among ``entities`` that ends ``text`` but for a mark or two."""
    for span in entities:
        if span.entity_type == entity and _TRAILING_MARKS.fullmatch(text, span.end) is not None:
            return span
    return None


def _month_and_year(digits: str) -> bool:
    """A compact expiry's four digits: a month, then a year ("0526")."""
    return len(digits) == len("MMYY") and 1 <= int(digits[:2]) <= _MONTHS


def _last_password(text: str, entities: tuple[Span, ...]) -> tuple[Span, ...]:
    """The masked password that is the last thing in ``text`` but for a mark or two, or but
    for the verb put last that tried it ("hab Passwort Sol#8812 probiert")."""
    return tuple(
        span
        for span in entities
        if (
            _TRAILING_MARKS.fullmatch(text, span.end) is not None or tried_verb_ends(text, span.end)
        )
        and (
            span.entity_type == _TRIED_LOGIN
            # "senha", "clave", "code" name a PIN and a password: letters make it the password
            # but for letters that say or stand for its digits ("eins, zwei", "7I4")
            or (
                span.entity_type == "PIN"
                and has_letter(text[span.begin : span.end])
                and has_letter(_aligned_view(text)[span.begin : span.end])
            )
        )
    )


def _inside(spans: tuple[Span, ...], within: tuple[Span, ...]) -> bool:
    """Whether there are ``spans`` and each lies inside one of ``within``."""
    return bool(spans) and all(
        any(outer.begin <= span.begin and span.end <= outer.end for outer in within)
        for span in spans
    )


def _phone_digits(digits: str, *, international: bool) -> int:
    """How many digits the phone number that starts with ``digits`` has when whole."""
    if digits.startswith("00") and not digits.startswith("000"):
        international, digits, extra = True, digits[2:], 2
    else:
        extra = 0
    if international:
        for size in (1, 2, 3):
            if digits[:size] in _PHONE_DIGITS:
                return _PHONE_DIGITS[digits[:size]] + extra
        return 12 + extra
    return 11 if digits.startswith("0") else 10


def _card_start(value: str, digits: str) -> bool:
    """More digits than a national phone number has, starting like a card (issuer 2-6),
    or the first groups of a card as printed ("the number is 4012 8888")."""
    if _CARD_HEAD.fullmatch(value):
        return _card_issuer(digits)
    return 11 <= len(digits) <= 15 and digits[0] in "23456"


def _card_issuer(digits: str) -> bool:
    """The first digits of a card of a major scheme: Visa, Mastercard, Amex, Discover,
    JCB, Diners (narrower than any leading 3-6: a bare number needs a stronger hint)."""
    head = int(digits[:4])
    return (
        digits[0] == "4"
        or 51 <= head // 100 <= 55
        or 2221 <= head <= 2720
        or digits[:2] in ("34", "37", "36", "38", "65")
        or head == 6011
        or 644 <= head // 10 <= 649
        or 3528 <= head <= 3589
        or 300 <= head // 10 <= 305
    )


def _card_head(view: str, now: float) -> Carried:
    """A message with no context word that ends with the first groups of a card
    ("c'est 4012 8888 attendez", "é 5105-1051"): the customer hit Enter mid-number."""
    low = max(0, len(view) - _CARD_HEAD_REACH)
    match = _CARD_HEAD.search(view, low)
    if match is None and _IN_PARTS.search(view):
        match = _PART_HEAD.search(view, low)
    # (most messages hold no digit: the ending words are looked for only where one is)
    ending = ENDING_WORDS.search(view, low) if match is None and has_digit(view) else None
    if ending is not None:
        # "la que termina en 400074681234": more digits than an ending has, however grouped
        match = _PART_HEAD.search(view, ending.end())
    if match is None:
        return _NOTHING
    value = match.group("value")
    digits = "".join(c for c in value if c.isdigit())
    if (
        not _card_issuer(digits)
        or _named_after(match)
        or sum(c.isdigit() for c in view) != len(digits)  # other numbers: a reference, a date
        or NOT_PERSONAL.search(view, low, match.start())
        or (ENDING_WORDS.search(view, low, match.start()) and len(digits) <= _ENDING_DIGITS_MOST)
    ):
        return _NOTHING
    complete = 15 if digits[:2] in ("34", "37") else 16
    span = Span(match.start("value"), match.end("value"), CARD, _SCORE, "continuation")
    return Carried((span,), PendingNumber(CARD, len(digits), complete, 0, now + WINDOW_SECONDS))


def _offered_card_head(view: str, now: float) -> Carried:
    """A card's first digits, however grouped, after words offering another payment means
    ("pay with this one instead 6011", "nehmt lieber die 4111"): its rest may follow."""
    place = offered_card_digits(view)
    if place is None:
        return _NOTHING
    digits = "".join(c for c in view[place[0] : place[1]] if c.isdigit())
    complete = 15 if digits[:2] in ("34", "37") else 16
    if (
        not _card_issuer(digits)
        or len(digits) >= complete  # whole: the single-message card patterns' to read
        or sum(c.isdigit() for c in view) != len(digits)  # other numbers: a reference, a date
    ):
        return _NOTHING
    span = Span(*place, CARD, _SCORE, "continuation")
    return Carried((span,), PendingNumber(CARD, len(digits), complete, 0, now + WINDOW_SECONDS))


# An IBAN's country, check digits and first groups of four, ending the message.
_IBAN_HEAD = re.compile(
    r"(?<![\w.,/\-])(?P<value>[A-Za-z]{2}[0-9]{2}(?:[ \-]?[0-9A-Za-z]{4}){1,6})" + _AFTERWORDS
)


def _iban_head(view: str, now: float) -> Carried:
    """A message with no context word that ends with an IBAN's start as printed ("DE89
    3704", "es91 2100 0418"): a country of the IBAN registry, its check digits and
    groups of four, fewer than the country's IBAN has."""
    low = max(0, len(view) - _CARD_HEAD_REACH)
    match = _IBAN_HEAD.search(view, low)
    if match is None:
        return _NOTHING
    value = match.group("value")
    complete = IBAN_LENGTHS.get(value[:2].upper())
    seen = sum(1 for c in value if c.isalnum())
    if (
        complete is None
        or seen >= complete
        or _named_after(match)
        or NOT_PERSONAL.search(view, low, match.start())
    ):
        return _NOTHING
    span = Span(match.start("value"), match.end("value"), _IBAN, _SCORE, "continuation")
    return Carried((span,), PendingNumber(_IBAN, seen, complete, 0, now + WINDOW_SECONDS))


# An IBAN's country in capitals right before two check digits: "ES" in "compte ES41".
_IBAN_COUNTRY_BEFORE = re.compile(r"(?<![\w])(?P<country>" + "|".join(IBAN_LENGTHS) + r")[ \-]?\Z")
# Words asking for money to be paid back or sent, in the five languages: "please send the
# refund to GB85", "bitte erstatten auf AT34", "virement sur FR76"; German compounds them
# with "rück" ("für die Rückzahlung: DE61", "Rückerstattung an AT34").
_PAY_TO = re.compile(
    r"(?i)\b(?:r[üu]ck)?(?:refund|reimburs|transfer|wire|deposit|pay|send|reembols|devol|ingres|envi"
    r"|rembours|vire|vers|erstatt|[üu]berweis|gutschr|zahl|estorn|mand"
    # or to take it from there by direct debit: "domicilia a ES52", "cárgalo a ES91",
    # "prélèvement sur FR76", "abbuchen von DE89", "Lastschrift von AT61" ("debit" is a card's)
    r"|domicil|pr[ée]l[eè]v|abbuch|einzieh|einzug|lastschrift|c[óo]br|c[áa]rg)\w*"
)
# The country and check digits alone ending such a message, in capitals: "... to GB85".
_IBAN_COUNTRY_HEAD = re.compile(r"(?<![\w.,/\-])(?P<value>[A-Z]{2}[0-9]{2})[^\w\n]{0,4}\Z")


def _iban_country_head(view: str, now: float) -> Carried:
    """A message asking for a refund or a transfer that ends with an IBAN's country and
    check digits alone ("please send the refund to GB85"), or that is only them ("PT50"):
    the rest comes next."""
    match = _IBAN_COUNTRY_HEAD.search(view, max(0, len(view) - 8))
    if match is None:
        return _NOTHING
    value = match.group("value")
    complete = IBAN_LENGTHS.get(value[:2])
    if (
        complete is None
        or not 2 <= int(value[2:]) <= 98  # ISO 7064 check digits run from 02 to 98
        # the words of a payment before it, or nothing: "PT50" alone answers the question
        or (
            _PAY_TO.search(view, 0, match.start()) is None
            and any(c.isalnum() for c in view[: match.start()])
        )
        or NOT_PERSONAL.search(view, max(0, match.start() - 24), match.start()) is not None
    ):
        return _NOTHING
    span = Span(match.start("value"), match.end("value"), _IBAN, _SCORE, "continuation")
    return Carried((span,), PendingNumber(_IBAN, 4, complete, 0, now + WINDOW_SECONDS))


# An NI number's two prefix capitals and its digits in pairs ending a message, without the
# suffix letter ("It's JN 33 82 06", then "D"): the rest comes next. The capitals must be
# a prefix's (``NINO_PREFIX``).
_NINO_HEAD = re.compile(r"(?<![\w])(?P<value>[A-Z]{2}(?:\s?[0-9]{2}){3})[^\w\n]{0,4}\Z")
# The longest text the pattern matches: two capitals, three pairs each after a space, and
# four characters after them ("JN 33 82 06. 👇").
_NINO_HEAD_CHARS = 2 + 3 * 3 + 4
_NINO = "UK_NATIONAL_INSURANCE_NUMBER"
_NINO_LETTERS_AND_DIGITS = 8


# A CURP's second half sent alone, its first letters or digits in the message before
# ("JAFB8", then "40518MGTXRJ05"): the rest of its birth date, the sex (H, M or X), one of
# the 32 states' codes (NE born abroad), three consonants of the names, and the homonymy
# character and check digit. That shape is a CURP's only.
_CURP_STATES = (
    "AS|BC|BS|CC|CL|CM|CS|CH|DF|CX|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS"
    "|TL|VZ|YN|ZS|NE"
)
# Its groups may be set apart as the customer reads them ("840518-MGTXRJ-05").
_CURP_TAIL = re.compile(
    r"[^\w\n]{0,4}(?P<value>(?:(?:[A-Z]{1,3}[0-9]{6}|[0-9]{1,6})[ \-]?)?"
    rf"[HMX](?:{_CURP_STATES})[B-DF-HJ-NP-TV-Z]{{3}}[ \-]?[A-Z0-9][0-9])[^\w\n]{{0,4}}"
)
# A CURP sent without its last two characters ("JAFB840518MGTXRJ", then "05"): its letters,
# birth date, sex, state and consonants; the homonymy character and check digit follow.
_CURP_HEAD = re.compile(
    r"[^\w\n]{0,4}(?P<value>[A-Z]{4}[ \-]?[0-9]{6}[ \-]?"
    rf"[HMX](?:{_CURP_STATES})[B-DF-HJ-NP-TV-Z]{{3}})[^\w\n]{{0,4}}"
)
_CURP_HEAD_SEEN = 16
# The longest message the patterns read: four characters either side of a 19-character
# tail (17 and two gaps).
_CURP_TAIL_CHARS = 27


def _curp_tail(view: str, now: float) -> Carried:
    if len(view) > _CURP_TAIL_CHARS:
        return _NOTHING
    match = _CURP_TAIL.fullmatch(view)
    if match is not None:
        return Carried((Span(*match.span("value"), "MX_CURP", _SCORE, "continuation"),), None)
    match = _CURP_HEAD.fullmatch(view)
    if match is None:
        return _NOTHING
    span = Span(*match.span("value"), "MX_CURP", _SCORE, "continuation")
    marker = PendingNumber("MX_CURP", _CURP_HEAD_SEEN, 18, 0, now + WINDOW_SECONDS)
    return Carried((span,), marker)


# A CURP answered to the agent's question in groups, marks, emoji or "and"/"then" between
# them ("QOTB / 6901 / 02MB 😅 CVNR / 03", "FUXB / 7802 luego 26MP"): its capitals and
# digits, joined, are a whole CURP's shape; the words between are no part of it.
_CURP_WHOLE = re.compile(
    rf"[A-Z]{{4}}[0-9]{{6}}[HMX](?:{_CURP_STATES})[B-DF-HJ-NP-TV-Z]{{3}}[A-Z0-9][0-9]"
)
_CURP_GROUPS = re.compile(rf"(?i)[A-Z0-9]{{1,18}}(?:{_JOINT}[A-Z0-9]{{1,18}}){{1,8}}[^\w\n]*")
_CURP_GROUP = re.compile(r"[A-Z0-9]+")
# Eighteen characters, up to eight joints and a filler before them.
_GROUPED_CURP_CHARS = 96


def _grouped_curp(text: str) -> Carried:
    """The groups of a CURP answered in one message with joints between them, when the
    capitals and digits left, joined, are a CURP's whole shape (``_CURP_WHOLE``)."""
    if len(text) > _GROUPED_CURP_CHARS:
        return _NOTHING
    lead = OPENING.match(text)
    start = lead.end() if lead else 0
    if _CURP_GROUPS.fullmatch(text, start) is None:
        return _NOTHING
    groups = list(_CURP_GROUP.finditer(text, start))
    if _CURP_WHOLE.fullmatch("".join(group.group() for group in groups)) is None:
        return _NOTHING
    return Carried(
        tuple(Span(*group.span(), "MX_CURP", _SCORE, "continuation") for group in groups), None
    )


# A CURP's last two characters alone after its first sixteen: "05", never "98 pesos".
_CURP_END = re.compile(r"[^\w\n]{0,4}(?P<value>[A-Z0-9][0-9])[^\w\n]{0,4}")


def _curp_end(view: str) -> Carried:
    match = _CURP_END.fullmatch(view)
    if match is None:
        return _NOTHING
    return Carried((Span(*match.span("value"), "MX_CURP", _SCORE, "continuation"),), None)


def _nino_head(view: str, now: float) -> Carried:
    # Read from where the longest match would start: a full stop or an emoji after the
    # digits ("It's JN 33 82 06.") ends the head as well as the last digit does.
    match = _NINO_HEAD.search(view, max(0, len(view) - _NINO_HEAD_CHARS))
    if (
        match is None
        or not NINO_PREFIX.match(match.group("value"))
        or NOT_PERSONAL.search(view, max(0, match.start() - 24), match.start()) is not None
    ):
        return _NOTHING  # "flight BA 24 90 12": a reference word names it
    seen = sum(c.isalnum() for c in match.group("value"))
    span = Span(match.start("value"), match.end("value"), _NINO, _SCORE, "continuation")
    pending = PendingNumber(_NINO, seen, _BY_ENTITY[_NINO].complete, 0, now + WINDOW_SECONDS)
    return Carried((span,), pending)


# A message that is an SSN's or ITIN's first two groups and nothing else ("997-92",
# "123-45"): three digits, a dash, two digits is how those two are typed, and the rest
# ("6789") follows. The area and group must be ones issued: an SSN's area is not 000, 666
# or 9XX, an ITIN's group is one the IRS uses (50-65, 70-88, 90-92, 94-99). An SSN's area
# starting 2-6 is left: a card's first digits read out in threes start that way too.
_SSN_HEAD = re.compile(r"[^\w\n]{0,4}(?P<value>(?P<area>[0-9]{3})-(?P<group>[0-9]{2}))[^\w\n]{0,4}")
_SSN_HEAD_SEEN = 5


def _issued_ssn(area: int, group: int) -> bool:
    """Whether an SSN's area and group are ones issued: the area not 000, 666 or 9XX (an
    ITIN's), the group not 00."""
    return area not in (0, 666) and area < 900 and group != 0


def _ssn_head(view: str, now: float) -> Carried:
    match = _SSN_HEAD.fullmatch(view)
    if match is None:
        return _NOTHING
    area, group = int(match.group("area")), int(match.group("group"))
    if area >= 900:
        if not (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or group >= 94):
            return _NOTHING
        entity = "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"
    elif not _issued_ssn(area, group) or match.group("area")[0] in "23456":
        # 2-6 also start cards, read out in threes ("497-10", "752", "863"...)
        return _NOTHING
    else:
        entity = "SSN"
    span = Span(match.start("value"), match.end("value"), entity, _SCORE, "continuation")
    pending = PendingNumber(entity, _SSN_HEAD_SEEN, 9, 0, now + WINDOW_SECONDS)
    return Carried((span,), pending)


# An SSN's first two groups ending a message that names the SSN anywhere before them, words
# between ("last part of my social? full one is 176-11", "el seguro social, los primeros
# son 582 65"): the name makes them the SSN's whatever their area (a card's first digits
# come after a card's word), and its last four follow. A space may stand for the dash.
_NAMED_SSN_HEAD = re.compile(r"(?<![\w\-.])(?P<value>[0-9]{3}[- ][0-9]{2})[^\w\n]{0,4}\Z")
_NAMED_SSN_MOST = 96
# "social" naming something else than the number: "social media post 123-45".
_SOCIAL_ELSE = re.compile(
    r"(?i)\s++(?:media|network|networks|worker|workers|club|event|events|services?|life|app"
    r"|account|profile|handle)\b"
)


def _named_ssn_head(view: str, now: float) -> Carried:
    if len(view) > _NAMED_SSN_MOST:
        return _NOTHING  # prose: the value said in parts is a short message's
    match = _NAMED_SSN_HEAD.search(view)
    if match is None:
        return _NOTHING
    named = SSN_WORDS.search(view, 0, match.start())
    if named is not None and (
        _SOCIAL_ELSE.match(view, named.end())
        # a reference's word between: "my social is fine, the case number is 176-11"
        or NOT_PERSONAL.search(view, named.end(), match.start()) is not None
    ):
        named = None
    area, group = int(match.group("value")[:3]), int(match.group("value")[4:])
    if named is None or not _issued_ssn(area, group):
        return _NOTHING  # an area never issued (an ITIN's is left to its own word)
    span = Span(match.start("value"), match.end("value"), "SSN", _SCORE, "continuation")
    return Carried((span,), PendingNumber("SSN", _SSN_HEAD_SEEN, 9, 0, now + WINDOW_SECONDS))


# A message that is three groups of three digits and nothing else ("667-498-897",
# "204.867.735"): a CPF's nine digits as printed, its two check digits ("-94") to come.
_CPF_HEAD = re.compile(r"[^\w\n]{0,4}(?P<value>[0-9]{3}([.\-])[0-9]{3}\2[0-9]{3})[^\w\n]{0,4}")
_CPF_HEAD_SEEN, _CPF_DIGITS = 9, 11


def _cpf_head(view: str, now: float) -> Carried:
    match = _CPF_HEAD.fullmatch(view)
    if match is None:
        return _NOTHING
    span = Span(match.start("value"), match.end("value"), "BR_CPF", _SCORE, "continuation")
    pending = PendingNumber("BR_CPF", _CPF_HEAD_SEEN, _CPF_DIGITS, 0, now + WINDOW_SECONDS)
    return Carried((span,), pending)


# A Brazilian company's CNPJ sent bare in parts, told by its branch: "0001" for the head
# office, "0002" on for the others, after the root's eight digits and before two check
# digits. Its first twelve alone ("31.947.136/0001", "319471360001"), the check digits to
# come; or its end alone, the root's last digits to the check digits ("579-0001-30"), the
# root's first sent before, the branch set apart (digits run together, "40000587", are as
# often a card's).
_CNPJ_HEAD = re.compile(
    r"[^\w\n]{0,4}(?P<value>[0-9]{2}([.\- ]?)[0-9]{3}\2[0-9]{3}[/.\- ]?000[1-9])[^\w\n]{0,4}"
)
_CNPJ_END = re.compile(
    r"[^\w\n]{0,4}(?P<value>[0-9](?:[.\- ]?[0-9]){0,7}[/.\- ]000[1-9][.\- ]?[0-9]{2})[^\w\n]{0,4}"
)
_CNPJ_HEAD_SEEN, _CNPJ_DIGITS = 12, 14


def _cnpj_parts(view: str, now: float) -> Carried:
    if "000" not in view:
        return _NOTHING  # every branch opens with it: no scan
    head = _CNPJ_HEAD.fullmatch(view)
    if head is not None:
        span = Span(*head.span("value"), "BR_CNPJ", _SCORE, "continuation")
        pending = PendingNumber("BR_CNPJ", _CNPJ_HEAD_SEEN, _CNPJ_DIGITS, 0, now + WINDOW_SECONDS)
        return Carried((span,), pending)
    end = _CNPJ_END.fullmatch(view)
    if end is None or sum(c.isdigit() for c in end.group("value")) >= _CNPJ_DIGITS:
        return _NOTHING  # a whole CNPJ is found without the marker
    return Carried((Span(*end.span("value"), "BR_CNPJ", _SCORE, "continuation"),), None)


# A message that is a French social security number's first groups as printed and
# nothing else ("2 50 02", "1 66 11 75", "2 83 06 84 369"): sex, year and month, then the
# department and commune; a lone first digit leads no phone or card. The rest comes next.
_NIR_GAP = r"[ .\-]"
# Spaces only between the first groups, and a month a NIR has (01-12, 20, 30-42 and 50 on
# for unknown months): "2.10.27" is a date. Dashes too when the department and commune
# follow ("1-99-06-59-414"): five groups are no date.
_NIR_MONTH = r"(?:0[1-9]|1[0-2]|20|3[0-9]|4[0-2]|[5-9][0-9])"
_NIR_HEAD = re.compile(
    rf"[^\w\n]{{0,4}}(?P<value>[12] [0-9]{{2}} {_NIR_MONTH}"
    rf"(?:{_NIR_GAP}(?:[0-9]{{2}}|2[AB])(?:{_NIR_GAP}[0-9]{{3}}(?:{_NIR_GAP}[0-9]{{3}})?)?)?"
    rf"|[12]-[0-9]{{2}}-{_NIR_MONTH}-(?:[0-9]{{2}}|2[AB])-[0-9]{{3}}(?:-[0-9]{{3}})?)"
    r"[^\w\n]{0,4}"
)
# The same number without its first digit (sent alone before): fourteen digits in the
# printed groups ("91 04 71 485 360 18") or run together, that, led by a 1 or a 2, pass the
# NIR's key, with a month a NIR has.
_NIR_REST = re.compile(
    rf"[^\w\n]{{0,4}}(?P<value>[0-9]{{2}}{_NIR_GAP}?{_NIR_MONTH}{_NIR_GAP}?(?:[0-9]{{2}}|2[AB])"
    rf"{_NIR_GAP}?[0-9]{{3}}{_NIR_GAP}?[0-9]{{3}}{_NIR_GAP}?[0-9]{{2}})[^\w\n]{{0,4}}"
)
_NIR_CHARACTERS = 15
# A NIR's first digit, the sex: sent alone after the number's word, the rest follows.
_NIR_SEX_DIGITS = frozenset({"1", "2"})


def _nir_head(view: str, now: float) -> Carried:
    match = _NIR_HEAD.fullmatch(view)
    if match is not None:
        seen = sum(c.isalnum() for c in match.group("value"))
        span = Span(match.start("value"), match.end("value"), "FR_NIR", _SCORE, "continuation")
        pending = PendingNumber("FR_NIR", seen, _NIR_CHARACTERS, 0, now + WINDOW_SECONDS)
        return Carried((span,), pending)
    match = _NIR_REST.fullmatch(view)
    if match is not None:
        rest = "".join(c for c in match.group("value") if c.isalnum())
        if any(nir.is_valid(sex + rest) for sex in "12"):
            span = Span(*match.span("value"), "FR_NIR", _SCORE, "continuation")
            return Carried((span,), None)
    return _NOTHING


# An area code in brackets and the first digits after it, ending the message ("(11)
# 92713", "(415) 555", "(0341) 12"): the brackets are a phone's; the rest comes next.
# (The view has blanked the closing bracket.)
_AREA_HEAD = re.compile(
    r"(?<![\w(])(?P<value>\((?P<area>0?[1-9][0-9]{1,2})[)\s]{1,3}[0-9](?:[ \-.]?[0-9]){1,6})"
    + _AFTERWORDS
)


def _area_head(view: str, now: float) -> Carried:
    match = _AREA_HEAD.search(view, max(0, len(view) - _CARD_HEAD_REACH))
    if (
        match is None
        or _named_after(match)
        # "pedido (12) 345": a reference's number, bracketed
        or NOT_PERSONAL.search(view, max(0, match.start() - _NAMED_WITHIN), match.start())
    ):
        return _NOTHING
    value = match.group("value")
    digits = "".join(c for c in value if c.isdigit())
    area = match.group("area")
    local = digits[len(area) :]
    # Brazil's mobiles have nine digits after a two-digit area code, its landlines eight
    complete = len(area) + (9 if len(area) == 2 and local[0] == "9" else 8)
    if area[0] != "0" and len(area) == 3:
        complete = 10  # "(415) 555": a NANP area code and seven digits
    if len(digits) >= complete:
        return _NOTHING
    span = Span(match.start("value"), match.end("value"), "PHONE", _SCORE, "continuation")
    return Carried((span,), PendingNumber("PHONE", len(digits), complete, 0, now + WINDOW_SECONDS))


# "my number is 1 203", "numero 1-415 55", "number 1 (415)": the NANP's country code typed
# without its "+" (the view blanks brackets), an area code (its middle digit never 9, never
# a service code such as 911) and maybe the exchange's first digits, ending a message that
# says "number": a phone's start, the rest comes next. The word is needed: "1 203" alone is
# a count, or 1203 written with a thousands' space.
_NANP_ONE_HEAD = re.compile(
    r"(?<![\w+.,/\-#])(?P<value>1[ \-.]{1,2}[2-9](?!11)[0-8][0-9](?:[ \-.]{0,2}[0-9]){0,3})"
    + _AFTERWORDS
)
_NUMBER_WORDS = words(r"number", r"n[úu]mero", r"num[ée]ro", r"nummer")
_NANP_DIGITS = 11


def _nanp_one_head(view: str, now: float) -> Carried:
    low = max(0, len(view) - _CARD_HEAD_REACH)
    match = _NANP_ONE_HEAD.search(view, low)
    if (
        match is None
        or _named_after(match)
        or not _NUMBER_WORDS.search(view, max(0, match.start() - _NAMED_WITHIN), match.start())
        or NOT_PERSONAL.search(view, low, match.start())
    ):
        return _NOTHING
    digits = sum(c.isdigit() for c in match.group("value"))
    span = Span(match.start("value"), match.end("value"), "PHONE", _SCORE, "continuation")
    pending = PendingNumber("PHONE", digits, _NANP_DIGITS, 0, now + WINDOW_SECONDS)
    return Carried((span,), pending)


# A relative clause without digits between a number's word and its copula ("el número que
# tienen está mal, es 222", "the number you have is 415", "le numéro qu'on a est 06"): it
# says whose the number is, and the digits after the copula are still the number.
_RELATIVE_CLAUSE = (
    r"[\s,]{1,3}(?:(?:that|which|you|i|we|que|qui|den|die|das)\s|qu['\u2019])"
    r"[^\d\n]{0,30}?(?:[\s,]|(?=:))"
)
# "should be" or "it's" after a clause that says the number on file is wrong ("the number
# you have is wrong, it should be 646")
_NUMBER_COPULA = (
    r"\s{0,3}(?:is|es|est|c['\u2019]est|ist|[ée]|should\s{1,3}be|it['\u2019]?s|:)\s{0,3}"
)
# Fillers before a number word opening the message, up to three in a row ("ok so the number
# is 3714", "bueno pues el número es 4111", "oui alors le numéro c'est 5105", "ja also die
# Nummer ist 4242", "tá então o número é 6011"): the customer is still the one speaking.
_OPENING_FILLERS = (
    r"(?:(?:ok(?:ay)?|so|yeah|yes|no|right|well|alright|ja|nein|also|gut|na"
    r"|s[íi]|vale|bueno|pues|entonces|oui|bon|alors|donc|sim|t[áa]|ent[ãa]o|bom)[\s,]{1,3}){0,3}"
)
# A number word opening the message and a copula, then digits ending it ("number is 415
# 555", "the number: 201", "number is 209) 377", "el número es 612", "Nummer ist 0151"), a
# relative clause maybe between them: no order's, ticket's or tracking word before the
# word, so the customer's own number.
_NUMBER_OPENING = re.compile(
    r"(?i)[^\w\n]{0,4}"
    + _OPENING_FILLERS
    + r"(?:(?:the|el|le|der|die|o)\s{1,3})?"
    + rf"(?:number|n[úu]mero|num[ée]ro|nummer)(?P<clause>{_RELATIVE_CLAUSE})?{_NUMBER_COPULA}"
    + r"\(?(?P<value>\+?[0-9](?:[ \-.()]{0,2}[0-9]){1,11})[^\w\n]{0,4}"
)
# With a clause the message may run longer than a bare opening's ``_READY_CHARS``.
_CLAUSE_OPENING_CHARS = 64
# A phone's start: a "+", a trunk 0 or an area code's three digits set apart (no 1 or 0
# first, no 9 in the middle: "number is 1 203" is the NANP head's, "number is 12345" a
# reference's).
_PHONE_OPENING = re.compile(r"\+|0[1-9]|[2-9][0-8][0-9](?![0-9])")


def _number_opening_head(view: str, now: float) -> Carried:
    """A phone's start after a number word opening the message; a card issuer's four digits
    or more start a card ("ok the number is 4129"), as after "numéro 5396", but not after a
    clause: "the number you have is wrong" speaks of a contact number on file."""
    match = _NUMBER_OPENING.fullmatch(view) if len(view) <= _CLAUSE_OPENING_CHARS else None
    if match is None:
        return _NOTHING
    clause = match.group("clause")
    if clause is None and len(view) > _READY_CHARS:
        return _NOTHING
    # "el número que aparece en el pedido es 234": the clause names whose number it is
    if clause is not None and (NOT_PERSONAL.search(clause) or ERROR_WORDS.search(clause)):
        return _NOTHING
    value = match.group("value")
    digits = "".join(c for c in value if c.isdigit())
    if clause is None and len(digits) >= 4 and _card_issuer(digits):
        entity, complete = CARD, 15 if digits[:2] in ("34", "37") else _CARD_DIGITS
    elif _PHONE_OPENING.match(value):
        entity, complete = "PHONE", _phone_digits(digits, international=value[0] == "+")
    else:
        return _NOTHING
    if len(digits) >= complete:
        return _NOTHING  # whole: the pattern detectors judge it
    span = Span(match.start("value"), match.end("value"), entity, _SCORE, "continuation")
    return Carried((span,), PendingNumber(entity, len(digits), complete, 0, now + WINDOW_SECONDS))


# "le 06617", "c'est le 07 98", "au 01 33": a French phone said the French way, "le" and its
# first digits (a trunk 0, then its area or mobile digit) alone in a message; the rest
# follows. Three digits at least: "le 01" alone is a day of the month. A "yes" may open it,
# confirming the number asked for ("oui c'est le 012").
_ASSENT_FIRST = r"(?:(?:oui|s[íi]|ja|sim)[\s,]{1,3})?"
_LE_ZERO = re.compile(
    r"(?i)[^\w\n]{0,4}" + _ASSENT_FIRST + r"(?:c['\u2019]est\s{1,3})?(?:le|au)\s{1,3}"
    r"(?P<value>0[1-9](?:[ .\-]?[0-9]){1,7})[^\w\n]{0,4}"
)
_FRENCH_PHONE_DIGITS = 10
# A trunk 0 and four more pairs ("06 12 34 56 78", "07.79.10.40.27"): a French number, whole.
_FRENCH_PAIRS = re.compile(r"0[1-9](?:[ .\-][0-9]{2}){4}")
# The same in the languages that name a phone's number with an article too, the copula and
# the article before its trunk 0: "sí es el 011", "ja es ist die 0151 2218", "sim é o 021".
# Not English: "ya its 0151" says no more than its digits, which only the agent's question
# makes a phone (``agent_question``).
_ARTICLE_ZERO = re.compile(
    r"(?i)[^\w\n]{0,4}"
    + _ASSENT_FIRST
    + r"(?:es\s{1,3}el|(?:es\s{1,3})?ist\s{1,3}die|[ée]\s{1,3}o)"
    r"\s{1,3}(?P<value>0[1-9](?:[ .\-]?[0-9]){1,7})[^\w\n]{0,4}"
)


def _trunk_zero_head(view: str, now: float) -> Carried:
    """A phone's first digits after its article, alone in a message (``_LE_ZERO``,
    ``_ARTICLE_ZERO``): masked, the rest awaited."""
    # 48 characters at most: no length pre-check needed
    match = _LE_ZERO.fullmatch(view) or _ARTICLE_ZERO.fullmatch(view)
    if match is None:
        return _NOTHING
    digits = sum(c.isdigit() for c in match.group("value"))
    french = match.re is _LE_ZERO
    complete = _FRENCH_PHONE_DIGITS if french else _phone_digits("0", international=False)
    span = Span(match.start("value"), match.end("value"), "PHONE", _SCORE, "continuation")
    pending = PendingNumber("PHONE", digits, complete, 0, now + WINDOW_SECONDS)
    return Carried((span,), pending)


def _phone_head(view: str, now: float) -> Carried:
    """A message with no context word that ends with a phone's country code and first
    digits ("my number is +1 415", "é +351 91"): a "+" says what follows is a phone."""
    low = max(0, len(view) - _CARD_HEAD_REACH)
    match = (
        _PLUS_HEAD.search(view, low) or _PLUS_ALONE.fullmatch(view) or _PLUS_END.search(view, low)
    )
    if match is None:
        return _NOTHING
    value = match.group("value")
    digits = "".join(c for c in value if c.isdigit())
    complete = _phone_digits(digits, international=True)
    least = 2 if match.re is not _PLUS_HEAD else 3
    if (
        len(digits) < least
        or (match.re is _PLUS_END and not _calling_code_first(digits))
        or _named_after(match)
        or sum(c.isdigit() for c in view) != len(digits)  # other numbers: a reference, a date
        or NOT_PERSONAL.search(view, low, match.start())
    ):
        return _NOTHING
    span = Span(match.start("value"), match.end("value"), "PHONE", _SCORE, "continuation")
    if len(digits) >= complete - 2:
        # "ok so +44 7700 9001": all or nearly all of a phone, valid or mistyped; nothing
        # more is expected
        return Carried((span,), None)
    return Carried((span,), PendingNumber("PHONE", len(digits), complete, 0, now + WINDOW_SECONDS))


# A phone's first digits and an apology for hitting Enter too soon, and nothing else ("0412
# sorry", "+61 sorry", "+49 151 sorry hit enter", "06 12 oups", "0171 sorry, enviado",
# "912 desculpa"): a country code or a trunk 0 starts a phone, whose rest comes next.
_SENT_TOO_SOON = re.compile(
    # or a phone's first groups without them ("242 827 desculpe", "612 34 sorry"): two groups
    # of five to seven digits, more than a PIN, a year or a count
    r"[^\w\n+]{0,4}(?P<value>(?:\+[0-9]|0[1-9])(?:[ \-.]?[0-9]){1,6}"
    r"|[1-9][0-9]{1,3}[ \-.][0-9]{2,4})[\s,.!]{1,3}"
    r"(?i:sry|oops|oups|perd[óo]n|pardon|d[ée]sol[ée]e?|entschuldigung|sorr[iy]|desculp[ae]"
    r"|perd[ãa]o)"
    r"(?:[^\w\n]{1,3}[^\W\d_]{1,12}){0,4}[^\w\n]{0,4}"
)
_SOON_BARE_LEAST = 5


def _sent_too_soon(view: str, now: float) -> Carried:
    match = _SENT_TOO_SOON.fullmatch(view) if len(view) <= _READY_CHARS + 20 else None
    if match is None:
        return _NOTHING
    value = match.group("value")
    digits = "".join(c for c in value if c.isdigit())
    complete = _phone_digits(digits, international=value.startswith("+"))
    if not value.startswith(("+", "0")) and (len(digits) < _SOON_BARE_LEAST or _YEAR.match(value)):
        return _NOTHING  # "12 34 sorry", "2024 12 sorry": a count, a year
    span = Span(match.start("value"), match.end("value"), "PHONE", _SCORE, "continuation")
    if len(digits) >= complete - 2:
        return Carried((span,), None)  # "1234 5678 sorry": nearly whole, nothing more to come
    return Carried((span,), PendingNumber("PHONE", len(digits), complete, 0, now + WINDOW_SECONDS))


# Cached for the message as ``_context_places`` is: read again for a first part inside a
# sentence (``_started_mid_message``).
@functools.lru_cache(maxsize=4)
def _view(text: str, *, last: bool = True) -> tuple[str, bool]:
    """The deobfuscated view with the words that name a part blanked, and whether the
    message spells digits out."""
    folded = fold(text)
    spelled = spell(folded)
    view = deobfuscate(spelled)
    if any(c.isdigit() for c in view) and _PART_HINTS.search(view):
        view = (_PART_LEAD if last else _PART_LEAD_NOT_LAST).sub(_blank, view)
    end = max(0, len(view) - _FIRST_PART_REACH)
    tail = view[end:]
    said = (
        _FIRST_PART_AFTER.search(view, end)
        if may_hold(tail, tail.lower(), _FIRST_PART_HINTS)
        else None
    )
    if said is not None:
        view = view[: said.start()] + _blank(said)
    return view, spelled != folded


# Words that name which part of a number comes ("first part 123", "first 3 are 123", "next
# 2: 45", "the middle bit 45", "last 4 6789", "rest is 6789", "part two 45"): not a value
# of their own (a count is no digit of it) nor a reference ("part" is also a part number's
# word), so they are blanked before the marker reads the message, when digits follow them
# ("4111 1111, next part coming": after the digits they say more is to come). "last" and
# "final" only in a message that continues a number: at the start they say a number ends
# ("ending", ``ENDING_WORDS``).
_ORDINAL = r"first|1st|second|2nd|third|3rd|next|middle|other"
_PIECE = (
    r"(?:part|bit|half|chunk|piece|group|section|set|lot)"
    r"|(?:[1-6]|one|two|three|four|five|six)(?:\s*(?:digits?|numbers?|nums?))?"
)
_COPULA = r"(?:\s*(?:is|are|was|were|=|:|-))?"


# "second 5154", "zweite 5678": the second part's ordinal alone, opening a message that
# continues a number (anywhere else it may count something).
_SECOND_ALONE = r"\A\s*(?:second|2nd|zweite[nrs]?|zweitens|segund[ao]|deuxi[èe]me)"


def _part_lead(ordinals: str, *, opening: str | None = None) -> re.Pattern[str]:
    alone = f"|{opening}" if opening else ""
    return re.compile(
        rf"(?i)(?<!\w)(?:(?:the|and|then)\s+)?(?:(?:{ordinals})\s+(?:{_PIECE})"
        rf"|(?:part|teil)\s*(?:one|two|three|[1-3])|(?:the\s+)?rest{alone}){_COPULA}(?!\w)"
        # before digits, or an IBAN's country and check digits or its bank's capitals
        # ("iban part one NL91", "part two ABNA 0417", "Teil zwei 0044")
        r"(?=[\s:,.\-]*(?:[0-9]|(?-i:[A-Z]{2}[0-9]{2}|[A-Z]{4}\s?[0-9])))"
    )


_PART_LEAD = _part_lead(rf"{_ORDINAL}|last|final", opening=_SECOND_ALONE)
_PART_LEAD_NOT_LAST = _part_lead(_ORDINAL)
_PART_HINT_WORDS = (
    r"first|1st|second|2nd|third|3rd|next|middle|other|last|final|part|rest|zweit|segund"
    r"|deuxi|teil"
)
# The hints' first characters looked ahead first (``starts``): a position starting none of
# them is passed without trying every hint.
_PART_HINTS = re.compile(rf"(?i){starts(_PART_HINT_WORDS)}(?:{_PART_HINT_WORDS})")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# Without digits, a message saying the value comes next: it went out too soon ("sorry hit
# enter too soon", "zu früh abgeschickt", "foi sem querer", ``_SENT_EARLY``), it comes in
# parts ("mando em partes"), or here it is with nothing yet ("ok here"). The next messages
# of digits alone are that value, as after "ready?".
_HERE_ALONE = re.compile(
    _OPENING_ASSENT + r"here(?:\s{1,3}(?:it\s{1,3}is|you\s{1,3}go|goes))?[^\w\n]{0,4}"
)


# After words saying the value comes in parts, and maybe why, a colon and the value's first
# part ending the message ("gonna split it in bits cos the chat cuts me off: 020", "lo mando por
# partes xq se corta: 11", "je coupe en morceaux sinon ca passe pas : 3080", "schick es in
# Stücken sonst bricht es ab: 8878", "vou mandar em pedacos senao corta: 916"): no word named
# it, and the next messages of digits alone are its rest, as after "here goes". Capitals may
# stand in it (an NI number's "YC 418"), one digit at least.
_PARTS_FIRST = re.compile(
    r"[^\d\n:]{0,48}:[ \t]{0,3}(?P<value>[0-9A-Z]{1,12}(?:[ \-.][0-9A-Z]{1,12}){0,3})[^\w\n]{0,4}"
)
_PARTS_FIRST_CHARS = 120


def _first_part_in_parts(view: str, now: float) -> Carried | None:
    if len(view) > _PARTS_FIRST_CHARS or any(c in "$€£%" for c in view):
        return None  # "en 3 partes: 300 €": instalments
    parts = _IN_PARTS.search(view)
    if parts is None or has_digit(view[: parts.end()]):
        return None
    match = _PARTS_FIRST.fullmatch(view, parts.end())
    if match is None or not has_digit(match.group("value")):
        return None
    return _read_out_first(view, match, now, counted=str.isalnum)


def _read_out_first(
    view: str, match: re.Match[str], now: float, *, counted: Callable[[str], bool]
) -> Carried:
    """The first part of a number read out with no word naming it (``match``'s value): a
    card's printed groups are a card's ("aquí va: 4111 1111 1111", "ich teile sie auf:
    4000"); else the part, and a marker for the rest unless a card's sixteen characters
    that ``counted`` counts are there already (whole as far as anyone can tell)."""
    card = _card_head(view, now)
    if card.spans:
        return card
    span = Span(match.start("value"), match.end("value"), _DICTATED, _SCORE, "continuation")
    seen = sum(counted(c) for c in match.group("value"))
    if seen >= _CARD_DIGITS:
        return Carried((span,), None)
    return Carried((span,), PendingNumber(_DICTATED, seen, 16, 0, now + WINDOW_SECONDS))


def _dictation_ahead(view: str) -> bool:
    if len(view) > _INTERJECTION_CHARS or any(c.isdigit() for c in view):
        return False
    return bool(
        _HERE_ALONE.fullmatch(view)
        or _SENT_EARLY_WORDS.search(view)
        or _IN_PARTS.search(view)
        or _OLD_ONE_SAID.search(view)
    )


def _asks_to_wait(view: str) -> bool:
    """ "une seconde", "pera", "wait a sec": the customer goes to fetch what the agent asked
    for; the next messages made of digits alone are that value (an apology is no such ask;
    one for a message sent too soon is, see ``_dictation_ahead``)."""
    return (
        len(view) <= _INTERJECTION_CHARS
        and _INTERJECTION.fullmatch(view) is not None
        and _WAIT_WORDS.search(view) is not None
    )


# A number begun and short of its digits, then a word or two without digits ("ok", "qué
# rollo", "que chato", "ah ok", "merci"): an aside while the customer reads the rest, which
# the next messages bring. Three words at most; the marker's follow-ups bound how many.
_ASIDE_WORDS = 2


def _aside_in_number(view: str, pending: PendingNumber) -> bool:
    """Whether ``view`` is a short aside inside a number the agent asked for, still in
    progress (after a number the customer named, "ok thanks" moves on, as round 2 decided)."""
    return (
        pending.asked
        and 0 < pending.seen < pending.complete
        and len(view) <= _INTERJECTION_CHARS
        and _INTERJECTION.fullmatch(view) is not None
        and len(_WORD.findall(view)) <= _ASIDE_WORDS
    )


def _holds_on(view: str) -> bool:
    """ "wait", "un momento 🙏", "👇": a short message asking to wait, or only symbols."""
    if len(view) > _INTERJECTION_CHARS or not _INTERJECTION.fullmatch(view):
        return False
    return not any(c.isalnum() for c in view) or _HOLD_ON.search(view) is not None


# Words before the first digits of a value announced in the previous message: "it's",
# "es el", "c'est le", "ist die", "é o", "sure:".
_ANNOUNCED_LEAD_WORDS = 2
# Or fillers and a copula, however many words they make ("bon ok c'est", "ok so it's",
# "pues bueno es", "also gut ist"): they say nothing of the digits after them.
_FILLED_LEAD = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:ok(?:ay)?|so|well|alors|donc|bon|bueno|pues|entonces|vale"
    r"|ent[ãa]o|also|gut)[\s,]{1,3}){1,3}"
    r"(?:c['\u2019]\s?est|es|[ée]|is|it['\u2019]?s|ist)\s{1,3}"
)
# The old value given after the message that announced it ("forgot my code", then "the old
# one was 2365", "el anterior era", "l'ancien était", "der alte war", "o antigo era"): a
# longer lead-in, said of the value itself.
_OLD_ONE_LEAD = re.compile(
    r"(?i)[^\w\n]{0,4}(?:(?:the|el|la|le|der|die|das|o|a)\s+|l['\u2019])?"
    r"(?:old|previous|anterior|viej[oa]|ancien(?:ne)?|alte[rns]?|vorherige[rns]?|antig[oa])"
    r"(?:\s+one)?\s+(?:was|is|era|es|[ée]tait|c['\u2019][ée]tait|war|ist|foi|é)[\s:]*"
)
# The value recalled with a hedge after the message that announced it ("forgot my pin", then
# "i think it was 3026", "creo que era", "je crois que c'était", "glaub es war", "acho que
# era"): the customer unsure of their own value still gives it, in a longer lead-in.
_HEDGED_LEAD = re.compile(
    r"(?i)[^\w\n]{0,4}(?:i\s+(?:think|guess|believe)|creo(?:\s+que)?|je\s+(?:crois|pense)(?:\s+que)?"
    r"|(?:ich\s+)?glaube?(?:\s+ich)?|acho(?:\s+que)?|penso(?:\s+que)?)\s+"
    r"(?:(?:it|es)\s+|c['\u2019]\s?)?"
    r"(?:was|is|it['\u2019]?s|era|es|fue|[ée]tait|est|war|ist|foi|é)[\s:]*"
)
# The value come back to mind after the message that announced it ("what pin should i use",
# then "oh nvm i remember its 4821", "ah ya me acordé, es", "ah je m'en souviens c'est",
# "jetzt weiß ich's wieder, ist", "ah lembrei, é"): a few fillers, the remembering, a copula.
_RECALLED_LEAD = re.compile(
    r"(?i)[^\w\n]{0,4}(?:[^\W\d_]{1,8}[^\w\n]{1,3}){0,3}"
    r"(?:(?:i\s+)?(?:remember(?:ed)?|recall(?:ed)?)|got\s+it"
    r"|(?:ya\s+)?me\s+acord[ée]|(?:ya\s+)?me\s+acuerdo|(?:ya\s+)?recuerdo"
    r"|je\s+m['\u2019]\s?en\s+souviens|je\s+me\s+souviens|je\s+me\s+rappelle|[çc]a\s+me\s+revient"
    r"|(?:ich\s+)?wei[ßs](?:\s+es|['\u2019]s)?\s+wieder|wei[ßs]\s+ich(?:['\u2019]s|\s+es)?\s+wieder"
    r"|ich\s+erinnere\s+mich|f[äa]llt\s+mir\s+(?:wieder\s+)?ein"
    r"|(?:me\s+)?lembrei|(?:eu\s+)?lembro)[^\w\n]{0,3}"
    r"(?:(?:it['\u2019]?s|it\s+is|es|era|c['\u2019]\s?est|c['\u2019]\s?[ée]tait|ist|war|[ée])[\s:]*)?"
)
# The customer confirming which value it is, then giving it ("yeah that one, 4821", "sí
# esa, 4821", "oui celui-là : 4821", "ja genau das, 4821", "sim essa, 4821"): an assent
# and a word pointing at what was announced.
_CONFIRMED_LEAD = re.compile(
    r"(?i)[^\w\n]{0,4}(?:yeah|yes|yep|yup|ok(?:ay)?|s[íi]|oui|ouais|ja|jep|sim|isso)[\s,]{1,3}"
    r"(?:(?:that|this)\s+one|that['\u2019]?s\s+(?:it|the\s+one)|es[ae]|[ée]s[ae]|[ée]sta|esta"
    r"|celui-l[àa]|celle-l[àa]|c['\u2019]est\s+[çc]a|genau(?:\s+(?:das|die(?:se)?))?|das\s+hier"
    r"|ess[ae]|est[ae]|[ée]\s+ess[ae])[\s,:]{1,3}"
)
# A currency's sign or code right before digits: an amount ("Rs. 1,430", "INR 240", "R$
# 89", "USD 45", "₹ 500").
_CURRENCY_BEFORE = re.compile(
    r"(?i)(?:[$€£₹¥]|(?<![^\W\d_])(?:rs|inr|usd|eur|gbp|brl|mxn|ars|cop|clp|chf|r\$)\.?)\s{0,2}\Z"
)
# An amount is not the value announced ("card" then "100 € were taken", "$250 twice").
_AMOUNT = re.compile(
    r"(?i)[$€£]|\s?(?:[%€$£]|eur(?:os?)?\b|usd\b|dollars?\b|reais\b|r\$|pesos?\b|mxn\b"
    r"|brl\b|gbp\b|pounds?\b|libras?\b|dólares\b|dolares\b)"
)


def _currency_after_digits(view: str, begin: int, value: str) -> bool:
    """A currency's code right after the digits of a value that may hold letters ("IBAN
    para el reembolso de 3.983 EUR", "Erstattung von 1.318 EUR"): an amount, whose
    currency the value's letters only seemed to be."""
    digits_end = len(value.rstrip("".join({c for c in value if not c.isdigit()})))
    return digits_end < len(value) and _AMOUNT.match(view, begin + digits_end) is not None


def _starts_value(
    view: str,
    match: re.Match[str],
    begin: int,
    end: int,
    taken: int,
    least: int,
    *,
    asked: bool = False,
) -> bool:
    """The first characters of a value announced by the previous message: ``least`` or
    more, after a short lead-in, not a date ("card" then "12/05 it was declined"). Asked by
    the agent, the lead-in may be any number of fillers ("ok es el", "oui c'est le")."""
    lead = match.group("lead")
    return (
        taken >= least
        and (
            len(lead.split()) <= _ANNOUNCED_LEAD_WORDS
            or any(
                lead_in.fullmatch(lead)
                for lead_in in (
                    _OLD_ONE_LEAD,
                    _FILLED_LEAD,
                    _HEDGED_LEAD,
                    _RECALLED_LEAD,
                    _CONFIRMED_LEAD,
                )
            )
            or (asked and answer_lead(lead))
        )
        and _DATE.fullmatch(view[begin:end]) is None
        and not _dated_year(view, begin, view[begin:end])  # "for the 2020 tax form"
        and not any(c in "$€£" for c in lead)
        and _AMOUNT.match(view, end) is None
    )


# A clock time ("20:05", "19.15", "8h30"), whatever the joint.
_CLOCK = re.compile(r"(?:[01]?[0-9]|2[0-3])[:.hH][0-5][0-9]")
_CLOCK_REST = re.compile(r":[0-5][0-9](?![0-9])")
# An hour of the day, by its unit ("15h", "15 Uhr", "3pm", "3 a.m."), after a word ("vers",
# "gegen", "around"): when to call back, never a number's group. A capital "H" after digits
# ("4H" alone) is a DNI's check letter.
_HOUR = re.compile(
    r"(?i)(?:[01]?[0-9]|2[0-4])(?:(?-i:h)|\s*+(?:uhr|pm|am|p\.m\.|a\.m\.))(?![^\W\d_])"
)
# A day and month closed by their dot, then other digits ("hab am 13.7. 743,99 EUR
# überwiesen"): the date of a payment and its amount, not a number's groups, which no
# customer closes with a dot. The view may have blanked that dot as noise ("13.7  743").
_DATE_THEN_MORE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})[.\s]\s")
# A duration's unit after the digits ("schon 37 tage", "ça fait 29 jours", "it's been 12
# days", "hace 15 días"): how long the customer waited, not the rest of a number.
_TIME_UNIT_AFTER = re.compile(
    r"(?i)\s*+(?:days?|weeks?|months?|hours?|years?|tagen?|wochen|woche|monaten?|stunden?"
    r"|jahren?|jours?|semaines?|mois|heures?|ans|d[íi]as?|semanas?|mes(?:es)?|horas?|a[ñn]os?"
    r"|anos?)\b"
)


def _lead_words(match: re.Match[str]) -> str:
    """The words before the value without the punctuation around them: "puis, " is "puis"."""
    return match.group("lead").strip(" ,.:;-")


def _said_time(view: str, match: re.Match[str], begin: int, end: int) -> bool:
    """A clock time with a colon ("20:05"), or words then a date, a time, a duration or a
    year after its dating word ("ruft nach 19.15 an", "llega el 12/05", "schon 37 tage",
    "opened in 2025"): not the rest of a number
    ("sorry the last digits 3075", "puis 12.34" and "34.56" alone still are)."""
    if _CLOCK_REST.match(view, end):
        return True  # "20" of "20:05": a colon is no joint of a number's groups
    lead = _lead_words(match)
    if not lead or _MORE_TO_COME.fullmatch(lead):
        return False
    hour = _HOUR.match(view, begin)
    if hour is not None and hour.end() >= end:
        return True  # "vers 15h", "gegen 15 Uhr", "at 3pm": the hour to call back at
    value = view[begin:end]
    dated = _DATE_THEN_MORE.match(value)
    return (
        _DATE.fullmatch(value) is not None
        or _CLOCK.fullmatch(value) is not None
        or _TIME_UNIT_AFTER.match(view, end) is not None
        or (dated is not None and calendar_day_and_month(dated.group(1), dated.group(2)))
        # "its a checking account opened in 2025", "been with you since 2019": a year
        or _dated_year(view, begin, value)
    )


def _named_after(match: re.Match[str]) -> bool:
    """Words after a message's last value that are neither a plea to wait nor a word
    saying more is coming: they name the value, which is then whole as typed."""
    after = match.group("after")
    if not after:
        return False
    if len(_WORD.findall(after)) > _AFTER_WORDS_PLAIN:
        first = len(after) - len(after.lstrip(_SYMBOLS))
        return _HOLD_ON.match(after, first) is None and _MORE_TO_COME.match(after, first) is None
    return _HOLD_ON.search(after) is None and _MORE_TO_COME.search(after) is None


# A price with its cents, its thousands grouped or not: "163.95", "1,517.00", "49,90",
# "1725,11 €".
_CENTS_VALUE = re.compile(r"(?:[0-9]{1,3}(?:[.,][0-9]{3})++|[0-9]{1,6})[.,][0-9]{2}(?![0-9])")


def _amount_ahead(view: str, match: re.Match[str]) -> bool:
    """An amount where the rest was expected ("thanks, refund was $1,517.00", "the fee was
    163.95"): a currency sign right before the digits, or words then a price with cents
    (after "puis" or "and" alone, "34.56" is still a phone's pair of groups)."""
    lead = match.group("lead")
    if any(c in "$€£" for c in lead[-3:]):
        return True
    said = _lead_words(match)
    return (
        any(c.isalpha() for c in said)
        and _MORE_TO_COME.fullmatch(said) is None
        and _CENTS_VALUE.match(view, match.start("value")) is not None
    )


def _id_check_letter(value: str, taken: int, needed: int) -> bool:
    """A DNI-like value ends with digits and one check letter (``240E``)."""
    return value[:-1].isdigit() and value[-1].isalpha() and taken + len(value) <= needed + 1
