"""Render a drawn value in one obfuscation family, and decode it back (the generator checks the round trip).

render() returns (before, span, after): only `span` is labelled; before/after are context the family adds
(a URL around a percent-encoded value, `KEY=` before a secret) and never hold digits.
"""

import re
from urllib.parse import quote, unquote

from .values import compact

# Families each type may take. "base" resolves to plain (the value has a shape of its own) or context_only
# (only the words around it say what it is); see base_family().
DIGIT_FAMS = ["base", "spaced_or_dashed", "split_by_noise", "letter_substitution", "spelled_out"]
FAMILIES = {
    "CREDIT_DEBIT_NUMBER": DIGIT_FAMS,
    "BANK_ACCOUNT_NUMBER": DIGIT_FAMS,
    "PHONE": DIGIT_FAMS + ["percent_encoded"],
    "SSN": DIGIT_FAMS,
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": ["base", "spaced_or_dashed", "spelled_out"],
    "MX_CLABE": DIGIT_FAMS,
    "BR_CPF": DIGIT_FAMS,
    "BR_CNPJ": ["base", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "FR_NIR": ["base", "spaced_or_dashed", "split_by_noise", "letter_substitution"],
    "DE_TAX_ID": DIGIT_FAMS,
    "PT_NIF": DIGIT_FAMS,
    "ES_DNI": ["base", "spaced_or_dashed", "letter_substitution", "spelled_out"],
    "ES_NIE": ["base", "spaced_or_dashed"],
    "PIN": ["base", "spelled_out", "letter_substitution"],
    "CREDIT_DEBIT_CVV": ["base", "spelled_out", "letter_substitution"],
    "CREDIT_DEBIT_EXPIRY": ["base", "compact_expiry"],
    "BANK_ROUTING": ["base", "spaced_or_dashed", "letter_substitution"],
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": ["base", "iban_broken", "split_by_noise"],
    "SWIFT_CODE": ["base"],
    "EMAIL": ["base", "email_spelled", "percent_encoded"],
    "UK_NATIONAL_INSURANCE_NUMBER": ["base", "spaced_or_dashed"],
    "PASSPORT_NUMBER": ["base"],
    "DRIVER_ID": ["base"],
    "PASSWORD": ["base", "url_credentials", "key_value_secret"],
    "USERNAME": ["base", "url_credentials"],
    "IP_ADDRESS": ["base"],
    "MAC_ADDRESS": ["base"],
    "AWS_ACCESS_KEY": ["base", "key_value_secret"],
    "AWS_SECRET_KEY": ["base", "key_value_secret"],
    "MX_CURP": ["base"],
    "MX_RFC": ["base"],
}
# types a customer may type across two or three messages
MULTI_TYPES = [
    "CREDIT_DEBIT_NUMBER",
    "BANK_ACCOUNT_NUMBER",
    "PHONE",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
    "MX_CLABE",
    "BR_CPF",
    "BR_CNPJ",
    "FR_NIR",
    "DE_TAX_ID",
    "SSN",
    "PT_NIF",
    "ES_DNI",
]
SHAPELESS = {
    "PIN",
    "CREDIT_DEBIT_CVV",
    "PASSWORD",
    "USERNAME",
    "PASSPORT_NUMBER",
    "DRIVER_ID",
    "BANK_ACCOUNT_NUMBER",
}
RAW = {
    "PASSWORD",
    "USERNAME",
    "AWS_SECRET_KEY",
    "AWS_ACCESS_KEY",
    "EMAIL",
    "IP_ADDRESS",
    "MAC_ADDRESS",
}

GROUPS = {
    "SSN": [3, 2, 4],
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": [3, 2, 4],
    "BR_CPF": [3, 3, 3, 2],
    "BR_CNPJ": [2, 3, 3, 4, 2],
    "FR_NIR": [1, 2, 2, 2, 3, 3, 2],
    "MX_CLABE": [3, 3, 4, 4, 4],
    "DE_TAX_ID": [2, 3, 3, 3],
    "PT_NIF": [3, 3, 3],
    "ES_DNI": [2, 3, 3, 1],
    "ES_NIE": [1, 7, 1],
    "UK_NATIONAL_INSURANCE_NUMBER": [2, 2, 2, 2, 1],
    "BANK_ROUTING": [3, 3, 3],
}


def base_family(t, value):
    if t in SHAPELESS:
        return "context_only"
    if t == "BANK_ROUTING" and len(compact(value)) not in (
        6,
        9,
    ):  # BLZ, agência: no checksum, no shape
        return "context_only"
    return "plain"


def canon(t, value):
    if t in RAW:
        return value
    if t == "CREDIT_DEBIT_EXPIRY":
        m, y = re.findall(r"\d+", value)
        return "%02d%s" % (int(m), y[-2:])
    return compact(value).upper()


def groups(t, value):
    """The value cut into the groups a person would type (phones keep their own groups and the +)."""
    if t == "PHONE":
        return [g for g in re.split(r"[\s\-()]+", value) if g]
    c = compact(value)
    if t == "CREDIT_DEBIT_NUMBER":
        pat = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    elif t == "BANK_ROUTING" and len(c) != 9:
        pat = [2] * (len(c) // 2) if len(c) % 2 == 0 else [len(c)]
    else:
        pat = GROUPS.get(t) or [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    out, i = [], 0
    for n in pat:
        out.append(c[i : i + n])
        i += n
    if i < len(c):
        out.append(c[i:])
    return [g for g in out if g]


def spell(r, grp, digits_words):
    return " ".join(digits_words[int(ch)] if ch.isdigit() else ch for ch in grp)


def render(r, t, fam, value, lang):
    """lang is the templates module (DIGITS, AT, DOT, NOISE)."""
    if fam in ("plain", "context_only"):
        return "", value, ""
    if fam == "spaced_or_dashed":
        sep = r.choice([" ", "-", ".", " - ", "  ", "-"])
        return "", sep.join(groups(t, value)), ""
    if fam == "split_by_noise":
        gs = groups(t, value)
        if r.random() < 0.5:
            tok = r.choice(lang.NOISE)
            return "", tok.join(gs), ""
        s = gs[0]
        for g in gs[1:]:
            s += r.choice(lang.NOISE) + g
        return "", s, ""
    if fam == "letter_substitution":
        out, hit = [], False
        for ch in value:
            if ch in "01" and r.random() < 0.7:
                out.append(r.choice("Oo" if ch == "0" else "lI"))
                hit = True
            else:
                out.append(ch)
        if not hit:  # force one
            i = next(i for i, ch in enumerate(value) if ch in "01")
            out[i] = "O" if value[i] == "0" else "l"
        return "", "".join(out), ""
    if fam == "spelled_out":
        gs = groups(t, value) if t not in ("PIN", "CREDIT_DEBIT_CVV") else [compact(value)]
        gs = [compact(g) for g in gs]
        words = [r.random() < 0.65 for _ in gs]
        if not any(words):
            words[r.randrange(len(gs))] = True
        parts = [spell(r, g, lang.DIGITS) if w else g for g, w in zip(gs, words)]
        if len(gs) == 1 and len(gs[0]) > 2 and r.random() < 0.3:  # "four 5 six seven"
            k = r.randrange(len(gs[0]))
            ws = parts[0].split(" ")
            ws[k] = gs[0][k] if gs[0][k].isdigit() else ws[k]
            parts = [" ".join(ws)]
        return "", r.choice([" ", " ", ", ", " - "]).join(parts), ""
    if fam == "email_spelled":
        at, dot = r.choice(lang.AT).strip(), r.choice(lang.DOT).strip()
        local, domain = value.split("@")
        tight = r.random() < 0.6  # "ana(at)example(dot)com"; word tokens keep their spaces

        def j(w):
            return w if tight and w[0] in "([" else " " + w + " "

        if r.random() < 0.5:
            local = local.replace(".", j(dot))
        return "", local + j(at) + domain.replace(".", j(dot)), ""
    if fam == "percent_encoded":
        before = (
            r.choice(
                [
                    "https://www.example.com/account/reset?email=",
                    "https://links.example.net/unsub?e=",
                    "http://portal.example.org/login?user=",
                    "https://track.example.com/p?contact=",
                    "https://m.example.com/verify?id=",
                ]
            )
            if t == "EMAIL"
            else r.choice(
                [
                    "https://wa.example.com/send?phone=",
                    "https://shop.example.com/callback?tel=",
                    "https://example.org/sms?to=",
                ]
            )
        )
        span = quote(value, safe="") if t == "EMAIL" else "%2B" + compact(value)
        return before, span, r.choice(["", "&lang=" + lang.LANG, "&src=fb", "&ref=mail"])
    if fam == "url_credentials":
        scheme = r.choice(["ftp", "sftp", "https", "rtsp", "smb", "postgres"])
        host = r.choice(
            [
                "nas.example.com",
                "ftp.example.org",
                "cam.example.net",
                "db.example.com",
                "files.example.es",
            ]
        )
        if t == "PASSWORD":
            user = r.choice(["admin", "root", "backup", "camera", "nas", "cliente"])
            return (
                scheme + "://" + user + ":",
                value,
                "@" + host + r.choice(["", "/", "/videos", "/share"]),
            )
        return scheme + "://", value, ":" + r.choice(["********", "xxxx", "..."]) + "@" + host
    if fam == "key_value_secret":
        key = r.choice(
            {
                "PASSWORD": ["DB_PASSWORD", "password", "SMTP_PASS", "ADMIN_PASSWORD", "wifi_pass"],
                "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SECRET_KEY"],
                "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID", "aws_access_key_id"],
            }[t]
        )
        return r.choice(["", "\n", "export "]) + key + r.choice(["=", "=", " = "]), value, ""
    if fam == "compact_expiry":
        return "", canon(t, value), ""
    if fam == "iban_broken":
        gs = groups(t, value)
        s = gs[0]
        style = r.choice(["dash", "lines", "mixed", "wide"])
        for i, g in enumerate(gs[1:]):
            s += {
                "dash": "-",
                "lines": "\n",
                "wide": "   ",
                "mixed": r.choice([" ", "-", "\n", " - ", "  "]),
            }[style] + g
        return "", s, ""
    raise KeyError(fam)


def decode(t, fam, span, lang):
    """Read a rendered span back to canon(t, value)."""
    if fam in ("plain", "context_only", "url_credentials", "key_value_secret"):
        return canon(t, span)
    if fam in ("spaced_or_dashed", "iban_broken"):
        return compact(span).upper()
    if fam == "split_by_noise":
        for tok in sorted(lang.NOISE, key=len, reverse=True):
            span = span.replace(tok, " ")
        return compact(span).upper()
    if fam == "letter_substitution":
        return canon(t, span.translate(str.maketrans("OolI", "0011")))
    if fam == "spelled_out":
        m = {w: str(i) for i, w in enumerate(lang.DIGITS)}
        return "".join(m.get(tok, tok) for tok in re.split(r"[\s,\-]+", span)).upper()
    if fam == "email_spelled":
        for toks, rep in ((lang.AT, "@"), (lang.DOT, ".")):
            for tok in sorted({x.strip() for x in toks}, key=len, reverse=True):
                pat = re.escape(tok) if not tok[0].isalpha() else r"\b" + re.escape(tok) + r"\b"
                span = re.sub(r"\s*" + pat + r"\s*", rep, span)
        return span
    if fam == "percent_encoded":
        return canon(t, unquote(span))
    if fam == "compact_expiry":
        return span
    raise KeyError(fam)


def split_parts(r, t, value, k):
    """Cut the value into k parts of whole groups, for one value typed across k messages."""
    gs = groups(t, value)
    if t == "INTERNATIONAL_BANK_ACCOUNT_NUMBER" or len(gs) < k:
        c = compact(value)
        n = min(4, len(c) // k)
        gs = [c[i : i + n] for i in range(0, len(c), n)]
        if len(gs) > k and len(gs[-1]) < 3:  # no lone digit as a message of its own
            gs[-2:] = [gs[-2] + gs[-1]]
    cuts = sorted(r.sample(range(1, len(gs)), k - 1))
    bounds = [0] + cuts + [len(gs)]
    sep = r.choice([" ", " ", "", "-"])
    return [sep.join(gs[a:b]) for a, b in zip(bounds, bounds[1:])]
