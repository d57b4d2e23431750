"""The count tables the generator prints (and the README copies)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.redaction.unseen.builder import Template

LANGS = ("en", "es", "fr", "de", "pt")


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def template_table(templates: list[Template], splits: dict[str, str]) -> str:
    rows = []
    for lang in LANGS:
        ts = [t for t in templates if t.lang == lang]
        kinds = Counter(t.kind for t in ts)
        dev = sum(splits[t.key] == "dev" for t in ts)
        rows.append(
            [lang, kinds["pii"], kinds["multi"], kinds["negative"], dev, len(ts) - dev, len(ts)]
        )
    return _table(["lang", "pii", "multi", "negative", "dev", "sealed", "total"], rows)


def split_tables(conversations: list[dict[str, Any]], split: str) -> str:
    convs = [c for c in conversations if c["split"] == split]
    rows = []
    total = Counter[str]()
    for lang in (*LANGS, "all"):
        cs = [c for c in convs if lang in ("all", c["lang"])]
        msgs = [m for c in cs for m in c["messages"]]
        with_pii = sum(bool(m["pii"]) for m in msgs)
        without = len(msgs) - with_pii
        share = f"{without} ({round(100 * without / max(len(msgs), 1))}%)"
        pii = sum(len(m["pii"]) for m in msgs)
        keep = sum(len(m["must_keep"]) for m in msgs)
        rows.append([lang, len(cs), len(msgs), with_pii, share, pii, keep])
        total[lang] = len(msgs)
    out = [
        f"### {split}",
        "",
        _table(
            ["lang", "conversations", "messages", "with PII", "without PII", "pii", "must_keep"],
            rows,
        ),
    ]
    for field, title in (("type", "entity type"), ("family", "family")):
        counts: dict[str, Counter[str]] = {}
        for c in convs:
            for m in c["messages"]:
                for item in m["pii"]:
                    counts.setdefault(item[field], Counter())[c["lang"]] += 1
        body = [
            [k, *(counts[k][lang] for lang in LANGS), sum(counts[k].values())]
            for k in sorted(counts)
        ]
        out += [
            "",
            f"PII spans by {title} ({split}; each multi_message part counts)",
            "",
            _table([title, *LANGS, "all"], body),
        ]
    kinds: dict[str, Counter[str]] = {}
    for c in convs:
        for m in c["messages"]:
            for k in m["must_keep"]:
                kinds.setdefault(k["kind"], Counter())[c["lang"]] += 1
    kind_rows = [
        [k, *(kinds[k][lang] for lang in LANGS), sum(kinds[k].values())] for k in sorted(kinds)
    ]
    looks = sum(
        1 for c in convs for m in c["messages"] for k in m["must_keep"] if k.get("_lookalike")
    )
    locales = Counter(c["locale"] for c in convs for _ in c["messages"])
    convs_by_locale = Counter(c["locale"] for c in convs)
    locale_rows = [[loc, convs_by_locale[loc], n] for loc, n in sorted(locales.items())]
    out += [
        "",
        f"must_keep spans by kind ({split})",
        "",
        _table(["kind", *LANGS, "all"], kind_rows),
        "",
        f"of which look-alikes failing an identifier check: {looks}",
        "",
        f"Locales ({split})",
        "",
        _table(["locale", "conversations", "messages"], locale_rows),
    ]
    return "\n".join(out)
