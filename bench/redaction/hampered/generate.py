"""Write (or check) the hampered corpus: ``dev.jsonl`` and ``sealed.jsonl.gz``.

    python -m bench.redaction.hampered.generate            # write both files
    python -m bench.redaction.hampered.generate --check    # compare with the files on disk
    python -m bench.redaction.hampered.generate --stats    # print counts

Randomness comes from SHA-256 of a fixed seed, so the output is byte-reproducible.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from . import render, templates_de, templates_en, templates_es, templates_fr, templates_pt
from . import values as V

HERE = Path(__file__).resolve().parent
SEED = "hampered/issue-14/v1"
LANG_MODULES: list[ModuleType] = [
    templates_en,
    templates_es,
    templates_fr,
    templates_de,
    templates_pt,
]
CONVERSATIONS = {"dev": 170, "sealed": 440}  # per language
FAMILIES = [
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
]
SLOT = re.compile(r"\{(#?[A-Za-z_][A-Za-z_0-9]*)(?:!([a-z_]+))?\}")
Template = str | tuple[str, ...]


def rng_for(*parts: str) -> random.Random:
    digest = hashlib.sha256("/".join((SEED,) + parts).encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


# ---------------------------------------------------------------- rendering


class Builder:
    """Accumulates one message's text and its labelled spans."""

    def __init__(self) -> None:
        self.text = ""
        self.pii: list[dict[str, Any]] = []
        self.keep: list[dict[str, Any]] = []
        self.canon: list[tuple[str, str, str]] = []  # (type, canonical, family) per pii span

    def lit(self, s: str) -> None:
        self.text += s

    def span(
        self,
        kind: str,
        value: str,
        *,
        pii: bool,
        family: str = "",
        group: str | None = None,
        canon: str = "",
    ) -> None:
        start = len(self.text)
        self.text += value
        item: dict[str, Any]
        if pii:
            item = {
                "type": kind,
                "family": family,
                "start": start,
                "end": len(self.text),
                "value": value,
            }
            if group:
                item["group"] = group
            self.pii.append(item)
            self.canon.append((kind, canon, family))
        else:
            self.keep.append({"kind": kind, "start": start, "end": len(self.text), "value": value})


_URL_HOSTS = [
    "files.example.com",
    "db.example.net",
    "intranet.example.org",
    "sftp.example.com",
    "crm.example.test",
]
_SCHEMES = ["https", "ftp", "sftp", "postgres", "mysql", "smtp", "redis", "imap"]


def _url_password(rng: random.Random) -> str:
    while True:
        p = V.password(rng)
        if re.fullmatch(r"[A-Za-z0-9._*!-]+", p):
            return p


class Ctx:
    def __init__(
        self, lang: str, region: str, rng: random.Random, frame_type: str | None, conv_id: str
    ) -> None:
        self.lang, self.region, self.rng, self.frame_type, self.conv_id = (
            lang,
            region,
            rng,
            frame_type,
            conv_id,
        )
        self.groups: dict[str, list[str]] = {}  # alias -> parts, for multi-message values
        self.group_ids: dict[str, str] = {}
        self.group_canon: dict[str, tuple[str, str]] = {}


def _draw_surface(t: str, family: str | None, ctx: Ctx) -> tuple[str, str, str]:
    """(canonical, surface, family) for one slot; redraws when a family cannot be written."""
    for _ in range(60):
        fam = family or ctx.rng.choice(render.RANDOM_FAMILIES[t])
        v = V.draw(t, ctx.rng, ctx.region)
        try:
            if (
                fam == "letter_substitution"
                and t != "PHONE"
                and t != "CREDIT_DEBIT_EXPIRY"
                and not render.can_sub(v.replace("-", ""))
            ):
                raise render.NoSurface
            s = render.surface(t, v, fam, ctx.lang, ctx.rng)
        except render.NoSurface:
            continue
        if s != s.strip():
            continue
        return v, s, fam
    raise RuntimeError(f"cannot write {t} as {family}")


