"""Obfuscation families, must_keep makers and span bookkeeping for one conversation."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import phonenumbers
from stdnum import luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.fr import nir
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from . import values
from .values import Value

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
    "context_only",
    "multi_message",
)

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
PLUS_WORD = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}
NOISE_WORD = {
    "en": ("then", "and"),
    "es": ("luego", "y"),
    "fr": ("puis", "et"),
    "de": ("dann", "und"),
    "pt": ("depois", "e"),
}
AT_DOT = {
    "en": ((" at ", " (at) ", " [at] "), (" dot ", " (dot) ", " dot ")),
    "es": ((" arroba ", " arroba ", "(arroba)"), (" punto ", " punto ", " pto ")),
    "fr": ((" arobase ", " arobase ", " at "), (" point ", " point ", " pt ")),
    "de": ((" ät ", " at ", " (at) "), (" punkt ", " Punkt ", " (punkt) ")),
    "pt": ((" arroba ", " arroba ", " at "), (" ponto ", " ponto ", " pto ")),
}

NUMERIC = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "CREDIT_DEBIT_EXPIRY",
    "PIN",
    "PHONE",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "ES_DNI",
    "ES_NIE",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
}
ALNUM = {
    "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "MX_CURP",
    "MX_RFC",
    "SWIFT_CODE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MAC_ADDRESS",
}


def default_families(kind: str) -> tuple[tuple[str, int], ...]:
    """Families a bare placeholder may take, with weights."""
    if kind in ("CREDIT_DEBIT_CVV", "PIN", "CREDIT_DEBIT_EXPIRY"):
        return (
            ("plain", 6),
            ("spaced_or_dashed", 1),
            ("letter_substitution", 1),
            ("spelled_out", 1),
        )
    if kind in NUMERIC:
        return (
            ("plain", 5),
            ("spaced_or_dashed", 2),
            ("split_by_noise", 1),
            ("letter_substitution", 1),
            ("spelled_out", 1),
        )
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return (
            ("plain", 4),
            ("spaced_or_dashed", 1),
            ("iban_broken", 1),
            ("letter_substitution", 1),
        )
    if kind in ("SWIFT_CODE", "MAC_ADDRESS"):
        return (("plain", 4), ("spaced_or_dashed", 1))
    if kind in ALNUM:
        return (("plain", 5), ("spaced_or_dashed", 1), ("letter_substitution", 1))
    return (("plain", 1),)


@dataclass
class Message:
    text: str = ""
    pii: list[dict[str, object]] = field(default_factory=list)
    must_keep: list[dict[str, object]] = field(default_factory=list)


@dataclass
class Drawn:
    """A value as used in a conversation, kept for the generator's checks."""

    value: Value
    locale: str
    family: str
    group: str | None


def _join_words(rng: random.Random, lang: str, text: str) -> str:
    other = rng.choice([k for k in DIGIT_WORDS if k != lang])
    switch = len(text) // 2 if rng.random() < 0.25 else len(text) + 1
    out = []
    for i, ch in enumerate(text):
        words = DIGIT_WORDS[other if i >= switch else lang]
        out.append(words[int(ch)] if ch.isdigit() else ch)
    return " ".join(out)


def spelled(value: Value, lang: str, rng: random.Random) -> str:
    sep = rng.choice((" ", ", ", " - ", " "))
    parts = [_join_words(rng, lang, group.lstrip("+")) for group in value.groups]
    text = sep.join(parts)
    if value.plain.startswith("+"):
        text = PLUS_WORD[lang] + " " + text
    return text


def substitute(text: str, rng: random.Random) -> str | None:
    spots = [
        i
        for i, ch in enumerate(text)
        if ch in "01"
        and ((i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit()))
    ]
    if not spots:
        return None
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.choice((1, 1, 2, 3)))):
        chars[i] = rng.choice(("O", "o", "O")) if chars[i] == "0" else "l"
    return "".join(chars)


