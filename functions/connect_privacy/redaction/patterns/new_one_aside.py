"""Words saying the value is the new one, between its word and the value.

A customer who changed a number names it, then says which one before its digits: "I changed
my number, the new one is 415 ...", "cambié de número, el nuevo es 612 ...", "j'ai changé de
numéro, la nouvelle c'est 06 ...", "Nummer geändert, die neue ist 0151 ...", "mudei de
número, o novo é 11 ...". The words only say which of the customer's values follows: they
do not move the value away from its word (``continuation._gap_words``), as the words saying
whose it is or what it is for do not.
"""

from __future__ import annotations

import re

# The article, "new" in the five languages, and English's "one". The copula after is left:
# it is a gap word of its own, as after any value's word.
NEW_ONE_ASIDE = re.compile(
    r"(?i)\b(?:(?:the|my|el|la|mi|le|mon|ma|die|der|das|meine?|o|a|meu|minha)\s+)?"
    r"(?:new(?:\s+one)?|nuev[oa]|nouvel(?:le)?|nouveau|neue[rns]?|nov[oa])(?!\w)"
)
