""" "ups": the carrier UPS in English, the "oops" of German, Spanish and Portuguese.

A customer who writes German ("Karte 4111 1111", then "ups 1111 1111"), Spanish ("mi
tarjeta es 4111 1111", then "ups 1111 1111") or Portuguese ("meu cartão 4111 1111", then
"ups 1111 1111") says "oops" before the rest of the number; the same two messages in
English ("card 4111 1111", then "ups 1111 1111") more likely name the carrier and its
parcel number, and French says "oups" (``continuation``'s own interjections). So the
reading follows the language the customer writes in: the marker of a number in progress
remembers, as a flag and never a character of the value, that the messages so far were
German, Spanish or Portuguese (``oops_says_ups``); only then is a lone lower-case "ups"
before the digits the slip (``slip_ups_alone``). "UPS" in capitals, "my ups 1111" and "ups
Sendung 1111" stay the carrier's.
"""

from __future__ import annotations

import re

from connect_privacy.redaction.patterns.context import words

# Short, common words of German, Spanish and Portuguese customer messages that English
# (and French) messages rarely hold: function words, and the words for card, account,
# number and phone of the three languages ("meine Karte ist", "mi cuenta es", "meu cartão é").
_UPS_LANGUAGE = words(
    # German
    r"ist",
    r"und",
    r"meine?[nmrs]?",
    r"bitte",
    r"nicht",
    r"ich",
    r"hab(?:e|t)?",
    r"karte",
    r"kreditkarte",
    r"kartennummer",
    r"konto",
    r"kontonummer",
    r"kto",
    r"nummer",
    r"handy(?:nummer)?",
    r"steuer\s*-?\s*id",
    r"steuernummer",
    # Spanish
    r"mi",
    r"mis",
    r"es",
    r"tarjeta",
    r"cuenta",
    r"n[úu]mero",
    r"tel[ée]fono",
    r"celular",
    r"por\s*favor",
    r"tengo",
    # Portuguese
    r"meu",
    r"minha",
    r"é",
    r"cart[ãa]o",
    r"conta",
    r"n[ãa]o",
    r"voc[êe]s?",
    r"vcs?",
    r"tenho",
    r"obrigad[oa]",
)

# The lead before a follow-up's digits that is only the slip: "ups", "und ups", "y ups",
# "e ups", in small letters or capitalised at the message's start, with marks around it.
_SLIP_UPS = re.compile(r"[^\w\n]{0,4}(?:(?:und|y|e)\s{1,3})?[uU]ps[^\w\n]{0,6}")


def oops_says_ups(text: str) -> bool:
    """Whether ``text`` is written in a language whose "oops" is "ups"."""
    return _UPS_LANGUAGE.search(text) is not None


def slip_ups_alone(lead: str) -> bool:
    """Whether ``lead``, the words before a follow-up's digits, is only the slip "ups"."""
    return _SLIP_UPS.fullmatch(lead) is not None
