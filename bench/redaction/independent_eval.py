"""The independent corpus (``bench/redaction/independent/``): dev and sealed, reported apart.

The corpus was written by someone who never read the detectors; its README gives
the schema. The sealed split is opened here and nowhere else, and only its
aggregate figures are printed: no message, value or per-message result of it
ever leaves this module. Detectors are tuned against dev only.

Scoring follows the corpus README:

- a PII value leaks when any letter or digit inside its span stays visible
  (separators, emoji and joining words between its groups may stay); each part
  of a value split over several messages is scored in its own message;
- leak rate = leaked values / values; message leak rate = messages with any
  leaked value / messages with PII;
- over-redaction = ``must_keep`` spans with any character masked / ``must_keep``
  spans (orders, dates, ZIP+4, prices... right next to PII);
- conversations are redacted message by message, in order, through one
  ``Conversation`` callable per conversation, so a detector may carry state
  from one message to the next (the cross-message marker).
"""

from __future__ import annotations

import gzip
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from connect_privacy.redaction import Redactor, Span
from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation

CORPUS = Path(__file__).resolve().parent / "independent"
DEV_FILE, SEALED_FILE = CORPUS / "dev.jsonl", CORPUS / "sealed.jsonl.gz"
LANGS = ("en", "es", "fr", "de", "pt")

# A detector, given one conversation's language, returns a function that
# redacts that conversation's messages one after the other.
Conversation = Callable[[str], Sequence[Span]]
Engine = Callable[[str], Conversation]


@dataclass
class Rate:
    hit: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hit += hit
        self.total += 1

    def pct(self) -> str:
        return "    -" if not self.total else f"{100 * self.hit / self.total:5.1f}"


@dataclass
class Result:
    leak: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))  # per language
    message_leak: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    over: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_type: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_family: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_kind: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    latencies_ms: list[float] = field(default_factory=list)


def conversations(split: str) -> Iterator[dict]:  # type: ignore[type-arg]
    if split == "dev":
        with DEV_FILE.open(encoding="utf-8") as lines:
            yield from (json.loads(line) for line in lines if line.strip())
    else:
        with gzip.open(SEALED_FILE, "rt", encoding="utf-8") as lines:
            yield from (json.loads(line) for line in lines if line.strip())


def evaluate(split: str, engine: Engine) -> Result:
    result = Result()
    for conversation in conversations(split):
        lang = conversation["lang"]
        redact = engine(lang)
        for message in conversation["messages"]:
            text = message["text"]
            start = time.thread_time_ns()
            spans = redact(text)
            result.latencies_ms.append((time.thread_time_ns() - start) / 1e6)
            covered = bytearray(len(text))
            for span in spans:
                covered[span.begin : span.end] = b"\x01" * (span.end - span.begin)
            leaked_here = False
            for pii in message["pii"]:
                leaked = any(
                    not covered[i] and text[i].isalnum() for i in range(pii["start"], pii["end"])
                )
                leaked_here |= leaked
                for rate in (
                    result.leak[lang],
                    result.leak["all"],
                    result.by_type[pii["type"]],
                    result.by_family[pii["family"]],
                ):
                    rate.add(leaked)
            if message["pii"]:
                result.message_leak[lang].add(leaked_here)
                result.message_leak["all"].add(leaked_here)
            for keep in message["must_keep"]:
                altered = any(covered[keep["start"] : keep["end"]])
                for rate in (result.over[lang], result.over["all"], result.by_kind[keep["kind"]]):
                    rate.add(altered)
    return result


def with_marker(redactor: Redactor, seconds_between: float = 5.0) -> Conversation:
    """One conversation through ``redact_in_conversation``, messages ``seconds_between`` apart."""
    pending: PendingNumber | None = None
    clock = 0.0

    def redact(text: str) -> Sequence[Span]:
        nonlocal pending, clock
        clock += seconds_between
        result, pending = redact_in_conversation(redactor, text, pending, clock)
        return result.entities

    return redact


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(engines: dict[str, Engine]) -> None:
    if not DEV_FILE.exists():
        print("\n== Independent corpus: not present (bench/redaction/independent/)")
        return
    results = {
        (split, name): evaluate(split, engine)
        for split in ("dev", "sealed")
        if split == "dev" or SEALED_FILE.exists()
        for name, engine in engines.items()
    }
    splits = sorted({split for split, _ in results}, key=("dev", "sealed").index)
    print(
        "\n== Independent corpus (issue 14 targets on sealed: leak <= 2% in every language, "
        "over-redaction <= 1%, p99 <= 2 ms)"
    )
    print("   leak = PII values with a letter or digit left visible; msg = messages leaking any;")
    print("   over = must_keep spans (orders, dates, ZIP+4, prices...) with any character masked")
    header = f"{'split':7} {'engine':26} {'metric':6}" + "".join(f" {lang:>6}" for lang in LANGS)
    print(header + f" {'all':>6} {'p50 ms':>7} {'p99 ms':>7}")
    for split in splits:
        for name in engines:
            r = results[(split, name)]
            for metric, rates in (("leak", r.leak), ("msg", r.message_leak), ("over", r.over)):
                line = f"{split:7} {name:26} {metric:6}"
                line += "".join(f" {rates[lang].pct():>6}" for lang in LANGS)
                line += f" {rates['all'].pct():>6}"
                if metric == "leak":
                    line += f" {_quantile(r.latencies_ms, 0.5):7.3f}"
                    line += f" {_quantile(r.latencies_ms, 0.99):7.3f}"
                print(line)
    for title, attribute in (
        ("entity type (leak %)", "by_type"),
        ("obfuscation family (leak %)", "by_family"),
        ("must_keep kind (over-redaction %)", "by_kind"),
    ):
        keys = sorted({k for r in results.values() for k in getattr(r, attribute)})
        columns = [(split, name) for split in splits for name in engines]
        print(f"\n== Independent corpus per {title}; n = dev/sealed count")
        print(
            f"{'':34} {'n':>9}"
            + "".join(f" {split[:3] + ' ' + name[:12]:>17}" for split, name in columns)
        )
        for key in keys:
            counts = "/".join(
                str(getattr(results[(split, next(iter(engines)))], attribute)[key].total)
                for split in splits
            )
            line = f"{key:34} {counts:>9}"
            for column in columns:
                line += f" {getattr(results[column], attribute)[key].pct():>17}"
            print(line)
