"""What an agent's message asks the customer for: the marker the customer's answer continues.

Customers answer a question with the value alone, or after a filler: "What number should we
call you on?", then "ya its 0151", then "28128295". Neither answer names a phone; only the
question does, and the customer's side never holds it. The outbound relay reads each message
it delivers from the agent (or from a contact flow's bot) with :func:`asked_for`; when the
message asks for a value (a question, or a request such as "please confirm", "bitte nennen
Sie", "merci d'indiquer"), the marker that the value is announced is stored on the customer's
session, as a customer's own "mi número es" would leave it. The customer's next messages
are then continued as that value (``continuation.continue_pending``).

The marker holds the kind asked for and counts: nothing of the agent's text, and nothing of
the customer's. A question about a reference ("what's the order number?") asks for no value:
its marker spares the answer's digits.

An agent who cannot read the answer asks for it again without naming it: "that doesn't look
right, could you send it again?", "¿me lo puedes repetir?", "können Sie sie nochmal
schicken?". :func:`read_asking` tells such a message (``Asking.again``); the relay then
awaits the value it last asked for anew (:func:`asked_again`), which it keeps on the session
as it keeps the marker: the kind and counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from connect_privacy.redaction.continuation import PendingNumber, awaited_in_request
from connect_privacy.redaction.patterns.context import words

# How long after the question its answer is awaited. Longer than a customer's own marker
# (``continuation.WINDOW_SECONDS``): a customer fetches the card or the letter first.
ASKED_WINDOW_SECONDS = 300.0
# Only a message this long is read: an agent's question is a sentence or a few; a pasted
# policy or a long explanation asks for nothing the next message answers.
_READ_CHARS = 600

# A sentence ends at ".", "!", "?" or a line break; "¿" opens one in Spanish. A dot inside a
# word or before a small letter abbreviates: "Wissen Sie die Rechnungs-Nr. noch?", "¿el
# C.P.?", "la ref. de su pedido".
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=[^\s.!?]|[ \t]+[^\W\d_A-ZÀ-ÖØ-Þ]))*(?:[.!?]+|\n|\Z)")
# The words that make a sentence a request, in the five languages: asking ("could you",
# "pouvez-vous", "könnten Sie", "podría", "poderia"), telling to give ("please enter",
# "indiquez", "geben Sie ... an", "informe", "envíe"), or saying what is needed ("I'll need",
# "necesito", "j'ai besoin", "ich brauche", "preciso").
_REQUEST_WORDS = words(
    # English
    r"please",
    r"pl[sz]",
    r"kindly",
    r"(?:could|can|would|will)\s*(?:you|u)",
    r"may\s*i\s*(?:have|get|ask)",
    # "I just need", "we'll only need", "I still need": an adverb before the verb
    r"(?:i|we)(?:['\u2019]ll|\s*will|\s*would)?\s*(?:(?:just|only|still|also)\s*)?need",
    # what the agent must do before going on: "I have to verify", "tengo que", "je dois",
    # "ich muss", "tenho que"
    r"(?:i|we)\s*(?:have\s*to|must)",
    r"(?:provide|confirm|enter|type|send|share|give|tell|verify|read)",
    r"let\s*me\s*(?:have|know)",
    # inviting the customer to send it: "go ahead with the card number", "allez-y avec la
    # carte", "adelante con el número", "schießen Sie los mit der Karte", "pode mandar"
    r"go\s*ahead(?:\s*with)?",
    # "whats", "wats": typed without the apostrophe
    r"wh?at(?:['\u2019]?s|\s*is|\s*are)",
    r"which",
    # Spanish
    r"por\s*favor",
    r"porfa",
    # "por favor" shortened in chat: "pfv", "pf", "xfa", "xfavor"
    r"pfv?",
    r"xfa(?:vor)?",
    r"podr[íi]as?",
    r"puedes?",
    r"(?:me|nos)\s*(?:confirma|indica|da|das|pasa|pasas|env[íi]a|dice|dices|facilita|proporciona"
    r"|comparte|regala)\w*",
    r"necesit\w*",
    r"tengo\s*que",
    r"debo",
    r"adelante\s*con",
    r"ind[íi]que\w*",
    r"proporcion\w+",
    r"escrib\w+",
    r"ingres\w+",
    r"introduzca\w*",
    # asked formally: "le ruego que facilite", "facilítenos"
    r"(?:le|les)\s*ruego",
    r"facil[íi]te\w*",
    r"env[íi]e\w*",
    r"d[íi]game",
    r"confirm\w+",
    r"cu[áa]l(?:\s*es)?",
    # French
    r"pourriez",
    r"pouvez",
    r"peux",
    r"merci\s*de",
    # elided before a verb's vowel: "merci d'envoyer", "merci d'indiquer", "merci d'entrer"
    # (not "merci d'avoir attendu", which thanks)
    r"merci\s*d['\u2019](?!avoir|[êe]tre)\w+(?:er|ir|re)",
    r"veuillez",
    r"indiquez",
    r"donnez",
    r"envoyez",
    r"confirmez",
    r"communiquez",
    r"saisissez",
    r"entrez",
    r"tapez",
    r"renseignez",
    r"inscrivez",
    r"j['\u2019]ai\s*(?:juste\s*|seulement\s*|encore\s*|aussi\s*)?besoin",
    r"je\s*dois",
    r"(?:il\s*)?(?:me|nous)\s*faut",
    r"s['\u2019]il\s*(?:vous|te)\s*pla[îi]t",
    r"svp",
    r"stp",
    r"(?:allez|vas)-?\s*y\s*avec",
    r"quel(?:le)?s?",
    # German
    r"bitte",
    r"k[öo]nnten",
    r"k[öo]nnen",
    r"(?:geben|nennen|teilen|senden|schicken|best[äa]tigen|schreiben|f[üu]gen|tragen|tippen)\s*sie",
    r"wie\s*lautet",
    # "wie heißt dein Nutzername", "wie ist Ihre Kundennummer": asked without a "?" in chat
    r"wie\s*(?:hei(?:ß|ss)t|ist)",
    r"(?:schie(?:ß|ss)en\s*sie|schie(?:ß|ss)|legen\s*sie)\s*los",
    r"br[äa]uch\w*",
    r"(?:ich|wir)\s*m[üu]ss\w*",
    r"(?:sag|gib|schreib)\w*\s*(?:sie\s*)?mir",
    r"ben[öo]tige\w*",
    r"welche\w*",
    # Portuguese
    r"pode(?:ria)?",
    r"informe\w*",
    r"(?:me|nos)\s*(?:passa|envia|manda|informa|confirma|diz|fala)\w*",
    r"confirme",
    r"digite",
    r"introduza",
    r"insira",
    r"indique",
    r"escreva",
    r"forne[çc]a",
    # asked formally: "queira indicar", "queira informar"
    r"queira\w*",
    r"precis\w+",
    r"tenho\s*(?:que|de)",
    r"devo",
    r"envie",
    r"mande",
    r"qual(?:\s*[ée])?",
    # Spoken to as "tu", the imperative with its pronoun joined or after it: "mándame",
    # "pásame", "dime", "envoie-moi", "donne-moi", "schick mir", "me manda"
    r"(?:m[áa]nd|p[áa]s|env[íi]|escr[íi]b|d)[aei]?(?:me|nos)",
    r"d[íi]me",
    r"(?:envoie|donne|dis|[ée]cris|file|passe)-?\s*(?:moi|nous)",
    r"schick\w*\s*(?:mir|uns)",
)
# The same imperative opening the sentence without its pronoun: "envoie le login et le
# mdp", "manda o login e a senha", "schick login und pw", "send the login", "manda el código".
_IMPERATIVE = re.compile(
    r"(?i)\A[^\w\n]*(?:(?:ok(?:ay)?|vale|bueno|bon|alors|also|gut|ent[ãa]o|beleza|and|y|et"
    r"|und|e)[\s,]+)?"
    r"(?:send|give|tell|type|write|m[áa]nda|p[áa]sa|env[íi]a|escribe|envoie|donne|[ée]cris"
    r"|passe|schick|gib|sag|schreib|manda|passa|envia|escreve|fala)(?![\w\-])"
)


# A request without its verb, the next value named after "now" or "next" opening the
# sentence: "Now the expiry date and the code on the back.", "Ahora la fecha de
# vencimiento", "Maintenant la date d'expiration", "Jetzt noch Ablaufdatum und Prüfziffer",
# "Agora a validade". An article or "noch" must follow: "Now your card is blocked" tells.
_NEXT_VALUE = re.compile(
    r"(?i)\A[^\w\n]*(?:(?:and|y|et|und|e)\s+)?"
    r"(?:now|next|ahora|luego|maintenant|ensuite|jetzt|nun|agora|depois)[\s,:]+"
    r"(?:just\s+|solo\s+|juste\s+|s[óo]\s+)?"
    r"(?:the|la|el|los|las|le|les|l['\u2019]|noch|die|das|den|der|a|o|os|as)(?![\w'\u2019])"
)


# Asking for what was sent once more: "again", "resend", "otra vez", "de nuevo", "volver a
# mandar", "de nouveau", "renvoyer", "nochmal", "erneut", "de novo", "repetir".
_AGAIN = re.compile(
    r"(?i)(?<!\w)(?:again|once\s*more|one\s*more\s*time|re-?(?:send|type|enter|write)\w*"
    r"|repeat\w*|otra\s*vez|de\s*nuevo|nuevamente|volver\s*a|vuelv\w*\s*a|repet[ií]\w*"
    r"|reenv[ií]\w*|de\s*nouveau|[àa]\s*nouveau|encore\s*une\s*fois|r[ée]p[ée]t\w*"
    r"|renvo[iy]\w*|retap\w*|ressaisi\w*|r[ée][ée]cri\w*|noch\s*(?:ein)?mal|nochmal\w*"
    r"|erneut|wiederhol\w*|novamente|de\s*novo|outra\s*vez|mais\s*uma\s*vez"
    # "una vez más", "revérifier"
    r"|una\s*vez\s*m[áa]s|rev[ée]rifi\w*)(?!\w)"
)
# The value sent judged not valid: "that number isn't valid", "ese número no es válido", "ce
# numéro n'est pas valide", "diese Nummer ist ungültig", "esse número não é válido". With a
# request again, the words naming a value name the one sent, not another asked for.
_JUDGED_INVALID = re.compile(
    r"(?i)(?<!\w)(?:in|un)(?:valid|v[áa]lid|g[üu]ltig)\w*"
    r"|(?:not|n['\u2019]t|no\s*es|pas|nicht|n[ãa]o\s*[ée])\s*(?:valid|v[áa]lid|g[üu]ltig)\w*"
    # short of a digit, or not found: "incomplete", "a digit is missing", "incompleto",
    # "falta un dígito", "il manque un chiffre", "unvollständig", "da fehlt eine Ziffer",
    # "falta um dígito", "can't find it", "no lo encuentro", "je ne le trouve pas", "finde
    # ich nicht", "não encontro"
    r"|(?:in|un)compl\w*|unvollst[äa]ndig\w*"
    r"|(?:missing|falta\w*|manque\w*|fehl\w*)\s*(?:wohl\s*|noch\s*|hier\s*|ici\s*|aqu[íi]\s*)?"
    r"(?:(?:a|one|un|une|eine?|um|uma)\s*)?"
    r"(?:digit|d[íi]gito|chiffre|ziffer|caract\w*|zeichen|n[úu]mero)\w*"
    r"|(?:digit|d[íi]gito|chiffre|ziffer)\w*\s*(?:is\s*|seems\s*)?(?:missing|falta\w*|fehl\w*)"
    r"|(?:can['\u2019]?t|cannot|couldn['\u2019]?t)\s*find|no\s*(?:lo|la)\s*encuentr\w*"
    r"|ne\s*(?:le|la|l['\u2019])\s*(?:trouve|retrouve)\w*\s*pas|finde\s*(?:ich\s*)?\w*\s*nicht"
    r"|n[ãa]o\s*(?:o\s*|a\s*)?encontr\w*"
    # not working: "doesn't work", "no funciona", "ça ne marche pas", "das klappt nicht",
    # "não funciona"
    r"|(?:does|did)\s*n['\u2019]?t\s*(?:work|match)|no\s*(?:funcion|coincid)\w*"
    r"|ne\s*(?:marche|fonctionne|correspond)\s*pas|(?:klappt|funktioniert|passt|stimmt)\s*nicht"
    r"|n[ãa]o\s*(?:funcion|bat|confer)\w*"
)
# ... unless what is done again is the customer's own doing: "try again later", "inténtelo de
# nuevo", "réessayez", "versuchen Sie es erneut", "tente novamente", "log in again".
_DONE_AGAIN = re.compile(
    r"(?i)(?<!\w)(?:try|retry|log\s*(?:in|out)|sign\s*in|restart|reboot|call|intent\w*"
    r"|prueb\w*|reinici\w*|llam\w*|r?essa[yi]\w*|red[ée]marr\w*|rappel\w*|versuch\w*"
    r"|neu\s*starten|anruf\w*|tent\w*|reinicie\w*|lig\w*)(?!\w)"
)


@dataclass(frozen=True)
class Asking:
    """What an agent's message asks the customer for."""

    # The marker awaiting the value (or reference) it names first; None when it names none.
    marker: PendingNumber | None
    # It asks for what the customer sent once more, naming nothing: "could you resend it?".
    again: bool
    # It asks for something, named or not: a later "send it again" is about this, not about
    # what was asked before it.
    request: bool


