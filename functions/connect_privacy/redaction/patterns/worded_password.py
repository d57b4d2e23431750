"""A password that is one plain word, the last of its message, after a Spanish, French or
Portuguese password word with no connective: "la contraseña girasol", "mdp tournesol",
"senha girassol" (or the first part of one, its rest in the next message).

The same shape is the prose that follows the word in those languages ("contraseña
caducó", "mot de passe oublié", "senha errada"): a word that is a participle, a verb, an
adjective or an adverb said of a password is none. ``credentials._NOT_A_PASSWORD`` holds
the commonest; the rest, only read here, are below, with the endings of participles and
past tenses. English and German are not read here: their words come before the noun.
"""

from __future__ import annotations

import re

_ROMANCE_PASSWORD_WORD = re.compile(
    r"(?i)(?:contras[eé]?[ñn](?:i|y)?a|clave|senha|mdp|mot\s*+-?\s*+d(?:e|['\u2019])?\s*+-?\s*+pass?e?)\s"
)
_LEAST_LETTERS = 4
_MOST_LETTERS = 24
# What is said of a password after its word: its state, its age, its owner, when or how.
_SAID_OF_A_PASSWORD = frozenset(
    [
        # Spanish
        "actual",
        "anterior",
        "antigua",
        "vieja",
        "temporal",
        "provisional",
        "segura",
        "fuerte",
        "debil",
        "débil",
        "maestra",
        "principal",
        "bancaria",
        "equivocada",
        "olvidada",
        "cambiada",
        "tampoco",
        "también",
        "tambien",
        "todavía",
        "todavia",
        "ayer",
        "hoy",
        "otra",
        "porfa",
        "favor",
        "gracias",
        "ayuda",
        "urgente",
        "nunca",
        "cambiar",
        "recuperar",
        "restablecer",
        "resetear",
        "funciona",
        "sirve",
        "mala",
        # French
        "actuel",
        "actuelle",
        "ancien",
        "ancienne",
        "temporaire",
        "provisoire",
        "perdu",
        "perdue",
        "oublie",
        "oubliee",
        "bancaire",
        "aussi",
        "encore",
        "hier",
        "jamais",
        "merci",
        "aide",
        "svp",
        "stp",
        "marche",
        "fonctionne",
        "changer",
        "modifier",
        "oublier",
        "récupérer",
        "recuperer",
        "réinitialiser",
        "reinitialiser",
        "mauvais",
        # Portuguese
        "atual",
        "antiga",
        "temporária",
        "temporaria",
        "provisória",
        "provisoria",
        "forte",
        "fraca",
        "bancária",
        "também",
        "tambem",
        "ainda",
        "hoje",
        "ontem",
        "outra",
        "obrigado",
        "obrigada",
        "ajuda",
        "mudar",
        "trocar",
        "alterar",
        "redefinir",
        "expirou",
        "mudou",
        "trocou",
        "bloqueou",
        "travou",
        "funcionou",
        "falhou",
        "caducou",
        "venceu",
        "sumiu",
        "vencida",
        # the verbs said of it now: "a senha falha", "la contraseña expira", "le mdp expire"
        "falha",
        "falla",
        "expira",
        "expire",
        "caduca",
        "vale",
        "serve",
        "bloqueia",
        "bloquea",
        "cambia",
        "muda",
        # all three: what kind it is, a bank's name for one ("clave dinámica", "Clave
        # Única", "senha padrão", "clave personal") or how it is made
        "dinámica",
        "dinamica",
        "virtual",
        "única",
        "unica",
        "unique",
        "padrão",
        "padrao",
        "personal",
        "pessoal",
        "personnel",
        "personnelle",
        "secreta",
        "secreto",
        "secrète",
        "secrete",
        "numérica",
        "numerica",
        "numérique",
        "numerique",
        "digital",
        "token",
        "internet",
        "larga",
        "longa",
        "longue",
        "corta",
        "curta",
        "courte",
        "simple",
        "simples",
        "compleja",
        "complexa",
        "complexe",
        "misma",
        "mesma",
        "même",
        "meme",
        "diferente",
        "distinta",
        "différent",
        "différente",
        "different",
        "differente",
        "certa",
        # forgetting it, typed after it without its accent ("contraseña olvide", "senha
        # esqueci", "mdp perdu")
        "olvide",
        "esqueci",
        "perdi",
        "perdí",
        # all three: the network or the device it is for
        "wifi",
        "wi-fi",
        "app",
        "web",
        "online",
    ]
)
# Participles and past tenses: "bloqueada", "expirado", "vencido", "caducó", "oublié",
# "expirée", "mudaram".
_SAID_ENDING = re.compile(r"(?i)(?:ad[ao]s?|id[ao]s?|ó|ée?s?|aram|eram|iram)$")


def said_of_a_password(word: str) -> bool:
    """Whether ``word``, after a password word, says something of it in Spanish, French or
    Portuguese ("caducó", "oublié", "temporal") rather than being it."""
    return word.lower() in _SAID_OF_A_PASSWORD or _SAID_ENDING.search(word) is not None


def ends_with_worded_password(view: str, match: re.Match[str], value: str) -> bool:
    """Whether ``value`` (of ``match``, a password word and what follows it) is one plain
    word that ends the message after a Spanish, French or Portuguese password word."""
    word = value.rstrip(".,;:!?)")
    return (
        _LEAST_LETTERS <= len(word) <= _MOST_LETTERS
        and word.isalpha()
        and not any(char.isalnum() for char in view[match.end("value") :])
        and _ROMANCE_PASSWORD_WORD.match(match.group()) is not None
        and not said_of_a_password(word)
    )
