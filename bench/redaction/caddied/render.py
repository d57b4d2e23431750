"""Turn a template into one labelled conversation: draw values, format them, record spans."""

from __future__ import annotations

import random
import re
from typing import Any
from urllib.parse import quote

from . import values as V

ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PW": "PASSWORD",
    "USER": "USERNAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUTING": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKID": "AWS_ACCESS_KEY",
    "AKSECRET": "AWS_SECRET_KEY",
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
FAMILY = {
    "": "plain",
    "sd": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "es": "email_spelled",
    "pct": "percent_encoded",
    "urlc": "url_credentials",
    "kv": "key_value_secret",
    "cexp": "compact_expiry",
    "ib": "iban_broken",
    "ctx": "context_only",
    "mmA": "multi_message",
    "mmB": "multi_message",
    "mmC": "multi_message",
}
FAMILIES = tuple(dict.fromkeys(FAMILY.values()))
LOCALES = {
    "en": ("en-US", "en-GB"),
    "es": ("es-ES", "es-MX"),
    "fr": ("fr-FR",),
    "de": ("de-DE",),
    "pt": ("pt-BR", "pt-PT"),
}
SLOT = re.compile(r"\{(#[a-z_]+|[A-Z]+)(?::([A-Za-z]+))?\}")

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
NOISE_WORD = {"en": " then ", "es": " y luego ", "fr": " puis ", "de": " dann ", "pt": " depois "}
AT_DOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)")],
    "es": [(" arroba ", " punto "), (" arroba ", " . ")],
    "fr": [(" arobase ", " point "), (" arobase ", " point ")],
    "de": [(" Klammeraffe ", " Punkt "), (" (at) ", " punkt ")],
    "pt": [(" arroba ", " ponto "), (" arroba ", " ponto ")],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def _groups(v: V.Value) -> list[str]:
    g = [x for x in v.groups if x]
    if len(g) == 1 and len(g[0]) >= 3:
        s = g[0]
        g = [s[i : i + 2] for i in range(0, len(s), 2)]
    return g


def _spell(s: str, lang: str, rng: random.Random) -> str:
    words = DIGIT_WORDS[lang]
    sep = rng.choice([" ", " ", "-"])
    mixed = rng.random() < 0.3
    out = []
    for i, ch in enumerate(s):
        if ch.isdigit():
            out.append(ch if mixed and i % 3 == 2 else words[int(ch)])
        elif ch not in " -./":
            out.append(ch)
    return sep.join(out)


def fmt(v: V.Value, family: str, lang: str, rng: random.Random) -> str | None:
    """Format a value as the customer types it in ``family``; None when the value cannot show it."""
    t = v.type
    if family in ("plain", "context_only"):
        if t == "CREDIT_DEBIT_EXPIRY" and rng.random() < 0.35:
            m, y = v.groups
            name = MONTHS[lang].split()[int(m) - 1]
            return rng.choice([f"{name} 20{y}", f"{name[:3]}/{y}", f"{name[:3].lower()} 20{y}"])
        return v.plain
    if family == "spaced_or_dashed":
        return rng.choice([" ", "-", "  ", " - "]).join(_groups(v))
    if family == "split_by_noise":
        g = _groups(v)
        if len(g) < 2:
            return None
        noise = [" 🙂 ", " | ", " / ", "\n", " 👉 ", NOISE_WORD[lang], " ... "]
        out = g[0]
        for part in g[1:]:
            out += rng.choice(noise) + part
        return out
    if family == "letter_substitution":
        s = v.plain
        spots = [i for i, c in enumerate(s) if c in "01"]
        # Only digit-only types: a letter inside an alphanumeric value would change its meaning.
        if not spots or not re.sub(r"[\s\-/+().]", "", s).isdigit():
            return None
        keep = set(rng.sample(spots, max(1, len(spots) * 2 // 3)))
        sub = {"0": rng.choice("Oo"), "1": rng.choice("lI")}
        return "".join(sub[c] if i in keep else c for i, c in enumerate(s))
    if family == "spelled_out":
        return _spell(v.plain, lang, rng)
    if family == "email_spelled":
        at, dot = rng.choice(AT_DOT[lang])
        return v.canonical.replace(".", dot).replace("@", at)
    if family == "percent_encoded":
        if t == "PHONE":
            return "%2B" + v.canonical[1:]
        return quote(v.canonical, safe="")
    if family in ("url_credentials", "key_value_secret"):
        return v.canonical
    if family == "compact_expiry":
        m, y = v.groups
        return m + rng.choice([y, "20" + y])
    if family == "iban_broken":
        g = list(v.groups)
        out = g[0]
        for part in g[1:]:
            out += rng.choice([" ", "-", "  ", "\n", " -", ""]) + part
        return out
    raise ValueError(family)


def render(template: tuple[str, ...], lang: str, cid: str, rng: random.Random) -> dict[str, Any]:
    """Render one template into the schema of one conversation line."""
    locale = template[0] or rng.choice(LOCALES[lang])
    msgs = template[1:]
    mm_parts: dict[str, int] = {}
    for m in msgs:
        for kind, fam in SLOT.findall(m):
            if fam.startswith("mm"):
                mm_parts[kind] = mm_parts.get(kind, 0) + 1
    mm_value: dict[str, list[str]] = {}
    mm_group: dict[str, str] = {}
    mm_canon: dict[str, V.Value] = {}
    out_msgs = []
    for m in msgs:
        text, pii, keep, pos = "", [], [], 0
        for match in SLOT.finditer(m):
            text += m[pos : match.start()]
            pos = match.end()
            kind, fam = match.group(1), match.group(2) or ""
            start = len(text)
            if kind.startswith("#"):
                val = V.negative(rng, kind[1:], locale)
                text += val
                keep.append({"kind": kind[1:], "start": start, "end": len(text), "value": val})
                continue
            etype, family = ALIAS[kind], FAMILY[fam]
            if family == "multi_message":
                if kind not in mm_value:
                    mm_canon[kind] = V.MAKERS[etype](rng, locale)
                    g = _groups(mm_canon[kind])
                    n = mm_parts[kind]
                    cuts = [round(i * len(g) / n) for i in range(n + 1)]
                    mm_value[kind] = [" ".join(g[cuts[i] : cuts[i + 1]]) for i in range(n)]
                    mm_group[kind] = f"{cid}-g{len(mm_group) + 1}"
                val = mm_value[kind].pop(0)
                text += val
                pii.append(
                    {
                        "type": etype,
                        "family": family,
                        "group": mm_group[kind],
                        "start": start,
                        "end": len(text),
                        "value": val,
                        "_canon": mm_canon[kind],
                    }
                )
                continue
            for _ in range(200):
                value = V.MAKERS[etype](rng, locale)
                shown = fmt(value, family, lang, rng)
                if shown:
                    break
            else:
                raise ValueError(f"{cid}: {etype} cannot take {family}")
            text += shown
            pii.append(
                {
                    "type": etype,
                    "family": family,
                    "start": start,
                    "end": len(text),
                    "value": shown,
                    "_canon": value,
                }
            )
        text += m[pos:]
        out_msgs.append({"text": text, "pii": pii, "must_keep": keep})
    return {"id": cid, "lang": lang, "locale": locale, "split": "", "messages": out_msgs}