def _split_parts(t: str, v: str, k: int, rng: random.Random) -> list[str]:
    typed = render.phone_digits_for_typing(v, rng) if t == "PHONE" else v
    plus = typed.startswith("+")
    body = typed.lstrip("+")
    gs = render.grouping(t, body, rng)
    while len(gs) < k:
        i = max(range(len(gs)), key=lambda j: len(gs[j]))
        g = gs[i]
        gs[i : i + 1] = [g[: len(g) // 2], g[len(g) // 2 :]]
    cuts = sorted(rng.sample(range(1, len(gs)), k - 1))
    parts, prev = [], 0
    for c in cuts + [len(gs)]:
        sep = rng.choice([" ", "", " ", "-"])
        parts.append(sep.join(gs[prev:c]))
        prev = c
    if plus:
        parts[0] = "+" + parts[0]
    return parts


def render_message(tpl: str, ctx: Ctx) -> Builder:
    b = Builder()
    pos = 0
    frame_surface: tuple[str, str, str] | None = None
    for m in SLOT.finditer(tpl):
        b.lit(tpl[pos : m.start()])
        pos = m.end()
        name, fam = m.group(1), m.group(2)
        if name.startswith("#"):
            b.span(name[1:], V.negative(name[1:], ctx.rng, ctx.lang), pii=False)
        elif name == "CTX":
            assert ctx.frame_type
            b.lit(ctx.rng.choice(ctx_phrases(ctx)))
        elif name == "VAL":
            t = V.ALIAS[ctx.frame_type]  # type: ignore[index]
            if frame_surface is None:
                frame_surface = _draw_surface(t, None, ctx)
            v, s, f = frame_surface
            b.span(t, s, pii=True, family=f, canon=v)
        elif name == "URLCRED":
            user, pwd = V.username(ctx.rng), _url_password(ctx.rng)
            b.lit(ctx.rng.choice(_SCHEMES) + "://")
            b.span("USERNAME", user, pii=True, family="url_credentials", canon=user)
            b.lit(":")
            b.span("PASSWORD", pwd, pii=True, family="url_credentials", canon=pwd)
            b.lit(
                "@" + ctx.rng.choice(_URL_HOSTS) + ctx.rng.choice(["", "/", "/export", "/backup/"])
            )
        elif name == "PCT":
            if ctx.rng.random() < 0.55:
                v = V.email(ctx.rng)
                b.lit(
                    ctx.rng.choice(
                        [
                            "https://help.example.com/reset?email=",
                            "https://app.example.org/login?user=",
                            "https://portal.example.net/unsubscribe?e=",
                            "mailto:",
                        ]
                    )
                )
                b.span(
                    "EMAIL",
                    render.surface("EMAIL", v, "percent_encoded", ctx.lang, ctx.rng),
                    pii=True,
                    family="percent_encoded",
                    canon=v,
                )
                b.lit(ctx.rng.choice(["", "&lang=" + ctx.lang, "&src=fb"]))
            else:
                v = V.phone(ctx.rng, ctx.region)
                b.lit(
                    ctx.rng.choice(
                        [
                            "https://wa.example.com/send?phone=",
                            "tel:",
                            "https://shop.example.com/track?tel=",
                        ]
                    )
                )
                b.span(
                    "PHONE",
                    render.surface("PHONE", v, "percent_encoded", ctx.lang, ctx.rng),
                    pii=True,
                    family="percent_encoded",
                    canon=v,
                )
        else:
            t = V.ALIAS[name]
            if fam == "multi_message":
                parts = ctx.groups[name]
                b.span(
                    t,
                    parts.pop(0),
                    pii=True,
                    family="multi_message",
                    group=ctx.group_ids[name],
                    canon=ctx.group_canon[name][0],
                )
            else:
                v, s, f = _draw_surface(t, fam, ctx)
                if fam in ("context_only", "key_value_secret"):
                    f = fam
                b.span(t, s, pii=True, family=f, canon=v)
    b.lit(tpl[pos:])
    return b


def ctx_phrases(ctx: Ctx) -> list[str]:
    mod = {m.LANG: m for m in LANG_MODULES}[ctx.lang]
    return mod.CTX[ctx.frame_type]


def render_chunk(tpl: Template, ctx: Ctx) -> list[Builder]:
    msgs = [tpl] if isinstance(tpl, str) else list(tpl)
    counts: Counter[str] = Counter()
    for msg in msgs:
        for m in SLOT.finditer(msg):
            if m.group(2) == "multi_message":
                counts[m.group(1)] += 1
    for alias, k in counts.items():
        t = V.ALIAS[alias]
        v = V.draw(t, ctx.rng, ctx.region)
        ctx.groups[alias] = _split_parts(t, v, k, ctx.rng)
        ctx.group_ids[alias] = f"{ctx.conv_id}-g{len(ctx.group_ids) + 1}"
        ctx.group_canon[alias] = (v, t)
    return [render_message(msg, ctx) for msg in msgs]


# ---------------------------------------------------------------- corpus


def has_pii_slot(tpl: Template) -> bool:
    msgs = [tpl] if isinstance(tpl, str) else tpl
    return any(m.group(1)[0] != "#" for msg in msgs for m in SLOT.finditer(msg))


def is_mm(tpl: Template) -> bool:
    return not isinstance(tpl, str) and any("!multi_message}" in m for m in tpl)


def _fresh(rng: random.Random, pool: list[Template], used: set[Template]) -> Template:
    """A template not yet used in this conversation (customers rarely repeat themselves)."""
    for _ in range(20):
        t = rng.choice(pool)
        if t not in used:
            return t
    return t


def build_split(mod: ModuleType, split: str) -> list[dict[str, Any]]:
    rng = rng_for(mod.LANG, split)
    frames = mod.FRAMES_DEV if split == "dev" else mod.FRAMES_SEALED
    tpls: list[Template] = mod.DEV if split == "dev" else mod.SEALED
    mm = [t for t in tpls if is_mm(t)]
    nopii = [t for t in tpls if not has_pii_slot(t)]
    other = [t for t in tpls if has_pii_slot(t) and not is_mm(t)]
    # Every template is used at least once, and every type goes through a frame at least twice.
    todo_tpl = list(other)
    rng.shuffle(todo_tpl)
    todo_types = list(V.ALIAS) * 2
    rng.shuffle(todo_types)
    todo_mm = list(mm)
    locales = list(mod.LOCALES)
    convs = []
    for i in range(CONVERSATIONS[split]):
        locale = locales[i % len(locales)]
        conv_id = f"hampered-{mod.LANG}-{split}-{i:04d}"
        ctx = Ctx(mod.LANG, mod.LOCALES[locale], rng, None, conv_id)
        messages: list[Builder] = []
        if todo_mm or rng.random() < 0.1:
            chunks: list[tuple[Template, str | None]] = [
                (todo_mm.pop() if todo_mm else rng.choice(mm), None)
            ]
            if rng.random() < 0.3:
                chunks.insert(0, (rng.choice(nopii), None))
        else:
            chunks = []
            for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 3, 4])):
                used = {c[0] for c in chunks}
                r = rng.random()
                if r < 0.135:
                    chunks.append((_fresh(rng, nopii, used), None))
                elif r < 0.45 or todo_types and r < 0.6:
                    t = todo_types.pop() if todo_types else rng.choice(list(V.ALIAS))
                    chunks.append((_fresh(rng, frames, used), t))
                else:
                    chunks.append((todo_tpl.pop() if todo_tpl else _fresh(rng, other, used), None))
        for tpl, ft in chunks:
            ctx.frame_type = ft
            messages.extend(render_chunk(tpl, ctx))
        convs.append(
            {
                "id": conv_id,
                "lang": mod.LANG,
                "locale": locale,
                "split": split,
                "messages": [{"text": b.text, "pii": b.pii, "must_keep": b.keep} for b in messages],
                "_canon": [
                    [(c[0], c[1], c[2], mod.LOCALES[locale]) for c in b.canon] for b in messages
                ],
            }
        )
    assert not todo_tpl and not todo_types, (mod.LANG, split, len(todo_tpl), len(todo_types))
    return convs


