"""Inverse of each family, for the round-trip self-check: surface text back to the drawn value."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

import phonenumbers

from bench.redaction.cloaked.families import AT_WORDS, DOT_WORDS, EMOJI, NOISE_WORDS
from bench.redaction.cloaked.numwords import decode_words
from bench.redaction.cloaked.renderers import MONTHS, MONTHS_LONG


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").rstrip(".")


_MONTH_NUMBER = {
    _fold(name): i + 1
    for table in (MONTHS, MONTHS_LONG)
    for names in table.values()
    for i, name in enumerate(names.split())
}


def canonical(entity_type: str, text: str, region: str) -> str | None:
    """A compact comparable form of a value, or None if it does not parse."""
    if entity_type == "PHONE":
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if entity_type in ("EMAIL", "PASSWORD", "IP_ADDRESS", "AWS_ACCESS_KEY", "AWS_SECRET_KEY"):
        return text
    if entity_type == "MAC_ADDRESS":
        return re.sub(r"[:.\-]", "", text).lower()
    if entity_type == "CREDIT_DEBIT_EXPIRY":
        return _expiry(text)
    return re.sub(r"[\s\-./]", "", text).upper()


def _expiry(text: str) -> str | None:
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})\s*[/\-]\s*(?:20)?(\d{2})", text)
    if m:
        return f"{int(m.group(1)):02d}{m.group(2)}"
    m = re.fullmatch(r"(\d{2})(?:20)?(\d{2})", text)
    if m:
        return f"{m.group(1)}{m.group(2)}"
    m = re.fullmatch(r"(\S+)\s+(?:20)?(\d{2})", text)
    if m and _fold(m.group(1)) in _MONTH_NUMBER:
        return f"{_MONTH_NUMBER[_fold(m.group(1))]:02d}{m.group(2)}"
    return None


def _denoise(text: str, lang: str) -> str:
    for emoji in EMOJI:
        text = text.replace(emoji, " ")
    words = sorted(NOISE_WORDS[lang], key=len, reverse=True)
    tokens = re.split(r"(\s+)", text)
    kept = [t for t in tokens if t.strip().lower() not in words]
    return re.sub(r"[\s|/.\-]", "", "".join(kept))


def _unspell_email(text: str, lang: str) -> str:
    out = f" {text} "
    for word in sorted(AT_WORDS[lang], key=len, reverse=True):
        out = out.replace(word, "@")
    for word in sorted(DOT_WORDS[lang], key=len, reverse=True):
        out = out.replace(word, ".")
    return out.strip()


def _unsubstitute(text: str) -> str:
    return text.translate(str.maketrans("OolI", "0011"))


def decode(family: str, parts: list[str], entity_type: str, lang: str, locale: str) -> str | None:
    """Undo a family on the labelled text(s); the caller canonicalises and compares."""
    text = parts[0]
    if family == "multi_message":
        return "".join(re.sub(r"[\s\-./]", "", p) for p in parts)
    if family in ("plain", "context_only", "key_value_secret", "compact_expiry"):
        return text
    if family == "spaced_or_dashed":
        return re.sub(r"[\s\-]", "", text.replace("(", "").replace(")", ""))
    if family == "split_by_noise":
        return _denoise(text, lang)
    if family == "letter_substitution":
        return _unsubstitute(text)
    if family == "spelled_out":
        return decode_words(text, lang, locale)
    if family == "email_spelled":
        return _unspell_email(text, lang)
    if family in ("percent_encoded", "url_credentials"):
        return unquote(text)
    if family == "iban_broken":
        return re.sub(r"[\s\-]", "", text).upper()
    raise KeyError(family)
