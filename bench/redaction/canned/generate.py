"""Generate the canned customer-chat corpus: dev.jsonl and sealed.jsonl.gz.

    python -m bench.redaction.canned.generate            # rewrite both files
    python -m bench.redaction.canned.generate --check    # compare with disk, write nothing
    python -m bench.redaction.canned.generate --stats    # counts

Template placeholders (templates hold no digits of their own):
    {CODE[.CC][:fam][=gN]}  a PII value; CC forces a country, fam a family (see render.FAMILIES,
                            ``*`` cycles through the families that fit the type), ``=gN`` with
                            ``mm`` types one value across several messages of the conversation.
    {#kind}                 a must-keep number (see KEEP).
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
from typing import Any, Callable

from stdnum import bic, iban, luhn
from stdnum.br import cnpj, cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.mx import curp, rfc
from stdnum.pt import nif
from stdnum.us import itin, rtn, ssn

from . import render as R
from . import values as V
from . import templates_de, templates_en, templates_es, templates_fr, templates_pt

HERE = Path(__file__).resolve().parent
SEED = "canned-53"
INSTANCES = 14
DEV_SHARE = 0.30
LANGS = {
    "en": templates_en.T,
    "es": templates_es.T,
    "fr": templates_fr.T,
    "de": templates_de.T,
    "pt": templates_pt.T,
}
LOCALES = {
    "en": ["en-US", "en-US", "en-GB"],
    "es": ["es-ES", "es-MX", "es-US", "es-AR", "es-CO"],
    "fr": ["fr-FR", "fr-FR", "fr-CA", "fr-BE"],
    "de": ["de-DE", "de-DE", "de-AT", "de-CH"],
    "pt": ["pt-BR", "pt-PT"],
}
PHONE_CC = {"AR": "ES", "CO": "ES", "CA": "US", "BE": "FR", "AT": "DE", "CH": "DE"}
IBAN_CC = {"US": "GB", "MX": "ES", "AR": "ES", "CO": "ES", "CA": "FR"}
ROUT_CC = {"AT": "DE", "CH": "DE", "PT": "BR"}

TYPES = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "ACCT": "BANK_ACCOUNT_NUMBER",
    "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "SWIFT": "SWIFT_CODE",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASSPORT": "PASSPORT_NUMBER",
    "DL": "DRIVER_ID",
    "PWD": "PASSWORD",
    "USER": "USERNAME",
    "IP": "IP_ADDRESS",
    "MAC": "MAC_ADDRESS",
    "AKEY": "AWS_ACCESS_KEY",
    "SKEY": "AWS_SECRET_KEY",
    "DNI": "ES_DNI",
    "NIE": "ES_NIE",
    "CURP": "MX_CURP",
    "RFC": "MX_RFC",
    "CLABE": "MX_CLABE",
    "CPF": "BR_CPF",
    "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR",
    "STEUER": "DE_TAX_ID",
    "NIF": "PT_NIF",
}
WILD = {
    "CARD": ["plain", "sp", "noise", "sub", "spell"],
    "CVV": ["ctx", "spell", "sub"],
    "EXP": ["plain", "cexp", "spell", "sp"],
    "PIN": ["ctx", "spell", "sub"],
    "ACCT": ["ctx", "sp", "noise", "sub", "spell"],
    "ROUT": ["plain", "sp"],
    "IBAN": ["plain", "ibr", "noise"],
    "SWIFT": ["plain"],
    "EMAIL": ["plain", "esp", "plain"],
    "PHONE": ["plain", "sp", "noise", "sub", "spell"],
    "SSN": ["plain", "sp", "noise", "sub", "spell"],
    "ITIN": ["plain", "sp"],
    "NINO": ["plain", "sp"],
    "PASSPORT": ["ctx", "sp"],
    "DL": ["ctx"],
    "PWD": ["ctx"],
    "USER": ["ctx"],
    "IP": ["plain"],
    "MAC": ["plain"],
    "AKEY": ["plain"],
    "SKEY": ["plain"],
    "DNI": ["plain", "sp"],
    "NIE": ["plain", "sp"],
    "CURP": ["plain"],
    "RFC": ["plain", "sp"],
    "CLABE": ["plain", "sp", "noise", "sub"],
    "CPF": ["plain", "sp", "noise", "sub", "spell"],
    "CNPJ": ["plain", "sp"],
    "NIR": ["plain", "sp"],
    "STEUER": ["plain", "sp", "sub"],
    "NIF": ["plain", "sp", "sub", "spell"],
}
DIGIT_TYPES = {
    "CARD",
    "CVV",
    "PIN",
    "ACCT",
    "PHONE",
    "SSN",
    "ITIN",
    "CLABE",
    "CPF",
    "CNPJ",
    "NIR",
    "STEUER",
    "NIF",
    "ROUT",
}

VALIDATE: dict[str, Callable[[str], bool]] = {
    "CARD": luhn.is_valid,
    "ROUT": lambda v: True,
    "IBAN": iban.is_valid,
    "SWIFT": bic.is_valid,
    "SSN": ssn.is_valid,
    "ITIN": itin.is_valid,
    "NINO": V.nino_ok,
    "DNI": dni.is_valid,
    "NIE": nie.is_valid,
    "CURP": curp.is_valid,
    "RFC": lambda v: bool(rfc.validate(v, validate_check_digits=True)),
    "CLABE": V.clabe_ok,
    "CPF": cpf.is_valid,
    "CNPJ": cnpj.is_valid,
    "NIR": nir.is_valid,
    "STEUER": idnr.is_valid,
    "NIF": nif.is_valid,
    "EMAIL": lambda v: "@" in v,
}

PH = re.compile(r"\{(#[a-z]+|[A-Z]+(?:\.[A-Z]{2})?(?::[a-z*]+)?(?:=g\d)?)\}")


# ------------------------------------------------------------------ values


class Drawn:
    """A drawn value: its surface for plain, its digit groups for the other families."""

    def __init__(self, plain: str, groups: list[str], cc: str, extra: Any = None) -> None:
        self.plain, self.groups, self.cc, self.extra = plain, groups, cc, extra


def _split(v: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for s in sizes:
        out.append(v[i : i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return [g for g in out if g]


def draw(code: str, r: random.Random, cc: str) -> Drawn:
    if code == "CARD":
        v = V.card(r)
        return Drawn(v, V.card_groups(v), cc)
    if code in {"CVV", "PIN"}:
        v = V.cvv(r) if code == "CVV" else V.pin(r)
        return Drawn(v, [v], cc)
    if code == "EXP":
        m, y = V.expiry(r)
        return Drawn(f"{m:02d}{y:02d}", [], cc, (m, y))
    if code == "ACCT":
        v = V.bank_account(r, cc)
        d = v.replace("-", "")
        return Drawn(v, R.chunks(d, 4) if len(d) > 6 else [d], cc)
    if code == "ROUT":
        rc = ROUT_CC.get(cc, cc if cc in {"US", "GB", "DE", "BR"} else "US")
        v = V.routing(r, rc)
        d = re.sub(r"\D", "", v)
        assert rc != "US" or rtn.is_valid(d)
        sizes = {"US": [3, 3, 3], "GB": [2, 2, 2], "DE": [3, 3, 2], "BR": [4, 1]}[rc]
        return Drawn(v, _split(d, sizes), rc)
    if code == "IBAN":
        ic = cc if cc in V.IBAN_BBAN and V.IBAN_BBAN[cc] else IBAN_CC.get(cc, "ES")
        if r.random() < 0.15:
            ic = r.choice(sorted(k for k, p in V.IBAN_BBAN.items() if p))
        v = V.iban_value(r, ic)
        return Drawn(v if r.random() < 0.6 else " ".join(R.chunks(v, 4)), R.chunks(v, 4), ic)
    if code == "SWIFT":
        return Drawn(V.swift(r, cc), [], cc)
    if code == "EMAIL":
        return Drawn(V.email(r, cc), [], cc)
    if code == "PHONE":
        pc = PHONE_CC.get(cc, cc)
        num = V.phone(r, pc)
        import phonenumbers

        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        groups = re.findall(r"\d+", nat)
        return Drawn(
            V.phone_surface(r, num),
            groups,
            pc,
            phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
        )
    if code in {"SSN", "ITIN"}:
        v = V.ssn_value(r) if code == "SSN" else V.itin_value(r)
        g = _split(v, [3, 2, 4])
        return Drawn("-".join(g) if r.random() < 0.7 else v, g, cc)
    if code == "NINO":
        v = V.nino(r)
        g = _split(v, [2, 2, 2, 2, 1])
        return Drawn(v if r.random() < 0.6 else " ".join(g), g, cc)
    if code == "PASSPORT":
        pc = {"AR": "ES", "CO": "ES", "CA": "US", "BE": "FR", "AT": "DE", "CH": "DE"}.get(cc, cc)
        v = V.passport(r, pc)
        return Drawn(v, R.chunks(v, 3), pc)
    if code == "DL":
        v = V.driver_id(
            r, {"CA": "US", "AR": "ES", "CO": "ES", "AT": "DE", "CH": "DE", "BE": "FR"}.get(cc, cc)
        )
        return Drawn(v, [v], cc)
    simple: dict[str, Callable[[], str]] = {
        "PWD": lambda: V.password(r),
        "USER": lambda: V.username(r),
        "IP": lambda: V.ip_address(r),
        "MAC": lambda: V.mac(r),
        "AKEY": lambda: V.aws_access_key(r),
        "SKEY": lambda: V.aws_secret_key(r),
        "CURP": lambda: V.mx_curp(r),
    }
    if code in simple:
        return Drawn(simple[code](), [], cc)
    if code == "DNI":
        v = V.es_dni(r)
        return Drawn(r.choice([v, v, v[:8] + "-" + v[8]]), [v[:2], v[2:5], v[5:8], v[8]], cc)
    if code == "NIE":
        v = V.es_nie(r)
        return Drawn(r.choice([v, v, v[0] + "-" + v[1:8] + "-" + v[8]]), [v[0], v[1:8], v[8]], cc)
    if code == "RFC":
        v = V.mx_rfc(r)
        return Drawn(v, [v[:4], v[4:10], v[10:]], cc)
    if code == "CLABE":
        v = V.clabe(r)
        return Drawn(v, _split(v, [3, 3, 11, 1]) if r.random() < 0.5 else R.chunks(v, 4), cc)
    if code == "CPF":
        v = V.br_cpf(r)
        return Drawn(
            r.choice([v, f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"]), _split(v, [3, 3, 3, 2]), cc
        )
    if code == "CNPJ":
        v = V.br_cnpj(r)
        return Drawn(
            r.choice([v, f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}"]),
            _split(v, [2, 3, 3, 4, 2]),
            cc,
        )
    if code == "NIR":
        v = V.fr_nir(r)
        g = _split(v, [1, 2, 2, 2, 3, 3, 2])
        return Drawn(r.choice([v, " ".join(g)]), g, cc)
    if code == "STEUER":
        v = V.de_idnr(r)
        g = _split(v, [2, 3, 3, 3])
        return Drawn(r.choice([v, " ".join(g)]), g, cc)
    if code == "NIF":
        v = V.pt_nif(r)
        return Drawn(v, _split(v, [3, 3, 3]), cc)
    raise KeyError(code)


def surface(r: random.Random, lang: str, code: str, fam: str, d: Drawn) -> str | None:
    """The text for one value in one family, or None when the value cannot take it."""
    if code == "EXP":
        m, y = d.extra
        return R.expiry_text(r, lang, R.FAMILIES[fam], m, y)
    if fam in {"plain", "ctx", "url", "kv"}:
        return d.plain
    if fam == "sp":
        if code == "PASSPORT":
            return " ".join(d.groups)
        return R.spaced(r, d.groups) if len(d.groups) > 1 else None
    if fam == "ibr":
        sep = r.choice([" ", "-", "\n", " \n", "  "])
        g = d.groups
        if sep.strip() == "" and "\n" not in sep and r.random() < 0.5:
            cut = r.randrange(1, len(g))
            return " ".join(g[:cut]) + "\n" + " ".join(g[cut:])
        return sep.join(g)
    if fam == "noise":
        return R.noisy(r, lang, d.groups) if len(d.groups) > 1 else None
    if fam == "sub":
        base = "".join(d.groups) if r.random() < 0.5 or len(d.groups) == 1 else " ".join(d.groups)
        return R.substitute(r, base)
    if fam == "spell":
        return R.spell(r, lang, d.groups if len(d.groups) > 1 else [d.groups[0]])
    if fam == "esp":
        return R.email_spelled(r, lang, d.plain)
    if fam == "pct":
        return R.percent(d.extra if code == "PHONE" else d.plain)
    raise KeyError(fam)


def expected(code: str, fam: str, d: Drawn) -> str:
    if code == "EXP":
        return d.plain
    if code == "EMAIL" and fam in {"esp", "pct"}:
        return d.plain
    if code == "PHONE" and fam == "pct":
        return d.extra
    if fam in {"plain", "ctx", "url", "kv"}:
        return R.norm(d.plain)
    return R.norm("".join(d.groups))


def check_value(code: str, d: Drawn) -> None:
    if code in VALIDATE:
        v = R.norm(d.plain) if code != "EMAIL" else d.plain
        if not VALIDATE[code](v):
            raise ValueError(f"invalid {code}")
    if code == "PHONE" and not (V.phone_ok(d.plain, d.cc) and V.phone_ok("".join(d.groups), d.cc)):
        raise ValueError("invalid phone")


# --------------------------------------------------------------- must keep

KEEP = {
    "order": "order_number",
    "track": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "count": "count",
    "pct": "percentage",
    "model": "product_model",
    "ver": "version",
    "inv": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "policy": "policy_number",
    "contract": "contract_number",
    "flight": "flight_number",
    "store": "store_number",
    "room": "room_number",
    "err": "error_code",
    "size": "data_size",
    "year": "year",
    "meter": "meter_reading",
    "plate": "plate_number",
    "seat": "seat_number",
    "ref": "reference_number",
}
LOOKALIKE_KINDS = {
    "order_number",
    "invoice_number",
    "ticket_number",
    "policy_number",
    "contract_number",
    "reference_number",
    "meter_reading",
    "tracking_number",
}


def keep_value(kind: str, r: random.Random, locale: str, lang: str) -> str:
    cc = locale[-2:]
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind in LOOKALIKE_KINDS and r.random() < 0.45:
        return V.lookalike(r, 4, 11)
    if kind == "order_number":
        return r.choice(["#", "", "A-", "PED-", "ORD"]) + str(r.randint(10000, 9999999))
    if kind == "tracking_number":
        return r.choice(
            [
                f"1Z{r.randint(100, 999)}{r.choice(U)}{r.choice(U)}{r.randint(10**9, 10**10 - 1)}",
                f"{r.choice(U)}{r.choice(U)}{r.randint(10**8, 10**9 - 1)}{cc if cc.isalpha() else 'ES'}",
            ]
        )
    if kind == "postal_code":
        return {
            "US": lambda: r.choice(
                [f"{r.randint(10000, 99999)}", f"{r.randint(10000, 99999)}-{r.randint(1000, 9999)}"]
            ),
            "GB": lambda: r.choice(["SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH", "CR2 6XH"]),
            "BR": lambda: f"{r.randint(10000, 99999)}-{r.randint(100, 999)}",
            "PT": lambda: f"{r.randint(1000, 9999)}-{r.randint(100, 999)}",
            "CA": lambda: r.choice(["H2X 1Y4", "G1R 4P5", "H3B 2Y5"]),
            "AT": lambda: f"{r.randint(1000, 9999)}",
            "CH": lambda: f"{r.randint(1000, 9999)}",
            "BE": lambda: f"{r.randint(1000, 9999)}",
            "AR": lambda: r.choice(
                [
                    f"C{r.randint(1000, 1999)}{r.choice(U)}{r.choice(U)}{r.choice(U)}",
                    f"{r.randint(1000, 9999)}",
                ]
            ),
        }.get(cc, lambda: f"{r.randint(1000, 99999):05d}")()
    if kind == "date":
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2026)
        if r.random() < 0.3:
            mon = R.MONTHS[lang][m - 1]
            return {
                "en": f"{mon.capitalize()} {d}",
                "es": f"{d} de {mon}",
                "fr": f"{d} {mon}",
                "de": f"{d}. {mon}",
                "pt": f"{d} de {mon}",
            }[lang]
        if locale == "en-US":
            return r.choice([f"{m}/{d}/{y}", f"{m}/{d}", f"{y}-{m:02d}-{d:02d}"])
        if lang == "de":
            return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}."])
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d:02d}-{m:02d}-{y}"])
    if kind == "time":
        h, mi = r.randint(7, 21), r.choice([0, 15, 30, 45])
        if lang == "en" and r.random() < 0.5:
            return f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"
        if lang == "fr" and r.random() < 0.5:
            return f"{h}h{mi:02d}"
        return f"{h}:{mi:02d}"
    if kind == "price":
        a, c = r.randint(3, 2500), r.randint(0, 99)
        return {
            "US": f"${a}.{c:02d}",
            "GB": f"£{a}.{c:02d}",
            "MX": f"${a:,} MXN",
            "BR": f"R$ {a},{c:02d}",
            "CA": f"{a},{c:02d} $",
            "CH": f"CHF {a}.{c:02d}",
            "AR": f"${a}",
        }.get(cc, f"{a},{c:02d} €")
    if kind in {"quantity", "count"}:
        return str(r.randint(2, 12))
    if kind == "percentage":
        return r.choice(
            [
                f"{r.randint(1, 9)},{r.randint(1, 99):02d}%",
                f"{r.randint(2, 30)}%",
                f"{r.randint(1, 9)}.{r.randint(1, 9)} %",
            ]
        )
    if kind == "product_model":
        return r.choice(
            [
                f"TL-WR{r.randint(800, 999)}N",
                f"Galaxy A{r.randint(10, 99)}",
                f"FRITZ!Box {r.randint(4000, 7999)}",
                f"iPhone {r.randint(11, 16)}",
                f"HG{r.randint(100, 999)}",
            ]
        )
    if kind == "version":
        return f"{r.choice(['v', ''])}{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}"
    if kind == "invoice_number":
        return (
            r.choice(["FAC-", "INV-", "RE-", "FT ", "NF-"])
            + f"{r.randint(2023, 2026)}/{r.randint(100, 99999)}"
        )
    if kind == "ticket_number":
        return r.choice(["#", "INC", "TCK-", ""]) + str(r.randint(100000, 9999999))
    if kind == "booking_reference":
        return "".join(r.choice(U + "23456789") for _ in range(6))
    if kind == "policy_number":
        return (
            r.choice(["POL-", "P", "AP-"])
            + str(r.randint(10000, 999999))
            + r.choice(["", "-B", "/A"])
        )
    if kind == "contract_number":
        return r.choice(["CT-", "VTR-", "C"]) + str(r.randint(1000, 999999))
    if kind == "flight_number":
        return r.choice(["IB", "LH", "AF", "TP", "LA", "AM", "BA", "UA", "VY", "FR"]) + str(
            r.randint(100, 9999)
        )
    if kind in {"store_number", "room_number"}:
        return str(r.randint(100, 999)) if kind == "room_number" else str(r.randint(10, 899))
    if kind == "error_code":
        return r.choice(
            [
                f"E-{r.randint(100, 999)}",
                f"0x8007{r.randint(1000, 9999)}",
                f"ERR_{r.randint(10, 99)}",
                f"{r.choice([403, 404, 500, 502, 503])}",
            ]
        )
    if kind == "data_size":
        return r.choice(
            [f"{r.randint(1, 100)} GB", f"{r.randint(100, 900)}MB", f"{r.randint(2, 50)}GB"]
        )
    if kind == "year":
        return str(r.randint(2015, 2026))
    if kind == "meter_reading":
        return f"{r.randint(1000, 99999):06d}"
    if kind == "plate_number":
        return (
            f"{r.randint(1000, 9999)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
        )
    if kind == "seat_number":
        return f"{r.randint(1, 45)}{r.choice('ABCDEF')}"
    if kind == "reference_number":
        return r.choice(["REF-", "", "N.º "]) + str(r.randint(10000, 9999999))
    raise KeyError(kind)


# -------------------------------------------------------------- templates


def literal(msg: str) -> str:
    return PH.sub("\x00", msg)


def features(tpl: tuple[str, ...]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for msg in tpl[1:]:
        for m in PH.finditer(msg):
            p = m.group(1)
            if p.startswith("#"):
                continue
            code, fam, _ = parse(p)
            out.add(("type", code))
            for f in WILD[code] if fam == "*" else [fam]:
                out.add(("fam", R.FAMILIES[f]))
    return out


def parse(p: str) -> tuple[str, str, str | None]:
    m = re.fullmatch(r"([A-Z]+)(?:\.([A-Z]{2}))?(?::([a-z*]+))?(?:=(g\d))?", p)
    assert m, p
    code, _cc, fam, grp = m.groups()
    fam = fam or "plain"
    assert code in TYPES, code
    assert fam == "*" or fam in R.FAMILIES, fam
    return code, fam, grp


def forced_cc(p: str) -> str | None:
    m = re.fullmatch(r"[A-Z]+\.([A-Z]{2}).*", p)
    return m.group(1) if m else None


def split_templates(lang: str, tpls: list[tuple[str, ...]]) -> tuple[list[int], list[int]]:
    """Dev gets ~30% of templates chosen so every feature stays in both splits."""
    feats = [features(t) for t in tpls]
    allf = set().union(*feats)
    target = round(DEV_SHARE * len(tpls))
    dev: list[int] = []
    sealed = list(range(len(tpls)))

    def can_move(i: int) -> bool:
        return all(sum(1 for j in sealed if j != i and f in feats[j]) >= 1 for f in feats[i])

    while True:
        covered = set().union(*(feats[i] for i in dev)) if dev else set()
        missing = allf - covered
        if not missing:
            break
        cands = [i for i in sealed if can_move(i) and feats[i] & missing]
        if not cands:
            raise SystemExit(
                f"{lang}: cannot cover {sorted(missing)} in both splits; write more templates"
            )
        best = max(cands, key=lambda i: (len(feats[i] & missing), -i))
        dev.append(best)
        sealed.remove(best)
    i = 0
    while len(dev) < target and i < len(tpls):
        j = (i * 7) % len(tpls)
        if j in sealed and can_move(j):
            dev.append(j)
            sealed.remove(j)
        i += 1
    sealed_missing = allf - set().union(*(feats[i] for i in sealed))
    if sealed_missing:
        raise SystemExit(f"{lang}: sealed lacks {sorted(sealed_missing)}")
    return sorted(dev), sorted(sealed)


# --------------------------------------------------------------- render


class Bad(Exception):
    pass


def conversation(lang: str, ti: int, k: int, tpl: tuple[str, ...], split: str) -> dict[str, Any]:
    r = random.Random(f"{SEED}:{lang}:{ti}:{k}")
    spec = tpl[0]
    locale = r.choice(LOCALES[lang] if spec == "*" else spec.split("|"))
    cc = locale[-2:]
    groups: dict[str, tuple[str, Drawn, list[str]]] = {}
    # one value per multi-message group, cut at group boundaries into as many parts as it has messages
    for msg in tpl[1:]:
        for m in PH.finditer(msg):
            p = m.group(1)
            if not p.startswith("#") and parse(p)[2]:
                code, _, g = parse(p)
                assert g is not None
                if g not in groups:
                    groups[g] = (code, Drawn("", [], cc), [])
    for g in groups:
        code = groups[g][0]
        n = sum(
            len([m for m in PH.finditer(msg) if m.group(1).endswith("=" + g)]) for msg in tpl[1:]
        )
        p0 = next(
            m.group(1) for msg in tpl[1:] for m in PH.finditer(msg) if m.group(1).endswith("=" + g)
        )
        d = draw(code, r, forced_cc(p0) or cc)
        check_value(code, d)
        gs = (
            d.groups
            if len(d.groups) >= n
            else R.chunks("".join(d.groups), max(1, len("".join(d.groups)) // n))
        )
        cuts = sorted(r.sample(range(1, len(gs)), n - 1))
        parts, prev = [], 0
        for c in cuts + [len(gs)]:
            seg = gs[prev:c]
            parts.append(r.choice([" ", "", " ", "-"]).join(seg))
            prev = c
        if R.norm("".join(parts)) != R.norm("".join(d.groups)):
            raise Bad("multi-message parts do not join back")
        groups[g] = (code, d, parts)
    used = {g: 0 for g in groups}
    messages = []
    slot = 0
    for msg in tpl[1:]:
        text = ""
        pii: list[dict[str, Any]] = []
        keep: list[dict[str, Any]] = []
        pos = 0
        for m in PH.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            p = m.group(1)
            start = len(text)
            if p.startswith("#"):
                kind = KEEP[p[1:]]
                v = keep_value(kind, r, locale, lang)
                for _redraw in range(200):  # a bare-digit id must fail every checksum
                    if (
                        not (v.isdigit() and 4 <= len(v) <= 11)
                        or V.fails_every_checksum(v)
                        or kind == "year"
                    ):
                        break
                    v = keep_value(kind, r, locale, lang)
                if (
                    kind in LOOKALIKE_KINDS
                    and v.isdigit()
                    and 4 <= len(v) <= 11
                    and not V.fails_every_checksum(v)
                ):
                    raise Bad(f"look-alike {v} passes a checksum")
                text += v
                keep.append({"kind": kind, "start": start, "end": len(text), "value": v})
                continue
            code, fam, g = parse(p)
            slot += 1
            if g:
                part = groups[g][2][used[g]]
                used[g] += 1
                text += part
                pii.append(
                    {
                        "type": TYPES[code],
                        "family": "multi_message",
                        "start": start,
                        "end": len(text),
                        "value": part,
                        "group": g,
                    }
                )
                continue
            if fam == "*":
                opts = WILD[code]
                fam = opts[(k + slot + ti) % len(opts)]
            for _attempt in range(60):
                d = draw(code, r, forced_cc(p) or cc)
                check_value(code, d)
                s = surface(r, lang, code, fam, d)
                if s is not None:
                    break
            else:
                raise Bad(f"{code} cannot take {fam}")
            family = R.FAMILIES[fam]
            got = R.decode_expiry(lang, s) if code == "EXP" else R.decode(lang, family, s)
            if got != expected(code, fam, d):
                raise Bad(f"{code}/{family}: {s!r} decodes to {got!r}")
            text += s
            pii.append(
                {
                    "type": TYPES[code],
                    "family": family,
                    "start": start,
                    "end": len(text),
                    "value": s,
                }
            )
        text += msg[pos:]
        messages.append({"text": text, "pii": pii, "must_keep": keep})
    return {
        "id": f"sc53-{lang}-{ti:02d}{k:02d}",
        "lang": lang,
        "locale": locale,
        "split": split,
        "messages": messages,
    }


def validate_conv(c: dict[str, Any]) -> None:
    for msg in c["messages"]:
        t = msg["text"]
        spans = sorted([(s["start"], s["end"]) for s in msg["pii"] + msg["must_keep"]])
        for s in msg["pii"] + msg["must_keep"]:
            if t[s["start"] : s["end"]] != s["value"]:
                raise Bad("offset mismatch")
            if s["value"] != s["value"].strip() or not s["value"]:
                raise Bad(f"span with whitespace edge: {s['value']!r}")
        for (a, b), (c2, _d) in zip(spans, spans[1:]):
            if c2 < b:
                raise Bad("overlapping spans")
        covered = set()
        for a, b in spans:
            covered.update(range(a, b))
        for i, ch in enumerate(t):
            if ch.isdigit() and i not in covered:
                raise Bad(f"digit outside a span in {t!r}")


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    dev, sealed = [], []
    lits: dict[str, set[str]] = {"dev": set(), "sealed": set()}
    for lang, tpls in LANGS.items():
        for t in tpls:
            for msg in t[1:]:
                if re.search(r"\d", literal(msg)):
                    raise SystemExit(f"template text holds a digit: {msg!r}")
        dev_i, sealed_i = split_templates(lang, tpls)
        for split, idx in (("dev", dev_i), ("sealed", sealed_i)):
            for ti in idx:
                lits[split].add(" ".join(tpls[ti][1:]))
                for k in range(INSTANCES):
                    c = conversation(lang, ti, k, tpls[ti], split)
                    validate_conv(c)
                    (dev if split == "dev" else sealed).append(c)
    shared = lits["dev"] & lits["sealed"]
    if shared:
        raise SystemExit(f"dev and sealed share template text: {sorted(shared)[:3]}")
    # every language, and in it every type and family, in both splits
    for lang in LANGS:
        cov = {}
        for split, convs in (("dev", dev), ("sealed", sealed)):
            cov[split] = (
                {
                    p["type"]
                    for c in convs
                    if c["lang"] == lang
                    for m in c["messages"]
                    for p in m["pii"]
                },
                {
                    p["family"]
                    for c in convs
                    if c["lang"] == lang
                    for m in c["messages"]
                    for p in m["pii"]
                },
            )
            miss_t = set(TYPES.values()) - cov[split][0]
            miss_f = set(R.FAMILIES.values()) - cov[split][1]
            if miss_t or miss_f:
                raise SystemExit(f"{lang}/{split} lacks {sorted(miss_t | miss_f)}")
    return dev, sealed, {"dev_templates": len(lits["dev"]), "sealed_templates": len(lits["sealed"])}


def dump(convs: list[dict[str, Any]]) -> bytes:
    return "".join(
        json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in convs
    ).encode()


def gz(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(data)
    return buf.getvalue()


def stats(dev: list[dict[str, Any]], sealed: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    lines = [f"templates: dev {meta['dev_templates']}, sealed {meta['sealed_templates']}"]
    allc = dev + sealed
    msgs = [m for c in allc for m in c["messages"]]
    pii = [(c["lang"], p) for c in allc for m in c["messages"] for p in m["pii"]]
    keep = [k for m in msgs for k in m["must_keep"]]
    mm = sum(1 for c in allc if any(p.get("group") for m in c["messages"] for p in m["pii"]))
    nopii = sum(1 for m in msgs if not m["pii"])
    lines.append(
        f"conversations {len(allc)} (dev {len(dev)}, sealed {len(sealed)}); messages {len(msgs)} "
        f"(dev {sum(len(c['messages']) for c in dev)}, sealed {sum(len(c['messages']) for c in sealed)})"
    )
    lines.append(
        f"pii values {len(pii)}; must_keep spans {len(keep)}; messages without pii {nopii} "
        f"({100 * nopii / len(msgs):.1f}%); conversations with a multi_message value {mm} "
        f"({100 * mm / len(allc):.1f}%)"
    )
    lines.append("per language (conversations / messages / % of messages / pii):")
    for lang in LANGS:
        cs = [c for c in allc if c["lang"] == lang]
        nm = sum(len(c["messages"]) for c in cs)
        lines.append(
            f"  {lang}: {len(cs)} / {nm} / {100 * nm / len(msgs):.1f}% / {sum(1 for l, _ in pii if l == lang)}"
        )
    for title, ctr in (
        ("per type", Counter(p["type"] for _, p in pii)),
        ("per family", Counter(p["family"] for _, p in pii)),
        ("per must_keep kind", Counter(k["kind"] for k in keep)),
    ):
        lines.append(title + ":")
        lines.extend(f"  {k}: {v}" for k, v in sorted(ctr.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    a = ap.parse_args(argv)
    dev, sealed, meta = build()
    dev_b, sealed_b = dump(dev), gz(dump(sealed))
    if a.stats:
        print(stats(dev, sealed, meta))
    paths = {HERE / "dev.jsonl": dev_b, HERE / "sealed.jsonl.gz": sealed_b}
    if a.check:
        bad = [p.name for p, b in paths.items() if not p.exists() or p.read_bytes() != b]
        if bad:
            print("differs from generator output: " + ", ".join(bad), file=sys.stderr)
            return 1
        print("ok: dev.jsonl and sealed.jsonl.gz match the generator")
        return 0
    if not a.stats:
        for p, b in paths.items():
            p.write_bytes(b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
