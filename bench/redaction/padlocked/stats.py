"""Counts for the README: per language, per family and per type, dev and sealed side by side."""

from __future__ import annotations

from collections import Counter


def _row(lang: str, n_templates: int, c: Counter[str]) -> str:
    convs = c["dev"] + c["sealed"]
    cells = [
        lang,
        n_templates,
        c["dev"],
        c["sealed"],
        c["msgs"],
        f"{c['nopii']} ({100 * c['nopii'] / c['msgs']:.1f}%)",
        c["pii"],
        c["keep"],
        f"{c['mm']} ({100 * c['mm'] / convs:.1f}%)",
    ]
    return "| " + " | ".join(map(str, cells)) + " |"


def report(dev: list[dict], sealed: list[dict], templates: dict[str, int]) -> str:
    rows = [
        "| lang | templates | dev conv | sealed conv | messages | no-PII msgs | "
        "pii | must_keep | conv with multi_message |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    fam: Counter[tuple[str, str]] = Counter()
    typ: Counter[tuple[str, str]] = Counter()
    total: Counter[str] = Counter()
    for lang in templates:
        c: Counter[str] = Counter()
        for split, convs in (("dev", dev), ("sealed", sealed)):
            for conv in convs:
                if conv["lang"] != lang:
                    continue
                c[split] += 1
                c["mm"] += any(
                    p["family"] == "multi_message" for m in conv["messages"] for p in m["pii"]
                )
                for m in conv["messages"]:
                    c["msgs"] += 1
                    c["nopii"] += not m["pii"]
                    c["pii"] += len(m["pii"])
                    c["keep"] += len(m["must_keep"])
                    for p in m["pii"]:
                        fam[(p["family"], split)] += 1
                        typ[(p["type"], split)] += 1
        total.update(c)
        rows.append(_row(lang, templates[lang], c))
    rows.append(_row("all", sum(templates.values()), total))
    rows += ["", "| family | dev pii | sealed pii |", "| --- | --- | --- |"]
    for f in sorted({k[0] for k in fam}):
        rows.append(f"| {f} | {fam[(f, 'dev')]} | {fam[(f, 'sealed')]} |")
    rows += ["", "| type | dev pii | sealed pii |", "| --- | --- | --- |"]
    for ty in sorted({k[0] for k in typ}):
        rows.append(f"| {ty} | {typ[(ty, 'dev')]} | {typ[(ty, 'sealed')]} |")
    return "\n".join(rows)
