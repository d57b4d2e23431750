"""Turn a conversation template into labelled messages.

Placeholders in template text:
  ``{CARD}``            a value whose obfuscation family the renderer draws
  ``{CARD:spell}``      a value in a fixed family (short names in ``FAMILY``)
  ``{CARD:m1}``..``m3`` parts of one value typed over consecutive messages
  ``{URL}``             ``scheme://user:password@host`` (url_credentials, two spans)
  ``{!order}``          a hard negative (``must_keep``)
Every family has a decoder here; the generator checks that each rendered span
decodes back to the drawn value.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass, field

from . import values as V

ALIAS = {
    "CARD": "CREDIT_DEBIT_NUMBER",
    "CVV": "CREDIT_DEBIT_CVV",
    "EXP": "CREDIT_DEBIT_EXPIRY",
    "PIN": "PIN",
    "PWD": "PASSWORD",
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
    "SECRET": "AWS_SECRET_KEY",
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
    "plain": "plain",
    "sd": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "espell": "email_spelled",
    "pct": "percent_encoded",
    "kv": "key_value_secret",
    "compact": "compact_expiry",
    "ctx": "context_only",
    "iban": "iban_broken",
}
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
PLACEHOLDER = re.compile(r"\{(!?[A-Za-z0-9_]+)(?::([a-z0-9]+))?\}")

DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun"),
    "pt": ("zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"),
}
# Spellings customers also use; all decode to the same digit.
WORD_VARIANTS = {
    "en": {"oh": "0", "o": "0"},
    "es": {"un": "1"},
    "fr": {"zéro": "0", "une": "1"},
    "de": {"fünf": "5", "zwo": "2", "eins": "1", "ein": "1"},
    "pt": {"três": "3", "uma": "1", "meia": "6"},
}
NOISE_WORDS = {
    "en": ("then", "and", "and then", "next", "after that"),
    "es": ("luego", "y", "despues", "y luego", "y despues"),
    "fr": ("puis", "et", "ensuite", "et puis", "apres"),
    "de": ("dann", "und", "und dann", "danach", "dann noch"),
    "pt": ("depois", "e", "e depois", "entao", "a seguir"),
}
NOISE_MARKS = (
    " | ",
    " / ",
    " 👉 ",
    " 🙏 ",
    " ✨ ",
    " - ",
    "\n",
    " || ",
    " 😅 ",
    " ... ",
    " 🔹 ",
    " // ",
)
EMAIL_AT = {
    "en": (" at ", " (at) ", "[at]", " AT ", " @ "),
    "es": (" arroba ", "(arroba)", " at ", "[at]"),
    "fr": (" arobase ", " at ", "(at)", " arrobase "),
    "de": (" Klammeraffe ", " at ", "(at)", " [at] "),
    "pt": (" arroba ", "(at)", " at ", " arroba "),
}
EMAIL_DOT = {
    "en": (" dot ", "[dot]", " (dot) ", " DOT "),
    "es": (" punto ", "(punto)", " dot ", "[dot]"),
    "fr": (" point ", " dot ", "(point)", "[point]"),
    "de": (" Punkt ", " punkt ", "(dot)", " dot "),
    "pt": (" ponto ", "(ponto)", " dot ", "[ponto]"),
}
MONTHS = {
    "en": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
    "fr": (
        "janv",
        "fev",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "aout",
        "sept",
        "oct",
        "nov",
        "dec",
    ),
    "de": ("jan", "feb", "maerz", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "dez"),
    "pt": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
}
MONTHS_LONG = {
    "en": (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ),
    "de": (
        "januar",
        "februar",
        "maerz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
}
FREE = {  # families a bare {TYPE} may be drawn in, with weights
    "digits": (
        ("plain", 34),
        ("spaced_or_dashed", 22),
        ("split_by_noise", 16),
        ("letter_substitution", 13),
        ("spelled_out", 15),
    ),
    "alnum": (("plain", 55), ("spaced_or_dashed", 30), ("split_by_noise", 15)),
    "EMAIL": (("plain", 65), ("email_spelled", 35)),
    "IBAN": (("plain", 45), ("iban_broken", 35), ("split_by_noise", 20)),
    "EXP": (("plain", 75), ("spaced_or_dashed", 25)),
    "exact": (("plain", 1),),
    "MAC": (("plain", 70), ("spaced_or_dashed", 30)),
    "CVV": (("plain", 50), ("letter_substitution", 20), ("spelled_out", 30)),
    "PASSPORT": (("plain", 65), ("spaced_or_dashed", 35)),
    "DL": (("plain", 65), ("spaced_or_dashed", 35)),
}
LOCALE_REGION = {
    "en-US": "US",
    "en-GB": "GB",
    "es-ES": "ES",
    "es-MX": "MX",
    "fr-FR": "FR",
    "de-DE": "DE",
    "pt-PT": "PT",
    "pt-BR": "BR",
}


@dataclass
class Span:
    type: str
    family: str
    start: int
    end: int
    value: str
    group: str | None = None
    canonical: str = ""  # drawn value, for decoding checks (not written out)
    part_of: str = ""  # multi_message: the whole drawn value


@dataclass
class Message:
    text: str = ""
    pii: list[Span] = field(default_factory=list)
    keep: list[tuple[str, int, int, str]] = field(default_factory=list)


class Renderer:
    def __init__(self, rng: random.Random, lang: str, locale: str) -> None:
        self.rng, self.lang, self.locale = rng, lang, locale
        self.region = LOCALE_REGION[locale]

    # ---- drawing -------------------------------------------------------------
    def draw(self, type_: str) -> V.Value:
        r, reg = self.rng, self.region
        bank_country = {"US": "GB", "MX": "ES"}.get(reg, reg)
        return {
            "CREDIT_DEBIT_NUMBER": lambda: V.card(r),
            "CREDIT_DEBIT_CVV": lambda: V.cvv(r),
            "PIN": lambda: V.pin(r),
            "PASSWORD": lambda: V.password(r),
            "USERNAME": lambda: V.username(r),
            "EMAIL": lambda: V.email(r),
            "PHONE": lambda: V.phone(r, reg),
            "BANK_ACCOUNT_NUMBER": lambda: V.bank_account(r, reg),
            "BANK_ROUTING": lambda: V.routing(r, reg),
            "INTERNATIONAL_BANK_ACCOUNT_NUMBER": lambda: V.iban_value(r, bank_country),
            "SWIFT_CODE": lambda: V.swift(r, reg),
            "SSN": lambda: V.ssn_value(r),
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": lambda: V.itin_value(r),
            "UK_NATIONAL_INSURANCE_NUMBER": lambda: V.nino(r),
            "PASSPORT_NUMBER": lambda: V.passport(r, reg),
            "DRIVER_ID": lambda: V.driver(r, reg),
            "IP_ADDRESS": lambda: V.ip(r),
            "MAC_ADDRESS": lambda: V.mac(r),
            "AWS_ACCESS_KEY": lambda: V.aws_access(r),
            "AWS_SECRET_KEY": lambda: V.aws_secret(r),
            "ES_DNI": lambda: V.dni_value(r),
            "ES_NIE": lambda: V.nie_value(r),
            "MX_CURP": lambda: V.curp_value(r),
            "MX_RFC": lambda: V.rfc_value(r),
            "MX_CLABE": lambda: V.clabe_value(r),
            "BR_CPF": lambda: V.cpf_value(r),
            "BR_CNPJ": lambda: V.cnpj_value(r),
            "FR_NIR": lambda: V.nir_value(r),
            "DE_TAX_ID": lambda: V.idnr_value(r),
            "PT_NIF": lambda: V.nif_value(r),
        }[type_]()

    def free_family(self, alias: str, type_: str) -> str:
        if alias in FREE:
            table = FREE[alias]
        elif type_ in V.DIGIT_TYPES:
            table = FREE["digits"]
        elif type_ in V.EXACT_TYPES:
            table = FREE["exact"]
        else:
            table = FREE["alnum"]
        fams, weights = zip(*table)
        return self.rng.choices(fams, weights)[0]

    # ---- surface forms --------------------------------------------------------
    def expiry_text(self, family: str) -> tuple[str, str]:
        m, y = V.expiry(self.rng)
        canon = "%02d/%02d" % (m, y % 100)
        r = self.rng
        if family == "compact_expiry":
            return ("%02d%02d" % (m, y % 100) if r.random() < 0.75 else "%02d%04d" % (m, y)), canon
        if family == "spaced_or_dashed":
            return r.choice(("%02d - %02d", "%02d %02d", "%02d-%04d", "%d - %d")) % (
                (m, y % 100) if r.random() < 0.6 else (m, y)
            ), canon
        shape = r.randint(0, 6)
        if shape <= 2:
            return "%02d/%02d" % (m, y % 100), canon
        if shape == 3:
            return "%02d/%04d" % (m, y), canon
        if shape == 4:
            return "%d/%02d" % (m, y % 100), canon
        if shape == 5:
            return "%s %d" % (MONTHS[self.lang][m - 1], y), canon
        return "%s %02d" % (MONTHS_LONG[self.lang][m - 1], y % 100), canon

    def spell(self, groups: tuple[str, ...]) -> str:
        words = DIGIT_WORDS[self.lang]
        r = self.rng
        mode = r.random()
        parts = []
        all_words = mode < 0.5 or len(groups) == 1
        for g in groups:
            if not g.isdigit():  # letters of DNI/NIE/CURP stay as typed
                parts.append(g)
            elif all_words or r.random() < 0.5:
                sep = (
                    r.choice((" ", " ", "-", ", "))
                    if self.lang == "en"
                    else r.choice((" ", " ", ", "))
                )
                w = [words[int(c)] for c in g]
                if self.lang == "en" and r.random() < 0.3:
                    w = ["oh" if x == "zero" else x for x in w]
                parts.append(sep.join(w))
            else:
                parts.append(g)
        # make sure at least one group is spelled
        if parts == list(groups):
            k = next(i for i, g in enumerate(groups) if g.isdigit())
            parts[k] = " ".join(words[int(c)] for c in groups[k])
        return r.choice((" ", ", ", " ... ")).join(parts)

    def substitute(self, text: str) -> str | None:
        idx = [i for i, c in enumerate(text) if c in "01"]
        if not idx:
            return None
        r = self.rng
        chosen = set(r.sample(idx, max(1, min(len(idx), r.randint(1, 3)))))
        out = []
        for i, c in enumerate(text):
            if i in chosen:
                out.append(r.choice(("O", "o")) if c == "0" else r.choice(("l", "I", "l")))
            else:
                out.append(c)
        return "".join(out)

    def noise(self, groups: tuple[str, ...]) -> str:
        r = self.rng
        out = groups[0]
        for g in groups[1:]:
            if r.random() < 0.4:
                sep = " " + r.choice(NOISE_WORDS[self.lang]) + " "
            else:
                sep = r.choice(NOISE_MARKS)
            out += sep + g
        return out

    def email_spelled(self, v: str) -> str:
        r = self.rng
        at = r.choice(EMAIL_AT[self.lang])
        local, dom = v.split("@")
        dots = dom.split(".")
        dot = r.choice(EMAIL_DOT[self.lang])
        dom_s = dot.join(dots) if r.random() < 0.8 else ".".join(dots)
        if "." in local and r.random() < 0.5:
            local = dot.join(local.split("."))
        return (local + at + dom_s).strip()

    def iban_broken(self, v: V.Value) -> str:
        r = self.rng
        compact = "".join(v.groups)
        sizes = r.choice(
            ((4,) * 10, (2, 2, 4, 4, 4, 4, 4, 4), (4, 4, 2, 2, 10, 10), (6, 6, 6, 6, 6))
        )
        chunks, i = [], 0
        for s in sizes:
            if i >= len(compact):
                break
            chunks.append(compact[i : i + s])
            i += s
        if i < len(compact):
            chunks.append(compact[i:])
        out = chunks[0]
        for c in chunks[1:]:
            out += r.choice((" ", "-", " - ", "\n", "  ", " ", "-"))
            out += c
        return out

    def surface(self, type_: str, family: str, alias: str) -> tuple[str, str]:
        """Return (surface text, canonical drawn text)."""
        if type_ == "CREDIT_DEBIT_EXPIRY":
            return self.expiry_text(family)
        for _ in range(50):
            v = self.draw(type_)
            compact = "".join(v.groups)
            if family in ("plain", "context_only", "key_value_secret"):
                if type_ in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"):
                    return (compact if self.rng.random() < 0.5 else v.text), v.text
                if type_ == "MX_CLABE" or type_ == "DE_TAX_ID" and self.rng.random() < 0.5:
                    return compact, v.text
                return v.text, v.text
            if family == "spaced_or_dashed":
                if len(v.groups) < 2:
                    if type_ in ("PASSPORT_NUMBER", "DRIVER_ID", "MX_CLABE") and len(compact) >= 7:
                        k = len(compact) // 2
                        return compact[:k] + self.rng.choice((" ", "-")) + compact[k:], v.text
                    continue
                sep = self.rng.choice((" ", "-", " ", ".", " - "))
                if type_ == "MAC_ADDRESS":
                    sep = self.rng.choice(("-", " ", "."))
                return sep.join(v.groups), v.text
            if family == "split_by_noise":
                if len(v.groups) < 2:
                    continue
                return self.noise(v.groups), v.text
            if family == "letter_substitution":
                s = self.substitute(v.text)
                if s is None:
                    continue
                return s, v.text
            if family == "spelled_out":
                groups = tuple("".join(c for c in g if c.isalnum()) for g in v.groups)
                return self.spell(tuple(g for g in groups if g)), v.text
            if family == "email_spelled":
                return self.email_spelled(v.text), v.text
            if family == "percent_encoded":
                if type_ == "PHONE" and not v.text.startswith("+"):
                    continue  # click-to-chat links carry the international form, "+" as %2B
                return urllib.parse.quote(v.text, safe=""), v.text
            if family == "iban_broken":
                return self.iban_broken(v), v.text
            raise ValueError("family %s not renderable for %s" % (family, type_))
        raise RuntimeError("could not render %s as %s" % (type_, family))

    # ---- negatives --------------------------------------------------------------
    def negative(self, kind: str) -> str:
        from .negatives import draw_negative

        return draw_negative(self.rng, kind, self.lang, self.region)

    # ---- conversation ---------------------------------------------------------
    def render(self, template: tuple[str, ...], conv_id: str) -> list[Message]:
        multi: dict[str, tuple[V.Value, list[str]]] = {}
        # pre-split values typed over several messages
        for alias in sorted(
            {
                m.group(1)
                for t in template
                for m in PLACEHOLDER.finditer(t)
                if m.group(2) and m.group(2).startswith("m")
            }
        ):
            type_ = ALIAS[alias]
            n = sum(
                1
                for t in template
                for m in PLACEHOLDER.finditer(t)
                if m.group(1) == alias and (m.group(2) or "").startswith("m")
            )
            v = self.draw(type_)
            groups = [g for g in v.groups if g]
            if len(groups) < n:  # too few natural groups: cut the run evenly
                compact = "".join(groups)
                k = len(compact) // n
                groups = [compact[i * k : (i + 1) * k if i < n - 1 else None] for i in range(n)]
            # split groups into n contiguous non-empty parts
            cuts = sorted(self.rng.sample(range(1, len(groups)), n - 1))
            parts, prev = [], 0
            for c in cuts + [len(groups)]:
                parts.append(" ".join(groups[prev:c]))
                prev = c
            multi[alias] = (v, parts)
        out = []
        for ti, t in enumerate(template):
            msg = Message()
            pos = 0
            text = ""
            for m in PLACEHOLDER.finditer(t):
                text += t[pos : m.start()]
                pos = m.end()
                name, fam = m.group(1), m.group(2)
                if name.startswith("!"):
                    s = self.negative(name[1:])
                    msg.keep.append((name[1:], len(text), len(text) + len(s), s))
                    text += s
                    continue
                if name == "URL":
                    text = self._url(msg, text)
                    continue
                type_ = ALIAS[name]
                if fam and fam.startswith("m"):
                    v, parts = multi[name]
                    k = int(fam[1:]) - 1
                    s = parts[k]
                    msg.pii.append(
                        Span(
                            type_,
                            "multi_message",
                            len(text),
                            len(text) + len(s),
                            s,
                            group="%s-%s" % (conv_id, name.lower()),
                            canonical=s,
                            part_of=v.text,
                        )
                    )
                    text += s
                    continue
                family = FAMILY[fam] if fam else self.free_family(name, type_)
                s, canon = self.surface(type_, family, name)
                msg.pii.append(
                    Span(type_, family, len(text), len(text) + len(s), s, canonical=canon)
                )
                text += s
            text += t[pos:]
            msg.text = text
            out.append(msg)
        return out

    def _url(self, msg: Message, text: str) -> str:
        r = self.rng
        user = V.username(r).text
        pwd = V.password(r, url_safe=True).text
        scheme = r.choice(("https", "ftp", "sftp", "http", "postgres", "smb", "imap"))
        host = r.choice(
            (
                "files.example.com",
                "intranet.example.org",
                "nas.example.net",
                "db.example.test",
                "portal.example.com",
                "backup.example.org",
            )
        )
        path = r.choice(("", "/", "/export", "/facturas", "/home", "/db", "/docs/share"))
        text += scheme + "://"
        msg.pii.append(
            Span(
                "USERNAME",
                "url_credentials",
                len(text),
                len(text) + len(user),
                user,
                canonical=user,
            )
        )
        text += user + ":"
        msg.pii.append(
            Span("PASSWORD", "url_credentials", len(text), len(text) + len(pwd), pwd, canonical=pwd)
        )
        text += pwd + "@" + host + path
        return text


# ---- decoding (used by the generator's validation) -----------------------------
def _words_to_digits(s: str, lang: str) -> str:
    words = {w: str(i) for i, w in enumerate(DIGIT_WORDS[lang])}
    words.update(WORD_VARIANTS[lang])
    out = []
    for tok in re.split(r"[\s,\-.]+", s):
        if not tok:
            continue
        if tok.isdigit() or tok.isupper() and tok.isalnum():
            out.append(tok)
        elif tok.lower() in words:
            out.append(words[tok.lower()])
        else:
            raise ValueError("unknown token %r" % tok)
    return "".join(out)


def decode_expiry(s: str, lang: str) -> str:
    s2 = s.lower().strip()
    for table in (MONTHS_LONG[lang], MONTHS[lang]):
        for i, name in enumerate(table):
            if s2.startswith(name + " "):
                y = int(s2[len(name) :].strip())
                return "%02d/%02d" % (i + 1, y % 100)
    d = "".join(c for c in s2 if c.isdigit())
    if re.fullmatch(r"\d{1,2}\s*[-/ ]\s*\d{2,4}", s2):
        a, b = re.split(r"\s*[-/ ]\s*", s2)
        return "%02d/%02d" % (int(a), int(b) % 100)
    if len(d) == 4:
        return "%s/%s" % (d[:2], d[2:])
    if len(d) == 6:
        return "%s/%s" % (d[:2], d[4:])
    raise ValueError("bad expiry %r" % s)


def decode(span: Span, lang: str) -> str:
    """Recover the canonical core of a span from its surface text alone."""
    s, f, t = span.value, span.family, span.type
    if t == "CREDIT_DEBIT_EXPIRY":
        return decode_expiry(s, lang)
    if f == "email_spelled":
        x = s
        for at in EMAIL_AT[lang] + ("(at)", "[at]"):
            x = x.replace(at, "@")
        for dot in EMAIL_DOT[lang]:
            x = x.replace(dot, ".")
        return V.core(t, x.replace(" ", ""))
    if f in ("percent_encoded", "url_credentials"):
        return V.core(t, urllib.parse.unquote(s))
    if f == "letter_substitution":
        return V.core(t, s.translate(str.maketrans("OolI", "0011")))
    if f == "spelled_out":
        return V.core(t, _words_to_digits(s, lang))
    if f == "split_by_noise":
        x = s
        for w in sorted(NOISE_WORDS[lang], key=len, reverse=True):
            x = re.sub(r"(?<=\s)%s(?=\s)" % re.escape(w), " ", x)
        x = "".join(c for c in x if c.isascii())
        return V.core(t, x)
    return V.core(t, s)