# ---------------------------------------------------------------- validation


def template_texts(tpl: Template) -> list[str]:
    return [tpl] if isinstance(tpl, str) else list(tpl)


def validate_templates() -> None:
    for mod in LANG_MODULES:
        dev = [s for t in mod.DEV for s in template_texts(t)] + list(mod.FRAMES_DEV)
        sealed = [s for t in mod.SEALED for s in template_texts(t)] + list(mod.FRAMES_SEALED)
        # A message that is nothing but a slot ("{CARD!multi_message}") has no template text.
        shared = {x for x in set(dev) & set(sealed) if SLOT.sub("", x).strip()}
        assert not shared, (mod.LANG, "dev/sealed share template text", len(shared))
        for s in dev + sealed + [p for ps in mod.CTX.values() for p in ps]:
            lit = SLOT.sub("", s)
            assert not any(c.isdigit() for c in lit), (mod.LANG, "digit in template literal")
            for m in SLOT.finditer(s):
                name, fam = m.group(1), m.group(2)
                assert (
                    name.startswith("#")
                    and name[1:] in V.NEG_KINDS
                    or name in V.ALIAS
                    or name in ("CTX", "VAL", "URLCRED", "PCT")
                ), (mod.LANG, "unknown slot", name)
                assert fam is None or fam in FAMILIES, (mod.LANG, "unknown family", fam)
        assert set(mod.CTX) == set(V.ALIAS), (mod.LANG, "CTX must cover every type")


