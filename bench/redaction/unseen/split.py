"""Template-level split: every feature (family or entity type) held by two or more templates
gets one template in each split first, rarest feature first; the rest is drawn so that about
35% of each kind of template (single-message PII, multi-message, negatives only) is in dev."""

from __future__ import annotations

import random
from collections import Counter

from bench.redaction.unseen.builder import Template

DEV_SHARE = 0.35


def split_templates(templates: list[Template], seed: str) -> dict[str, str]:
    rng = random.Random(f"{seed}:split:{templates[0].lang}")
    assigned: dict[str, str] = {}
    features = {t.key: t.features() for t in templates}
    counts = Counter(f for fs in features.values() for f in fs)
    for feature in sorted(counts, key=lambda f: (counts[f], f)):
        if counts[feature] < 2:
            continue
        holders = [t.key for t in templates if feature in features[t.key]]
        for side in ("dev", "sealed"):
            if any(assigned.get(k) == side for k in holders):
                continue
            free = [k for k in holders if k not in assigned]
            if free:
                assigned[rng.choice(free)] = side
    for kind in ("pii", "multi", "negative"):
        group = [t.key for t in templates if t.kind == kind]
        want_dev = round(DEV_SHARE * len(group))
        have_dev = sum(assigned.get(k) == "dev" for k in group)
        free = [k for k in group if k not in assigned]
        rng.shuffle(free)
        for k in free:
            if have_dev < want_dev:
                assigned[k] = "dev"
                have_dev += 1
            else:
                assigned[k] = "sealed"
    return assigned