def noise_join(groups: tuple[str, ...], lang: str, rng: random.Random) -> str:
    choices = (" 🙂 ", " | ", "|", " / ", "/", "\n", " 👉 ", " ... ", " 🔢 ", " - ")
    out = groups[0]
    for group in groups[1:]:
        sep = rng.choice(choices + (f" {rng.choice(NOISE_WORD[lang])} ",))
        out += sep + group
    return out


def iban_join(groups: tuple[str, ...], rng: random.Random) -> str:
    while True:
        seps = [rng.choice((" ", " ", "  ", "-", "\n", " - ", "")) for _ in groups[1:]]
        if any(sep not in (" ",) for sep in seps) and not all(sep == "" for sep in seps):
            break
    out = groups[0]
    for sep, group in zip(seps, groups[1:]):
        out += sep + group
    return out


def expiry_plain(value: Value, lang: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        month = values.MONTHS[lang][int(value.groups[0]) - 1]
        year = value.groups[1] if rng.random() < 0.5 else "20" + value.groups[1]
        return f"{month}{rng.choice((' ', '/', ' '))}{year}"
    return value.plain


def render_value(value: Value, family: str, lang: str, rng: random.Random) -> str | None:
    """The typed text for a value in a family; None when this value cannot take the family."""
    if family in ("plain", "url_credentials", "key_value_secret", "context_only"):
        if value.type == "CREDIT_DEBIT_EXPIRY":
            return expiry_plain(value, lang, rng)
        return value.plain
    if family == "spaced_or_dashed":
        if len(value.groups) < 2:
            return None
        return (
            rng.choice((" ", "-", " ", " - ", ".")).join(value.groups)
            if value.type != "MAC_ADDRESS"
            else " ".join(value.groups)
        )
    if family == "split_by_noise":
        return noise_join(value.groups, lang, rng) if len(value.groups) > 1 else None
    if family == "letter_substitution":
        return substitute(value.plain, rng)
    if family == "spelled_out":
        return spelled(value, lang, rng)
    if family == "email_spelled":
        ats, dots = AT_DOT[lang]
        local, domain = value.canonical.split("@")
        dot = rng.choice(dots)
        local = local.replace(".", dot) if rng.random() < 0.7 else local
        return (local + rng.choice(ats) + domain.replace(".", dot)).strip()
    if family == "percent_encoded":
        if value.type == "EMAIL":
            return value.canonical.replace("@", "%40")
        if value.type == "PHONE":
            return "%2B" + value.canonical[1:]
        return None
    if family == "compact_expiry":
        return value.groups[0] + value.groups[1]
    if family == "iban_broken":
        return iban_join(value.groups, rng)
    raise ValueError(family)


def split_parts(value: Value, rng: random.Random) -> list[str] | None:
    groups = list(value.groups)
    if value.type == "CREDIT_DEBIT_EXPIRY" or len(groups) < 2:
        return None
    k = min(len(groups), rng.choice((2, 2, 3)))
    cuts = sorted(rng.sample(range(1, len(groups)), k - 1))
    bounds = [0, *cuts, len(groups)]
    joiner = " " if value.type != "MAC_ADDRESS" else ":"
    return [joiner.join(groups[a:b]) for a, b in zip(bounds, bounds[1:])]


# ---------------------------------------------------------------- must_keep (hard negatives)

REGIONS = tuple(values.COUNTRY.values())


def looks_sensitive(text: str) -> bool:
    """True when the digits of a hard negative would pass a checksum or a phone check."""
    runs = re.findall(r"\d+", text)
    joined = "".join(runs)
    for run in {*runs, joined}:
        n = len(run)
        if n >= 8 and luhn.is_valid(run):
            return True
        if n == 9 and (
            rtn.is_valid(run) or ssn.is_valid(run) or itin.is_valid(run) or nif.is_valid(run)
        ):
            return True
        if n == 11 and (cpf.is_valid(run) or idnr.is_valid(run)):
            return True
        if n == 14 and cnpj.is_valid(run):
            return True
        if n == 15 and nir.is_valid(run):
            return True
        if n == 18 and values.clabe_check_digit(run[:17]) == run[17]:
            return True
        if n >= 6:
            for region in REGIONS:
                try:
                    if phonenumbers.is_valid_number(phonenumbers.parse(run, region)):
                        return True
                except phonenumbers.NumberParseException:
                    pass
    return False


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _keep_raw(kind: str, locale: str, rng: random.Random) -> str:
    cc = values.COUNTRY[locale]
    us = cc == "US"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026, 2026, 2027))
    if kind == "order":
        return rng.choice(
            (
                f"#{_d(rng, 6)}",
                f"ORD-{_d(rng, 5)}",
                f"{rng.choice('ABKW')}{_d(rng, 7)}",
                f"{_d(rng, 3)}-{_d(rng, 7)}",
            )
        )
    if kind == "invoice":
        return rng.choice(
            (
                f"INV-{year}-{_d(rng, 4)}",
                f"F{year}/{_d(rng, 5)}",
                f"FA-{_d(rng, 6)}",
                f"RE-{_d(rng, 6)}",
            )
        )
    if kind == "date":
        if us:
            return rng.choice((f"{month}/{day}/{year}", f"{month:02d}/{day:02d}"))
        if cc == "DE":
            return f"{day:02d}.{month:02d}.{year}"
        return rng.choice(
            (f"{day:02d}/{month:02d}/{year}", f"{day}/{month}", f"{year}-{month:02d}-{day:02d}")
        )
    if kind == "time":
        hour, minute = rng.randint(7, 22), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
        if us:
            return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
        if cc == "FR":
            return rng.choice((f"{hour}h{minute:02d}", f"{hour}:{minute:02d}"))
        return f"{hour}:{minute:02d}"
    if kind == "amount":
        units, cents = rng.randint(3, 2400), rng.randint(0, 99)
        return {
            "US": f"${units}.{cents:02d}",
            "GB": f"£{units}.{cents:02d}",
            "MX": f"${units:,} MXN".replace(",", ","),
            "BR": f"R$ {units},{cents:02d}",
            "DE": rng.choice(
                (f"{units},{cents:02d} €", f"{units} Euro", f"{units},{cents:02d} EUR")
            ),
        }.get(cc, rng.choice((f"{units},{cents:02d} €", f"{units},{cents:02d}€", f"{units} euros")))
    if kind == "zip":
        return {
            "US": rng.choice(
                (f"{_d(rng, 5)}", f"{_d(rng, 5)}-{_d(rng, 4)}", f"{_d(rng, 5)}-{_d(rng, 4)}")
            ),
            "GB": f"{rng.choice(('SW1A', 'M1', 'LS6', 'EH3', 'BS8', 'N16'))} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
            "BR": f"{_d(rng, 5)}-{_d(rng, 3)}",
            "PT": f"{rng.randint(1, 9)}{_d(rng, 3)}-{_d(rng, 3)}",
        }.get(cc, f"{rng.randint(1, 9)}{_d(rng, 4)}")
    if kind == "street":
        return str(rng.randint(1, 340)) + rng.choice(("", "", "B", "a", "º"))
    if kind == "qty":
        return str(rng.randint(2, 48))
    if kind == "version":
        return rng.choice(
            (
                f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                f"v{rng.randint(2, 9)}.{rng.randint(0, 12)}",
            )
        )
    if kind == "model":
        return rng.choice(
            (
                f"SM-A{_d(rng, 3)}",
                f"X{rng.randint(100, 990)}",
                f"TX-{rng.randint(10, 99)}0",
                f"HG{rng.randint(500, 999)}",
            )
        )
    if kind == "room":
        return str(rng.randint(101, 950))
    if kind == "seat":
        return f"{rng.randint(1, 42)}{rng.choice('ABCDEF')}"
    if kind == "flight":
        return f"{rng.choice(('IB', 'BA', 'AF', 'LH', 'TP', 'LA', 'AM', 'UA', 'FR'))}{rng.randint(100, 9899)}"
    if kind == "policy":
        return rng.choice(
            (
                f"POL-{_d(rng, 7)}",
                f"{rng.choice('HKA')}{_d(rng, 2)}-{_d(rng, 6)}",
                f"PZ{_d(rng, 8)}",
            )
        )
    if kind == "ticket":
        return rng.choice((f"#{_d(rng, 5)}", f"CS-{_d(rng, 6)}", f"INC{_d(rng, 7)}"))
    if kind == "tracking":
        return rng.choice(
            (
                f"1Z{_d(rng, 6)}{rng.choice('ABCDEFGH')}{_d(rng, 5)}",
                f"LX{_d(rng, 9)}{cc}",
                f"JD{_d(rng, 10)}",
            )
        )
    if kind == "count":
        return str(rng.randint(2, 12))
    if kind == "percent":
        return f"{rng.randint(5, 60)}%"
    if kind == "year":
        return str(rng.randint(1998, 2024))
    if kind == "gb":
        return f"{rng.choice((5, 10, 20, 30, 50, 100))}GB"
    raise ValueError(kind)


