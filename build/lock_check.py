"""Fail when requirements*.txt is stale against its requirements*.in.

pip-compile keeps the existing pins when they still satisfy the .in file, so
recompiling a copy of each lock file changes nothing unless the .in file (or
the lock, by hand) changed. Any difference in the pinned lines is reported.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAIRS = (("requirements.in", "requirements.txt"), ("requirements-dev.in", "requirements-dev.txt"))
PIP_COMPILE = Path(sys.executable).parent / "pip-compile"
OPTIONS = (
    "--quiet",
    "--generate-hashes",
    "--allow-unsafe",
    "--strip-extras",
    "--no-emit-index-url",
)


def pinned_lines(path: Path) -> list[str]:
    """The lock without its comments, which name the output file and command."""
    lines = []
    for line in path.read_text().splitlines():
        stripped = line.split("#", 1)[0].rstrip()
        if stripped:
            lines.append(stripped)
    return lines


def main() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for source, lock in PAIRS:
            # Same folder layout so "-c requirements.txt" resolves against the lock under test.
            copy_dir = Path(scratch)
            for name in (source, lock, *(lk for _, lk in PAIRS)):
                shutil.copy(REPO / name, copy_dir / name)
            subprocess.run(  # noqa: S603 - fixed argv
                [str(PIP_COMPILE), *OPTIONS, "--output-file", lock, source],
                cwd=copy_dir,
                check=True,
            )
            diff = list(
                difflib.unified_diff(
                    pinned_lines(REPO / lock),
                    pinned_lines(copy_dir / lock),
                    f"{lock} (committed)",
                    f"{lock} (from {source})",
                    lineterm="",
                )
            )
            if diff:
                stale.append(lock)
                print("\n".join(diff[:60]), file=sys.stderr)
    if stale:
        print(f"stale lock file(s): {', '.join(stale)}; run `make lock`", file=sys.stderr)
        return 1
    print("lock files are up to date with their .in files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
