"""Self-checks: the generator writes nothing unless every one of these holds."""

from __future__ import annotations

from typing import Any

from bench.redaction.unseen import checksums, negatives, render
from bench.redaction.unseen.builder import PLACEHOLDER, Template


class CorpusError(Exception):
    """A self-check failed; the message names the conversation or template."""


def check_templates(templates: list[Template]) -> None:
    seen: set[tuple[str, ...]] = set()
    for t in templates:
        for text in t.messages:
            bare = PLACEHOLDER.sub("", text)
            if any(c.isdigit() for c in bare):
                raise CorpusError(f"template {t.key} holds a digit outside a placeholder")
            if not bare.strip() and len(t.messages) == 1:
                raise CorpusError(f"template {t.key} is only placeholders")
        if t.messages in seen:
            raise CorpusError(f"template {t.key} is a duplicate")
        seen.add(t.messages)
        t.slots()  # parses every placeholder or raises


def _spans(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [*message["pii"], *message["must_keep"]]


def check_message(conv_id: str, message: dict[str, Any]) -> None:
    text = message["text"]
    covered = [False] * len(text)
    for span in sorted(_spans(message), key=lambda s: s["start"]):
        s, e = span["start"], span["end"]
        if not 0 <= s < e <= len(text):
            raise CorpusError(f"{conv_id}: span outside the text")
        if text[s:e] != span["value"]:
            raise CorpusError(f"{conv_id}: value differs from text[start:end]")
        if span["value"] != span["value"].strip():
            raise CorpusError(f"{conv_id}: span with leading or trailing space")
        if any(covered[s:e]):
            raise CorpusError(f"{conv_id}: overlapping spans")
        covered[s:e] = [True] * (e - s)
    for i, c in enumerate(text):
        if c.isdigit() and not covered[i]:
            raise CorpusError(f"{conv_id}: digit outside every span")


def check_values(conv: dict[str, Any]) -> None:
    cid, lang = conv["id"], conv["lang"]
    groups: dict[str, list[dict[str, Any]]] = {}
    for message in conv["messages"]:
        check_message(cid, message)
        for item in message["pii"]:
            entity, compact, country = item["type"], item["_compact"], item["_country"]
            if not checksums.revalidate(entity, compact, country):
                raise CorpusError(f"{cid}: {entity} fails its check digit")
            if "group" in item:
                groups.setdefault(item["group"], []).append(item)
                continue
            decoded = render.decode(entity, item["family"], item["value"], lang, country)
            if not render.same(decoded, render.normal(entity, compact), item["family"]):
                raise CorpusError(f"{cid}: {entity} {item['family']} does not decode to its value")
        for keep in message["must_keep"]:
            shape = keep.get("_lookalike")
            if shape and not negatives.lookalike_fails(shape, keep["value"]):
                raise CorpusError(f"{cid}: look-alike passes its check")
            if not shape and (
                negatives.hits_identifier(keep["value"])
                or negatives.hits_phone(keep["value"], conv["locale"].split("-")[1])
            ):
                raise CorpusError(f"{cid}: ordinary negative passes an identifier or phone check")
        if not message["pii"]:
            ordinary = [k["value"] for k in message["must_keep"] if not k.get("_lookalike")]
            if any(negatives.hits_identifier(v) for v in ordinary):
                raise CorpusError(f"{cid}: negative message passes an identifier check")
    for group, parts in groups.items():
        if len(parts) < 2:
            raise CorpusError(f"{cid}: group {group} has one part")
        entity, compact, country = parts[0]["type"], parts[0]["_compact"], parts[0]["_country"]
        joined = " ".join(p["value"] for p in parts)
        decoded = render.decode(entity, "multi_message", joined, lang, country)
        if decoded != render.normal(entity, compact):
            raise CorpusError(f"{cid}: parts of {group} do not join to the whole value")


REQUIRED_COMMON = frozenset(
    {
        "CREDIT_DEBIT_NUMBER",
        "CREDIT_DEBIT_CVV",
        "CREDIT_DEBIT_EXPIRY",
        "PIN",
        "PASSWORD",
        "BANK_ACCOUNT_NUMBER",
        "BANK_ROUTING",
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        "SWIFT_CODE",
        "PASSPORT_NUMBER",
        "DRIVER_ID",
        "EMAIL",
        "PHONE",
        "IP_ADDRESS",
        "MAC_ADDRESS",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
    }
)
REQUIRED_BY_LANG: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"SSN", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER"}
    ),
    "es": frozenset(
        {
            "SSN",
            "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
            "ES_DNI",
            "ES_NIE",
            "MX_CURP",
            "MX_RFC",
            "MX_CLABE",
        }
    ),
    "fr": frozenset({"FR_NIR"}),
    "de": frozenset({"DE_TAX_ID"}),
    "pt": frozenset({"BR_CPF", "BR_CNPJ", "PT_NIF"}),
}


def check_coverage(
    lang: str, conversations: list[dict[str, Any]], families: tuple[str, ...]
) -> None:
    """Every family and every entity type of the language in both splits (as generated)."""
    need = set(families) | REQUIRED_COMMON | REQUIRED_BY_LANG[lang]
    for split in ("dev", "sealed"):
        have: set[str] = set()
        for conv in conversations:
            if conv["lang"] == lang and conv["split"] == split:
                for m in conv["messages"]:
                    for item in m["pii"]:
                        have.add(item["type"])
                        have.add(item["family"])
        missing = sorted(need - have)
        if missing:
            raise CorpusError(f"{lang} {split} lacks {', '.join(missing)}")
