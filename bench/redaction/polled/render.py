"""Render a canonical value the way a customer types it, per obfuscation family, and decode it back.

`render` returns the text to put in the message and the `form` it was rendered from (the canonical
value, or for phones the national/international form chosen); `decode(text)` must give `alnum(form)`.
"""

from __future__ import annotations

import random
import re

import phonenumbers


NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
NOISE = {
    "en": [" 🙂 ", " | ", " / ", " then ", " .. ", "\n", " 👉 ", " and "],
    "es": [" 🙏 ", " | ", " / ", " y ", " luego ", "\n", " .. ", " 😅 "],
    "fr": [" 😉 ", " | ", " / ", " puis ", " et ", "\n", " .. ", " 👍 "],
    "de": [" 😊 ", " | ", " / ", " dann ", " und ", "\n", " .. ", " 👌 "],
    "pt": [" 😘 ", " | ", " / ", " depois ", " e ", "\n", " .. ", " 🙌 "],
}
EMAIL_WORDS = {
    "en": [(" at ", " dot "), ("(at)", "(dot)"), (" [at] ", " [dot] "), (" AT ", " DOT ")],
    "es": [
        (" arroba ", " punto "),
        ("(arroba)", "(punto)"),
        (" at ", " punto "),
        (" arroba ", " . "),
    ],
    "fr": [
        (" arobase ", " point "),
        (" at ", " point "),
        ("(at)", "(point)"),
        (" arobaz ", " pt "),
    ],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" [ät] ", " [punkt] "), (" AT ", " PUNKT ")],
    "pt": [
        (" arroba ", " ponto "),
        ("(arroba)", "(ponto)"),
        (" at ", " ponto "),
        (" arroba ", " pto "),
    ],
}

DIGIT_TYPES = {
    "CREDIT_DEBIT_NUMBER",
    "CREDIT_DEBIT_CVV",
    "PIN",
    "BANK_ACCOUNT_NUMBER",
    "BANK_ROUTING",
    "PHONE",
    "SSN",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "PT_NIF",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "ES_DNI",
}


def alnum(v: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", v).upper()


def phone_form(rng: random.Random, e164: str) -> str:
    n = phonenumbers.parse(e164)
    return rng.choice(
        [
            phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL),
            phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164),
            phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL),
        ]
    )


def groups(form: str, rng: random.Random) -> list[str]:
    """Digit groups a customer would type: the form's own groups, else runs of 3 or 4."""
    if re.search(r"[ \-./()]", form):
        parts = [p for p in re.split(r"[ \-./()]+", form) if p]
        if len(parts) >= 2:
            return parts
    a = alnum(form) if not form.startswith("+") else form
    size = 4 if len(a) in (8, 12, 15, 16, 18, 22, 24, 27, 29) else 3
    out = [a[i : i + size] for i in range(0, len(a), size)]
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def families_for(kind: str, form: str) -> list[str]:
    fam = ["plain", "plain"]
    a = alnum(form)
    if kind == "EMAIL":
        return fam + ["email_obfuscated", "email_obfuscated"]
    if kind in DIGIT_TYPES or kind in ("CREDIT_DEBIT_EXPIRY",):
        if len(a) >= 6:
            fam += ["spaced_or_dashed", "spaced_or_dashed", "split_by_noise"]
        body = re.sub(r"^[A-Z]+", "", a)
        if body.isdigit() and re.search("[01]", body):
            fam.append("letter_digits")
        if a.isdigit() and len(a) <= 11:
            fam.append("spelled_out")
    return fam


def form_for(rng: random.Random, kind: str, value: str) -> str:
    if kind == "PHONE":
        return phone_form(rng, value)
    return value