def read_asking(text: str, now: float) -> Asking:
    """What ``text`` asks for. The first request in the message that names a value decides:
    "To check, could you give me your card number? And the expiry too." awaits the card."""
    if len(text) > _READ_CHARS:
        return Asking(None, again=False, request=False)
    requested = again = judged_before = False
    for sentence in _SENTENCE.finditer(text):
        request = sentence.group()
        if (
            "?" not in request
            and _REQUEST_WORDS.search(request) is None
            and _NEXT_VALUE.match(request) is None
            and _IMPERATIVE.match(request) is None
        ):
            # "A digit is missing there. Can you check?": the judgement, then the request
            judged_before = judged_before or _JUDGED_INVALID.search(request) is not None
            continue
        requested = True
        judged = judged_before or _JUDGED_INVALID.search(request) is not None
        judged_again = (
            judged and _AGAIN.search(request) is not None and _DONE_AGAIN.search(request) is None
        )
        if judged_again:
            again = True
            continue
        marker = awaited_in_request(request, now, ASKED_WINDOW_SECONDS)
        if marker is not None:
            return Asking(marker, again=False, request=True)
        again = again or (
            _AGAIN.search(request) is not None and _DONE_AGAIN.search(request) is None
        )
    return Asking(None, again=again, request=requested)


def asked_for(text: str, now: float) -> PendingNumber | None:
    """The marker awaiting the value ``text`` asks the customer for, or None."""
    return read_asking(text, now).marker


def awaited(
    asking: Asking, last_asked: Callable[[], Mapping[str, Any] | None], now: float
) -> PendingNumber | None:
    """The marker a message read as ``asking`` leaves: the value it names, or, when it asks
    for the value again, the one last asked for anew (``last_asked`` is called only then, as
    the relay reads it from the session); None when it awaits nothing. The outbound relay and
    the benchmark both decide with it."""
    if asking.marker is not None or not asking.again:
        return asking.marker
    return asked_again(last_asked(), now)


def asked_again(last_asked: Mapping[str, Any] | None, now: float) -> PendingNumber | None:
    """The marker awaiting anew, whole, the value last asked for (``last_asked``, a marker as
    stored), when a message asks for it again; None when nothing was asked before."""
    last = PendingNumber.from_item(last_asked) if last_asked else None
    if last is None:
        return None
    return PendingNumber(
        last.entity_type, 0, last.complete, 0, now + ASKED_WINDOW_SECONDS, asked=True
    )
