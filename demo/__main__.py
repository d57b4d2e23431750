"""``python -m demo`` (``make demo``): the whole relay on an embedded AWS emulator.

Prints each step as it runs, side by side: what the customer typed, what the agent saw in
Connect, what the customer received on Messenger. Writes ``build/demo/transcript.json``
and the functions' own logs to ``build/demo/functions.log``. Exits 1 naming the step that
failed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
import time
from pathlib import Path

from demo.harness import DEMO_SETTINGS, Harness
from demo.scenario import StepFailed, Turn, play
from demo.stack import ROOT, STACK_FILE

MAX_LINES = 5


class ScreenReporter:
    """Progress and the three columns, sized to the terminal."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        width = min(shutil.get_terminal_size((120, 40)).columns, 150)
        self.column = max(24, (width - 8) // 3)

    def out(self, text: str = "") -> None:
        if not self.quiet:
            print(text, flush=True)

    def header(self) -> None:
        titles = ("customer typed", "agent saw (Connect)", "customer received (Meta)")
        self.out("    " + " | ".join(t.ljust(self.column) for t in titles))
        self.out("    " + "-+-".join("-" * self.column for _ in titles))

    def step(self, number: int, total: int, name: str) -> None:
        self.out(f"\n[{number:2}/{total}] {name}")

    def note(self, text: str) -> None:
        self.out(f"        · {text}")

    def done(self, name: str, seconds: float) -> None:
        self.out(f"        ok ({seconds:.2f} s)")

    def _cell(self, text: str | None) -> list[str]:
        """Wrapped to the column. A long text keeps its first and last lines and every line
        with a digit or a mask, where the sensitive values are; each line of ``text`` (a
        part the agent received separately) is labelled."""
        if text is None:
            return []
        parts = text.split("\n")
        lines: list[str] = []
        for number, part in enumerate(parts, start=1):
            if len(parts) > 1:
                lines.append(f"[part {number} of {len(parts)}, {len(part):,} characters]")
            wrapped = textwrap.wrap(part, self.column) or [""]
            if len(wrapped) <= MAX_LINES:
                lines.extend(wrapped)
                continue
            keep = {0, len(wrapped) - 1} | {
                i for i, line in enumerate(wrapped) if "[" in line or any(c.isdigit() for c in line)
            }
            for index, line in enumerate(wrapped):
                if index in keep:
                    lines.append(line)
                elif index - 1 in keep:
                    lines.append("…")
        return lines

    def turn(self, turn: Turn) -> None:
        received = "\n".join(turn.customer_received) if turn.customer_received else None
        agent = self._cell(turn.agent_text)
        if not agent and turn.direction == "inbound":
            agent = ["(nothing new)"]
        cells = [self._cell(turn.customer_text), agent, self._cell(received)]
        for row in range(max(len(cell) for cell in cells)):
            parts = [(cell[row] if row < len(cell) else "").ljust(self.column) for cell in cells]
            self.out("    " + " | ".join(parts))


def _shown(path: Path) -> Path:
    """Relative to the repository when inside it, as a reader would type it."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "demo")
    parser.add_argument("--quiet", action="store_true", help="print only the result")
    args = parser.parse_args(argv)
    screen = ScreenReporter(quiet=args.quiet)
    started = time.perf_counter()
    screen.out("Connect Privacy Relay demo: the real Lambda handlers on an embedded AWS emulator")
    screen.out(f"  resources: {STACK_FILE.relative_to(ROOT)} (moto server on 127.0.0.1)")
    engines = DEMO_SETTINGS["inbound"]["REDACTION_ENGINES"]
    screen.out(
        f"  redaction: REDACTION_ENGINES={engines}. Amazon Comprehend is not available "
        "offline, so the validated pattern detectors and the custom MEMBER_ID pattern do the work"
    )

    def started_message(harness: Harness) -> None:
        for what, url in harness.endpoints.items():
            screen.out(f"  {what}: {url}")
        screen.out(f"  started in {time.perf_counter() - started:.1f} s; the functions' logs "
                   f"go to {_shown(harness.log_path)}")  # fmt: skip
        screen.header()

    try:
        transcript = play(args.out, screen, on_started=started_message)
    except StepFailed as failure:
        print(f"\nDEMO FAILED at {failure}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"\nDemo passed in {elapsed:.1f} s: {len(transcript.turns)} turns, "
          f"transcript in {(args.out / 'transcript.json')}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