def render(rng: random.Random, kind: str, form: str, family: str, lang: str) -> str:
    a = alnum(form)
    if family == "plain":
        if (
            kind in ("CREDIT_DEBIT_NUMBER", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", "MX_CLABE")
            and rng.random() < 0.3
        ):
            return " ".join(groups(a, rng))
        if kind == "BR_CPF" and rng.random() < 0.5:
            return f"{a[:3]}.{a[3:6]}.{a[6:9]}-{a[9:]}"
        if kind == "BR_CNPJ" and rng.random() < 0.5:
            return f"{a[:2]}.{a[2:5]}.{a[5:8]}/{a[8:12]}-{a[12:]}"
        if kind == "SSN" and rng.random() < 0.6:
            return f"{a[:3]}-{a[3:5]}-{a[5:]}"
        return form
    if family == "spaced_or_dashed":
        sep = rng.choice([" ", " ", "-", " - ", "  "])
        g = groups(form, rng) if kind == "PHONE" else groups(a, rng)
        if kind == "PHONE" and form.startswith("+") and not g[0].startswith("+"):
            g[0] = "+" + g[0]
        return sep.join(g)
    if family == "split_by_noise":
        g = groups(form, rng) if kind == "PHONE" else groups(a, rng)
        noise = NOISE[lang]
        out = g[0]
        for part in g[1:]:
            out += rng.choice(noise) + part
        return out
    if family == "letter_digits":
        prefix = _prefix(kind, form)
        body = form[len(prefix) :]
        chars = list(body)
        idx = [i for i, ch in enumerate(chars) if ch in "01"]
        for i in rng.sample(
            idx, k=max(1, len(idx) // 2 + rng.randint(0, 1)) if len(idx) > 1 else 1
        ):
            chars[i] = (
                rng.choice("Oo") if chars[i] == "0" else rng.choice("lI" if lang == "de" else "l")
            )
        return prefix + "".join(chars)
    if family == "spelled_out":
        words = NUMBER_WORDS[lang]
        sep = rng.choice([" ", " ", "-", ", "])
        return sep.join(words[int(c)] for c in a)
    if family == "email_obfuscated":
        at, dot = rng.choice(EMAIL_WORDS[lang])
        local, domain = form.split("@")
        return local + at + domain.replace(".", dot)
    raise ValueError(family)


def _prefix(kind: str, text: str) -> str:
    """Letters that belong to the value itself (an IBAN's country) and must not be read as look-alike digits."""
    if kind == "INTERNATIONAL_BANK_ACCOUNT_NUMBER":
        return text[:2]
    return "+" if text.startswith("+") else ""


def decode(text: str, family: str, lang: str, kind: str = "") -> str:
    if family == "spelled_out":
        table = {w: str(i) for i, w in enumerate(NUMBER_WORDS[lang])}
        return "".join(table[w] for w in re.split(r"[\s,\-]+", text) if w)
    if family == "letter_digits":
        prefix = _prefix(kind, text)
        return alnum(
            prefix
            + text[len(prefix) :].translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"}))
        )
    if family == "split_by_noise":
        for noise in sorted(NOISE[lang], key=len, reverse=True):
            text = text.replace(noise, " ")
        return alnum(text)
    if family == "email_obfuscated":
        for at, dot in EMAIL_WORDS[lang]:
            if at in text and dot in text:
                local, domain = text.split(at, 1)
                return alnum(local + "@" + domain.replace(dot, "."))
        raise ValueError(text)
    return alnum(text)


def split_parts(rng: random.Random, kind: str, form: str, n: int) -> list[str]:
    """Cut a value into n pieces for a multi_message answer, at group boundaries where possible."""
    g = groups(form, rng) if kind == "PHONE" else groups(alnum(form), rng)
    if len(g) < n:
        a = alnum(form)
        step = -(-len(a) // n)
        return [a[i : i + step] for i in range(0, len(a), step)]
    cut = sorted(rng.sample(range(1, len(g)), n - 1))
    bounds = [0] + cut + [len(g)]
    sep = rng.choice([" ", "", " "])
    return [sep.join(g[bounds[i] : bounds[i + 1]]) for i in range(n)]
