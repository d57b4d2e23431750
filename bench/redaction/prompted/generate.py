"""Generate the prompted-chat corpus (agent questions + customer answers) from hand-written templates.

    python -m bench.redaction.prompted.generate           # rewrite dev.jsonl and sealed.jsonl.gz
    python -m bench.redaction.prompted.generate --check   # compare with the files on disk, write nothing
    python -m bench.redaction.prompted.generate --stats   # counts per language/type/family/context/kind

Dev and sealed conversations are built from disjoint halves of every template list (even
positions feed dev, odd positions sealed); the generator refuses to run if the two halves share a
literal template. Every value is validated and every span is decoded back before anything is written.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from . import render as R
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

SEED = "corpus28-v1"
HERE = Path(__file__).resolve().parent
DEV_PATH = HERE / "dev.jsonl"
SEALED_PATH = HERE / "sealed.jsonl.gz"
PER_LANG = 70
DEV_SHARE = 0.45

LANGS: dict[str, tuple[list[str], ModuleType]] = {
    "en": (["en-US", "en-GB"], templates_en),
    "es": (["es-ES", "es-MX", "es-US"], templates_es),
    "fr": (["fr-FR", "fr-CA"], templates_fr),
    "de": (["de-DE"], templates_de),
    "pt": (["pt-BR", "pt-PT"], templates_pt),
}
COMMON = {
    "CREDIT_DEBIT_NUMBER": 3,
    "CREDIT_DEBIT_CVV": 1,
    "CREDIT_DEBIT_EXPIRY": 1,
    "PIN": 1,
    "BANK_ACCOUNT_NUMBER": 1,
    "EMAIL": 2,
    "PHONE": 3,
    "PASSWORD": 1,
    "USERNAME": 1,
    "PASSPORT_NUMBER": 1,
    "DRIVER_ID": 1,
    "IP_ADDRESS": 1,
}
EXTRA = {
    "en-US": {"SSN": 3, "BANK_ROUTING": 1},
    "en-GB": {"BANK_ROUTING": 1, "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2, "SWIFT_CODE": 1},
    "es-ES": {"ES_DNI": 4, "ES_NIE": 3, "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2, "SWIFT_CODE": 1},
    "es-MX": {"MX_CURP": 4, "MX_RFC": 3, "MX_CLABE": 3},
    "es-US": {"SSN": 3, "BANK_ROUTING": 1},
    "fr-FR": {"FR_NIR": 3, "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2, "SWIFT_CODE": 1},
    "fr-CA": {},
    "de-DE": {
        "DE_TAX_ID": 3,
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2,
        "BANK_ROUTING": 1,
        "SWIFT_CODE": 1,
    },
    "pt-BR": {"BR_CPF": 3, "BR_CNPJ": 2, "BANK_ROUTING": 1, "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 1},
    "pt-PT": {"PT_NIF": 3, "INTERNATIONAL_BANK_ACCOUNT_NUMBER": 2, "SWIFT_CODE": 1},
}
MULTI_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "SSN",
    "ES_DNI",
    "MX_CURP",
}
IBAN_COUNTRY = {
    "en-GB": "GB",
    "es-ES": "ES",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-BR": "BR",
    "pt-PT": "PT",
}
FAMILY_WEIGHTS = {
    "plain": 40,
    "spaced_or_dashed": 22,
    "split_by_noise": 12,
    "letter_digits": 10,
    "spelled_out": 8,
    "email_obfuscated": 45,
}
# Words between two answers that do not say what the second value is.
BARE_JOINERS = {"", ",", "and", "y", "et", "und", "e"}
TEMPLATE_LISTS = [
    "OPEN",
    "GREET",
    "ASK",
    "NAMED",
    "FILLER",
    "KEEP_ASK",
    "KEEP_NAMED",
    "QBACK",
    "CONFIRM",
    "ONE_SEC",
    "REASK",
    "CORRECT",
    "CHANGE",
    "ACK",
    "TWO_ASK",
    "TWO_ANS",
    "LAST4_ASK",
    "LAST4_NAMED",
    "CHAT",
    "UNPROMPTED",
    "CLOSE",
    "BYE",
]


class CorpusError(Exception):
    pass


# ---------------------------------------------------------------- templates and splits


def half(obj: Any, split: str) -> Any:
    start = 0 if split == "dev" else 1
    if isinstance(obj, dict):
        return {k: half(v, split) for k, v in obj.items()}
    return obj[start::2]


def template_texts(module: ModuleType, split: str) -> list[str]:
    out: list[str] = []
    for name in TEMPLATE_LISTS:
        part = half(getattr(module, name), split)
        if isinstance(part, dict):
            for key, items in part.items():
                if not items:
                    raise CorpusError(f"{module.__name__}.{name}[{key}] has no {split} template")
                out.extend(items)
        else:
            if not part:
                raise CorpusError(f"{module.__name__}.{name} has no {split} template")
            out.extend(part)
    return out


def check_templates() -> None:
    dev: set[str] = set()
    sealed: set[str] = set()
    for _, module in LANGS.values():
        for split, bucket in (("dev", dev), ("sealed", sealed)):
            for t in template_texts(module, split):
                if re.search(r"\d", t):
                    raise CorpusError(f"template holds a digit: {t!r}")
                bucket.add(t)
    shared = dev & sealed
    if shared:
        raise CorpusError(f"dev and sealed templates share literal text: {sorted(shared)[:10]}")


# ---------------------------------------------------------------- values


def draw(vtype: str, locale: str, rng: random.Random) -> str:
    region = R.REGION[locale]
    makers = {
        "CREDIT_DEBIT_NUMBER": lambda: V.card(rng),
        "CREDIT_DEBIT_CVV": lambda: V.cvv(rng),
        "CREDIT_DEBIT_EXPIRY": lambda: V.expiry(rng),
        "PIN": lambda: V.pin(rng),
        "BANK_ACCOUNT_NUMBER": lambda: V.bank_account(rng, locale),
        "BANK_ROUTING": lambda: V.routing(rng, locale),
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.international_iban(
            rng, IBAN_COUNTRY[locale]
        ),
        "SWIFT_CODE": lambda: V.swift(rng, IBAN_COUNTRY.get(locale, region)),
        "EMAIL": lambda: V.email(rng),
        "PHONE": lambda: V.phone(rng, region),
        "SSN": lambda: V.ssn_number(rng),
        "PASSPORT_NUMBER": lambda: V.passport(rng, locale),
        "DRIVER_ID": lambda: V.driver_id(rng, locale),
        "PASSWORD": lambda: V.password(rng),
        "USERNAME": lambda: V.username(rng),
        "IP_ADDRESS": lambda: V.ip_address(rng),
        "ES_DNI": lambda: V.es_dni(rng),
        "ES_NIE": lambda: V.es_nie(rng),
        "MX_CURP": lambda: V.mx_curp(rng),
        "MX_RFC": lambda: V.mx_rfc(rng),
        "MX_CLABE": lambda: V.mx_clabe(rng),
        "BR_CPF": lambda: V.br_cpf(rng),
        "BR_CNPJ": lambda: V.br_cnpj(rng),
        "FR_NIR": lambda: V.fr_nir(rng),
        "DE_TAX_ID": lambda: V.de_tax_id(rng),
        "PT_NIF": lambda: V.pt_nif(rng),
    }
    value = makers[vtype]()
    check = V.VALIDATORS.get(vtype)
    if vtype == "BANK_ROUTING" and locale in ("en-US", "es-US"):
        check = V.VALIDATORS["BANK_ROUTING_US"]
    if check is not None and not check(value):
        raise CorpusError(f"drawn {vtype} fails its check")
    return value


_MODELS = [
    "XR-500",
    "SM-A546B",
    "iPhone 13",
    "Galaxy S22",
    "WH-1000XM4",
    "TV 55QN90",
    "KX-TG6821",
    "Echo Dot 5",
    "ThinkPad T14",
    "Moto G84",
    "Redmi Note 12",
    "Pixel 7a",
]
_AIRLINES = ["IB", "AF", "LH", "TP", "LA", "BA", "AM", "UX", "VY", "AC", "G3"]
_CURRENCY = {
    "en-US": "${}",
    "en-GB": "£{}",
    "es-ES": "{} €",
    "es-MX": "${} MXN",
    "es-US": "${}",
    "fr-FR": "{} €",
    "fr-CA": "{} $",
    "de-DE": "{} €",
    "pt-BR": "R$ {}",
    "pt-PT": "{}€",
}


def keep_value(kind: str, lang: str, locale: str, rng: random.Random) -> str:
    region = R.REGION[locale]
    if kind == "order_number":
        n = V.order_number(rng, 4, 11)
        if len(n) >= 8 and rng.random() < 0.35:
            n = n[:4] + " " + n[4:]
        return n
    if kind == "tracking_number":
        body = V.order_number(rng, 9, 11)
        return rng.choice(
            [
                f"TBA{body}",
                f"LX{body[:9]}{region}",
                f"JJD{body}",
                f"1Z{rng.choice('ABCDEFX')}{body}",
            ]
        )
    if kind == "zip_code":
        z = f"{rng.randint(10001, 99950)}"
        return z + f"-{rng.randint(1000, 9999)}" if rng.random() < 0.3 else z
    if kind == "postal_code":
        if region == "GB":
            return rng.choice(
                ["SW1A 1AA", "M1 1AE", "B33 8TH", "EC1A 1BB", "LS1 4AP", "SW1A", "M1", "EC1"]
            )
        if region == "CA":
            return rng.choice(["H2X 1Y4", "G1R 4P5", "J8Y 3K2", "H3B"])
        if region == "BR":
            return f"{rng.randint(10000, 99999)}-{rng.randint(0, 999):03d}"
        if region == "PT":
            return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
        return f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        month = R.MONTHS[lang][m - 1]
        return rng.choice(
            [f"{d}/{m}", f"{d:02d}/{m:02d}/2025", f"{d} {month}", f"{d}.{m}.", f"{d}/{m}/25"]
            + ([f"{month} {d}", f"{month} {d}th"] if lang == "en" else [])
        )
    if kind == "time":
        h, mi = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
        return rng.choice(
            [
                f"{h}:{mi:02d}",
                f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}",
                f"{h}h{mi:02d}",
                f"{h}h",
                f"{h}:{mi:02d}h",
            ]
        )
    if kind == "price":
        whole, cents = rng.randint(5, 1500), rng.randint(0, 99)
        sep = "." if locale in ("en-US", "en-GB", "es-MX", "es-US") else ","
        return _CURRENCY[locale].format(
            f"{whole}{sep}{cents:02d}" if rng.random() < 0.7 else str(whole)
        )
    if kind == "quantity":
        return str(rng.randint(1, 12))
    if kind == "product_model":
        return rng.choice(_MODELS)
    if kind == "invoice_number":
        prefix = {"en": "INV", "es": "FAC", "fr": "FA", "de": "RE", "pt": "NF"}[lang]
        return f"{prefix}-{rng.randint(2021, 2025)}-{V.order_number(rng, 4, 6)}"
    if kind == "ticket_reference":
        return f"CAS-{V.order_number(rng, 5, 7)}-{rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)}{rng.choice('PQRSTXYZ')}"
    if kind == "year":
        return str(rng.randint(2012, 2025))
    if kind == "flight_number":
        code = rng.choice(_AIRLINES)
        return f"{code}{rng.choice(['', ' '])}{rng.randint(100, 8999)}"
    if kind == "store_number":
        return V.order_number(rng, 3, 4)
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                f"{rng.randint(10, 18)}.{rng.randint(0, 6)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 9)}",
            ]
        )
    raise CorpusError(kind)


# ---------------------------------------------------------------- building messages


class Msg:
    def __init__(self, role: str, text: str) -> None:
        self.role, self.text = role, text
        self.pii: list[dict[str, Any]] = []
        self.keep: list[dict[str, Any]] = []


def fill(template: str, slots: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Fill {v}/{k}/{a}/{b} slots and return the text with the code-point span of each slot."""
    text, spans = "", {}
    for part in re.split(r"(\{[vkab]\})", template):
        if len(part) == 3 and part[0] == "{" and part[2] == "}":
            spans[part[1]] = (len(text), len(text) + len(slots[part[1]]))
            text += slots[part[1]]
        else:
            text += part
    return text, spans


