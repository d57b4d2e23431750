"""The template notation: one conversation's customer messages with slots.

A PII slot is `{key.family}` (or a short alias, `{card.sd}`): `key` names a value (`card`,
`phone2`, `iban@DE` for another country's value), `family` its obfuscation. The same
multi_message key in consecutive messages is one value cut into parts. A must_keep slot is
`{#code}` (`{#order}`, `{#date}`, ...). Templates carry no digits of their own: every
digit comes from a slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ALIASES = {
    "p": "plain",
    "sd": "spaced_or_dashed",
    "sn": "split_by_noise",
    "ls": "letter_substitution",
    "so": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "uc": "url_credentials",
    "kv": "key_value_secret",
    "ce": "compact_expiry",
    "ib": "iban_broken",
    "mm": "multi_message",
    "co": "context_only",
}
SLOT = re.compile(r"\{(#?)([a-z]+)(\d?)(?:@([A-Z]{2}))?(?:\.([a-z_]+))?\}")


@dataclass(frozen=True)
class Template:
    """Locales it may be instantiated in (the first is the default) and its messages."""

    locales: tuple[str, ...]
    messages: tuple[str, ...]

    @property
    def lang(self) -> str:
        return self.locales[0][:2]


def T(locales: str, *messages: str) -> Template:
    """`T("es-MX es-CO", "msg one", "msg two")`."""
    return Template(tuple(locales.split()), messages)


@dataclass(frozen=True)
class Slot:
    start: int
    end: int
    keep: bool
    key: str
    name: str
    region: str | None
    family: str


def slots(message: str) -> list[Slot]:
    found = []
    for m in SLOT.finditer(message):
        keep, key, n, region, family = m.groups()
        if not keep and not family:
            raise ValueError(f"PII slot without family in {message!r}")
        family = ALIASES.get(family, family) if family else family
        name = f"{key}{n}" + (f"@{region}" if region else "")
        found.append(Slot(m.start(), m.end(), bool(keep), key, name, region, family or ""))
    return found
