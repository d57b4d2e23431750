"""Print the mutation score of each mutated module after `mutmut run` (`make mutation`).

mutmut keeps one ``mutants/<source path>.meta`` per module, mapping each mutant to the exit
code of the tests run against it (1: killed, 0: survived). The score is killed over
killed + survived + timed out; "no tests" and "not checked" are listed apart so that an
unreached line is not mistaken for a covered one. Surviving mutants: `mutmut results`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

OUTCOMES = {1: "killed", 3: "killed", 0: "survived", 36: "timeout", 5: "no tests", 33: "no tests"}


def main() -> int:
    metas = sorted(Path("mutants/src").rglob("*.py.meta"))
    if not metas:
        print("no mutmut results: run `make mutation` first", file=sys.stderr)
        return 1
    print(f"{'module':58} {'killed':>6} {'surv.':>6} {'other':>6} {'score':>6}")
    for meta in metas:
        codes = json.loads(meta.read_text())["exit_code_by_key"].values()
        tally = Counter(OUTCOMES.get(code, "not checked") for code in codes)
        decided = tally["killed"] + tally["survived"] + tally["timeout"]
        score = f"{100 * (tally['killed'] + tally['timeout']) / decided:.0f}%" if decided else "-"
        other = sum(tally.values()) - decided
        # `make mutation` mutates functions/ through a src link (see pyproject.toml).
        module = "functions/" + str(meta.relative_to("mutants/src")).removesuffix(".meta")
        print(f"{module:58} {tally['killed']:>6} {tally['survived']:>6} {other:>6} {score:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
