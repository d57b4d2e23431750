"""Turns a hand-written template into labelled messages.

Template syntax (one string per customer message):

- `{CARD}` a value of that entity type, its obfuscation family drawn from the type's usual ones;
  `{CARD:spelled}` forces the family; `{CARD~2/3}` is part two of a value sent in three messages.
- `{w.cvv}` a context word of the template's language (`{w.en.cvv}` for another language).
- lower-case names (`{order}`, `{zip4}`, `{price}`, `{fake}` ...) are hard negatives (must_keep).

Templates hold no digits: every digit of a message comes from a slot and sits inside a span.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import negatives as N
from . import render as R
from . import values as V
from .lexicon import WORDS

SLOT = re.compile(r"\{([^{}]+)\}")

FAMILY_ALIASES = {
    "plain": "plain",
    "spaced": "spaced_or_dashed",
    "noise": "split_by_noise",
    "letters": "letter_substitution",
    "spelled": "spelled_out",
    "emailsp": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "compact": "compact_expiry",
    "broken": "iban_broken",
    "ctx": "context_only",
}

GENERATORS: dict[str, Callable[[random.Random, str], V.Value]] = {
    "CARD": V.card,
    "PIN": V.pin,
    "PWD": V.password,
    "ACCT": V.bank_account,
    "ROUTING": V.routing,
    "IBAN": V.iban,
    "SWIFT": V.swift,
    "SSN": V.ssn,
    "ITIN": V.itin,
    "PASSPORT": V.passport,
    "DL": V.driver_id,
    "PHONE": V.phone,
    "IP": V.ipv4,
    "IP6": V.ipv6,
    "MAC": V.mac,
    "AKEY": V.aws_access_key,
    "SKEY": V.aws_secret_key,
    "NINO": V.nino,
    "DNI": V.dni,
    "NIE": V.nie,
    "CURP": V.curp,
    "RFC": V.rfc,
    "CLABE": V.clabe,
    "CPF": V.cpf,
    "CNPJ": V.cnpj,
    "NIR": V.nir,
    "STEUER": V.steuer_id,
    "NIF": V.nif,
}

_IDS = {"plain": 3.0, "spaced": 1.5, "letters": 1.0, "spelled": 0.7, "noise": 0.7}
DEFAULT_FAMILIES: dict[str, dict[str, float]] = {
    "CARD": {"plain": 3, "spaced": 2, "noise": 2, "letters": 1.5, "spelled": 1},
    "PHONE": {"plain": 3, "spaced": 2, "noise": 1.5, "letters": 1, "spelled": 1},
    "IBAN": {"plain": 2, "broken": 3, "letters": 0.5},
    "CVV": {"ctx": 4, "spelled": 1},
    "PIN": {"ctx": 4, "spelled": 1.5, "letters": 0.4},
    "PWD": {"ctx": 1},
    "EXP": {"plain": 3, "spaced": 1, "spelled": 1.5, "compact": 1.5},
    "EMAIL": {"plain": 3, "emailsp": 3},
    "CLABE": {"plain": 3, "spaced": 1.5, "noise": 1, "letters": 0.5, "spelled": 0.4},
    "ACCT": {"plain": 3, "spaced": 1, "noise": 0.7, "letters": 0.5, "spelled": 0.5},
    "ROUTING": {"plain": 3, "spaced": 0.7, "letters": 0.4, "spelled": 0.4},
}
for _t in ("SSN", "ITIN", "CPF", "CNPJ", "NIR", "STEUER", "NIF", "DNI", "NIE", "NINO"):
    DEFAULT_FAMILIES[_t] = dict(_IDS)
for _t in ("CURP", "RFC", "PASSPORT", "DL", "SWIFT", "AKEY", "SKEY", "IP", "IP6", "MAC"):
    DEFAULT_FAMILIES[_t] = {"plain": 1}

# families whose rendering keeps only digits of the groups (letters would not survive)
DIGIT_ONLY = {"spelled_out", "letter_substitution"}

URL_HOSTS = (
    "ftp.mitienda-online.es",
    "db.interno.local",
    "backup.nas.home",
    "sftp.boutique-exemple.fr",
    "git.firma-intern.de",
    "admin.lojavirtual.com.br",
    "smtp.mailhost.example",
    "files.example.org",
    "cloud.meuservidor.pt",
    "api.staging.example.com",
)
URL_SCHEMES = ("ftp", "sftp", "https", "postgres", "mysql", "smtp", "redis", "mongodb+srv", "amqp")
URL_USERS = (
    "admin",
    "jlopez",
    "backup",
    "deploy",
    "maria",
    "shop",
    "root",
    "ops",
    "camille",
    "jonas",
    "loja",
)
NEGATIVE_KINDS = {
    "order": "order_number",
    "order16": "order_number",
    "fake": "order_number",
    "fakeref": "ticket_reference",
    "fakeinv": "invoice_number",
    "tracking": "tracking_number",
    "zip": "zip_code",
    "zip4": "zip_code",
    "postal": "postal_code",
    "date": "date",
    "time": "time",
    "price": "price",
    "qty": "quantity",
    "model": "product_model",
    "version": "version",
    "invoice": "invoice_number",
    "ticket": "ticket_reference",
    "year": "year",
    "flight": "flight_number",
    "store": "store_number",
}
LOOKALIKES = {"order16", "fake", "fakeref", "fakeinv"}


@dataclass(frozen=True)
class Template:
    locales: tuple[str, ...]
    messages: tuple[str, ...]


def T(locales: str, *messages: str) -> Template:
    return Template(tuple(locales.split()), messages)


@dataclass
class Keep:
    start: int
    end: int
    kind: str
    lookalike: bool


@dataclass
class Message:
    text: str
    pii: list[R.Span] = field(default_factory=list)
    keep: list[Keep] = field(default_factory=list)
    groups: dict[int, str] = field(default_factory=dict)  # index in pii -> group id


@dataclass
class Context:
    rng: random.Random
    lang: str
    country: str
    multi: dict[str, tuple[V.Value, list[str]]] = field(default_factory=dict)
    amex: bool = (
        False  # the card in this conversation is an Amex: its security code has four digits
    )


def _pick_family(rng: random.Random, slot_type: str) -> str:
    weights = DEFAULT_FAMILIES[slot_type]
    names = list(weights)
    return FAMILY_ALIASES[rng.choices(names, weights=[weights[n] for n in names])[0]]


def _split_parts(value: V.Value, n: int) -> list[str]:
    groups = [g for g in value.groups if g]
    if len(groups) >= n:
        # as even as possible, on group boundaries
        size, extra = divmod(len(groups), n)
        parts, i = [], 0
        for k in range(n):
            take = size + (1 if k < extra else 0)
            parts.append(" ".join(groups[i : i + take]))
            i += take
        return parts
    s = value.compact
    step = -(-len(s) // n)
    return [s[i : i + step] for i in range(0, len(s), step)]


def render_pii(ctx: Context, slot_type: str, family_alias: str | None) -> R.Piece:
    rng, lang, country = ctx.rng, ctx.lang, ctx.country
    family = FAMILY_ALIASES[family_alias] if family_alias else None
    if slot_type == "EXP":
        return R.expiry(rng, V.expiry(rng), lang, family or _pick_family(rng, "EXP"), country)
    if slot_type == "EMAIL":
        return R.email(rng, V.email(rng, country), lang, family or _pick_family(rng, "EMAIL"))
    if slot_type == "EMAILURL":
        e = V.email(rng, country)
        inner = R.email(rng, e, lang, "percent_encoded")
        prefix = (
            rng.choice(("https://", "http://"))
            + rng.choice(("tienda", "shop", "loja", "boutique", "mein-shop"))
            + ".example.com/"
            + rng.choice(("account/verify", "unsubscribe", "track", "login", "reset"))
            + rng.choice(("?email=", "?user=", "?e=", "?lang=x&email="))
        )
        return Piece_shift(prefix, inner, rng.choice(("", "&src=mail", "&ref=news", "#top")))
    if slot_type == "PHONEURL":
        value = V.phone(rng, country, international=True)
        text = "%2B" + R.norm(value.compact)
        inner = R.Piece(text, [R.Span(0, len(text), "PHONE", "percent_encoded", value.compact)])
        prefix = rng.choice(
            (
                "https://wa.me/send?phone=",
                "https://api.whatsapp.com/send?phone=",
                "https://tienda.example.com/callback?tel=",
                "https://shop.example.net/contact?phone=",
            )
        )
        return Piece_shift(prefix, inner, rng.choice(("", "&text=hola", "&lang=pt", "")))
    if slot_type == "URLCRED":
        pw = V.url_password(rng)
        prefix = rng.choice(URL_SCHEMES) + "://" + rng.choice(URL_USERS) + ":"
        inner = R.Piece(
            pw.plain, [R.Span(0, len(pw.plain), "PASSWORD", "url_credentials", pw.compact)]
        )
        return Piece_shift(
            prefix,
            inner,
            "@" + rng.choice(URL_HOSTS) + rng.choice(("", "/", "/backup", "/shop", "/inbox")),
        )
    if slot_type == "CVV":
        value = V.cvv(rng, country, amex=ctx.amex)
    else:
        value = GENERATORS[slot_type](rng, country)
    family = family or _pick_family(rng, slot_type)
    for _ in range(50):
        text = _render_value(ctx, value, family)
        if text is not None:
            break
        value = GENERATORS[slot_type](rng, country)
    else:
        raise RuntimeError(f"cannot render {slot_type} as {family}")
    if slot_type == "CARD":
        ctx.amex = value.compact.startswith("3")
    if family == "plain" and not value.check and slot_type in ("ACCT", "ROUTING"):
        family = "context_only"
    return R.whole(text, value, family)


def Piece_shift(prefix: str, inner: R.Piece, suffix: str) -> R.Piece:
    spans = [
        R.Span(s.start + len(prefix), s.end + len(prefix), s.type, s.family, s.canonical, s.check)
        for s in inner.spans
    ]
    return R.Piece(prefix + inner.text + suffix, spans)


def _render_value(ctx: Context, value: V.Value, family: str) -> str | None:
    rng, lang = ctx.rng, ctx.lang
    if family in ("plain", "context_only", "key_value_secret"):
        return R.plain(rng, value) if family == "plain" else value.plain
    if family in ("spaced_or_dashed", "iban_broken"):
        if family == "iban_broken":
            return _iban_broken(rng, value)
        return R.spaced(rng, value)
    if family == "split_by_noise":
        return R.noisy(rng, value, lang)
    if family == "letter_substitution":
        base = value.plain if rng.random() < 0.5 else " ".join(value.groups)
        return R.letters(rng, base)
    if family == "spelled_out":
        return R.spelled(rng, value, lang)
    raise ValueError(family)


def _iban_broken(rng: random.Random, value: V.Value) -> str:
    groups = list(value.groups)
    style = rng.randrange(4)
    if style == 0:
        return "-".join(groups)
    if style == 1:
        cut = rng.randint(2, len(groups) - 2)
        return " ".join(groups[:cut]) + rng.choice(("\n", " \n", "\n\n")) + " ".join(groups[cut:])
    if style == 2:
        s = value.compact
        cut = rng.randint(8, len(s) - 6)
        return s[:cut] + rng.choice((" ", "\n", " - ")) + s[cut:]
    return "  ".join(groups) if rng.random() < 0.5 else " - ".join(groups)


def render_multi(ctx: Context, slot_type: str, part: int, total: int) -> R.Piece:
    key = slot_type
    if key not in ctx.multi:
        value = GENERATORS[slot_type](ctx.rng, ctx.country)
        ctx.multi[key] = (value, _split_parts(value, total))
        if slot_type == "CARD":
            ctx.amex = value.compact.startswith("3")
    value, parts = ctx.multi[key]
    text = parts[part - 1]
    if ctx.rng.random() < 0.2:
        text = text.replace(" ", "-")
    return R.Piece(
        text, [R.Span(0, len(text), value.type, "multi_message", value.compact, value.check)]
    )


def render_negative(ctx: Context, name: str) -> tuple[str, str]:
    rng, lang, country = ctx.rng, ctx.lang, ctx.country
    kind = NEGATIVE_KINDS[name]
    makers: dict[str, Callable[[], str]] = {
        "order": lambda: N.order(rng, country),
        "order16": lambda: N.luhn_fail16(rng),
        "fake": lambda: N.fake_id(rng, country),
        "fakeref": lambda: N.fake_id(rng, country),
        "fakeinv": lambda: N.fake_id(rng, country),
        "tracking": lambda: N.tracking(rng, country),
        "zip": lambda: N.zip5(rng),
        "zip4": lambda: N.zip4(rng),
        "postal": lambda: N.postal(rng, country),
        "date": lambda: N.date(rng, country, lang),
        "time": lambda: N.time(rng, country, lang),
        "price": lambda: N.price(rng, country),
        "qty": lambda: N.qty(rng),
        "model": lambda: N.model(rng),
        "version": lambda: N.version(rng),
        "invoice": lambda: N.invoice(rng, lang),
        "ticket": lambda: N.ticket(rng),
        "year": lambda: N.year(rng),
        "flight": lambda: N.flight(rng),
        "store": lambda: N.store(rng),
    }
    make = makers[name]
    if name in LOOKALIKES:
        return make(), kind
    for _ in range(200):
        text = make()
        if not any(N.ck.passes_any_numeric_check(run) for run in digit_runs(text)):
            return text, kind
    raise RuntimeError(f"no clean {name}")


def digit_runs(text: str) -> list[str]:
    runs = re.findall(r"\d+", text)
    joined = "".join(runs)
    return runs + ([joined] if len(runs) > 1 else [])


def build_message(ctx: Context, template: str, template_lang: str) -> Message:
    out = ""
    msg = Message("")
    pos = 0
    for m in SLOT.finditer(template):
        out += template[pos : m.start()]
        pos = m.end()
        slot = m.group(1)
        if slot.startswith("w."):
            parts = slot.split(".")
            lang, concept = (parts[1], parts[2]) if len(parts) == 3 else (template_lang, parts[1])
            out += ctx.rng.choice(WORDS[lang][concept])
            continue
        if slot[0].islower():
            text, kind = render_negative(ctx, slot)
            msg.keep.append(Keep(len(out), len(out) + len(text), kind, slot in LOOKALIKES))
            out += text
            continue
        if "~" in slot:
            name, frac = slot.split("~")
            part, total = (int(x) for x in frac.split("/"))
            piece = render_multi(ctx, name, part, total)
            msg.groups[len(msg.pii)] = f"g{list(ctx.multi).index(name) + 1}"
        else:
            name, _, fam = slot.partition(":")
            piece = render_pii(ctx, name, fam or None)
        for s in piece.spans:
            msg.pii.append(
                R.Span(s.start + len(out), s.end + len(out), s.type, s.family, s.canonical, s.check)
            )
        out += piece.text
    out += template[pos:]
    msg.text = out
    return msg
