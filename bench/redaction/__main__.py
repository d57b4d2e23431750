"""``python -m bench.redaction``: accuracy and latency, ours and Presidio's, side by side."""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable, Sequence

from bench.redaction import adversarial, independent_eval
from bench.redaction.corpus import CUSTOM_PATTERNS, DEV, HELDOUT, SEED, Message, build_corpus
from bench.redaction.presidio_baseline import (
    THRESHOLD,
    presidio_detector,
    presidio_multilingual_detector,
)
from bench.redaction.scoring import Scores, score
from connect_privacy.redaction import Engine, RedactionSettings, Span, build_redactor
from connect_privacy.redaction.custom import parse_custom_patterns
from connect_privacy.telemetry import MemoryCounter

OURS, PRESIDIO = "patterns,custom", f"presidio@{THRESHOLD}"


def timed(
    detect: Callable[[str], Sequence[Span]],
) -> tuple[Callable[[Message], Sequence[Span]], list[float], list[float]]:
    """Wall-clock and CPU (this thread) time per message: on a shared machine the
    CPU time is the steadier figure, the wall-clock one includes waiting for a core."""
    wall: list[float] = []
    cpu: list[float] = []

    def spans_of(message: Message) -> Sequence[Span]:
        start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
        spans = detect(message.text)
        cpu.append((time.thread_time_ns() - start_cpu) / 1e6)
        wall.append((time.perf_counter_ns() - start) / 1e6)
        return spans

    return spans_of, wall, cpu


def run(messages: list[Message], detect: Callable[[str], Sequence[Span]]) -> dict[str, Scores]:
    for message in messages[:300]:  # warm caches and lazy imports before timing
        detect(message.text)
    gc.collect()
    spans_of, wall, cpu = timed(detect)
    cache = {id(m): spans_of(m) for m in messages}
    out = {}
    for family in ("all", DEV, HELDOUT):
        subset = [m for m in messages if family == "all" or m.family == family]
        out[family] = score(subset, lambda m: cache[id(m)])
    out["all"].latencies_ms = wall
    out["cpu"] = Scores(latencies_ms=cpu)
    return out


def pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def ratio(caught: int, total: int) -> str:
    return pct(caught / total if total else None)


def main() -> None:
    started = time.perf_counter()
    if independent_eval.sealed_only():
        _report_independent()
        print(f"\nfinished in {time.perf_counter() - started:.1f}s")
        return
    messages = build_corpus()
    negatives = sum(m.negative for m in messages)
    print(
        f"corpus: seed={SEED} messages={len(messages)} pii={len(messages) - negatives} "
        f"negatives={negatives} heldout={sum(m.family == HELDOUT for m in messages)}"
    )
    settings = RedactionSettings(
        engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}),
        custom_patterns=parse_custom_patterns(json.dumps(CUSTOM_PATTERNS), source="bench"),
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=MemoryCounter())
    results = {
        OURS: run(messages, lambda text: redactor.redact(text).entities),
        PRESIDIO: run(messages, presidio_detector()),
    }
    engines = list(results)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        "\n== Summary (targets for patterns,custom: leak <= 1%, over-redaction <= 2%, "
        f"p99 <= 2 ms) load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"{'engine':18} {'leak all':>9} {'leak dev':>9} {'leak held':>10} {'over all':>9} "
        f"{'over dev':>9} {'over held':>10} {'p50 ms':>7} {'p99 ms':>7} {'p99 cpu':>8}"
    )
    for name in engines:
        r = results[name]
        print(
            f"{name:18} {pct(r['all'].leak_rate):>9} {pct(r[DEV].leak_rate):>9} "
            f"{pct(r[HELDOUT].leak_rate):>10} {pct(r['all'].over_redaction):>9} "
            f"{pct(r[DEV].over_redaction):>9} {pct(r[HELDOUT].over_redaction):>10} "
            f"{r['all'].latency(0.5):7.3f} {r['all'].latency(0.99):7.3f} "
            f"{r['cpu'].latency(0.99):8.3f}"
        )

    print(
        "\n== Per entity type (all families): recall = masked; typed = masked with the right label"
    )
    header = f"{'entity type':40} {'n':>5}"
    for name in engines:
        header += f" | {name[:16]:>16}: {'recall':>6} {'typed':>6} {'prec':>6}"
    print(header)
    ours_all = results[OURS]["all"]
    for entity in sorted(ours_all.by_type):
        tally = ours_all.by_type[entity]
        line = f"{entity:40} {tally.total:5}"
        for name in engines:
            r = results[name]["all"]
            t = r.by_type[entity]
            line += (
                f" | {'':>16}  {ratio(t.caught, t.total):>6} {ratio(t.typed, t.total):>6} "
                f"{pct(r.precision(entity)):>6}"
            )
        print(line)

    print("\n== Per variant (recall)")
    print(
        f"{'entity type':40} {'variant':14} {'n':>5}" + "".join(f" {n[:16]:>16}" for n in engines)
    )
    for entity, variant in sorted(ours_all.by_variant):
        if variant == "canonical":
            continue
        n = ours_all.by_variant[(entity, variant)].total
        line = f"{entity:40} {variant:14} {n:5}"
        for name in engines:
            t = results[name]["all"].by_variant[(entity, variant)]
            line += f" {ratio(t.caught, t.total):>16}"
        print(line)

    print("\n== Held-out templates only (recall per entity type; over-redaction per negative kind)")
    held = results[OURS][HELDOUT]
    print(f"{'entity type':40} {'n':>5}" + "".join(f" {n[:16]:>16}" for n in engines))
    for entity in sorted(held.by_type):
        line = f"{entity:40} {held.by_type[entity].total:5}"
        for name in engines:
            t = results[name][HELDOUT].by_type[entity]
            line += f" {ratio(t.caught, t.total):>16}"
        print(line)

    print("\n== Over-redaction per negative kind (all families; held-out in brackets)")
    print(f"{'kind':14} {'n':>5}" + "".join(f" {n[:16]:>24}" for n in engines))
    for kind in sorted(ours_all.by_negative):
        n = ours_all.by_negative[kind][1]
        line = f"{kind:14} {n:5}"
        for name in engines:
            hit, total = results[name]["all"].by_negative[kind]
            held_hit, held_total = results[name][HELDOUT].by_negative[kind]
            line += f" {ratio(hit, total):>14} ({ratio(held_hit, held_total)})"
        print(line)
    _report_independent()
    adversarial.report(lambda text: redactor.redact(text))
    print(f"\nfinished in {time.perf_counter() - started:.1f}s")


def _report_independent() -> None:
    offline = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM})),
        comprehend_client=None,
        counter=MemoryCounter(),
    )
    presidio_en = presidio_detector()
    presidio_lang = presidio_multilingual_detector()
    independent_eval.report(
        {
            # as the relay redacts: the marker between messages, the agent's questions read
            "patterns,custom": lambda lang: independent_eval.with_questions(offline),
            "patterns, no marker": lambda lang: lambda text: offline.redact(text).entities,
            "presidio en patterns": lambda lang: presidio_en,
            "presidio per language": lambda lang: lambda text: presidio_lang(text, lang),
        },
        timed="patterns,custom",
        agent_turn_engines={
            "patterns, questions unread": lambda lang: independent_eval.with_marker(offline),
        },
    )


if __name__ == "__main__":
    main()
