"""A "cc" before a number that money is to land in: the conta corrente, not a card.

"cc" is Portuguese and Spanish shorthand for a current account ("cc 945544529O deposita o
reembolso aí") and English shorthand for a credit card. A number a card cannot be (six to
twelve digits) right after it, in a message that says money is to be paid into it (a
refund, a deposit, a transfer), is the account's, however the customer typed its digits
(look-alike letters and noise between groups are read by the deobfuscated view's runs).
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.cards import Run
from connect_privacy.redaction.patterns.context import words

_CC = re.compile(r"(?i)(?<![\w/])c\.?c\.?[ \t:#]{1,3}\Z")
# How far before the run "cc" may start: the word and its punctuation.
_CC_REACH = 8
# A card has thirteen digits or more; an account's shortest is six.
_ACCOUNT_DIGITS = (6, 12)
# Money paid into an account, in the five languages (verbs and nouns by their stems).
_PAID_IN = words(
    r"refund\w*",
    r"reimburs\w*",
    r"deposit\w*",
    r"transfer\w*",
    r"reembols\w*",
    r"dep[óo]sit\w*",
    r"transfer[êe]ncia\w*",
    r"devolu\w*",
    r"devol[vu]\w*",
    r"devuelv\w*",
    r"rembours\w*",
    r"virement\w*",
    r"vire[rz]\w*",
    r"erstatt\w*",
    r"[üu]berweis\w*",
    r"gutschr\w*",
    r"estorn\w*",
)
# How far around the run the money's word may stand: the message's clause, never a long scan.
_PAID_REACH = 60


def cc_account(view: str, run: Run) -> bool:
    """Whether ``run`` is the current account "cc" names, money to be paid into it."""
    if not _ACCOUNT_DIGITS[0] <= len(run.digits) <= _ACCOUNT_DIGITS[1]:
        return False
    if _CC.search(view, max(0, run.begin - _CC_REACH), run.begin) is None:
        return False
    low, high = max(0, run.begin - _PAID_REACH), run.end + _PAID_REACH
    return _PAID_IN.search(view, low, high) is not None
