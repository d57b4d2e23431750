"""Print the mutation score of each mutated module after `mutmut run` (`make mutation`).

mutmut keeps one ``mutants/<source path>.meta`` per module, mapping each mutant to the exit
code of the tests run against it (1: killed, 0: survived, SIGXCPU: timed out). The score
is killed plus timed out (a mutant that makes the tests hang is caught) over all three;
"no tests" and "not checked" are listed apart so that an unreached line is not mistaken
for a covered one. Surviving mutants: `mutmut results`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# mutmut's own exit-code table (mutmut.stats.status_by_exit_code): a mutant stopped by
# the CPU-time limit (SIGXCPU, -24 / 24 / 152) is a timeout, that is a kill.
OUTCOMES = {
    1: "killed",
    3: "killed",
    0: "survived",
    36: "timeout",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    5: "no tests",
    33: "no tests",
}


def main() -> int:
    metas = sorted(Path("mutants/src").rglob("*.py.meta"))
    if not metas:
        print("no mutmut results: run `make mutation` first", file=sys.stderr)
        return 1
    print(f"{'module':58} {'killed':>6} {'tmout':>6} {'surv.':>6} {'other':>6} {'score':>6}")
    for meta in metas:
        codes = json.loads(meta.read_text())["exit_code_by_key"].values()
        tally = Counter(OUTCOMES.get(code, "not checked") for code in codes)
        decided = tally["killed"] + tally["survived"] + tally["timeout"]
        score = f"{100 * (tally['killed'] + tally['timeout']) / decided:.0f}%" if decided else "-"
        other = sum(tally.values()) - decided
        # `make mutation` mutates functions/ through a src link (see pyproject.toml).
        module = "functions/" + str(meta.relative_to("mutants/src")).removesuffix(".meta")
        print(
            f"{module:58} {tally['killed']:>6} {tally['timeout']:>6} {tally['survived']:>6}"
            f" {other:>6} {score:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