def validate(convs: list[dict[str, Any]]) -> None:
    cover: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for c in convs:
        types, fams = cover.setdefault((c["lang"], c["split"]), (set(), set()))
        groups: dict[str, list[str]] = {}
        group_meta: dict[str, tuple[str, str, str]] = {}
        for msg, canon in zip(c["messages"], c["_canon"]):
            text = msg["text"]
            spans = sorted(
                [(p["start"], p["end"]) for p in msg["pii"]]
                + [(k["start"], k["end"]) for k in msg["must_keep"]]
            )
            for a, b in zip(spans, spans[1:]):
                assert a[1] <= b[0], (c["id"], "overlap")
            covered = set()
            for s, e in spans:
                covered.update(range(s, e))
            for i, ch in enumerate(text):
                assert not ch.isdigit() or i in covered, (c["id"], "digit outside a span")
            for item in msg["pii"] + msg["must_keep"]:
                v = item["value"]
                assert text[item["start"] : item["end"]] == v and v and v == v.strip(), (
                    c["id"],
                    "bad span",
                )
            for p, (t, cv, fam, region) in zip(msg["pii"], canon):
                assert p["type"] == t and p["family"] == fam
                assert V.checksum_ok(t, cv, region), (c["id"], "checksum", t)
                types.add(t)
                fams.add(fam)
                if fam == "multi_message":
                    groups.setdefault(p["group"], []).append(p["value"])
                    group_meta[p["group"]] = (t, cv, region)
                else:
                    assert render.decode_matches(t, cv, p["value"], fam), (
                        c["id"],
                        "decode",
                        t,
                        fam,
                    )
        for g, parts in groups.items():
            t, cv, _ = group_meta[g]
            assert len(parts) >= 2
            assert render.decode_matches(t, cv, " ".join(parts), "multi_message"), (
                c["id"],
                "decode group",
            )
    for split in ("dev", "sealed"):
        cs = [c for c in convs if c["split"] == split]
        msgs = [m for c in cs for m in c["messages"]]
        share = sum(1 for m in msgs if not m["pii"]) / len(msgs)
        assert 0.15 <= share <= 0.20, (split, "no-PII message share", share)
        for lang in {c["lang"] for c in cs}:
            lc = [c for c in cs if c["lang"] == lang]
            mm = sum(
                1
                for c in lc
                if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
            )
            assert mm / len(lc) >= 0.08, (lang, split, "multi-message conversations below 8%")
    for key, (types, fams) in sorted(cover.items()):
        assert types == set(V.TYPES), (key, "missing types", sorted(set(V.TYPES) - types))
        assert fams == set(FAMILIES), (key, "missing families", sorted(set(FAMILIES) - fams))


# ---------------------------------------------------------------- output


def build() -> tuple[bytes, bytes, list[dict[str, Any]]]:
    validate_templates()
    convs = [
        c for split in ("dev", "sealed") for mod in LANG_MODULES for c in build_split(mod, split)
    ]
    validate(convs)
    out = {"dev": io.StringIO(), "sealed": io.StringIO()}
    for c in convs:
        rec = {k: v for k, v in c.items() if k != "_canon"}
        out[c["split"]].write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    dev = out["dev"].getvalue().encode()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(out["sealed"].getvalue().encode())
    return dev, buf.getvalue(), convs


def stats(convs: list[dict[str, Any]]) -> str:
    lines = []
    for split in ("dev", "sealed"):
        cs = [c for c in convs if c["split"] == split]
        msgs = [m for c in cs for m in c["messages"]]
        nopii = sum(1 for m in msgs if not m["pii"])
        mm = sum(
            1
            for c in cs
            if any(p["family"] == "multi_message" for m in c["messages"] for p in m["pii"])
        )
        lines.append(
            f"[{split}] conversations={len(cs)} messages={len(msgs)} pii={sum(len(m['pii']) for m in msgs)} "
            f"must_keep={sum(len(m['must_keep']) for m in msgs)} no_pii_messages={nopii} "
            f"({100 * nopii / len(msgs):.1f}%) multi_message_conversations={mm} ({100 * mm / len(cs):.1f}%)"
        )
        by_lang = Counter(c["lang"] for c in cs for _ in c["messages"])
        lines.append(
            "  messages by lang: " + ", ".join(f"{k}={v}" for k, v in sorted(by_lang.items()))
        )
        ty = Counter(p["type"] for m in msgs for p in m["pii"])
        lines.append("  by type: " + ", ".join(f"{k}={ty[k]}" for k in V.TYPES))
        fa = Counter(p["family"] for m in msgs for p in m["pii"])
        lines.append("  by family: " + ", ".join(f"{k}={fa[k]}" for k in FAMILIES))
        kk = Counter(k["kind"] for m in msgs for k in m["must_keep"])
        lines.append("  must_keep by kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kk.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the files on disk, write nothing"
    )
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args(argv)
    dev, sealed, convs = build()
    if args.stats:
        print(stats(convs))
    if args.check:
        ok = (HERE / "dev.jsonl").read_bytes() == dev and (
            HERE / "sealed.jsonl.gz"
        ).read_bytes() == sealed
        print("check: " + ("identical" if ok else "DIFFERENT"))
        return 0 if ok else 1
    if not args.stats:
        (HERE / "dev.jsonl").write_bytes(dev)
        (HERE / "sealed.jsonl.gz").write_bytes(sealed)
        print(f"wrote dev.jsonl ({len(dev)} bytes) and sealed.jsonl.gz ({len(sealed)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