class Conv:
    def __init__(self, lang: str, locale: str, split: str, rng: random.Random) -> None:
        self.lang, self.locale, self.split, self.rng = lang, locale, split, rng
        self.t = {name: half(getattr(LANGS[lang][1], name), split) for name in TEMPLATE_LISTS}
        self.msgs: list[Msg] = []
        self.checks: list[tuple[str, str, str, list[tuple[Msg, int]], bool]] = []
        self.groups = 0
        types = dict(COMMON)
        types.update(EXTRA[locale])
        self.types = types

    # helpers
    def pick(self, name: str, key: str | None = None) -> str:
        items = self.t[name] if key is None else self.t[name][key]
        return self.rng.choice(items)

    def agent(self, text: str) -> None:
        self.msgs.append(Msg("agent", text))

    def customer(self, text: str) -> Msg:
        m = Msg("customer", text)
        self.msgs.append(m)
        return m

    def vtype(self, only: set[str] | None = None) -> str:
        names = [t for t in self.types if only is None or t in only]
        return self.rng.choices(names, [self.types[t] for t in names])[0]

    def family(self, vtype: str, value: str) -> str:
        fams = [f for f in R.families_for(vtype) if R.can_render(vtype, value, f)]
        return self.rng.choices(fams, [FAMILY_WEIGHTS[f] for f in fams])[0]

    def add_pii(
        self,
        msg: Msg,
        span: tuple[int, int],
        vtype: str,
        family: str,
        context: str,
        group: str | None = None,
    ) -> int:
        item: dict[str, Any] = {
            "type": vtype,
            "family": family,
            "context": context,
            "start": span[0],
            "end": span[1],
            "value": msg.text[span[0] : span[1]],
        }
        if group:
            item["group"] = group
        msg.pii.append(item)
        return len(msg.pii) - 1

    def add_keep(self, msg: Msg, span: tuple[int, int], kind: str) -> None:
        msg.keep.append(
            {"kind": kind, "start": span[0], "end": span[1], "value": msg.text[span[0] : span[1]]}
        )

    def say_value(
        self,
        vtype: str,
        context: str,
        value: str | None = None,
        family: str | None = None,
        template: str | None = None,
    ) -> tuple[Msg, str]:
        """One customer message holding one value: bare, after a filler, or with a naming phrase."""
        value = value or draw(vtype, self.locale, self.rng)
        family = family or self.family(vtype, value)
        rendered = R.render(vtype, value, family, self.lang, self.locale, self.rng)
        if template is None:
            if context == "named":
                template = self.pick("NAMED", vtype)
            elif context == "none":
                template = self.pick("UNPROMPTED")
            else:
                template = "{v}" if self.rng.random() < 0.45 else self.pick("FILLER")
        text, spans = fill(template, {"v": rendered})
        m = self.customer(text)
        idx = self.add_pii(m, spans["v"], vtype, family, context)
        self.checks.append((vtype, value, family, [(m, idx)], False))
        return m, value

    def say_keep(self, kind: str, named: bool) -> None:
        k = keep_value(kind, self.lang, self.locale, self.rng)
        if named:
            template = self.pick("KEEP_NAMED", kind)
        else:
            template = (
                "{k}" if self.rng.random() < 0.6 else self.pick("FILLER").replace("{v}", "{k}")
            )
        text, spans = fill(template, {"k": k})
        self.add_keep(self.customer(text), spans["k"], kind)

    def keep_kinds(self) -> list[str]:
        us = self.locale in ("en-US", "es-US")
        return [
            k
            for k in self.t["KEEP_ASK"]
            if not (k == "zip_code" and not us) and not (k == "postal_code" and us)
        ]

    # exchanges
    def ex_asked(self) -> None:
        t = self.vtype()
        self.agent(self.pick("ASK", t))
        self.say_value(t, "asked")

    def ex_named(self) -> None:
        t = self.vtype()
        if self.rng.random() < 0.7:
            self.agent(self.pick("ASK", t))
        self.say_value(t, "named")

    def ex_multi(self) -> None:
        t = self.vtype(MULTI_TYPES)
        value = draw(t, self.locale, self.rng)
        self.agent(self.pick("ASK", t))
        gs = R.groups(t, value, self.locale, self.rng)
        if len(gs) < 2:
            gs = [value[: len(value) // 2], value[len(value) // 2 :]]
        n = min(len(gs), self.rng.choice([2, 2, 3]))
        cuts = sorted(self.rng.sample(range(1, len(gs)), n - 1))
        parts = [" ".join(gs[a:b]) for a, b in zip([0] + cuts, cuts + [len(gs)])]
        context = "named" if self.rng.random() < 0.3 else "asked"
        self.groups += 1
        group = f"g{self.groups}"
        refs = []
        for i, part in enumerate(parts):
            if i == 0:
                template = (
                    self.pick("NAMED", t)
                    if context == "named"
                    else ("{v}" if self.rng.random() < 0.5 else self.pick("FILLER"))
                )
            else:
                template = "{v}"
            text, spans = fill(template, {"v": part})
            m = self.customer(text)
            refs.append((m, self.add_pii(m, spans["v"], t, "multi_message", context, group)))
        self.checks.append((t, value, "multi_message", refs, False))

    def ex_qback(self) -> None:
        t = self.vtype()
        self.agent(self.pick("ASK", t))
        self.customer(self.pick("QBACK"))
        self.agent(self.pick("CONFIRM"))
        self.say_value(t, "asked")

    def ex_onesec(self) -> None:
        t = self.vtype()
        self.agent(self.pick("ASK", t))
        self.customer(self.pick("ONE_SEC"))
        if self.rng.random() < 0.3:
            self.customer(self.pick("CHAT"))
        self.say_value(t, "asked")

    def ex_reask(self) -> None:
        t = self.vtype()
        self.agent(self.pick("ASK", t))
        _, value = self.say_value(t, "asked")
        self.agent(self.pick("REASK"))
        self.say_value(t, "asked", value=value)

    def ex_correct(self) -> None:
        t = self.vtype()
        self.agent(self.pick("ASK", t))
        self.say_value(t, "asked")
        self.say_value(t, "asked", template=self.pick("CORRECT"))
        self.agent(self.pick("ACK"))

    def ex_different(self) -> None:
        asked = self.vtype()
        other = self.vtype(
            {x for x in self.types if x != asked and x not in ("CREDIT_DEBIT_EXPIRY", "PASSWORD")}
        )
        self.agent(self.pick("ASK", asked))
        self.say_value(other, "none")
        if self.rng.random() < 0.5:
            self.agent(self.pick("REASK"))
            self.customer(self.pick("CHANGE"))

    def ex_noanswer(self) -> None:
        self.agent(self.pick("ASK", self.vtype()))
        self.customer(self.pick("CHANGE"))
        self.agent(self.pick("ACK"))

    def keep_kind(self) -> str:
        kinds = self.keep_kinds()
        return self.rng.choices(
            kinds, [4 if k == "order_number" else 2 if k == "tracking_number" else 1 for k in kinds]
        )[0]

    def ex_keep(self) -> None:
        kind = self.keep_kind()
        self.agent(self.pick("KEEP_ASK", kind))
        self.say_keep(kind, named=self.rng.random() < 0.25)

    def ex_keep_volunteered(self) -> None:
        self.say_keep(self.keep_kind(), named=True)
        self.agent(self.pick("ACK"))

    def ex_two(self) -> None:
        card, exp = (
            draw("CREDIT_DEBIT_NUMBER", self.locale, self.rng),
            draw("CREDIT_DEBIT_EXPIRY", self.locale, self.rng),
        )
        self.agent(self.pick("TWO_ASK"))
        if self.rng.random() < 0.3:
            self.say_value("CREDIT_DEBIT_NUMBER", "asked", value=card, template="{v}")
            self.say_value("CREDIT_DEBIT_EXPIRY", "asked", value=exp, template="{v}")
            return
        cfam = self.rng.choice(["plain", "spaced_or_dashed", "spaced_or_dashed"])
        a = R.render("CREDIT_DEBIT_NUMBER", card, cfam, self.lang, self.locale, self.rng)
        b = R.render("CREDIT_DEBIT_EXPIRY", exp, "plain", self.lang, self.locale, self.rng)
        template = self.pick("TWO_ANS")
        joiner = template.split("{a}")[1].split("{b}")[0].strip()
        text, spans = fill(template, {"a": a, "b": b})
        m = self.customer(text)
        ia = self.add_pii(m, spans["a"], "CREDIT_DEBIT_NUMBER", cfam, "asked")
        ib = self.add_pii(
            m,
            spans["b"],
            "CREDIT_DEBIT_EXPIRY",
            "plain",
            "asked" if joiner in BARE_JOINERS else "named",
        )
        self.checks.append(("CREDIT_DEBIT_NUMBER", card, cfam, [(m, ia)], False))
        self.checks.append(("CREDIT_DEBIT_EXPIRY", exp, "plain", [(m, ib)], False))

    def ex_last4(self) -> None:
        choices = [t for t in self.t["LAST4_ASK"] if t in self.types]
        t = self.rng.choice(choices)
        full = draw(t, self.locale, self.rng)
        digits = re.sub(r"\D", "", full)[-4:]
        self.agent(self.pick("LAST4_ASK", t))
        named = self.rng.random() < 0.35
        template = (
            self.pick("LAST4_NAMED")
            if named
            else ("{v}" if self.rng.random() < 0.6 else self.pick("FILLER"))
        )
        text, spans = fill(template, {"v": digits})
        m = self.customer(text)
        idx = self.add_pii(m, spans["v"], t, "plain", "named" if named else "asked")
        self.checks.append((t, digits, "plain", [(m, idx)], True))

    def ex_chat(self) -> None:
        for _ in range(self.rng.choice([1, 1, 2])):
            self.customer(self.pick("CHAT"))
        self.agent(self.pick("ACK"))

    def ex_combo(self) -> None:
        """A hard negative next to a value in the same message: "order 4418 2290, my email is ..."."""
        kind = self.rng.choice(
            ["order_number", "date", "invoice_number", "ticket_reference", "price"]
        )
        kind = kind if kind in self.keep_kinds() else "order_number"
        t = self.vtype()
        k = keep_value(kind, self.lang, self.locale, self.rng)
        value = draw(t, self.locale, self.rng)
        family = self.family(t, value)
        v = R.render(t, value, family, self.lang, self.locale, self.rng)
        first, second = self.pick("KEEP_NAMED", kind), self.pick("NAMED", t)
        template = self.rng.choice(
            [f"{first}, {second}", f"{second} / {first}", f"{first}\n{second}"]
        )
        text, spans = fill(template, {"k": k, "v": v})
        m = self.customer(text)
        self.add_keep(m, spans["k"], kind)
        idx = self.add_pii(m, spans["v"], t, family, "named")
        self.checks.append((t, value, family, [(m, idx)], False))

    EXCHANGES = {
        "ex_asked": 22,
        "ex_named": 7,
        "ex_multi": 11,
        "ex_qback": 4,
        "ex_onesec": 5,
        "ex_reask": 4,
        "ex_correct": 3,
        "ex_different": 3,
        "ex_noanswer": 3,
        "ex_keep": 22,
        "ex_keep_volunteered": 5,
        "ex_two": 4,
        "ex_last4": 4,
        "ex_chat": 6,
        "ex_combo": 4,
    }

    def build(self) -> None:
        self.customer(self.pick("OPEN"))
        self.agent(self.pick("GREET"))
        names = list(self.EXCHANGES)
        for _ in range(self.rng.randint(4, 7)):
            getattr(self, self.rng.choices(names, [self.EXCHANGES[n] for n in names])[0])()
        if self.rng.random() < 0.8:
            self.customer(self.pick("CLOSE"))
            self.agent(self.pick("BYE"))
        self.validate()

    # validation
    def validate(self) -> None:
        for m in self.msgs:
            if m.role == "agent":
                if m.pii or m.keep:
                    raise CorpusError("agent message labelled")
                continue
            spans = sorted(
                [(p["start"], p["end"]) for p in m.pii] + [(k["start"], k["end"]) for k in m.keep]
            )
            for (s1, e1), (s2, _) in zip(spans, spans[1:]):
                if s2 < e1:
                    raise CorpusError(f"overlapping spans in {m.text!r}")
            for item in m.pii + m.keep:
                if (
                    m.text[item["start"] : item["end"]] != item["value"]
                    or not item["value"].strip()
                ):
                    raise CorpusError(f"bad span {item} in {m.text!r}")
                if item["value"] != item["value"].strip():
                    raise CorpusError(f"span with edge whitespace {item!r}")
            for i, ch in enumerate(m.text):
                if ch.isdigit() and not any(s <= i < e for s, e in spans):
                    raise CorpusError(f"digit outside a span in {m.text!r}")
            for k in m.keep:
                if k["kind"] in ("order_number", "store_number"):
                    digits = re.sub(r"\D", "", k["value"])
                    if V.passes_any_check(digits):
                        raise CorpusError(f"hard negative passes a check: {k['value']}")
        for vtype, value, family, refs, partial in self.checks:
            text = " ".join(m.pii[i]["value"] for m, i in refs)
            fam = family
            if family == "multi_message":
                fam = "spaced_or_dashed"
            if (
                partial
            ):  # the last digits of a value: nothing to decode beyond the digits themselves
                if text != value or not value.isdigit():
                    raise CorpusError(f"bad partial value {text!r}")
                continue
            decoded = R.decode(vtype, text, fam, self.lang, self.locale)
            want = R.canonical(vtype, value)
            if vtype == "PHONE" and not partial:
                want = value
            if decoded != want:
                raise CorpusError(
                    f"{vtype} {family}: {text!r} decodes to {decoded!r}, not {want!r}"
                )

    def to_json(self, cid: str) -> dict[str, Any]:
        return {
            "id": cid,
            "lang": self.lang,
            "locale": self.locale,
            "split": self.split,
            "messages": [
                {"role": m.role, "text": m.text, "pii": m.pii, "must_keep": m.keep}
                for m in self.msgs
            ],
        }


# ---------------------------------------------------------------- corpus


def build_corpus() -> dict[str, list[dict[str, Any]]]:
    check_templates()
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "sealed": []}
    n_dev = round(PER_LANG * DEV_SHARE)
    for lang, (locales, _) in LANGS.items():
        for i in range(PER_LANG):
            split = "dev" if i < n_dev else "sealed"
            rng = random.Random(f"{SEED}/{lang}/{i}")
            conv = Conv(lang, locales[i % len(locales)], split, rng)
            conv.build()
            out[split].append(conv.to_json(f"ac28-{lang}-{i:04d}"))
    for split, convs in out.items():
        langs = {c["lang"] for c in convs}
        if langs != set(LANGS):
            raise CorpusError(f"{split} misses languages {set(LANGS) - langs}")
    return out


def serialise(corpus: dict[str, list[dict[str, Any]]]) -> tuple[bytes, bytes]:
    def lines(convs: list[dict[str, Any]]) -> bytes:
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in convs).encode("utf-8")

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(lines(corpus["sealed"]))
    return lines(corpus["dev"]), buf.getvalue()


