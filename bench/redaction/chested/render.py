"""Turn templates into labelled conversations: placeholders -> typed values with spans."""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from . import values

ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER", "CVV": "CREDIT_DEBIT_CVV", "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN", "PW": "PASSWORD", "USER": "USERNAME", "EMAIL": "EMAIL", "PHONE": "PHONE",
    "ACCT": "BANK_ACCOUNT_NUMBER", "ROUT": "BANK_ROUTING",
    "IBAN": "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "SWIFT": "SWIFT_CODE", "SSN": "SSN",
    "ITIN": "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "NINO": "UK_NATIONAL_INSURANCE_NUMBER",
    "PASS": "PASSPORT_NUMBER", "DL": "DRIVER_ID", "IP": "IP_ADDRESS", "MAC": "MAC_ADDRESS",
    "AKEY": "AWS_ACCESS_KEY", "SKEY": "AWS_SECRET_KEY", "DNI": "ES_DNI", "NIE": "ES_NIE",
    "CURP": "MX_CURP", "RFC": "MX_RFC", "CLABE": "MX_CLABE", "CPF": "BR_CPF", "CNPJ": "BR_CNPJ",
    "NIR": "FR_NIR", "IDNR": "DE_TAX_ID", "NIF": "PT_NIF",
}  # fmt: skip

FAMILY = {
    "plain": "plain", "spaced": "spaced_or_dashed", "noise": "split_by_noise",
    "letters": "letter_substitution", "spelled": "spelled_out", "at": "email_spelled",
    "pct": "percent_encoded", "url": "url_credentials", "kv": "key_value_secret",
    "compact": "compact_expiry", "broken": "iban_broken", "ctx": "context_only",
    "multi": "multi_message", "more": "multi_message",
}  # fmt: skip

PLACEHOLDER = re.compile(r"\{(#[a-z]+|[A-Z]+:[a-z]+)\}")

DIGIT_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
PLUS = {"en": "plus", "es": "más", "fr": "plus", "de": "plus", "pt": "mais"}
MONTHS = {
    "en": [
        "Jan",
        "Feb",
        "March",
        "April",
        "May",
        "June",
        "July",
        "Aug",
        "Sept",
        "Oct",
        "Nov",
        "December",
    ],
    "es": [
        "ene",
        "feb",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "ago",
        "sept",
        "oct",
        "nov",
        "diciembre",
    ],
    "fr": [
        "janv",
        "févr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "sept",
        "oct",
        "nov",
        "décembre",
    ],
    "de": [
        "Jan",
        "Feb",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dezember",
    ],
    "pt": [
        "jan",
        "fev",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "ago",
        "set",
        "out",
        "nov",
        "dezembro",
    ],
}
NOISE = {
    "en": (" 🙂 ", " | ", " / ", "\n", " then ", " .. ", " 👉 "),
    "es": (" 🙂 ", " | ", " / ", "\n", " y luego ", " ... ", " 👉 "),
    "fr": (" 🙂 ", " | ", " / ", "\n", " puis ", " ... ", " 👉 "),
    "de": (" 🙂 ", " | ", " / ", "\n", " dann ", " ... ", " 👉 "),
    "pt": (" 🙂 ", " | ", " / ", "\n", " depois ", " ... ", " 👉 "),
}
AT_DOT = {
    "en": ((" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)")),
    "es": ((" arroba ", " punto "), (" arroba ", "."), ("(arroba)", "(punto)")),
    "fr": ((" arobase ", " point "), (" at ", " point "), ("(arobase)", ".")),
    "de": ((" Klammeraffe ", " Punkt "), (" at ", " Punkt "), ("(at)", "(punkt)")),
    "pt": ((" arroba ", " ponto "), ("(arroba)", "(ponto)"), (" arroba ", ".")),
}
HOSTS = ("portal.example.com", "ftp.example.net", "intranet.example.org", "db.example.test")


@dataclass
class Span:
    type: str
    family: str
    start: int
    end: int
    value: str
    group: str | None = None


@dataclass
class Message:
    text: str = ""
    pii: list[Span] = field(default_factory=list)
    keep: list[dict[str, Any]] = field(default_factory=list)


def _groups(s: str, size: int) -> list[str]:
    return [s[i : i + size] for i in range(0, len(s), size)]


