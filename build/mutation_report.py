"""Print the mutation score per module from mutmut's results (``make mutation``).

Score = killed / (killed + survived); mutants with no covering test count as
survived (a line no test reaches is a line no test checks). Timeouts count as
killed, as mutmut does. Lists the surviving mutants so each can be killed by a
test or shown equivalent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KILLED = {1, 3, 24, -24, 36, 152, 255, 37}
SURVIVED = {0, 5, 33}


def main() -> int:
    metas = sorted(Path("mutants").rglob("*.py.meta"))
    if not metas:
        print("no mutmut results under mutants/: run `make mutation`")
        return 1
    print(f"{'module':52} {'killed':>7} {'survived':>9} {'unchecked':>10} {'score':>7}")
    for meta in metas:
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        killed = sum(code in KILLED for code in codes.values())
        survived = sorted(name for name, code in codes.items() if code in SURVIVED)
        unchecked = sum(code is None for code in codes.values())
        decided = killed + len(survived)
        score = f"{100 * killed / decided:6.1f}%" if decided else "     -"
        module = str(meta.relative_to("mutants")).removesuffix(".meta")
        print(f"{module:52} {killed:7} {len(survived):9} {unchecked:10} {score:>7}")
        for name in survived:
            print(f"    survived: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
