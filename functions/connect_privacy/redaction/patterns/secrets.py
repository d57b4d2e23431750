"""Credentials and addresses typed to get past a filter, or pasted by mistake.

- ``scheme://user:password@host``: the user part is a ``USERNAME``, the part
  after the colon a ``PASSWORD``;
- URL query parameters named like a password or a user (``?user=x&pass=y``),
  values kept percent-encoded as typed;
- ``KEY=value`` (or ``KEY: value``) where the key names a secret
  (``DB_PASSWORD``, ``AWS_SECRET_ACCESS_KEY``, ``API_TOKEN``): ``AWS_SECRET_KEY``
  when the key says AWS secret, otherwise ``PASSWORD``;
- a user name after login words of the five languages ("my login is x",
  "usuario: x", "Benutzername x");
- e-mail addresses with the ``@`` and dots spelled out or spaced: ``x AT y.com``,
  ``x (at) y (dot) com``, ``x arroba y punto com``, ``x arobase y point fr``,
  ``x ät y Punkt de``, ``x @ y . org``, ``x {at} y <dot> z``, ``%40`` for ``@``. Any
  top-level domain when the spelling says it is an address (a sign, a bracket, a word
  that only names the sign, "dot", or a local part with digits, "_" or "."); a known one
  after a plain "at" and "point"/"punto"/"punkt", so "at this point nothing" is English.

Every quantifier is bounded or possessive and no two can share characters, so
each pattern is linear in the message length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from connect_privacy.redaction.patterns.context import IS, has_letter, may_hold, starts
from connect_privacy.redaction.patterns.credentials import LOGIN_WORD, mixes_letters_and_others
from connect_privacy.redaction.patterns.email_label import email_label_at
from connect_privacy.redaction.patterns.joined_name import JOINED_NAME, is_joined_name
from connect_privacy.redaction.patterns.secret_key_parts import SECRET_KEY_CHARS
from connect_privacy.redaction.spans import Span

# A password pasted as typed may hold an "@" ("sftp://ana:Pollo@25?@files.example.com"): the
# host starts after the last "@" of the authority, so the password runs up to the "@" that no
# other "@" follows before the host ends (at a slash, a space, a query, a port, a bracket...).
_URL_CREDENTIALS = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]{1,15}://(?P<user>[^\s:/@\[\]]{1,64}):(?P<password>[^\s/\[\]]{1,128})@"
    r"(?=[^\s/@?#:\[\]]*+(?!@))"
)
# Basic-auth credentials on a command line: "curl -u admin:s3cret", "--user=admin:s3cret",
# "wget --http-user=... ": the user, a colon, the password, up to the next space.
_CLI_CREDENTIALS = re.compile(
    r"(?<![\w\-])(?:-u|--user|--proxy-user)(?:[ \t]++|=)[\"']?"
    r"(?P<user>[^\s:\"'\[\]]{1,64}):(?P<password>[^\s\"'\[\]]{1,128})"
)
_QUERY = re.compile(
    r"(?i)[?&;](?P<key>[a-z_]{0,20}?(?P<kind>pass(?:word|wd)?|pwd|senha|contrase[ñn]a|clave|mdp"
    r"|passwort|kennwort|secret|token|api_?key|user(?:name)?|usuario|login|uid|benutzer"
    r"|usr|uname|(?<=[?&;])u))"
    r"=(?P<value>[^&\s#\[\]]{1,256})"
)
# A link's e-mail field holding no address but a password, its symbol percent-encoded
# ("reset?email=Word%2Aword123"): pasted into the wrong field. Only a symbol a password
# holds, between letters and digits; an address would hold its "@" ("%40") and a dot.
_MAIL_QUERY = re.compile(
    r"(?i)[?&;][a-z_]{0,20}?(?:e_?-?mail|mail|correo|courriel)"
    r"=(?P<value>[A-Za-z0-9]{1,64}%(?:21|23|24|26|2A|3F|5E)[A-Za-z0-9]{1,64})(?![^&\s#])"
)
_CONFIG_NAME_WORDS = (
    r"password|passwd|pwd|pass|secret|token|api_?key|access_?key|private_?key|credentials?"
)
_KEY_VALUE = re.compile(
    r"(?i)(?<![A-Za-z0-9_])(?P<key>"
    rf"(?:[A-Za-z][A-Za-z0-9_.\-]{{0,40}}?(?:{_CONFIG_NAME_WORDS})"
    # an environment name may start with the word when an underscore goes on ("SECRET_KEY",
    # "TOKEN_VALUE"): a word of prose alone ("token: expired") is no key
    rf"|(?:{_CONFIG_NAME_WORDS})(?=_[A-Za-z0-9]))"
    r"[A-Za-z0-9_]{0,12})[ \t]*+[=:][ \t]*+[\"']?(?P<value>[^\s\"'\[\]]{4,256})"
)
_ACCESS_KEY_SHAPE = re.compile(r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}")
USERNAME_WORDS = (
    r"user\s*name|username|user\s*id|login|log\s*in|usuario|usuário|nombre\s*de\s*usuario"
    r"|identifiant|utilisateur|nom\s*d['\u2019]utilisateur|benutzernamen?|benutzer(?:-?id)?"
    r"|nutzernamen?|nutzer(?:-?id)?"
    r"|utilizador|usr\s*name|usr|usu[áa]rio|user"
    # the name of the account itself, a handle after it: "account name ana-li", "Kontoname
    # jdoe_7"; a holder's name ("account name John Smith") is no handle and no small letters
    r"|acc(?:oun)?t\s*name|nombre\s*de\s*(?:la\s*)?cuenta|nom\s*de\s*compte|kontoname"
    r"|nome\s*da\s*conta"
    # a gamer's or a forum's name for it: "gamertag is x", "mon pseudo c'est x"
    r"|gamer\s*tag|pseudo|nickname"
    # German's "Kennung" of a user or a login: "Benutzerkennung", "Nutzerkennung", "Login-Kennung"
    r"|(?:benutzer|nutzer|anmelde|login-?)kennung"
)
# The customer unsure of their own name: "mon identifiant je crois c'est x", "benutzername
# glaub ich x", "my login i think is x".
_USERNAME_HEDGE = (
    r"je\s{1,3}crois|glaub(?:e)?\s{1,3}ich|i\s{1,3}think|creo(?:\s{1,3}que)?|acho(?:\s{1,3}que)?"
)
# Where the name is used, between its word and the verb: "meu login do banco é x", "my
# login for the bank is x", "mi usuario en la app es x", "mein Login bei der Bank ist x".
# One word after a preposition and maybe an article; the verb must follow (``find_username``).
_USED_AT = (
    r"(?:do|da|de|del|du|des|for|on|at|in|en|em|no|na|sur|pour|para|bei|im|beim|auf|f[üu]r)"
    r"(?:\s++(?:the|my|la|el|le|l['\u2019]|o|a|der|die|das|dem|meiner|meinem))?"
    r"\s*+[^\W\d_]{2,16}"
)
_WOULD_BE = (
    r"would\s++be|should\s++(?:be|read)|must\s++be|ser[íi]a|debe(?:r[íi]a)?\s++ser|(?:ce\s++)?serait"
    r"|devrait\s++[êe]tre|w[äa]re|lautet|m[üu]sste|deve(?:ria)?\s++ser"
)
_USERNAME = re.compile(
    rf"(?i){starts(USERNAME_WORDS)}\b(?P<word>{USERNAME_WORDS})"
    rf"(?:\s++(?P<place>{_USED_AT})(?=\s++{IS}\b))?"
    # the customer may ask first: "cuál es mi usuario? creo que x", or trail off: "mi
    # usuario... creo que es x"
    rf"(?P<hedge>(?:\?|\.{{2,3}}|\u2026)?\s++(?:{_USERNAME_HEDGE})\b)?"
    # the word asked back before the answer: "my login?? its x", "usuario?? es x",
    # "Benutzername?? ist x", "mon login ?? c'est x"
    r"(?:\s*+\?{1,3}(?=\s))?"
    # an arrow typed as a label's ("benutzername -> x") too; chat's "its" for "it's"
    # and the verb of a guess: "my login would be x", "mi usuario sería x", "mon pseudo ce
    # serait x", "mein Login wäre x", "o login seria x", "o login deve ser x", "lautet x"
    rf"(?:\s*+(?:{IS}|its|:|=|->|=>|-|{_WOULD_BE})){{0,2}}\s*+[\"'\u201c]?"
    # a handle written with its at sign, "mi usuario es @jdoe_7"; not an address's "user@"
    r"(?P<value>(?:(?<=[\s\"'\u201c:=])@)?[A-Za-z0-9][A-Za-z0-9._\-]{2,63})(?![A-Za-z0-9@])"
)
# "arrobase", "arobas": the French word is misspelt after the Spanish one, or written as it is
# said ("arobaz", as French chat spells it); "pt"/"pto" are the
# usual shorthand of point/ponto/punto. "a commercial" is the French name of the sign,
# "Klammeraffe" the German nickname.
# "et" is how some German speakers write the "ät" they say.
# The sign may stand for the word's own "a": "@rroba", "@robase", "@rrobas".
# The words that only ever name the sign (never a word of prose), then the others.
_SIGN_WORDS = r"[a@]rr?oba|[a@]rr?obase|[a@]rr?obas|[a@]rr?obaz|ät|klammeraffe"
_AT_WORDS = rf"at|{_SIGN_WORDS}|aet|et|chez|a\s+commercial|at\s+sign"
# Words for "@" that are also words of prose: an address needs more evidence with them.
_PROSE_AT = frozenset({"at", "chez", "et"})
_DOT_WORDS = r"dot|punto|pto|point|punkt|ponto|pt|period"
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
# Or between dashes, underscores or stars: "jdoe-at-example-dot-com", "jdoe_at_example_dot_com".
_WRAPPED_AT = rf"-\s?(?:{_AT_WORDS})\s?-|_(?:{_AT_WORDS})_|\*(?:{_AT_WORDS})\*"
_WRAPPED_DOT = rf"-\s?(?:{_DOT_WORDS})\s?-|_(?:{_DOT_WORDS})_|\*(?:{_DOT_WORDS})\*"
_AT = (
    rf"(?P<at>\s*+@\s*+|\s*+%40\s*+|\s*+{_OPEN}\s*(?:{_AT_WORDS}|@)\s*{_CLOSE}\s*+"
    rf"|\s*+(?:{_WRAPPED_AT})\s*+|\s++(?:{_AT_WORDS})\s++)"
)
_DOT = (
    rf"(?:\s*+\.\s*+|\s*+{_OPEN}\s*(?:{_DOT_WORDS}|\.)\s*{_CLOSE}\s*+"
    rf"|\s*+(?:{_WRAPPED_DOT})\s*+|\s++(?:{_DOT_WORDS})\s++)"
)
# A domain sent alone after its user name spells its dots the same way (``email_parts``).
SPELLED_DOT = _DOT
# The local part may spell its underscores too: "ana underscore lopez", "guion bajo",
# "Unterstrich", "tiret bas", "underline"/"sublinhado" (Brazilian).
_SPELLED_UNDERSCORE = (
    r"\s++(?:underscore|unterstrich|gui[oó]n\s++bajo|barra\s++baja|tiret\s++bas"
    r"|tiret\s++du\s++(?:8|huit)|underline|sublinhado)\s++"
)
_LOCAL_JOIN = rf"(?:{_DOT}|{_SPELLED_UNDERSCORE})"
_SAID_UNDERSCORE = re.compile(_SPELLED_UNDERSCORE, re.IGNORECASE)
# Top-level domains a spelled address may end with when nothing else says it is one
# (the RFC 2606 names are the ones examples and tests use).
_TLDS = frozenset({
    "com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "uk", "es", "mx", "br", "fr",
    "de", "pt", "it", "nl", "be", "ch", "at", "eu", "info", "biz", "me", "us", "ca", "ar", "cl",
    "pe", "ie", "lu", "app", "dev", "online", "shop", "store", "ai", "tv", "xyz", "email", "cat",
    "gal", "eus", "pl", "se", "no", "dk", "fi", "cz", "gr", "ro", "hu", "bg", "sk", "si", "hr",
    "lt", "lv", "ee", "ru", "cn", "jp", "kr", "in", "au", "nz", "za", "example", "test", "invalid",
})  # fmt: skip
# What follows the local part: the "at", the domain, a dot and the top-level domain.
_AT_TO_TLD = (
    rf"{_AT}(?P<domain>[a-z0-9\-]{{1,63}}(?:{_DOT}[a-z0-9\-]{{1,63}}){{0,4}}){_DOT}"
    rf"(?P<tld>[a-z]{{2,24}})(?![\w\-])"
)
_SPELLED_EMAIL = re.compile(
    # The local part may spell its dots too ("ana dot lopez at ..."): words joined by dots.
    # Its words hold no dot themselves, so each way of reading it is tried once.
    rf"(?i)(?<![\w.+\-%])(?P<local>[\w+\-%]{{1,64}}(?:{_LOCAL_JOIN}[\w+\-%]{{1,64}}){{0,4}})"
    + _AT_TO_TLD
)
# Searched before ``_SPELLED_EMAIL``: where it matches, this matches from its "at"; the
# local part tried at every word's start costs more than the "at" forms tried alone.
# Led by a look-ahead on the first characters of ``_AT``'s forms (a space, "@", "%", a
# bracket, a dash, "_" or "*"): one test at each other character instead of every form.
_AT_STARTS = r"(?=[\s@%\[({<\-_*])"
_SPELLED_EMAIL_TAIL = re.compile(rf"(?i){_AT_STARTS}{_AT_TO_TLD}")
# The same address ending with a known top-level domain: tried where the longest reading
# ends with a word that is not one ("x at shop point com point what").
_SPELLED_EMAIL_KNOWN_TLD = re.compile(
    rf"(?i)(?P<local>[\w+\-%]{{1,64}}(?:{_LOCAL_JOIN}[\w+\-%]{{1,64}}){{0,4}}){_AT}"
    rf"(?P<domain>[a-z0-9\-]{{1,63}}(?:{_DOT}[a-z0-9\-]{{1,63}}){{0,4}}){_DOT}"
    rf"(?P<tld>{'|'.join(sorted(_TLDS, key=len, reverse=True))})(?![\w\-])"
)
# What every form of ``_AT`` contains: cheap tests before the full pattern.
_AT_HINTS = ("@", "%40", "at", "oba", "ät", "aet", "et", "chez", "comm", "affe")
_AT_MARK = re.compile(
    rf"(?i)@|%40|{_OPEN}\s*(?:{_AT_WORDS})\s*{_CLOSE}|{_WRAPPED_AT}|\s(?:{_AT_WORDS})\s"
)
# A spelled dot nobody writes in prose: "dot", or any dot form in brackets.
_PLAIN_DOT = re.compile(rf"(?i){_OPEN}|\bdot\b")
_DOT_WORD = re.compile(rf"(?i){_DOT_WORDS}")
# "at this point", "at some point": English, not an address.
_NOT_A_DOMAIN = frozenset(
    {"this", "that", "some", "which", "what", "any", "one", "the", "no", "each", "every", "a"}
)
_LOGIN_ACT = re.compile(r"(?i)log\s*in")
_NOT_A_USERNAME = frozenset({
    "page", "link", "issue", "problem", "screen", "button", "details",
    # the hedge's own words, read again once the name after them is masked
    "que", "creo", "acho", "crois", "glaub", "glaube", "think",
    # a role, read alone once the admin's own name after it is masked ("usuario admin jdoe_77")
    "admin",
    # the verbs of a guess or a letter, read alone once the name after them is masked
    "lautet", "seria", "sería", "serait", "wäre", "ware",
})  # fmt: skip
# A name of letters alone is taken where the customer states it: it ends the message after
# a verb ("my user name is jdoe", "mon identifiant c'est jdoe"; without one, "login jdoe"
# reads like "login gesperrt"), after the name's own noun or a form's label alone
# ("username jdoe", "usuario jdoe"), or the password's word follows it ("usuário jdoe
# senha ...").
# What else ends such a message is the account's state, which these words and endings
# (participles: "blocked", "bloqueado", "bloqué", "blockiert") name.
_ACCOUNT_STATES = frozenset({
    "wrong", "right", "correct", "incorrect", "invalid", "valid", "fine", "okay", "same",
    "different", "unknown", "missing", "gone", "taken", "mine", "new", "old", "please",
    "again", "now", "here", "there", "this", "that", "error", "account", "help",
    "falsch", "richtig", "korrekt", "ungültig", "anders", "unbekannt", "weg", "neu", "alt",
    "gesperrt", "gelöscht", "bitte", "faux", "invalide", "inconnu", "nouveau", "ancien",
    "incorrecto", "correcto", "inválido", "distinto", "nuevo", "viejo", "errado",
    "correto", "diferente", "novo", "antigo", "favor",
    # the account's tier or role, said of the word alone ("usuario premium", "identifiant perdu")
    "premium", "principal", "secundario", "secondaire", "perdu", "temporal", "temporaire",
    # what a clause adds of the name's word, once the label may open a clause ("..., mi
    # usuario tampoco")
    "también", "tampoco", "também", "aussi", "also", "auch", "nicht", "noch", "ainda", "encore",
    "nunca", "jamais", "todavía",
})  # fmt: skip
_STATE_ENDINGS = ("ed", "ado", "ada", "ido", "ida", "é", "ée", "iert")
_STATED_LEAST = 4
_CLAUSE_ENDS = (",", ";")
# "And" opening the next clause right after a value: "and", "y", "et", "und", "e" (not
# "but": "my username is jdoex but it fails" may say what the word does).
_NEXT_CLAUSE = re.compile(r"(?i)[ \t]++(?:and|y|et|und|e)[ \t]")
# A verb between the name's word and the name ("username is", "usuario es"), not a label's
# colon alone ("user name: zedqux and more").
_STATING_VERB = re.compile(rf"(?i)\b{IS}\b")


def names_account_state(word: str) -> bool:
    """Whether ``word`` after a user name's word says what the account is or where it fails
    ("user blocked", "Benutzer gesperrt", "login page"), not the name."""
    lowered = word.lower()
    return (
        lowered in _ACCOUNT_STATES or lowered in _NOT_A_USERNAME or lowered.endswith(_STATE_ENDINGS)
    )


# The pair may be joined by "and" ("username jdoe and pw ..."), in each language, before a
# possessive or an article ("usuario jdoe y la contra ...", "user jdoe and the password",
# "identifiant jdoe et le mot de passe", "Benutzer jdoe und das Passwort", "usuário jdoe e a
# senha").
_PASSWORD_NEXT = re.compile(
    r"(?i)[\s,;:]{1,3}(?:(?:and|y|et|und|e|&)\s++"
    r"(?:(?:my|mi|mon|mein|meu|the|la|el|le|das|o|a)\s++)?)?"
)
# "pass:" is the password's label in the shorthand pair "user: jdoe pass: ..."; "pass"
# alone is a word of English prose, not one of the password's words.
_PASS_LABEL = re.compile(r"(?i)pass\s?:")
# A message of a form's label and the name alone, maybe after a possessive ("usuario
# jdoe", "mon identifiant jdoe"): no verb needed. From the message's first character: a
# stretch left between masks starts with a space (" usuario maria" after "pass: ...").
# English "user" and German "Benutzer" alone are a person and still need a verb ("user
# qwerty", "benutzer gesperrt"); the name's own nouns ("username") need none anywhere
# (``_NAME_NOUN``).
_LABEL_ONLY = re.compile(r"(?i)(?:(?:my|mi|mon|meu|tu|ton|seu)\s++)?")
# The label may also open the message's last clause, after a comma or a sentence's end:
# "la app se cierra en la versión 5.9, mi usuario jdoe". Searched back from the label only.
_LABEL_OPENS_CLAUSE = re.compile(r"(?i)[,;.!?]\s*+(?:(?:my|mi|mon|meu|tu|ton|seu)\s++)?\Z")
# The label's longer forms too: "nom d'utilisateur jdoe", "nombre de usuario jdoe".
_LABEL_WORDS = re.compile(
    r"(?i)usuario|usu[áa]rio|utilizador|identifiant|utilisateur"
    r"|nom\s*d['\u2019]utilisateur|nombre\s*de\s*usuario"
)
# A verb, or the colon that hands the name over ("benutzer: jdoe")
_STATING = re.compile(rf"(?i)\b{IS}\b|:")


# A handle named by the account it is or by signing up with it: "lock the account jdoe_77",
# "bloqueen la cuenta de jdoe.sp4", "le compte jdoe77 ne se connecte plus", "angemeldet als
# jdoe.m12 seit 2019", "cadastrei como jdoe_x9", "registered as jdoe88". Only a handle's
# shape: small letters first, then a digit or a dot or underscore between letters; an account
# number is digits, a word has none of these.
_HANDLE_NAMER = (
    # the holder's words first: "account holder is jdoe_77" names the holder, not the account
    r"(?:account|acct)\s++holder|kontoinhaber"
    r"|account|acct|cuenta|compte|conta|konto"
    r"|registered\s++as|signed\s++up\s++as|inscrit\s++sous|enregistr[ée]e?\s++sous"
    # French said loosely: "je me suis inscrit en jdoe77", "inscrite comme jdoe.m12"
    r"|inscrite?\s++(?:en|comme)|enregistr[ée]e?\s++comme"
    r"|angemeldet\s++als|registriert\s++als|registrad[oa]\s++como|inscrit[oa]\s++como"
    r"|cadastrad[oa]\s++como|cadastrei\s++como|me\s++registr[ée]\s++como"
    # the name signed in with: "been trying to log in as jdoe_77", "eingeloggt als jdoe.m12"
    r"|(?:log(?:ged|ging)?|sign(?:ed|ing)?)\s*+in\s++as|eingeloggt\s++als|einloggen\s++als"
    r"|anmelden\s++als|logad[oa]\s++como"
    # the name the app is entered with: "se cierra cuando entro como jdoe_77", "connecté en
    # tant que jdoe77", "quando entro como jdoe.m12", "me conecto como jdoe_x9"
    r"|entr(?:o|[ée]|ar|ando|ei)\s++como|(?:me\s++)?conect(?:o|ado|ada|ei)\s++como"
    r"|(?:connect|logu)(?:[ée]e?|e)\s++(?:en\s++tant\s++que|comme)"
    # the name the account goes by: "my handle is jdoe_77"; German puts the verb last: "hab
    # mich als jdoe_77 registriert"
    r"|handle|mich\s++als"
    # the name a customer goes by on a forum or in a game, or the app's user: "mi alias es
    # jdoe_77", "mon pseudo jdoe77", "meu nick aqui jdoe_77", "usuario de la app jdoe.sp4"
    r"|alias|pseudo|nick|nickname|apelido|spitzname|usuario|usu[áa]rio|utilisateur"
    # the account's holder named by a handle: "el titular es jdoe.77", "account holder is
    # jdoe_77", "le titulaire c'est jdoe77", "Kontoinhaber ist jdoe.m12" (a person's name
    # has no digit, dot or underscore between small letters: it stays)
    r"|titular|holder|titulaire|inhaber"
)
# Where the name is used, between its word and the name: "my handle here is jdoe_77", "mi
# alias acá es", "mon pseudo ici", "usuario de la app", "handle on the forum".
_HANDLE_PLACE = (
    r"here|on\s++here|ici|hier|ac[áa]|aqu[íi]"
    r"|(?:in|on|de|del|da|do|du|dans|en|na|no|auf|in\s++der|im)\s++"
    r"(?:the\s++|la\s++|el\s++|a\s++|o\s++|le\s++|l['\u2019]\s*+|der\s++|die\s++)?"
    r"(?:app|site|game|jeu|juego|jogo|forum|foro|f[óo]rum|plataforma|plateforme|platform"
    r"|plattform"
    # a cloud's or a web shop's back office: "usuario de la consola", "usuário do console",
    # "utilisateur du portail", "usuario del panel"
    r"|console|consola|konsole|portal|portail|dashboard|painel|panel)"
)
_HANDLE_AFTER = re.compile(
    rf"(?i){starts(_HANDLE_NAMER)}\b(?P<namer>{_HANDLE_NAMER})(?:\s++(?:{_HANDLE_PLACE}))?"
    # a colon after the verb too, as a form's label is copied: "my handle is: jdoe_77"
    rf"(?:\s*+:\s*+|\s++(?:{IS}(?:\s*+:)?\s++)?)"
    r"(?:(?:de|do|da|du|of|von|the|my|mi|mon|ma|meu|minha|mein|meine)\s++)?"
    rf"(?P<value>(?-i:[a-z]{{2}}[a-z0-9]*+(?:[._][a-z0-9]++)*+|{JOINED_NAME}))(?![\w@]|\.\w)"
)
# The namers a customer signs in or enters the app "as" with: after them a name run
# together ("logged in as KevinLopez", "entro como LuisPerez") is the one signed in with
# (``joined_name``); after an account's word it may be a brand's ("cuenta PayPal").
_SIGNS_IN_AS = re.compile(
    r"(?i)(?:logged|logging|signed\s*+in|signing\s*+in|log\s*+in|sign\s*+in|eingeloggt"
    r"|einloggen|anmelden|angemeldet|logad|entr|conect|connect\w*+\s++(?:en|comme)|logu)"
)


# What every word of ``_HANDLE_NAMER`` holds in lower case ("regist" in "registered",
# "registriert", "enregistrée"; "log" in "logged in", "eingeloggt"; "usu" in "usuario").
_HANDLE_HINTS = (
    "account", "acct", "cuenta", "compte", "conta", "konto", "regist", "signed", "inscrit",
    "cadastr", "log", "sign", "angemeldet", "anmelden", "handle", "mich", "alias", "pseudo",
    "nick", "apelido", "spitzname", "usu", "utilisateur", "titular", "holder", "titulaire",
    "inhaber", "entr", "conect", "connect",
)  # fmt: skip
# The name the customer is signed in with, small letters alone, ending the message: "im
# signed in as jdoe", "eingeloggt als jdoe". The session's state only: "log in as jdoe" may
# be an instruction. A role or a manner is no one's name ("logged in as guest", "as usual").
_SIGNED_IN_AS = re.compile(r"(?i)(?:logged|signed|eingeloggt|angemeldet)")
_SIGNED_IN_LEAST = 4
_NOT_SIGNED_IN_NAMES = frozenset({
    "guest", "admin", "administrator", "root", "anonymous", "someone", "somebody", "myself",
    "gast", "invitado", "invité", "convidado", "user", "owner", "member", "customer",
    # how, not who: "i logged in as usual", "signed in as always", "as normal"
    "usual", "always", "normal", "before", "instructed", "told", "expected", "suggested",
})  # fmt: skip


def find_named_handle(view: str) -> Iterator[Span]:
    # a substring test before the scan: every handle stands after one of the words
    if not may_hold(view, view.lower(), _HANDLE_HINTS):
        return
    for match in _HANDLE_AFTER.finditer(view):
        value = match.group("value")
        if is_joined_name(value):
            if _SIGNS_IN_AS.match(match.group("namer")) is not None:
                yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
        elif any(c.isdigit() or c in "._" for c in value) or _signed_in_name(view, match):
            yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")


def _signed_in_name(view: str, match: re.Match[str]) -> bool:
    """Whether a handle of letters alone is the name signed in with, ending the message."""
    value = match.group("value")
    return (
        _SIGNED_IN_AS.match(match.group("namer")) is not None
        and len(value) >= _SIGNED_IN_LEAST
        and value.lower() not in _NOT_SIGNED_IN_NAMES
        and not view[match.end() :].strip(" .!?")
    )


def find_url_credentials(view: str) -> Iterator[Span]:
    if "://" in view:
        for match in _URL_CREDENTIALS.finditer(view):
            yield Span(match.start("user"), match.end("user"), "USERNAME", 0.9, "patterns")
            yield Span(match.start("password"), match.end("password"), "PASSWORD", 0.95, "patterns")
    if "-u" in view or "--" in view:
        for match in _CLI_CREDENTIALS.finditer(view):
            if (match.group("user") + match.group("password")).isdigit():
                continue  # "-u 10:30": a time, no account
            yield Span(match.start("user"), match.end("user"), "USERNAME", 0.9, "patterns")
            yield Span(match.start("password"), match.end("password"), "PASSWORD", 0.95, "patterns")
    if "=" in view:
        for match in _QUERY.finditer(view):
            kind = match.group("kind").lower()
            entity = (
                "USERNAME"
                if kind.startswith(("u", "login", "benutzer"))  # user, usr, uid, uname, u
                else "PASSWORD"
            )
            yield Span(match.start("value"), match.end("value"), entity, 0.85, "patterns")
        for match in _MAIL_QUERY.finditer(view):
            value = match.group("value")
            symbol = value.index("%")
            typed = value[:symbol] + value[symbol + 3 :]  # the encoded symbol's digits aside
            if any(c.isdigit() for c in typed) and has_letter(typed):
                yield Span(match.start("value"), match.end("value"), "PASSWORD", 0.8, "patterns")


# What every word of ``_CONFIG_NAME_WORDS`` holds in lower case ("key" in "api_key").
_CONFIG_NAME_HINTS = ("pass", "pwd", "secret", "token", "key", "credential")


def find_key_values(view: str) -> Iterator[Span]:
    if "=" not in view and ":" not in view:
        return
    # every key holds one of the words: a substring test before the scan
    low = view.lower()
    if not may_hold(view, low, _CONFIG_NAME_HINTS):
        return
    for match in _KEY_VALUE.finditer(view):
        value = match.group("value")
        if _ACCESS_KEY_SHAPE.fullmatch(value) or value.lower() in ("true", "false", "none", "null"):
            continue
        key = match.group("key").upper()
        # a secret of an AWS secret key's length is one, even under a key that names no AWS
        aws_secret = "SECRET" in key and ("AWS" in key or len(value) == SECRET_KEY_CHARS)
        entity = "AWS_SECRET_KEY" if aws_secret else "PASSWORD"
        yield Span(match.start("value"), match.end("value"), entity, 0.85, "patterns")


# What every word of ``USERNAME_WORDS`` holds in lower case ("user" in "username", "log"
# in "log in", "usu" in "usuário", "nutzer" in "Benutzername").
USERNAME_HINTS = (
    "user", "log", "usu", "identifiant", "utilisateur", "nutzer", "utilizador", "usr", "gamer",
    "pseudo", "nick", "acc", "cuenta", "compte", "konto", "conta",
)  # fmt: skip


# Whose the name is, after the noun in Portuguese ("o usuário dela é x", "o login dele é x"):
# read as a place by ``_USED_AT`` ("de" + "la"), it names a person, not where the name is used.
_WHOSE = re.compile(r"(?i)de(?:la|le)s?")


def find_username(view: str) -> Iterator[Span]:
    if not has_letter(view):
        return  # every user-name word is letters
    # a substring test before the scan: every name stands after one of the words
    low = view.lower()
    if not may_hold(view, low, USERNAME_HINTS):
        return
    for match in _USERNAME.finditer(view):
        value = match.group("value")
        if value.lower() in _NOT_A_USERNAME:
            continue
        # "login is broken" is a word, not a user name; a hedged last word after a word
        # for the name (not "login", also the act: "login i think it's broken") is the name
        # the customer is trying to recall: "benutzername glaub ich jonaskow".
        handle = any(c.isdigit() or c in "._-@" for c in value)
        place = match.group("place")
        if place is not None and not handle and _WHOSE.fullmatch(place) is None:
            continue  # "my login for the app is broken": a word, not a name
        recalled = (
            match.group("hedge") is not None
            and not _LOGIN_ACT.fullmatch(match.group("word"))
            and not view[match.end() :].strip(" .!?")
        )
        if not handle and not recalled and not _stated_name(view, match):
            continue
        yield Span(match.start("value"), match.end("value"), "USERNAME", 0.7, "patterns")
        paired = _PAIRED_PASSWORD.match(view, match.end())
        if paired is not None and mixes_letters_and_others(paired.group("value")):
            yield Span(paired.start("value"), paired.end("value"), "PASSWORD", 0.7, "patterns")


# The password right after the name, the pair written as a login form's two fields:
# "login jdoe_77 / Sol#8812", "usuário jdoe.m12 / verano_Haus47".
_PAIRED_PASSWORD = re.compile(r"[ \t]*+/[ \t]*+(?P<value>[^\s\[\]]{1,64}+)")


# The English and German nouns for the name itself (not "user", "login": a person, an act),
# after which one word alone ending the message is the name: "username jdoe", "Benutzername
# jdoe", unless it says what happened to the name.
_NAME_NOUN = re.compile(
    r"(?i)user\s*name|usr\s*name|benutzername|nutzername|acc(?:oun)?t\s*name|kontoname"
    r"|nombre\s*de\s*(?:la\s*)?cuenta|nom\s*de\s*compte|nome\s*da\s*conta"
)
_ABOUT_THE_NAME = frozenset({
    "name",  # the noun's own second word: "user name" read alone between masks
    # where the name is used ("meu usuário aqui jdoe_77"), read alone before the name's mask
    "here", "there", "aqui", "aquí", "acá", "allí", "ici", "hier", "dort",
    "forgotten", "reset", "change", "recovery", "reminder", "field",
    "vergessen", "vergeben", "verloren", "ändern", "feld",
})  # fmt: skip


def _stated_name(view: str, match: re.Match[str]) -> bool:
    """A user name of small letters the customer states: at the message's end after a word
    for it (not the login act's) and a verb, after the name's own noun or a form's label
    alone ("username jdoe", "usuario jdoe"), or right before the password."""
    value = match.group("value")
    if (
        len(value) < _STATED_LEAST
        # "username?": the word's own letters, not a name after it
        or view[match.start("value") - 1].isalnum()
        # small letters, or names run together ("KevinLopez"): no word of prose either way
        or not ((value.isalpha() and value.islower()) or is_joined_name(value))
        or value in _ACCOUNT_STATES
        or value.endswith(_STATE_ENDINGS)
    ):
        return False
    rest = view[match.end() :]
    if not rest.strip(" .!?"):
        between = view[match.end("word") : match.start("value")]
        if _LOGIN_ACT.fullmatch(match.group("word")) is not None:
            # "login: jdoe" is a label; "login i think it's broken" is the act
            return between.strip() == ":"
        return _STATING.search(between) is not None or (
            value not in _ABOUT_THE_NAME
            and (
                _NAME_NOUN.fullmatch(match.group("word")) is not None
                or (
                    _LABEL_WORDS.fullmatch(match.group("word")) is not None
                    and (
                        _LABEL_ONLY.fullmatch(view, 0, match.start("word")) is not None
                        or _LABEL_OPENS_CLAUSE.search(view, 0, match.start("word")) is not None
                    )
                )
            )
        )
    between = view[match.end("word") : match.start("value")]
    if (
        rest[:1] in _CLAUSE_ENDS
        and _LOGIN_ACT.fullmatch(match.group("word")) is None
        and (
            between.strip() == ":"
            # the name's own noun, maybe a verb, then the name and a comma: "username
            # jdoe, tried resetting 12 times", "username is jdoe, and ..."
            or _NAME_NOUN.fullmatch(match.group("word")) is not None
            # a form's label opening the message or its clause, then the name and a comma:
            # "usuario jdoe, la clave que probé...", "identifiant jdoe, le mot de passe ..."
            or _opens_label(view, match)
        )
    ):
        # a form's label and its colon, the name's clause closed by a comma: "user name:
        # jdoe, also my cell", "usuario: jdoe, y el correo" ("login: broken, help" may be
        # the act's state)
        return value not in _ABOUT_THE_NAME
    if (
        _NEXT_CLAUSE.match(rest) is not None
        and _LOGIN_ACT.fullmatch(match.group("word")) is None
        and _STATING_VERB.search(view, match.end("word"), match.start("value")) is not None
    ):
        # the name's word, a verb, the name, then the next clause: "username is jdoe and
        # the last one i remember was ...", "mi usuario es jdoe y la clave ...", "mon
        # identifiant c'est jdoe et ...", "Benutzername ist jdoe und ...", "usuário é jdoe e"
        return value not in _ABOUT_THE_NAME
    gap = _PASSWORD_NEXT.match(rest)
    if gap is None:
        return False
    password_at = match.end() + gap.end()
    if LOGIN_WORD.match(view, password_at) or _PASS_LABEL.match(view, password_at):
        return True
    # the next field of the same form after the name's noun or label: "username jdoe and
    # email ...", "usuario jdoe correo ...", "Benutzername jdoe Mail ..."
    return (
        value not in _ABOUT_THE_NAME
        and email_label_at(view, password_at)
        and (
            _NAME_NOUN.fullmatch(match.group("word")) is not None
            or _LABEL_WORDS.fullmatch(match.group("word")) is not None
        )
    )


def _opens_label(view: str, match: re.Match[str]) -> bool:
    """Whether the name's word is a form's label ("usuario", "identifiant") opening the message
    or a clause, maybe after a possessive: "usuario jdoe", "..., mi usuario jdoe"."""
    return _LABEL_WORDS.fullmatch(match.group("word")) is not None and (
        _LABEL_ONLY.fullmatch(view, 0, match.start("word")) is not None
        or _LABEL_OPENS_CLAUSE.search(view, 0, match.start("word")) is not None
    )


# A plain address's local part and its "@" right after a spelled "at"
_PLAIN_ADDRESS_NEXT = re.compile(r"\s*[\w.+\-]+@")


# An address spelled without its domain's ending, as "jdoe@test" is typed without it
# (``contact.find_email``): "felix.moreau90(at)gmail", "ana.lopez arroba hotmail". Only with an
# "@" nobody writes in prose (in brackets, wrapped, or a word that only names it): "at
# gmail" alone is English ("I'm at work").
_AT_TO_HOST = (
    rf"(?P<at>(?P<marked>\s*+{_OPEN}\s*(?:{_AT_WORDS}|@)\s*{_CLOSE}\s*+|\s*+(?:{_WRAPPED_AT})\s*+)"
    rf"|\s++(?:{_SIGN_WORDS})\s++)"
    rf"(?P<domain>[a-z][a-z0-9\-]{{1,62}})(?![\w\-]|{_DOT}[a-z])"
)
_SPELLED_HOSTLESS = re.compile(
    r"(?i)(?<![\w.+\-%])(?P<local>(?=[\w.+\-]{0,63}[a-z])[\w+\-]{1,64}(?:\.[\w+\-]{1,64}){0,4})"
    + _AT_TO_HOST
)
# Searched before ``_SPELLED_HOSTLESS``, as ``_SPELLED_EMAIL_TAIL`` before its pattern.
_SPELLED_HOSTLESS_TAIL = re.compile(rf"(?i){_AT_STARTS}{_AT_TO_HOST}")


def find_spelled_email(view: str) -> Iterator[Span]:
    lowered = view.lower()
    if not any(map(lowered.__contains__, _AT_HINTS)):
        return
    if not _AT_MARK.search(view):
        return  # no "@" in any of its forms: "at" only inside words ("that", "dato")
    ended = 0
    for span in _spelled_emails(view):
        ended = max(ended, span.end)
        yield span
    hostless = _SPELLED_HOSTLESS.finditer(view, ended)
    for match in hostless if _SPELLED_HOSTLESS_TAIL.search(view, ended) else ():
        if match.group("domain").lower() in _NOT_A_DOMAIN:
            continue
        # The sign's word in a sentence about it ("le mot arobaz vient du signe", "tape
        # arroba y luego") has words of prose around it: after a word, a local part must
        # have what an address's has and a word has not (a digit, ".", "_", "+", "-").
        marked = match.group("marked") is not None
        if marked or any(c.isdigit() or c in "._+-" for c in match.group("local")):
            yield Span(match.start(), match.end(), "EMAIL", 0.7, "patterns")


def _spelled_emails(view: str) -> Iterator[Span]:
    position = 0 if _SPELLED_EMAIL_TAIL.search(view) is not None else len(view) + 1
    while (found := _SPELLED_EMAIL.search(view, position)) is not None:
        if "@" in found.group() and "%40" not in found.group() and " " not in found.group():
            position = found.end()
            continue  # a plain address: the e-mail finder's
        if (
            found.group("at").strip().lower() in _PROSE_AT
            and _PLAIN_ADDRESS_NEXT.match(view, found.end("at")) is not None
        ):
            # "email me the invoice F-399161 at jo@post.test": a plain "at" of prose, then a
            # plain address (the e-mail finder's), not an address spelled from the invoice
            position = found.end("at")
            continue
        match = found if _unmistakable(found) else _known_domain(view, found)
        if match is None:
            # "reach me at lucas.becker @ ...": the address may start after the "at"
            position = found.end("at")
            continue
        yield Span(match.start(), match.end(), "EMAIL", 0.85, "patterns")
        position = match.end()


def _known_domain(view: str, found: re.Match[str]) -> re.Match[str] | None:
    """The address ``found`` starts, read to a known top-level domain, if plausible."""
    match = _SPELLED_EMAIL_KNOWN_TLD.match(view, found.start())
    return match if match is not None and _plausible(match) else None


def _unmistakable(match: re.Match[str]) -> bool:
    """An address whatever its top-level domain: the "@" as a sign, escaped or in brackets,
    a word that only names it ("arroba", "arobase", "ät"), or a dot said "dot" or put in
    brackets; or, after a plain "at", a local part shaped like an address's (digits, "_",
    "."). A plain "at" with "point", "punto", "punkt" needs a known domain: "at this point
    nothing works" is English."""
    if match.group("domain").lower() in _NOT_A_DOMAIN or _DOT_WORD.fullmatch(match.group("tld")):
        return False  # "at this point", "at work dot dot dot"
    at = match.group("at").strip().lower()
    if at not in _PROSE_AT:
        return True
    if _PLAIN_DOT.search(match.string, match.end("at"), match.start("tld")):
        return True
    local = match.group("local")
    if _SAID_UNDERSCORE.search(local):
        return True  # "ana underscore lopez at ...": nobody says an underscore in prose
    return any(c.isdigit() or c in "._" for c in local) and not local.isdigit()


def _plausible(match: re.Match[str]) -> bool:
    """An address ending with a known top-level domain after words of prose: not "at this
    point", nor French "colis et le point de retrait" ("et" with "point" is French)."""
    if match.group("domain").lower() in _NOT_A_DOMAIN:
        return False
    at = match.group("at").strip().lower()
    return not (at == "et" and "point" in match.group().lower())
