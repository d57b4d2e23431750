"""Words saying the value comes in the next message, after the word that names it.

"I'll send my account in the next msg", "te mando el usuario en el próximo mensaje", "je
vous envoie le n° de compte dans le msg suivant", "schicke die BLZ gleich in der nächsten
Nachricht", "vou mandar o nº conta na próxima msg". The words only say when the value comes:
read without them, the message ends with the value's word, which announces it
(``continuation``); counted as words between the word and the end, they would move the
value away from it.
"""

from __future__ import annotations

import re

# "in the next message" in the five languages, maybe after "right away", ending the text
# (the message, or the gap between a value's word and its end).
NEXT_MESSAGE = re.compile(
    r"(?i)(?:^|[\s,]+)(?:(?:right\s+away|gleich|ahora|agora|tout\s+de\s+suite)\s+)?"
    r"(?:(?:in|on)\s+(?:the\s+|my\s+)?next\s+(?:msg|message|text)"
    r"|en\s+(?:el\s+|mi\s+)?(?:pr[óo]ximo|siguiente)\s+(?:msj|msg|mensaje)"
    r"|dans\s+(?:le\s+|mon\s+)?(?:prochain\s+(?:msg|message)|(?:msg|message)\s+suivant)"
    r"|in\s+(?:der\s+)?n(?:[äa]|ae)chsten\s+(?:nachricht|msg|message)"
    r"|n[ao]\s+(?:minha\s+)?pr[óo]xim[ao]\s+(?:msg|mensagem))"
    r"[^\w\n]{0,4}\Z"
)


def before_next_message(view: str) -> str:
    """The message without the words saying its value comes in the next one, if it ends so."""
    match = NEXT_MESSAGE.search(view)
    return view if match is None else view[: match.start()]
