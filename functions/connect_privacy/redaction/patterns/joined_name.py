"""A user name made of a person's names run together, each capitalised: "KevinLopez".

Many services suggest, and many customers pick, their first and last name joined as
their user name. Written that way it is no word of any language, so after a word for
the user name, or the verb a customer signs in with, it is the name itself:

- "her username is AnnaKowalski", "logged in as MarkTwain"
- "su usuario es LuisPerez", "la app se cierra cuando entro como SofiaRuiz"
- "son pseudo c'est JeanDupont", "connecté en tant que LeaMartin"
- "ihr Benutzername ist MaxMuster", "eingeloggt als JonasBerg"
- "o usuário dela é AnaSouza", "o app fecha, logado como PedroLima"

Two or three names of at least three letters each, so "iPhone", "LinkedIn", "GoPro" or
"McDonald" are none; a brand of that shape ("PayPal") is told apart by the words before
it, which is why only a word for the user name or a sign-in verb's "as" reads one.
"""

from __future__ import annotations

import re

JOINED_NAME = r"[A-Z][a-z]{2,15}(?:[A-Z][a-z]{2,15}){1,2}"
_JOINED_NAME = re.compile(JOINED_NAME)


def is_joined_name(value: str) -> bool:
    """Whether ``value`` is two or three capitalised names run together ("KevinLopez")."""
    return _JOINED_NAME.fullmatch(value) is not None
