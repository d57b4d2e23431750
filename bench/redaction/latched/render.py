"""Turn one template into one labelled conversation: draw values, render families, offsets."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import phonenumbers

from . import lang as L
from . import values as V

SLOT = re.compile(r"\{([a-z_]+)(?::([a-z]+))?\}")

FAMILY = {
    "": "plain",
    "sp": "spaced_or_dashed",
    "nz": "split_by_noise",
    "ls": "letter_substitution",
    "sw": "spelled_out",
    "es": "email_spelled",
    "pe": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "ib": "iban_broken",
    "ma": "multi_message",
    "mb": "multi_message",
    "mc": "multi_message",
    "ctx": "context_only",
}
PART = {"ma": 0, "mb": 1, "mc": 2}

PII_SLOTS = {
    "card": "CREDIT_DEBIT_NUMBER",
    "cvv": "CREDIT_DEBIT_CVV",
    "exp": "CREDIT_DEBIT_EXPIRY",
    "pin": "PIN",
    "acct": "BANK_ACCOUNT_NUMBER",
    "routing": "BANK_ROUTING",
    "iban": "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "swift": "SWIFT_CODE",
    "email": "EMAIL",
    "phone": "PHONE",
    "ssn": "SSN",
    "itin": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "nino": "UK_NATIONAL_INSURANCE_NUMBER",
    "passport": "PASSPORT_NUMBER",
    "dl": "DRIVER_ID",
    "pw": "PASSWORD",
    "user": "USERNAME",
    "akid": "AWS_ACCESS_KEY",
    "secret": "AWS_SECRET_KEY",
    "ip": "IP_ADDRESS",
    "mac": "MAC_ADDRESS",
    "dni": "ES_DNI",
    "nie": "ES_NIE",
    "curp": "MX_CURP",
    "rfc": "MX_RFC",
    "clabe": "MX_CLABE",
    "cpf": "BR_CPF",
    "cnpj": "BR_CNPJ",
    "nir": "FR_NIR",
    "steuerid": "DE_TAX_ID",
    "nif": "PT_NIF",
}
KEEP_SLOTS = {
    "order": "order_number",
    "tracking": "tracking_number",
    "zip": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_number",
    "booking": "booking_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
    "error": "error_code",
    "room": "room_number",
    "policy": "policy_number",
    "contract": "contract_number",
    "pct": "percentage",
    "size": "data_size",
    "count": "count",
    "days": "count",
}

IBAN_COUNTRY = {
    "US": "DE", "GB": "GB", "IE": "IE", "CA": "FR", "AU": "GB", "IN": "GB", "NZ": "NL", "ZA": "LU",
    "ES": "ES", "MX": "ES", "AR": "ES", "CO": "ES", "CL": "ES",
    "FR": "FR", "BE": "BE", "CH": "CH", "DE": "DE", "AT": "AT", "BR": "BR", "PT": "PT", "AO": "PT",
}  # fmt: skip
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # letters allowed in the inward code of a UK postcode
EIR = "ACDEFHKNPRTVWXY"  # letters used in Irish Eircodes


@dataclass
class Value:
    """A drawn value: its natural groups, how it is usually typed, and the digits for spelling."""

    groups: list[str]
    plain: str
    seps: list[str] = field(default_factory=list)


class Conversation:
    def __init__(self, rng: random.Random, lang: str, locale: str) -> None:
        self.rng = rng
        self.lang = lang
        self.locale = locale
        self.region = locale.split("-")[1]
        self.cache: dict[str, Value] = {}
        self.parts: dict[str, int] = {}
        self.group_ids: dict[str, str] = {}

    # ----- value drawing ---------------------------------------------------------------------
    def draw(self, slot: str, variant: str) -> Value:
        base = slot.removesuffix("_b").removesuffix("_c")
        for _ in range(200):
            value = self._draw(base)
            text = "".join(value.groups)
            if variant == "ls" and not (
                any(c in "01" for c in text) and any(c in "01" for c in value.plain)
            ):
                continue
            if variant == "sw" and len(value.groups) > 8:
                continue
            return value
        raise RuntimeError(slot)

    def _groups(self, s: str, sizes: list[int]) -> list[str]:
        out, i = [], 0
        for n in sizes:
            out.append(s[i : i + n])
            i += n
        if i < len(s):
            out.append(s[i:])
        return [g for g in out if g]

    def _chunks(self, s: str, n: int) -> list[str]:
        return [s[i : i + n] for i in range(0, len(s), n)]

    def _draw(self, base: str) -> Value:
        rng, region = self.rng, self.region
        if base == "card":
            v = V.card(rng)
            g = self._groups(v, [4, 6, 5]) if len(v) == 15 else self._chunks(v, 4)
            return Value(g, v)
        if base == "cvv":
            v = V.cvv(rng, rng.random() < 0.1)
            return Value([v], v)
        if base == "exp":
            m, y = V.expiry(rng)
            mm, yy = f"{m:02d}", f"{y:02d}"
            style = rng.random()
            if style < 0.5:
                plain = f"{mm}/{yy}"
            elif style < 0.65:
                plain = f"{m}/{yy}"
            elif style < 0.8:
                plain = f"{mm}/20{yy}"
            elif style < 0.9:
                plain = f"{mm}-{yy}"
            else:
                plain = f"{L.MONTH_ABBR[self.lang].split()[m - 1]} {yy}"
            return Value([mm, yy], plain, [str(m)])
        if base == "pin":
            v = V.pin(rng)
            return Value(list(v), v)
        if base == "acct":
            if region == "GB" or region == "IE":
                v = V.rdigits(rng, 8)
                return Value(self._chunks(v, 4), v)
            if region in ("DE", "AT", "CH"):
                v = rng.choice("123456789") + V.rdigits(rng, 9)
                return Value(self._chunks(v, 3), v)
            if region == "BR":
                v = V.rdigits(rng, rng.choice([5, 6, 8]))
                d = V.rdigits(rng, 1)
                return Value([v, d], f"{v}-{d}")
            if region in ("FR", "BE"):
                v = V.rdigits(rng, 11)
                return Value(self._chunks(v, 4), v)
            if region == "PT" or region == "AO":
                v = V.rdigits(rng, 11)
                return Value(self._chunks(v, 4), v)
            if region in ("MX", "AR", "CO", "CL", "ES"):
                v = V.rdigits(rng, rng.choice([10, 11]))
                return Value(self._chunks(v, 4), v)
            v = rng.choice("123456789") + V.rdigits(rng, rng.choice([7, 9, 10, 11]))
            return Value(self._chunks(v, 4), v)
        if base == "routing":
            if region == "GB" or region == "IE":
                v = V.rdigits(rng, 6)
                g = self._chunks(v, 2)
                return Value(g, "-".join(g) if rng.random() < 0.7 else v)
            if region in ("DE", "AT"):
                v = rng.choice("1234567") + V.rdigits(rng, 7 if region == "DE" else 4)
                g = self._groups(v, [3, 3, 2])
                return Value(g, v if rng.random() < 0.6 else " ".join(g))
            if region == "BR" or region == "AO":
                v = V.rdigits(rng, 4)
                return Value([v], v)
            if region == "AU":
                v = "0" + V.rdigits(rng, 5)
                return Value([v[:3], v[3:]], v[:3] + "-" + v[3:])
            if region == "CA":
                v = V.rdigits(rng, 5)
                i = rng.choice(["001", "002", "003", "004", "006", "010", "016"])
                return Value([v, i], f"{v}-{i}")
            if region in ("FR", "BE", "CH"):
                v = V.rdigits(rng, 5)
                return Value([v], v)
            if region in ("ES", "MX", "AR", "CO", "CL", "PT"):
                v = V.rdigits(rng, 4)
                return Value([v], v)
            v = V.aba(rng)
            return Value(self._chunks(v, 3), v)
        if base == "iban":
            v = V.iban_value(rng, IBAN_COUNTRY[region])
            return Value(self._chunks(v, 4), v)
        if base == "swift":
            v = V.bic_value(
                rng,
                IBAN_COUNTRY[region]
                if rng.random() < 0.8
                else rng.choice(["DE", "FR", "ES", "GB", "BR", "MX", "PT"]),
            )
            return Value(
                [v[:4], v[4:6], v[6:8], v[8:]] if len(v) == 11 else [v[:4], v[4:6], v[6:]], v
            )
        if base == "email":
            first = rng.choice(L.FIRST_NAMES[self.lang].split())
            last = rng.choice(L.SURNAMES[self.lang].split())
            local = rng.choice(
                [
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first[0]}{last}",
                    f"{first}_{last}",
                    f"{first}.{last}{V.rdigits(rng, 2)}",
                    f"{last}{first[0]}{V.rdigits(rng, 2)}",
                ]
            )
            domain = rng.choice(
                [
                    "example.com",
                    "example.org",
                    "example.net",
                    "mail.example.com",
                    "correo.test",
                    "post.test",
                    "mail.test",
                    "inbox.example.net",
                ]
            )
            return Value([local, domain], f"{local}@{domain}")
        if base == "phone":
            region_ = (
                region
                if rng.random() < 0.9
                else rng.choice(["ES", "FR", "DE", "GB", "BR", "PT", "MX", "US"])
            )
            num = V.phone_value(rng, region_)
            fmt = rng.random()
            if fmt < 0.45:
                plain = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            elif fmt < 0.8:
                plain = phonenumbers.format_number(
                    num, phonenumbers.PhoneNumberFormat.INTERNATIONAL
                )
            else:
                plain = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            groups = [g for g in re.split(r"[^0-9]+", nat) if g]
            if len(groups) == 1:
                groups = self._chunks(groups[0], 3)
            return Value(
                groups,
                plain,
                [phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)],
            )
        if base == "ssn":
            v = V.ssn_value(rng)
            g = self._groups(v, [3, 2, 4])
            return Value(g, "-".join(g) if rng.random() < 0.7 else v)
        if base == "itin":
            v = V.itin_value(rng)
            g = self._groups(v, [3, 2, 4])
            return Value(g, "-".join(g) if rng.random() < 0.8 else v)
        if base == "nino":
            v = V.nino_value(rng)
            g = self._groups(v, [2, 2, 2, 2, 1])
            return Value(g, v if rng.random() < 0.6 else " ".join(g))
        if base == "passport":
            v = V.passport_value(rng, region)
            return Value(self._chunks(v, 3) if len(v) > 6 else [v], v)
        if base == "dl":
            v = V.driver_value(rng, region)
            return Value(self._chunks(v, 4), v)
        if base == "pw":
            v = V.password_value(rng)
            return Value([v], v)
        if base == "user":
            v = V.username_value(rng)
            return Value([v], v)
        if base == "akid":
            v = V.aws_access_key(rng)
            return Value(self._chunks(v, 4), v)
        if base == "secret":
            v = V.aws_secret(rng)
            return Value(self._chunks(v, 8), v)
        if base == "ip":
            v = V.ip_value(rng)
            return Value(v.split(".") if "." in v else [v], v)
        if base == "mac":
            octets = V.mac_value(rng)
            if rng.random() < 0.5:
                octets = [o.upper() for o in octets]
            sep = rng.choice([":", ":", "-"])
            return Value(octets, sep.join(octets))
        if base == "dni":
            v = V.dni_value(rng)
            g = self._groups(v, [2, 3, 3, 1])
            style = rng.random()
            plain = (
                v
                if style < 0.6
                else (f"{v[:8]}-{v[8]}" if style < 0.8 else f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}")
            )
            return Value(g, plain)
        if base == "nie":
            v = V.nie_value(rng)
            g = self._groups(v, [1, 7, 1])
            return Value(g, v if rng.random() < 0.7 else "-".join(g))
        if base == "curp":
            v = V.curp_value(rng)
            return Value(self._groups(v, [4, 6, 6, 2]), v)
        if base == "rfc":
            v = V.rfc_value(rng)
            return Value(self._groups(v, [4, 6, 3]), v)
        if base == "clabe":
            v = V.clabe(rng)
            return Value(
                self._groups(v, [3, 3, 11, 1]) if rng.random() < 0.5 else self._chunks(v, 4), v
            )
        if base == "cpf":
            v = V.cpf_value(rng)
            g = self._groups(v, [3, 3, 3, 2])
            return Value(g, f"{g[0]}.{g[1]}.{g[2]}-{g[3]}" if rng.random() < 0.6 else v)
        if base == "cnpj":
            v = V.cnpj_value(rng)
            g = self._groups(v, [2, 3, 3, 4, 2])
            return Value(g, f"{g[0]}.{g[1]}.{g[2]}/{g[3]}-{g[4]}" if rng.random() < 0.7 else v)
        if base == "nir":
            v = V.nir_value(rng)
            g = self._groups(v, [1, 2, 2, 2, 3, 3, 2])
            return Value(g, " ".join(g) if rng.random() < 0.6 else v)
        if base == "steuerid":
            v = V.steuerid_value(rng)
            g = self._groups(v, [2, 3, 3, 3])
            return Value(g, " ".join(g) if rng.random() < 0.5 else v)
        if base == "nif":
            v = V.nif_value(rng)
            g = self._groups(v, [3, 3, 3])
            return Value(g, " ".join(g) if rng.random() < 0.3 else v)
        raise KeyError(base)

    # ----- families -------------------------------------------------------------------------
    def spell_group(self, group: str) -> str:
        rng, lang, loc = self.rng, self.lang, self.locale
        if not group.isdigit():
            return " ".join(self.spell_group(c) if c.isdigit() else c for c in group)
        if (
            len(group) % 2 == 0
            and len(group) >= 2
            and rng.random() < (0.7 if lang == "fr" else 0.3)
        ):
            return " ".join(
                L.pair_word(lang, loc, int(group[i : i + 2]))
                if group[i] != "0"
                else L.pair_word(lang, loc, 0) + " " + L.pair_word(lang, loc, int(group[i + 1]))
                for i in range(0, len(group), 2)
            )
        words: list[str] = []
        i = 0
        oh = rng.random() < 0.5
        meia = loc == "pt-BR" and rng.random() < 0.5
        zwo = rng.random() < 0.3
        while i < len(group):
            d = group[i]
            run = 1
            while i + run < len(group) and group[i + run] == d and run < 3:
                run += 1
            word = L.digit_word(lang, loc, int(d), oh=oh, meia=meia, zwo=zwo)
            if run >= 2 and lang == "en" and rng.random() < 0.8:
                words.append(L.DOUBLE[lang][run - 2] + ("" if lang == "de" else " ") + word)
                i += run
                continue
            words.append(word)
            i += 1
        joiner = rng.choice([" ", " ", "-", ", "]) if lang != "de" else rng.choice([" ", " ", "-"])
        return joiner.join(words)

    def render(self, slot: str, variant: str) -> list[tuple[str, Any]]:
        """Segments (text, label): label None, ("pii", TYPE, family) or ("keep", kind)."""
        base = slot.removesuffix("_b").removesuffix("_c")
        if base in KEEP_SLOTS:
            return [(self.keep(base), ("keep", KEEP_SLOTS[base]))]
        typ = PII_SLOTS[base]
        fam = FAMILY[variant]
        if slot not in self.cache:
            self.cache[slot] = self.draw(slot, variant)
        val = self.cache[slot]
        rng = self.rng
        lab = ("pii", typ, fam, slot if variant in PART else None)
        if variant in ("", "ctx", "kv"):
            return [(val.plain, lab)]
        if variant == "sp":
            if base == "exp":
                return [(val.groups[0] + rng.choice([" / ", " - ", " "]) + val.groups[1], lab)]
            if base == "mac" and rng.random() < 0.4:
                t = "".join(val.groups)
                return [(".".join([t[0:4], t[4:8], t[8:12]]), lab)]
            sep = rng.choice([" ", " ", "-", " - ", ".", "  "])
            return [(sep.join(val.groups), lab)]
        if variant == "nz":
            seps = L.NOISE[self.lang]
            sep_text = ""
            out = val.groups[0]
            for g in val.groups[1:]:
                sep_text = rng.choice(seps) if rng.random() < 0.5 or not sep_text else sep_text
                out += sep_text + g
            return [(out, lab)]
        if variant == "ls":
            text = val.plain if rng.random() < 0.5 else " ".join(val.groups)
            chars = list(text)
            idx = [i for i, c in enumerate(chars) if c in "01"]
            pick = rng.sample(idx, max(1, len(idx) * 2 // 3))
            for i in pick:
                chars[i] = rng.choice("Oo") if chars[i] == "0" else rng.choice("lI")
            return [("".join(chars), lab)]
        if variant == "sw":
            if base == "exp":
                month = L.MONTHS[self.lang].split()[int(val.groups[0]) - 1]
                year = L.pair_word(self.lang, self.locale, int(val.groups[1]))
                if self.lang == "en" and rng.random() < 0.5:
                    year = "twenty " + year
                return [
                    (
                        f"{month} {year}"
                        if rng.random() < 0.6
                        else f"{self.spell_group(val.groups[0])} {year}",
                        lab,
                    )
                ]
            parts = [self.spell_group(g) for g in val.groups]
            sep = (
                rng.choice([", ", " ", " - ", " / "])
                if self.lang != "en"
                else rng.choice([", ", " ", " - "])
            )
            return [(sep.join(parts), lab)]
        if variant == "es":
            local, domain = val.groups
            at = rng.choice(L.EMAIL_AT[self.lang]).strip()
            dot = rng.choice(L.EMAIL_DOT[self.lang]).strip()
            domain_s = f" {dot} ".join(domain.split("."))
            local_s = f" {dot} ".join(local.split(".")) if rng.random() < 0.6 else local
            return [(f"{local_s} {at} {domain_s}", lab)]
        if variant == "pe":
            if base == "email":
                enc = quote(val.plain, safe="")
            elif base == "phone":
                num = phonenumbers.parse(val.seps[0], None)
                form = (
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL
                    if rng.random() < 0.3
                    else phonenumbers.PhoneNumberFormat.E164
                )
                enc = quote(phonenumbers.format_number(num, form), safe="")
            else:
                enc = quote(val.plain, safe="")
            return [(enc, lab)]
        if variant == "url":
            host = rng.choice(
                [
                    "db.example.internal",
                    "ftp.example.com",
                    "git.example.org",
                    "smtp.example.net",
                    "nas.local",
                    "intranet.example.com",
                ]
            )
            scheme = rng.choice(["https", "ftp", "postgres", "mysql", "sftp", "smtp", "redis"])
            user = V.letters_username(rng)
            return [(f"{scheme}://{user}:", None), (val.plain, lab), (f"@{host}", None)]
        if variant == "cx":
            return [(val.groups[0] + val.groups[1], lab)]
        if variant == "ib":
            out = val.groups[0]
            for g in val.groups[1:]:
                out += rng.choice([" ", "-", "\n", " ", "  ", " - "]) + g
            return [(out, lab)]
        if variant in PART:
            n = self.parts[slot]
            k = PART[variant]
            groups = val.groups
            if base == "exp":
                groups = [val.groups[0], val.groups[1]]
            if len(groups) < n:
                flat = "".join(groups)
                cuts = [round(i * len(flat) / n) for i in range(n + 1)]
                groups = [flat[cuts[i] : cuts[i + 1]] for i in range(n)]
            bounds = [round(i * len(groups) / n) for i in range(n + 1)]
            chunks = [groups[bounds[i] : bounds[i + 1]] for i in range(n)]
            sep = " " if base not in ("email",) else "@"
            if base == "email":
                return [((val.groups[0] + "@") if k == 0 else val.groups[1], lab)]
            if base == "mac":
                sep = ":"
            return [(sep.join(chunks[k]), lab)]
        raise KeyError(variant)

    # ----- must_keep ------------------------------------------------------------------------
    def keep(self, base: str) -> str:
        for _ in range(1000):
            v = self._keep(base)
            if not V.passes_identifier(v):
                return v
        raise RuntimeError(base)

    def _keep(self, base: str) -> str:
        rng, region, lang = self.rng, self.region, self.lang
        d = V.rdigits
        if base == "order":
            return rng.choice(
                [
                    f"#{d(rng, 6)}",
                    f"{d(rng, 7)}",
                    f"ORD-{d(rng, 6)}",
                    f"#{rng.choice('ABCDEFHJK')}{d(rng, 5)}",
                    f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}",
                    f"PED{d(rng, 6)}",
                    f"CMD-{d(rng, 5)}",
                    f"BE{d(rng, 8)}",
                ]
            )
        if base == "tracking":
            return rng.choice(
                [
                    f"1Z{d(rng, 3)}X{rng.choice('ABCDEFW')}{d(rng, 11)}",
                    rng.choice(["LX", "RR", "CP", "LB"])
                    + d(rng, 9)
                    + rng.choice(["BR", "PT", "ES", "FR", "DE"]),
                    f"JJD{d(rng, 12)}",
                    f"{d(rng, 4)} {d(rng, 4)} {d(rng, 4)}",
                    f"TBA{d(rng, 12)}",
                ]
            )
        if base == "zip":
            if region == "US":
                return f"{d(rng, 5)}" if rng.random() < 0.6 else f"{d(rng, 5)}-{d(rng, 4)}"
            if region == "GB":
                return (
                    rng.choice(["SW", "M", "LS", "B", "EH", "G", "CF", "BT"])
                    + f"{rng.randint(1, 20)} {rng.randint(1, 9)}"
                    + rng.choice(UNIT_LETTERS)
                    + rng.choice(UNIT_LETTERS)
                )
            if region == "CA":
                fsa = f"{rng.choice('KLMNHTVBR')}{rng.randint(0, 9)}{rng.choice('ABCEGHJ')}"
                return f"{fsa} {rng.randint(0, 9)}{rng.choice('ABCEGHJ')}{rng.randint(0, 9)}"
            if region == "IE":
                routing_key = f"D{rng.randint(10, 24)}"
                return f"{routing_key} {rng.choice(EIR)}{d(rng, 1)}{rng.choice(EIR)}{d(rng, 1)}"
            if region in ("AU", "NZ", "ZA", "BE", "CH", "AT", "AO"):
                return rng.choice("123456789") + d(rng, 3)
            if region in ("IN", "CO"):
                return rng.choice("12345678") + d(rng, 5)
            if region == "AR":
                return (
                    f"C{d(rng, 4)}{rng.choice('ABCDE')}{rng.choice('ABCDE')}{rng.choice('ABCDE')}"
                    if rng.random() < 0.5
                    else d(rng, 4)
                )
            if region == "CL":
                return rng.choice("123456789") + d(rng, 6)
            if region == "BR":
                return f"{d(rng, 5)}-{d(rng, 3)}"
            if region == "PT":
                return f"{rng.choice('123456789')}{d(rng, 3)}-{d(rng, 3)}"
            return rng.choice("1234567") + d(rng, 4)
        if base == "date":
            day, month, year = (
                rng.randint(1, 28),
                rng.randint(1, 12),
                rng.choice([2024, 2025, 2026, 2026]),
            )
            if region == "US" and lang == "en":
                return rng.choice(
                    [
                        f"{month}/{day}/{year}",
                        f"{month}/{day}",
                        f"{month:02d}/{day:02d}/{year % 100:02d}",
                    ]
                )
            if lang == "de":
                return rng.choice(
                    [
                        f"{day:02d}.{month:02d}.{year}",
                        f"{day}.{month}.",
                        f"{day}.{month}.{year % 100:02d}",
                    ]
                )
            if lang == "en":
                return rng.choice(
                    [
                        f"{day}/{month}/{year}",
                        f"{day:02d}/{month:02d}",
                        f"{year}-{month:02d}-{day:02d}",
                        f"{day} {L.MONTH_ABBR['en'].split()[month - 1]}",
                    ]
                )
            months = L.MONTHS[lang].split()
            return rng.choice(
                [
                    f"{day}/{month}/{year}",
                    f"{day:02d}/{month:02d}",
                    f"{day} de {months[month - 1]}"
                    if lang in ("es", "pt")
                    else f"{day} {months[month - 1]}",
                    f"{day:02d}-{month:02d}-{year}",
                ]
            )
        if base == "time":
            h, m = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
            if lang == "en" and region in ("US", "CA", "AU", "NZ", "IN"):
                return rng.choice(
                    [
                        f"{h % 12 or 12}:{m:02d}{rng.choice(['am', 'pm', ' pm', ' AM'])}",
                        f"{h % 12 or 12}{rng.choice(['am', 'pm'])}",
                    ]
                )
            if lang == "fr":
                return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h:02d}:{m:02d}"])
            if lang == "de":
                return rng.choice([f"{h}:{m:02d}", f"{h}:{m:02d} Uhr", f"{h} Uhr"])
            if lang == "en":
                return rng.choice(
                    [
                        f"{h}:{m:02d}",
                        f"{h % 12 or 12}{rng.choice(['am', 'pm'])}",
                        f"{h:02d}:{m:02d}",
                    ]
                )
            return rng.choice(
                [
                    f"{h}:{m:02d}",
                    f"{h:02d}:{m:02d}",
                    f"{h}h",
                    f"{h % 12 or 12} {rng.choice(['am', 'pm', 'hs'])}",
                ]
            )
        if base == "price":
            whole, cents = rng.randint(2, 899), rng.randint(0, 99)
            if region == "US" or region in ("AU", "NZ"):
                return rng.choice(
                    [
                        f"${whole}.{cents:02d}",
                        f"${whole}",
                        f"{whole}.{cents:02d} USD" if region == "US" else f"${whole}.{cents:02d}",
                    ]
                )
            if region == "CA":
                return f"${whole}.{cents:02d}" if lang == "en" else f"{whole},{cents:02d} $"
            if region in ("GB",):
                return rng.choice([f"£{whole}.{cents:02d}", f"£{whole}"])
            if region == "IE":
                return rng.choice([f"€{whole}.{cents:02d}", f"{whole} euro"])
            if region == "IN":
                return rng.choice(
                    [f"₹{whole * 10}", f"Rs {whole * 10}", f"Rs. {whole},{cents:02d}0"]
                )
            if region == "ZA":
                return f"R{whole}.{cents:02d}"
            if region == "MX":
                return rng.choice(
                    [f"${whole * 10}", f"${whole},{cents:02d}0.00 MXN", f"{whole * 10} pesos"]
                )
            if region in ("AR", "CL", "CO"):
                return rng.choice(
                    [f"${whole}.{cents:02d}0", f"$ {whole}.{d(rng, 3)}", f"{whole} mil pesos"]
                )
            if region == "CH":
                return rng.choice(
                    [f"CHF {whole}.{rng.choice(['00', '50', '90', '95'])}", f"{whole}.- Fr."]
                )
            if region == "BR":
                return rng.choice(
                    [f"R$ {whole},{cents:02d}", f"R${whole},{cents:02d}", f"{whole} reais"]
                )
            if region == "AO":
                return f"{whole} {d(rng, 3)} Kz"
            return rng.choice(
                [
                    f"{whole},{cents:02d} €",
                    f"{whole},{cents:02d}€",
                    f"{whole} €",
                    f"€{whole},{cents:02d}",
                    f"{whole} euros",
                ]
            )
        if base == "qty":
            return str(rng.randint(2, 12))
        if base in ("count", "days"):
            return str(rng.randint(2, 45))
        if base == "model":
            return rng.choice(
                [
                    f"XR-{d(rng, 3)}",
                    f"Pro {rng.randint(2, 15)}",
                    f"SM-A{d(rng, 3)}F",
                    f"WH-{d(rng, 4)}XM{rng.randint(2, 5)}",
                    f"KX{d(rng, 2)}",
                    f"Galaxy S{rng.randint(20, 25)}",
                    f"iPhone {rng.randint(11, 16)}",
                    f"TV-{d(rng, 2)}Q{d(rng, 2)}",
                ]
            )
        if base == "version":
            return rng.choice(
                [
                    f"{rng.randint(1, 17)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                    f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}",
                    f"{rng.randint(1, 5)}.{rng.randint(0, 9)}",
                ]
            )
        if base == "invoice":
            return rng.choice(
                [
                    f"INV-{d(rng, 6)}",
                    f"FA{d(rng, 2)}-{d(rng, 5)}",
                    f"{rng.randint(2024, 2026)}/{d(rng, 5)}",
                    f"RE-{d(rng, 7)}",
                    f"NF {d(rng, 6)}",
                ]
            )
        if base == "ticket":
            return rng.choice(
                [f"#{d(rng, 6)}", f"TCK-{d(rng, 5)}", f"CS{d(rng, 7)}", f"INC{d(rng, 7)}"]
            )
        if base == "booking":
            letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            return (
                "".join(rng.choice(letters + "23456789") for _ in range(6))
                if rng.random() < 0.5
                else "".join(rng.choice(letters) for _ in range(2))
                + d(rng, 4)
                + rng.choice(letters)
            )
        if base == "year":
            return str(rng.randint(2014, 2026))
        if base == "flight":
            return (
                rng.choice(["IB", "UX", "AF", "LH", "TP", "LA", "AM", "BA", "FR", "VY", "AV", "G3"])
                + " " * rng.randint(0, 1)
                + str(rng.randint(10, 9999))
            )
        if base == "store":
            return rng.choice([f"#{d(rng, 4)}", f"{d(rng, 3)}", f"T{d(rng, 3)}"])
        if base == "error":
            return rng.choice(
                [
                    f"E{d(rng, 3)}",
                    f"0x{d(rng, 4)}{rng.choice('ABCDEF')}{d(rng, 3)}",
                    f"ERR_{d(rng, 3)}",
                    f"{rng.choice(['403', '500', '502', '404', '429'])}",
                    f"DE-{d(rng, 4)}",
                ]
            )
        if base == "room":
            return str(rng.randint(101, 1290))
        if base == "policy":
            return rng.choice(
                [
                    f"POL-{d(rng, 7)}",
                    f"{rng.choice('ABCDHKLMP')}{d(rng, 8)}",
                    f"{d(rng, 3)}-{d(rng, 6)}-{d(rng, 2)}",
                ]
            )
        if base == "contract":
            return rng.choice(
                [f"CT-{d(rng, 6)}", f"{d(rng, 4)}/{d(rng, 4)}", f"VN{d(rng, 8)}", f"K-{d(rng, 7)}"]
            )
        if base == "pct":
            return rng.choice(
                [
                    f"{rng.randint(5, 70)}%",
                    f"{rng.randint(5, 70)} %",
                    f"{rng.randint(1, 9)},{rng.randint(1, 9)}%",
                ]
            )
        if base == "size":
            return rng.choice(
                [
                    f"{rng.randint(1, 500)} GB",
                    f"{rng.randint(1, 999)}MB",
                    f"{rng.randint(1, 4)} TB",
                    f"{rng.randint(2, 100)}GB",
                ]
            )
        raise KeyError(base)


def fill(conv: Conversation, messages: list[str]) -> list[dict[str, Any]]:
    """Render the messages of one template instance with exact code-point offsets."""
    for msg in messages:
        for m in SLOT.finditer(msg):
            if m.group(2) in PART:
                conv.parts[m.group(1)] = max(conv.parts.get(m.group(1), 0), PART[m.group(2)] + 1)
    out = []
    for msg in messages:
        text = ""
        pii: list[dict[str, Any]] = []
        keep: list[dict[str, Any]] = []
        pos = 0
        for m in SLOT.finditer(msg):
            text += msg[pos : m.start()]
            pos = m.end()
            for seg, label in conv.render(m.group(1), m.group(2) or ""):
                start = len(text)
                text += seg
                if label is None:
                    continue
                if label[0] == "keep":
                    keep.append({"kind": label[1], "start": start, "end": len(text), "value": seg})
                else:
                    item: dict[str, Any] = {
                        "type": label[1],
                        "family": label[2],
                        "start": start,
                        "end": len(text),
                        "value": seg,
                    }
                    if label[3]:
                        slot = label[3]
                        if slot not in conv.group_ids:
                            conv.group_ids[slot] = f"g{len(conv.group_ids) + 1}"
                        item["group"] = conv.group_ids[slot]
                    pii.append(item)
        text += msg[pos:]
        out.append({"text": text, "pii": pii, "must_keep": keep})
    return out