def keep_value(kind: str, locale: str, rng: random.Random) -> str:
    for _ in range(500):
        text = _keep_raw(kind, locale, rng)
        if not looks_sensitive(text):
            return text
    raise RuntimeError(f"no safe {kind} drawn")


# ---------------------------------------------------------------- conversations

PLACEHOLDER = re.compile(r"\{(~?[A-Za-z_]+)(?:\|([a-z_]+))?\}")


class Renderer:
    def __init__(self, lang: str, locale: str, rng: random.Random, conv_id: str) -> None:
        self.lang, self.locale, self.rng, self.conv_id = lang, locale, rng, conv_id
        self.messages: list[Message] = []
        self.drawn: list[Drawn] = []
        self.groups = 0

    def _value_text(self, kind: str, family: str | None) -> tuple[Value, str, str]:
        fixed = family
        for _ in range(200):
            value = values.draw(kind, self.rng, self.locale)
            if fixed is None:
                options = default_families(kind)
                family = self.rng.choices([f for f, _ in options], [w for _, w in options])[0]
            text = render_value(value, family, self.lang, self.rng)
            if text is not None:
                return value, family, text
        raise RuntimeError(f"{kind} cannot take {family}")

    def message(self, template: str) -> None:
        current = Message()
        pos = 0
        for match in PLACEHOLDER.finditer(template):
            current.text += template[pos : match.start()]
            pos = match.end()
            name, family = match.group(1), match.group(2)
            if name.startswith("~"):
                text = keep_value(name[1:], self.locale, self.rng)
                start = len(current.text)
                current.text += text
                current.must_keep.append(
                    {"kind": name[1:], "start": start, "end": start + len(text), "value": text}
                )
                continue
            kind = values.ALIASES[name]
            if family == "multi_message":
                for _ in range(200):
                    value = values.draw(kind, self.rng, self.locale)
                    parts = split_parts(value, self.rng)
                    if parts:
                        break
                self.groups += 1
                group = f"{self.conv_id}-g{self.groups}"
                self.drawn.append(Drawn(value, self.locale, family, group))
                for i, part in enumerate(parts):
                    if i:
                        self.messages.append(current)
                        current = Message()
                    start = len(current.text)
                    current.text += part
                    current.pii.append(
                        {
                            "type": kind,
                            "family": family,
                            "group": group,
                            "start": start,
                            "end": start + len(part),
                            "value": part,
                        }
                    )
                continue
            value, family, text = self._value_text(kind, family)
            self.drawn.append(Drawn(value, self.locale, family, None))
            start = len(current.text)
            current.text += text
            current.pii.append(
                {
                    "type": kind,
                    "family": family,
                    "start": start,
                    "end": start + len(text),
                    "value": text,
                }
            )
        current.text += template[pos:]
        self.messages.append(current)


def render(
    lang: str, locale: str, template: list[str], rng: random.Random, conv_id: str
) -> tuple[list[Message], list[Drawn]]:
    renderer = Renderer(lang, locale, rng, conv_id)
    for line in template:
        renderer.message(line)
    return renderer.messages, renderer.drawn
