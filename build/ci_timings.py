"""Print the step timings build/timed.sh recorded, as a table.

Usage: python3 build/ci_timings.py TIMINGS_TSV... [--total-seconds N]

Steps recorded more than once (a step run in several commands) are summed,
with the peak of their peaks. With --total-seconds (the whole CI run, set by
.ci/run) it also prints the total and warns past the 60-minute guard: CI's
hard limit is 90 minutes and a run past it lands nothing.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

WARN_AFTER_SECONDS = 60 * 60


@dataclass
class Step:
    name: str
    seconds: float = 0.0
    peak_mib: int = 0
    failed: bool = False


def read_steps(paths: list[Path]) -> list[Step]:
    steps: dict[str, Step] = {}
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        name, seconds, peak_mib, status = line.split("\t")
        step = steps.setdefault(name, Step(name))
        step.seconds += float(seconds)
        step.peak_mib = max(step.peak_mib, int(peak_mib))
        step.failed = step.failed or status != "0"
    return list(steps.values())


def minutes(seconds: float) -> str:
    return f"{int(seconds // 60)}m{seconds % 60:04.1f}s"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("timings", type=Path, nargs="+")
    parser.add_argument("--total-seconds", type=float)
    args = parser.parse_args(argv)

    recorded = [path for path in args.timings if path.exists()]
    if not recorded:
        print("no timings recorded yet; run `make test` first")
        return 0
    steps = read_steps(recorded)
    print(f"{'step':<18} {'wall':>10} {'peak RSS':>10}  status")
    for step in steps:
        status = "FAILED" if step.failed else "ok"
        print(f"{step.name:<18} {minutes(step.seconds):>10} {step.peak_mib:>7} MiB  {status}")
    print(f"{'steps total':<18} {minutes(sum(s.seconds for s in steps)):>10}")
    if args.total_seconds is not None:
        print(f"{'whole run':<18} {minutes(args.total_seconds):>10}")
        if args.total_seconds > WARN_AFTER_SECONDS:
            print(
                f"WARNING: this run took {minutes(args.total_seconds)}, over the 60-minute guard; "
                "CI stops at 90 minutes and lands nothing. Find the slow step above."
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