def _plain(kind: str, v: str, rng: random.Random, lang: str, loc: str) -> str:
    """Official print forms of each type."""
    if kind == "CREDIT_DEBIT_NUMBER":
        if len(v) == 15:
            return rng.choice((v, f"{v[:4]} {v[4:10]} {v[10:]}"))
        return rng.choice((" ".join(_groups(v, 4)), "-".join(_groups(v, 4)), v))
    if kind == "CREDIT_DEBIT_EXPIRY":
        mm, yy = v.split("/")
        name = MONTHS[lang][int(mm) - 1]
        return rng.choice((v, f"{mm}/20{yy}", f"{mm}-{yy}", f"{name} 20{yy}", f"{name} {yy}"))
    if kind == "PHONE":
        num = phonenumbers.parse(v)
        fmt = rng.choice((phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                          phonenumbers.PhoneNumberFormat.E164))  # fmt: skip
        return phonenumbers.format_number(num, fmt)
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return rng.choice((" ".join(_groups(v, 4)), v))
    if kind == "BR_CPF":
        return rng.choice((f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v))
    if kind == "BR_CNPJ":
        return rng.choice((f"{v[:2]}.{v[2:5]}.{v[5:8]}/{v[8:12]}-{v[12:]}", v))
    if kind in ("SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"):
        return rng.choice((f"{v[:3]}-{v[3:5]}-{v[5:]}", v))
    if kind == "UK_NATIONAL_INSURANCE_NUMBER":
        return rng.choice((v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"))
    if kind == "FR_NIR":
        return rng.choice((v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"))
    if kind == "DE_TAX_ID":
        return rng.choice((v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"))
    if kind == "PT_NIF":
        return rng.choice((v, f"{v[:3]} {v[3:6]} {v[6:]}"))
    if kind == "MX_CLABE":
        return rng.choice((v, f"{v[:3]} {v[3:6]} {v[6:17]} {v[17]}"))
    if kind in ("ES_DNI", "ES_NIE"):
        return rng.choice((v, f"{v[:-1]}-{v[-1]}"))
    return v


def _compact(v: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", v)


def _spaced(kind: str, v: str, rng: random.Random) -> str:
    c = _compact(v)
    if kind == "PHONE":
        c = "+" + c
    sep = rng.choice((" ", "-", " - ", "  "))
    size = rng.choice((2, 3, 4)) if len(c) > 5 else 1
    return sep.join(_groups(c, size))


def _noise(kind: str, v: str, rng: random.Random, lang: str) -> str:
    c = _compact(v)
    if kind == "PHONE":
        c = "+" + c
    parts = _groups(c, 4 if len(c) > 8 else 3)
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice(NOISE[lang]) + p
    return out


def _letters(v: str, rng: random.Random) -> str:
    subs = {"0": ("O", "o"), "1": ("l", "I")}
    chars = list(v)
    idx = [i for i, ch in enumerate(chars) if ch in subs]
    for i in rng.sample(idx, k=max(1, len(idx) // 2)):
        chars[i] = rng.choice(subs[chars[i]])
    return "".join(chars)


def _spelled(kind: str, v: str, rng: random.Random, lang: str) -> str:
    c = _compact(v)
    words: list[str] = [PLUS[lang]] if kind == "PHONE" and rng.random() < 0.5 else []
    mixed = rng.random() < 0.3
    for i, ch in enumerate(c):
        words.append(ch if mixed and i % 3 == 2 else DIGIT_WORDS[lang][int(ch)])
    return " ".join(words)


def _needs_redraw(kind: str, fam: str, v: str) -> bool:
    c = _compact(v)
    if fam == "letter_substitution":
        return not any(ch in "01" for ch in c)
    return False


class Renderer:
    def __init__(self, conv_id: str, lang: str, loc: str, rng: random.Random) -> None:
        self.conv_id, self.lang, self.loc, self.rng = conv_id, lang, loc, rng
        self.multi_parts: list[str] = []
        self.group = f"{conv_id}-g1"
        self.canon: list[tuple[str, str]] = []  # (type, canonical) for the validator

    def _draw(self, kind: str, fam: str) -> str:
        for _ in range(200):
            v = values.DRAW[kind](self.rng, self.loc)
            if not _needs_redraw(kind, fam, v):
                self.canon.append((kind, v))
                return v
        raise RuntimeError(f"cannot draw {kind} for {fam}")

    def prepare_multi(self, kind: str, n_parts: int) -> None:
        v = self._draw(kind, "multi_message")
        shown = _plain(kind, v, self.rng, self.lang, self.loc)
        if kind == "PHONE":
            shown = phonenumbers.format_number(
                phonenumbers.parse(v), phonenumbers.PhoneNumberFormat.NATIONAL
            )
        tokens = re.split(r"(?<=\S)(?=\s)|(?<=\s)(?=\S)", shown)
        pieces = [t for t in tokens if t.strip()]
        if len(pieces) < n_parts:  # no print grouping: cut the run itself
            c = _compact(shown)
            step = -(-len(c) // n_parts)
            pieces = _groups(c, step)
        # spread the groups over n_parts messages
        per = -(-len(pieces) // n_parts)
        self.multi_parts = [" ".join(pieces[i : i + per]) for i in range(0, len(pieces), per)][
            :n_parts
        ]
        if len(self.multi_parts) < n_parts:  # too few groups: cut the digit run evenly
            c = _compact(shown)
            step = -(-len(c) // n_parts)
            self.multi_parts = _groups(c, step)[:n_parts]

    def value_text(self, kind: str, fam: str) -> str:
        lang, rng = self.lang, self.rng
        if fam == "email_spelled":
            v = self._draw(kind, fam)
            at, dot = rng.choice(AT_DOT[lang])
            user, dom = v.split("@")
            return user + at + dom.replace(".", dot)
        if fam == "compact_expiry":
            mm, yy = self._draw(kind, fam).split("/")
            return rng.choice((mm + yy, f"{mm}20{yy}"))
        if fam == "iban_broken":
            v = self._draw(kind, fam)
            out = ""
            for i, g in enumerate(_groups(v, 4)):
                out += ("" if i == 0 else rng.choice((" ", "-", "\n", "  ", " - "))) + g
            return out
        v = self._draw(kind, fam)
        if fam in ("plain", "context_only", "key_value_secret", "url_credentials"):
            return _plain(kind, v, rng, lang, self.loc)
        if fam == "spaced_or_dashed":
            return _spaced(kind, v, rng)
        if fam == "split_by_noise":
            return _noise(kind, v, rng, lang)
        if fam == "letter_substitution":
            return _letters(_plain(kind, v, rng, lang, self.loc), rng)
        if fam == "spelled_out":
            return _spelled(kind, v, rng, lang)
        if fam == "percent_encoded":
            return urllib.parse.quote(v, safe="")
        raise ValueError(fam)

    def render(self, template: tuple[str, ...]) -> list[Message]:
        n_multi = sum(len(re.findall(r"\{[A-Z]+:(multi|more)\}", m)) for m in template)
        if n_multi:
            kind = ALIAS[re.search(r"\{([A-Z]+):multi\}", " ".join(template)).group(1)]  # type: ignore[union-attr]
            self.prepare_multi(kind, n_multi)
        msgs: list[Message] = []
        part = 0
        for tmpl in template:
            msg = Message()
            pos = 0
            for m in PLACEHOLDER.finditer(tmpl):
                msg.text += tmpl[pos : m.start()]
                pos = m.end()
                tok = m.group(1)
                if tok.startswith("#"):
                    val = values.negative(tok[1:], self.rng, self.loc)
                    msg.keep.append(
                        {
                            "kind": tok[1:],
                            "start": len(msg.text),
                            "end": len(msg.text) + len(val),
                            "value": val,
                        }
                    )
                    msg.text += val
                    continue
                alias, fam_key = tok.split(":")
                fam = FAMILY[fam_key]
                if fam_key == "url":
                    self._url_credentials(msg)
                    continue
                kind = ALIAS[alias]
                if fam == "multi_message":
                    val = self.multi_parts[part]
                    part += 1
                    start = len(msg.text)
                    msg.text += val
                    msg.pii.append(Span(kind, fam, start, len(msg.text), val, self.group))
                    continue
                val = self.value_text(kind, fam)
                if fam == "key_value_secret":
                    msg.text += rng_key(kind, self.rng)
                elif fam == "percent_encoded":
                    msg.text += self._url_prefix(kind)
                start = len(msg.text)
                msg.text += val
                msg.pii.append(Span(kind, fam, start, len(msg.text), val))
            msg.text += tmpl[pos:]
            msgs.append(msg)
        return msgs

    def _url_prefix(self, kind: str) -> str:
        host = self.rng.choice(HOSTS)
        param = {"EMAIL": "email", "PHONE": "tel", "USERNAME": "user"}.get(kind, "q")
        return f"https://{host}/account/verify?lang={self.lang}&{param}="

    def _url_credentials(self, msg: Message) -> None:
        scheme = self.rng.choice(("https", "ftp", "sftp", "postgres", "smb"))
        user = self._draw("USERNAME", "url_credentials")
        pw = self._draw("PASSWORD", "url_credentials")
        msg.text += f"{scheme}://"
        s = len(msg.text)
        msg.text += user
        msg.pii.append(Span("USERNAME", "url_credentials", s, len(msg.text), user))
        msg.text += ":"
        s = len(msg.text)
        msg.text += pw
        msg.pii.append(Span("PASSWORD", "url_credentials", s, len(msg.text), pw))
        msg.text += "@" + self.rng.choice(HOSTS) + self.rng.choice(("", "/share", "/db"))


def rng_key(kind: str, rng: random.Random) -> str:
    keys = {
        "AWS_ACCESS_KEY": ("AWS_ACCESS_KEY_ID=", "aws_access_key_id = "),
        "AWS_SECRET_KEY": ("AWS_SECRET_ACCESS_KEY=", "aws_secret_access_key = "),
        "PASSWORD": ("DB_PASSWORD=", "PASSWORD=", "smtp_pass="),
        "USERNAME": ("DB_USER=", "USERNAME=", "login="),
    }
    return rng.choice(keys.get(kind, ("SECRET=",)))