def stats(corpus: dict[str, list[dict[str, Any]]]) -> str:
    c: dict[str, Counter[str]] = {
        k: Counter()
        for k in (
            "split",
            "customer_messages",
            "lang_messages",
            "type",
            "family",
            "context",
            "kind",
            "lang_pii",
            "split_pii",
            "split_keep",
            "split_customer",
        )
    }
    total_customer = 0
    for split, convs in corpus.items():
        c["split"][split] += len(convs)
        for conv in convs:
            for m in conv["messages"]:
                if m["role"] != "customer":
                    continue
                total_customer += 1
                c["lang_messages"][conv["lang"]] += 1
                c["split_customer"][split] += 1
                for p in m["pii"]:
                    c["type"][p["type"]] += 1
                    c["family"][p["family"]] += 1
                    c["context"][p["context"]] += 1
                    c["lang_pii"][conv["lang"]] += 1
                    c["split_pii"][split] += 1
                for k in m["must_keep"]:
                    c["kind"][k["kind"]] += 1
                    c["split_keep"][split] += 1
    out = [
        f"conversations: {dict(c['split'])}",
        f"customer messages: {total_customer} {dict(c['split_customer'])}",
        f"pii values: {sum(c['type'].values())} {dict(c['split_pii'])}",
        f"must_keep spans: {sum(c['kind'].values())} {dict(c['split_keep'])}",
    ]
    out.append(
        "customer messages per language: "
        + ", ".join(
            f"{k} {v} ({100 * v / total_customer:.1f}%)"
            for k, v in sorted(c["lang_messages"].items())
        )
    )
    for key in ("lang_pii", "context", "family", "type", "kind"):
        out.append(
            f"{key}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(c[key].items(), key=lambda kv: -kv[1]))
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the files on disk; write nothing"
    )
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    corpus = build_corpus()
    dev, sealed = serialise(corpus)
    if args.stats:
        print(stats(corpus))
    if args.check:
        same = (
            DEV_PATH.exists()
            and SEALED_PATH.exists()
            and DEV_PATH.read_bytes() == dev
            and SEALED_PATH.read_bytes() == sealed
        )
        print(
            "up to date" if same else "out of date: run python -m bench.redaction.prompted.generate"
        )
        return 0 if same else 1
    if not args.stats:
        DEV_PATH.write_bytes(dev)
        SEALED_PATH.write_bytes(sealed)
        print(f"wrote {DEV_PATH.name} and {SEALED_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
