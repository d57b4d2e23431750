"""Template syntax and instantiation.

A template is one conversation: a tuple of customer messages (a plain string is one message).
An optional first line `@ES,MX` limits the customer's country. Placeholders:

- `{CARD}` a value in its type's default family, `{CARD:spelled_out}` a forced family,
  `{CARD:?}` a casual family chosen per instance (plain, spaced, noise, O/l, words);
- `{CARD*1/3}` part 1 of 3 of one value sent over several messages (family multi_message);
- `{k:order}` an ordinary hard negative (must_keep), `{x:card:ticket}` a look-alike that fails
  the check of the identifier it imitates, kept as the given must_keep kind.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from bench.redaction.unseen import negatives, render, values

SHORT: dict[str, str] = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "PASS": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "AKEY": "AWS_SECRET_KEY",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "IDNR": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
FAMILIES = (
    "plain",
    "spaced_or_dashed",
    "split_by_noise",
    "letter_substitution",
    "spelled_out",
    "email_spelled",
    "percent_encoded",
    "url_credentials",
    "key_value_secret",
    "compact_expiry",
    "iban_broken",
    "multi_message",
    "context_only",
)


@dataclass(frozen=True)
class Slot:
    """One placeholder, parsed."""

    raw: str
    entity: str | None = None  # PII type
    family: str | None = None  # None: the type's default; "?": casual
    part: tuple[int, int] | None = None  # (i, n) of a multi-message value
    kind: str | None = None  # must_keep kind
    lookalike: str | None = None  # look-alike shape


@dataclass(frozen=True)
class Template:
    lang: str
    index: int
    messages: tuple[str, ...]
    countries: frozenset[str] | None

    @property
    def key(self) -> str:
        return f"{self.lang}-{self.index:03d}"

    def slots(self) -> list[Slot]:
        return [parse_slot(m) for text in self.messages for m in PLACEHOLDER.findall(text)]

    @property
    def kind(self) -> str:
        slots = self.slots()
        if any(s.part for s in slots):
            return "multi"
        return "pii" if any(s.entity for s in slots) else "negative"

    def features(self) -> set[str]:
        """Entity types and families this template exercises (for the split and coverage)."""
        out: set[str] = set()
        for s in self.slots():
            if s.entity:
                out.add(s.entity)
                if s.part:
                    out.add("multi_message")
                elif s.family and s.family != "?":
                    out.add(s.family)
                elif s.family is None:
                    out.add(render.default_family(s.entity))
        return out


def parse_slot(raw: str) -> Slot:
    if raw.startswith("k:"):
        return Slot(raw, kind=negatives.KINDS[raw[2:]])
    if raw.startswith("x:"):
        _, shape, kind = raw.split(":")
        if shape not in negatives.LOOKALIKES:
            raise ValueError(f"unknown look-alike {raw}")
        return Slot(raw, kind=negatives.KINDS[kind], lookalike=shape)
    m = re.fullmatch(r"([A-Z]+)(?:\*(\d)/(\d))?(?::([a-z_?]+))?", raw)
    if not m or m.group(1) not in SHORT:
        raise ValueError(f"bad placeholder {{{raw}}}")
    family = m.group(4)
    if family and family != "?" and family not in FAMILIES:
        raise ValueError(f"unknown family in {{{raw}}}")
    part = (int(m.group(2)), int(m.group(3))) if m.group(2) else None
    return Slot(raw, entity=SHORT[m.group(1)], family=family, part=part)


def make_templates(lang: str, raw: list[Any]) -> list[Template]:
    out = []
    for i, item in enumerate(raw, start=1):
        messages = (item,) if isinstance(item, str) else tuple(item)
        countries = None
        if messages[0].startswith("@"):
            head, _, rest = messages[0].partition(" ")
            countries = frozenset(head[1:].split(","))
            messages = (rest, *messages[1:])
        out.append(Template(lang, i, messages, countries))
    return out


@dataclass
class _Conversation:
    messages: list[dict[str, Any]] = field(default_factory=list)


def _family_for(slot: Slot, value: values.Value, rng: random.Random) -> str | None:
    assert slot.entity
    if slot.family is None:
        return render.default_family(slot.entity)
    if slot.family == "?":
        options = [f for f in render.CASUAL if render.supports(slot.entity, f, value)]
        return rng.choice(options) if options else "plain"
    return slot.family if render.supports(slot.entity, slot.family, value) else None


def instantiate(
    template: Template, locale: str, rng: random.Random, conv_id: str, split: str
) -> dict[str, Any]:
    """One conversation of a template for a customer locale."""
    country = locale.split("-")[1]
    multi: dict[str, tuple[values.Value, list[str], str]] = {}
    messages = []
    for text in template.messages:
        out, pii, keep = [], [], []
        pos = 0
        for piece in re.split(r"(\{[^{}]+\})", text):
            if not (piece.startswith("{") and piece.endswith("}")):
                out.append(piece)
                pos += len(piece)
                continue
            slot = parse_slot(piece[1:-1])
            if slot.kind:
                shown = (
                    negatives.draw_lookalike(rng, slot.lookalike)
                    if slot.lookalike
                    else negatives.draw(rng, slot.kind, country)
                )
                kept = {"kind": slot.kind, "start": pos, "end": pos + len(shown), "value": shown}
                if slot.lookalike:
                    kept["_lookalike"] = slot.lookalike
                keep.append(kept)
            else:
                assert slot.entity
                item: dict[str, Any]
                if slot.part:
                    i, n = slot.part
                    if slot.entity not in multi:
                        v = _value_for(slot, country, rng, "multi_message")
                        multi[slot.entity] = (
                            v,
                            render.multi_parts(v, n, rng),
                            f"g{len(multi) + 1}",
                        )
                    v, parts, group = multi[slot.entity]
                    shown = parts[i - 1]
                    item = {"type": slot.entity, "family": "multi_message"}
                    item.update(start=pos, end=pos + len(shown), value=shown, group=group)
                else:
                    v = _value_for(slot, country, rng, slot.family)
                    family = _family_for(slot, v, rng)
                    assert family
                    shown = render.render(v, family, template.lang, rng)
                    item = {"type": slot.entity, "family": family}
                    item.update(start=pos, end=pos + len(shown), value=shown)
                item["_compact"] = v.compact
                item["_country"] = country
                pii.append(item)
            out.append(shown)
            pos += len(shown)
        messages.append({"text": "".join(out), "pii": pii, "must_keep": keep})
    return {
        "id": conv_id,
        "lang": template.lang,
        "locale": locale,
        "split": split,
        "template": template.key,
        "messages": messages,
    }


def _value_for(slot: Slot, country: str, rng: random.Random, family: str | None) -> values.Value:
    """A value of the slot's type that the requested family can render (redrawn if not)."""
    assert slot.entity
    for _ in range(200):
        v = values.draw(rng, slot.entity, country)
        if family in (None, "?") or render.supports(slot.entity, family, v):
            return v
    raise RuntimeError(f"no {slot.entity} value supports {family}")
