"""Split by template: ~35% dev, ~65% sealed, every feature in both splits of its language."""

from __future__ import annotations

import random

from .build import Entry
from .spec import FAMILIES, PLACEHOLDER, TYPES

DEV_SHARE = 0.35


def static_features(entry: Entry) -> set[str]:
    out: set[str] = set()
    for message in entry.messages:
        for match in PLACEHOLDER.finditer(message):
            sigil, code, fam, _part = match.groups()
            if sigil:
                continue
            out.add(TYPES[code])
            if fam != "*":
                out.add(FAMILIES[fam])
    return out


def assign(entries: list[Entry], rng: random.Random) -> dict[int, str]:
    """Map entry index to 'dev' or 'sealed'."""
    order = list(range(len(entries)))
    rng.shuffle(order)
    feats = {i: static_features(entries[i]) for i in order}
    split: dict[int, str] = {}
    for feature in sorted(set().union(*feats.values())):
        holders = [i for i in order if feature in feats[i]]
        if len(holders) < 2:
            continue
        for side in ("dev", "sealed"):
            if not any(split.get(i) == side for i in holders):
                free = [i for i in holders if i not in split]
                if free:
                    split[free[0]] = side
    target = round(DEV_SHARE * len(entries))
    dev = sum(1 for s in split.values() if s == "dev")
    for i in order:
        if i not in split:
            split[i] = "dev" if dev < target else "sealed"
            dev += split[i] == "dev"
    return split
