"""Surface forms of drawn values, one per obfuscation family, and their decoders.

`render` turns a Value into what a customer types; `decodes_to` reads such text back and
says whether it names the drawn value, so the generator can prove every label.
"""

from __future__ import annotations

import random
import re
from urllib.parse import quote, unquote

from .values import Value, cnpj_plain, cpf_plain, phone_matches

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

SHORT = {
    "plain": "plain",
    "sp": "spaced_or_dashed",
    "noise": "split_by_noise",
    "sub": "letter_substitution",
    "spell": "spelled_out",
    "at": "email_spelled",
    "pct": "percent_encoded",
    "url": "url_credentials",
    "kv": "key_value_secret",
    "cx": "compact_expiry",
    "br": "iban_broken",
    "ctx": "context_only",
}

_DIGITY = (
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "BANK_ROUTING",
    "SSN",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
)
_FREE_DIGITY = ("plain", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out")


def free_families(type_: str) -> tuple[str, ...]:
    """Families a slot without a template-forced family may take."""
    if type_ in _DIGITY:
        return _FREE_DIGITY
    if type_ in ("CREDIT_DEBIT_CVV", "PIN", "CREDIT_DEBIT_EXPIRY"):
        return ("plain", "spaced_or_dashed", "letter_substitution", "spelled_out")
    if type_ == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return ("plain", "iban_broken", "letter_substitution")
    if type_ in ("ES_DNI", "ES_NIE", "UK_NATIONAL_INSURANCE_NUMBER"):
        return ("plain", "spaced_or_dashed", "split_by_noise", "letter_substitution")
    if type_ in ("MX_CURP", "MX_RFC", "PASSPORT_NUMBER", "DRIVER_ID", "SWIFT_CODE"):
        return ("plain", "spaced_or_dashed", "letter_substitution")
    if type_ == "EMAIL":
        return ("plain", "email_spelled")
    if type_ == "MAC_ADDRESS":
        return ("plain", "spaced_or_dashed")
    return ("plain",)


DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun"),
    "pt": ("zero", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"),
}
_WORD_VARIANTS = {"oh": "0", "zéro": "0", "fünf": "5", "três": "3", "une": "1", "zwo": "2"}
PLUS_WORDS = {"en": "plus", "es": "mas", "fr": "plus", "de": "plus", "pt": "mais"}
_WORD_TO_DIGIT = {w: str(i) for words in DIGIT_WORDS.values() for i, w in enumerate(words)}
_WORD_TO_DIGIT.update(_WORD_VARIANTS)

NOISE_WORDS = {
    "en": ("then", "and then", "next"),
    "es": ("luego", "y luego", "despues"),
    "fr": ("puis", "et puis", "ensuite"),
    "de": ("dann", "und dann", "danach"),
    "pt": ("depois", "e depois", "aí"),
}
_NOISE_SYMBOLS = (
    " | ",
    "|",
    " / ",
    " 🙂 ",
    " 👉 ",
    " ✨ ",
    "\n",
    " 🔢 ",
    " ... ",
    " // ",
    " 💳 ",
    " ➡️ ",
)
_NOISE_PHRASES = sorted({p for ws in NOISE_WORDS.values() for p in ws}, key=len, reverse=True)

EMAIL_TOKENS = {
    "en": ((" at ", " dot "), (" (at) ", " (dot) "), ("[at]", "[dot]"), (" AT ", " DOT ")),
    "es": ((" arroba ", " punto "), (" (arroba) ", " punto "), ("[at]", "[punto]")),
    "fr": ((" arobase ", " point "), (" at ", " point "), (" (at) ", " (point) ")),
    "de": ((" Klammeraffe ", " Punkt "), (" at ", " punkt "), (" (at) ", " (punkt) ")),
    "pt": ((" arroba ", " ponto "), (" (arroba) ", " (ponto) "), (" at ", " ponto ")),
}
_EMAIL_AT = {t[0].strip().lower() for ts in EMAIL_TOKENS.values() for t in ts}
_EMAIL_DOT = {t[1].strip().lower() for ts in EMAIL_TOKENS.values() for t in ts}


MONTHS = {
    "en": ("jan", "feb", "march", "apr", "may", "june", "july", "aug", "sep", "oct", "nov", "dec"),
    "es": (
        "ene",
        "feb",
        "marzo",
        "abr",
        "mayo",
        "junio",
        "julio",
        "ago",
        "sep",
        "oct",
        "nov",
        "dic",
    ),
    "fr": (
        "janv",
        "fevr",
        "mars",
        "avril",
        "mai",
        "juin",
        "juil",
        "aout",
        "septembre",
        "oct",
        "nov",
        "dec",
    ),
    "de": ("Jan", "Feb", "Maerz", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "pt": (
        "jan",
        "fev",
        "marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "ago",
        "set",
        "out",
        "nov",
        "dez",
    ),
}
_MONTH_TO_MM = {
    name.lower(): f"{i + 1:02d}" for names in MONTHS.values() for i, name in enumerate(names)
}


def _chunk_single(s: str, rng: random.Random) -> list[str]:
    size = rng.choice((3, 4)) if len(s) > 6 else 2
    return [s[i : i + size] for i in range(0, len(s), size)]


def _groups(v: Value, rng: random.Random) -> list[str]:
    groups = list(v.groups)
    if len(groups) == 1:
        groups = _chunk_single(groups[0], rng)
    return groups


def _plain(v: Value, rng: random.Random) -> str:
    if v.type == "BR_CPF":
        return rng.choice((cpf_plain(v.canon), v.canon))
    if v.type == "BR_CNPJ":
        return rng.choice((cnpj_plain(v.canon), v.canon))
    return v.plain


def _spell_digit_run(run: str, lang: str, rng: random.Random) -> str:
    words = list(DIGIT_WORDS[lang])
    if lang == "en" and rng.random() < 0.3:
        words[0] = "oh"
    return " ".join(
        words[int(c)] if c.isdigit() else (PLUS_WORDS[lang] if c == "+" else c) for c in run
    )


def compact_expiry_target(v: Value) -> str:
    return v.groups[0] + v.groups[1][-2:]


def render(v: Value, family: str, lang: str, rng: random.Random) -> str:
    """The text a customer types for value v obfuscated with family."""
    if family == "plain" and v.type == "CREDIT_DEBIT_EXPIRY" and rng.random() < 0.3:
        month = MONTHS[lang][int(v.groups[0]) - 1]
        return rng.choice(
            (
                f"{month} {v.groups[1]}",
                f"{month}/{v.groups[1]}",
                f"{month.capitalize()} {v.groups[1]}",
            )
        )
    if family in ("plain", "context_only", "url_credentials", "key_value_secret"):
        if family == "context_only" and rng.random() < 0.3 and len(v.groups) > 1:
            return " ".join(v.groups)
        return _plain(v, rng)
    if family == "spaced_or_dashed":
        if v.type == "MAC_ADDRESS":
            h = "".join(v.groups)
            return rng.choice(("-".join(v.groups), f"{h[:4]}.{h[4:8]}.{h[8:]}", " ".join(v.groups)))
        seps = [s for s in (" ", "-", " - ", ".", "  ", " ", "-") if s != v.sep]
        sep = rng.choice(seps)
        return sep.join(_groups(v, rng))
    if family == "split_by_noise":
        groups = _groups(v, rng)
        if len(groups) < 2:
            groups = _chunk_single(v.canon, rng)
        tokens = []
        for i in range(len(groups) - 1):
            roll = rng.random()
            if roll < 0.35:
                tokens.append(f" {rng.choice(NOISE_WORDS[lang])} ")
            elif roll < 0.85 or i == 0:
                tokens.append(rng.choice(_NOISE_SYMBOLS))
            else:
                tokens.append(" ")
        if all(t == " " for t in tokens):
            tokens[0] = " | "
        out = groups[0]
        for t, g in zip(tokens, groups[1:]):
            out += t + g
        return out
    if family == "letter_substitution":
        base = _plain(v, rng) if rng.random() < 0.6 else " ".join(_groups(v, rng))
        chars = list(base)
        positions = [i for i, c in enumerate(base) if c in "01"]
        rng.shuffle(positions)
        wanted = rng.choice((1, 1, 2, 3))
        done = 0
        for i in positions:
            # only inside a digit run: a real digit must stay next to the substituted one
            left = chars[i - 1] if i > 0 else ""
            right = chars[i + 1] if i + 1 < len(chars) else ""
            if not (left.isdigit() or right.isdigit()):
                continue
            chars[i] = (
                rng.choice(("O", "O", "o")) if chars[i] == "0" else rng.choice(("l", "l", "I"))
            )
            done += 1
            if done == wanted:
                break
        if not done:
            raise ValueError("no 0 or 1 inside a digit run")
        return "".join(chars)
    if family == "spelled_out":
        if v.type == "CREDIT_DEBIT_EXPIRY":
            parts = [_spell_digit_run(g, lang, rng) for g in v.groups]
            return rng.choice((" / ", ", ", " ")).join(parts)
        groups = list(v.groups) if len(v.groups) > 1 else [v.canon]
        spell_all = len(groups) == 1 or rng.random() < 0.5
        out = []
        spelled_any = False
        for i, g in enumerate(groups):
            if spell_all or rng.random() < 0.5 or (i == len(groups) - 1 and not spelled_any):
                out.append(_spell_digit_run(g, lang, rng))
                spelled_any = True
            else:
                out.append(g)
        return rng.choice((", ", " ", " - ", " ")).join(out)
    if family == "email_spelled":
        at, dot = rng.choice(EMAIL_TOKENS[lang])
        local, domain = v.canon.split("@")
        if rng.random() < 0.5:
            local = local.replace(".", dot)
        return local + at + domain.replace(".", dot)
    if family == "percent_encoded":
        if v.type == "EMAIL":
            return v.canon.replace("@", "%40")
        if v.type == "PHONE":
            return quote(v.canon, safe="")
        return quote(v.canon, safe="")
    if family == "compact_expiry":
        return compact_expiry_target(v)
    if family == "iban_broken":
        groups = list(v.groups)
        if rng.random() < 0.4:
            sizes = [rng.choice((2, 4, 4, 6, 8)) for _ in range(12)]
            s, groups, i = v.canon, [], 0
            for n in sizes:
                if i >= len(s):
                    break
                groups.append(s[i : i + n])
                i += n
            if i < len(s):
                groups.append(s[i:])
        seps = [rng.choice((" ", "-", " - ", "\n", "  ", " ")) for _ in groups[1:]]
        if all(x == " " for x in seps):
            seps[rng.randrange(len(seps))] = rng.choice(("-", "\n", " - "))
        out = groups[0]
        for sep, g in zip(seps, groups[1:]):
            out += sep + g
        return out
    raise ValueError(family)


def split_parts(v: Value, n: int, rng: random.Random) -> list[str]:
    """Cut a value into n consecutive pieces, as typed over n messages."""
    groups = list(v.groups)
    if v.type == "BR_CPF":
        groups = [v.canon[:3], v.canon[3:6], v.canon[6:9], v.canon[9:]]
    if len(groups) < n:
        groups = _chunk_single("".join(groups), rng)
    if len(groups) < n:
        whole = "".join(groups)
        groups = [whole[i * len(whole) // n : (i + 1) * len(whole) // n] for i in range(n)]
    cuts = sorted(rng.sample(range(1, len(groups)), n - 1))
    bounds = [0] + cuts + [len(groups)]
    return [" ".join(groups[bounds[i] : bounds[i + 1]]) for i in range(n)]


def _alnum(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def _normalise(surface: str) -> str:
    """Drop noise, turn digit words into digits, keep the remaining letters and digits."""
    for phrase in _NOISE_PHRASES:
        surface = re.sub(r"(?<=\s)" + re.escape(phrase) + r"(?=\s)", " ", surface)
    tokens = re.split(r"[\s,|/]+", surface)
    out = []
    for tok in tokens:
        low = tok.lower()
        if low in _MONTH_TO_MM:
            out.append(_MONTH_TO_MM[low])
        elif low in _WORD_TO_DIGIT and (tok == low or tok.istitle()):
            out.append(_WORD_TO_DIGIT[low])
        elif low in PLUS_WORDS.values():
            continue
        else:
            out.append(_alnum(tok))
    return "".join(out)


def _same(surface: str, target: str, substituted: bool) -> bool:
    if len(surface) != len(target):
        return False
    for a, b in zip(surface, target):
        if a.lower() == b.lower():
            continue
        if substituted and b == "0" and a in "Oo":
            continue
        if substituted and b == "1" and a in "lI":
            continue
        return False
    return True


def decodes_to(surface: str, family: str, v: Value) -> bool:
    """Read surface back; True when it names exactly the drawn value v."""
    if family == "percent_encoded":
        text = unquote(surface)
        return text == v.canon
    if family == "email_spelled":
        text = surface
        for tokens, repl in ((_EMAIL_AT, "@"), (_EMAIL_DOT, ".")):
            for tok in sorted(tokens, key=lambda t: (-len(t), t)):
                # a word token needs spaces around it; a bracketed one may touch the text
                pattern = (
                    r"\s+" + re.escape(tok) + r"\s+"
                    if tok.isalpha()
                    else r"\s*" + re.escape(tok) + r"\s*"
                )
                text = re.sub(pattern, repl, text, flags=re.I)
        return text == v.canon
    if v.type in (
        "EMAIL",
        "USERNAME",
        "PASSWORD",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "IP_ADDRESS",
    ):
        return surface == v.canon
    norm = _normalise(surface)
    if family == "compact_expiry":
        return norm == compact_expiry_target(v)
    if v.type == "PHONE":
        target = _alnum(v.plain)
        if not _same(norm, target, family == "letter_substitution"):
            return False
        digits = "".join("0" if c in "Oo" else "1" if c in "lI" else c for c in norm)
        return phone_matches(("+" if v.plain.startswith("+") else "") + digits, v)
    return _same(
        norm,
        _alnum(v.canon) if v.type != "CREDIT_DEBIT_EXPIRY" else _alnum(v.plain),
        family == "letter_substitution",
    )
