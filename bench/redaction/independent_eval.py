"""Corpora written independently of the detectors, per split, reported apart.

Forty-eight corpora share one schema, given in ``independent/README.md``. The first
twenty-three (``independent/``, ``holdout/``, ``fresh/``, ``unseen/``, ``blind/``, ``hidden/``,
``veiled/``, ``shrouded/``, ``cloaked/``, ``screened/``, ``curtained/``, ``muffled/``,
``hushed/``, ``shuttered/``, ``boarded/``, ``bolted/``, ``latched/``, ``padlocked/``,
``stowed/``, ``tucked/``, ``encased/``, ``sheathed/`` and ``sleeved/``), each by a
different author, have a dev split and an ``opened`` one, the latter sealed until its one
opening (2026-11-28 to 2026-11-30; see the comment above ``SPLITS``), when its seal was
broken and it became a development split.
``cocooned/``, ``swaddled/`` and ``enfolded/``, by the twenty-fourth to twenty-sixth
authors, have a dev split and an opened one too. ``asked/``, ``prompted/``, ``queried/``,
``inquired/``, ``sounded/``, ``polled/``, ``canvassed/`` and ``surveyed/``, by the
twenty-seventh to the thirty-fifth authors, hold the agent's messages too (``"role":
"agent"``, never scored): the relay reads the agent's questions (``agent_question``), so
they are scored with that reading on and off, in sections of their own; each has a dev
split and an opened one. One sealed split is listed at a time, so that opening one never
opens another by surprise; the sixteenth's and seventeenth's were listed together on
purpose, so that one run measured the same code on two authors' unseen templates, and so
were the twenty-fourth's and the five agent-turn authors', and the twenty-fifth's,
twenty-sixth's and three agent-turn authors', and the thirty-sixth to thirty-ninth
authors' (``solicited/`` and ``petitioned/``, with the agent's turns; ``mantled/`` and
``shielded/``, customer-only), each with a dev split and an opened one, and the fortieth
to forty-third authors' (``hooded/``, ``draped/``, ``wrapped/``, ``quilted/``), and the
forty-fourth to forty-seventh authors' (``lidded/``, ``capped/``, ``crated/``, ``boxed/``),
and the forty-eighth and forty-ninth's (``bagged/``, ``jarred/``), each with a dev split and
an opened one. Splits are reported
in the order of
``SPLITS``; sealed splits get their own section, only their aggregate figures are printed
(no message, value or per-message result ever leaves this module), and with
``REDACTION_BENCH_HIDE_SEALED=1`` they are not even opened: run with it set while changing
detectors.

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
  from one message to the next (the cross-message marker);
- latency is CPU time per message (this thread); the engine ``report`` is told to time
  runs over each split in ``TIMING_PASSES`` whole passes, and the pass with the median p99
  is reported with the range of all of them (see ``TIMING_PASSES`` for why).
"""

from __future__ import annotations

import gzip
import json
import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from connect_privacy.redaction import Redactor, Span
from connect_privacy.redaction.agent_question import awaited, read_asking
from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation

HERE = Path(__file__).resolve().parent
LANGS = ("en", "es", "fr", "de", "pt")
HIDE_SEALED_ENV = "REDACTION_BENCH_HIDE_SEALED"
# An opening's run on its own: only the sealed splits, scored and timed as in the full run
# (the project corpus, the development splits and the adversarial shapes are skipped).
SEALED_ONLY_ENV = "REDACTION_BENCH_SEALED_ONLY"


@dataclass(frozen=True)
class Split:
    """One corpus file; ``sealed`` files are reported in their own section and never opened
    when ``REDACTION_BENCH_HIDE_SEALED=1`` (what anyone changing detectors runs with)."""

    title: str
    path: Path
    sealed: bool = False
    # Conversations hold the agent's messages too (``"role": "agent"``): reported in sections
    # of their own, where the relay's reading of the agent's questions is also measured off.
    agent_turns: bool = False


# The independent corpus's second split was sealed until 2026-11-28; its aggregates had
# been seen, so it is now a development split ("opened", see independent/README.md).
# The holdout corpus's sealed split went the same way after its one opening (13:20 that
# day; see holdout/README.md), and so did the third author's (fresh/, opened at 15:34) and
# the fourth's (unseen/, 17:41), the fifth's (blind/, 18:15) and the sixth's (hidden/,
# 20:00) and the seventh's (veiled/, 22:38), the eighth's (shrouded/, 2026-11-29 02:18) and
# the ninth's (cloaked/, 04:53), the tenth's (screened/, 07:20) and the eleventh's
# (curtained/, 08:01), the twelfth's (muffled/, 10:32), the thirteenth's (hushed/, 13:31),
# the fourteenth's (shuttered/, 13:40), the fifteenth's (boarded/, 14:07), and the
# sixteenth's and seventeenth's (bolted/ and latched/, one run at 16:31) and the
# eighteenth's (padlocked/, 17:15), the nineteenth's (stowed/, 19:51) and the twentieth's
# (tucked/, 23:05) and the twenty-first's (encased/, 2026-11-30 02:18) and the
# twenty-second's (sheathed/, 04:38) and the twenty-third's (sleeved/, 08:26). The
# twenty-fourth author's (cocooned/) and the five agent-turn authors' (asked/, prompted/,
# queried/, inquired/, sounded/) went the same way together, in one run at 11:24 on
# 2026-11-30, and so did the twenty-fifth and twenty-sixth authors' (swaddled/, enfolded/)
# and those of three more agent-turn corpora (polled/, canvassed/, surveyed/, by the
# thirty-second to the thirty-fifth authors), together, in one run at 13:58 on 2cce307
# (rounds 34 to 36), and those of the thirty-sixth and thirty-seventh authors' agent-turn
# corpora (solicited/, petitioned/) and the thirty-eighth and thirty-ninth authors'
# customer-only ones (mantled/, shielded/), together, in one run at 17:03 on 08e806a (rounds
# 37 to 39), and those of the fortieth to forty-third authors' customer-only corpora (hooded/,
# draped/, wrapped/, quilted/), together, in one run at 19:52 on f3ded00 (rounds 41 and 42),
# and those of the forty-fourth to forty-seventh authors' (lidded/, capped/, crated/, boxed/),
# together, in one run at 22:33 on dc2ef23 (rounds 44 to 46), and those of the forty-eighth
# and forty-ninth authors' (bagged/, jarred/), together, by make bench-redaction-sealed at
# 23:23 on ebe6288 (round 47).
# The fiftieth author's (potted/), the fifty-first authors' (tinned/; two authors, the second
# finishing the first's templates), the fifty-second's (bottled/), the fifty-third's
# (canned/), the fifty-fourth's (pouched/) and the fifty-fifth's (sacked/) went the same way,
# together, by make bench-redaction-sealed at 02:51 on 2026-12-01 on 950b2b0 (round 49).
# The fifty-sixth author's (casked/) and the fifty-seventh's (hampered/) went the same way,
# together, by make bench-redaction-sealed at 04:05 on 2026-12-01 on b44d38d (round 50).
# The fifty-eighth author's (bundled/), the fifty-ninth's (kegged/) and the sixtieth's
# (cartoned/) went the same way, together, by make bench-redaction-sealed at 06:32 on
# 2026-12-01 on e51ec2c (round 51).
# The sixty-first to sixty-third authors' (parcelled/, drummed/, tubbed/) went the same way,
# together, by make bench-redaction-sealed at 14:24 on 2026-12-01 on 89b7173 (round 53, which
# tuned only on leak families recurring across the readable splits, never on their dev
# splits).
# The sixty-fourth to sixty-seventh authors' (satchelled/, pursed/, netted/, crocked/) went the
# same way, together, by make bench-redaction-sealed at 03:14 on 2026-12-02 on c8d4c4f (round
# 54, which tuned only on leak families recurring across the readable splits, never on their
# dev splits; the sixty-eighth author's split was not listed for that run).
# The sixty-eighth author's (hutched/, sealed since round 54), the sixty-ninth's (coffered/),
# the seventieth's (binned/), the seventy-first's (vatted/), the seventy-second's (podded/)
# and the seventy-third's (toted/), merged unread while round 55 ran and never tuned on, went
# the same way, together, by make bench-redaction-sealed at 13:17 on 2026-12-02 on bb00847
# (round 55, which tuned only on earlier authors' readable splits, never on these authors' dev
# splits).
# The seventy-fourth author's (lugged/, sealed since round 55), the seventy-fifth's
# (lockered/) and the seventy-sixth's (chested/), merged unread and never tuned on, went the
# same way, together, by make bench-redaction-sealed at 14:08 on 2026-12-02 on 65299c2 (round
# 56, which tuned only on earlier authors' readable splits, never on these authors' dev splits).
# The seventy-seventh author's (caddied/, sealed since round 56), the seventy-eighth's
# (trunked/) and the seventy-ninth's (creeled/), merged unread and never tuned on, went the
# same way, together, by make bench-redaction-sealed at 17:44 on 2026-12-02 on 1a172b1 (round
# 57, which tuned only on earlier authors' readable splits, never on these authors' dev splits).
# The eightieth author's sealed split (bunkered/, merged unread at 16:38 that day, while round
# 57 ran; not listed for that run) is sealed: nobody has read it, and its dev split is not
# tuned on. Open it only after the next round's last detector change.
SPLITS = (
    Split("independent dev", HERE / "independent" / "dev.jsonl"),
    Split("independent opened", HERE / "independent" / "opened.jsonl.gz"),
    Split("holdout dev", HERE / "holdout" / "dev.jsonl"),
    Split("holdout opened", HERE / "holdout" / "opened.jsonl.gz"),
    Split("fresh dev", HERE / "fresh" / "dev.jsonl"),
    Split("fresh opened", HERE / "fresh" / "opened.jsonl.gz"),
    Split("unseen dev", HERE / "unseen" / "dev.jsonl"),
    Split("unseen opened", HERE / "unseen" / "opened.jsonl.gz"),
    Split("blind dev", HERE / "blind" / "dev.jsonl"),
    Split("blind opened", HERE / "blind" / "opened.jsonl.gz"),
    Split("hidden dev", HERE / "hidden" / "dev.jsonl"),
    Split("hidden opened", HERE / "hidden" / "opened.jsonl.gz"),
    Split("veiled dev", HERE / "veiled" / "dev.jsonl"),
    Split("veiled opened", HERE / "veiled" / "opened.jsonl.gz"),
    Split("shrouded dev", HERE / "shrouded" / "dev.jsonl"),
    Split("shrouded opened", HERE / "shrouded" / "opened.jsonl.gz"),
    Split("cloaked dev", HERE / "cloaked" / "dev.jsonl"),
    Split("cloaked opened", HERE / "cloaked" / "opened.jsonl.gz"),
    Split("screened dev", HERE / "screened" / "dev.jsonl"),
    Split("screened opened", HERE / "screened" / "opened.jsonl.gz"),
    Split("curtained dev", HERE / "curtained" / "dev.jsonl"),
    Split("curtained opened", HERE / "curtained" / "opened.jsonl.gz"),
    Split("muffled dev", HERE / "muffled" / "dev.jsonl"),
    Split("muffled opened", HERE / "muffled" / "opened.jsonl.gz"),
    Split("hushed dev", HERE / "hushed" / "dev.jsonl"),
    Split("hushed opened", HERE / "hushed" / "opened.jsonl.gz"),
    Split("shuttered dev", HERE / "shuttered" / "dev.jsonl"),
    Split("shuttered opened", HERE / "shuttered" / "opened.jsonl.gz"),
    Split("boarded dev", HERE / "boarded" / "dev.jsonl"),
    Split("boarded opened", HERE / "boarded" / "opened.jsonl.gz"),
    Split("bolted dev", HERE / "bolted" / "dev.jsonl"),
    Split("bolted opened", HERE / "bolted" / "opened.jsonl.gz"),
    Split("latched dev", HERE / "latched" / "dev.jsonl"),
    Split("latched opened", HERE / "latched" / "opened.jsonl.gz"),
    Split("padlocked dev", HERE / "padlocked" / "dev.jsonl"),
    Split("padlocked opened", HERE / "padlocked" / "opened.jsonl.gz"),
    Split("stowed dev", HERE / "stowed" / "dev.jsonl"),
    Split("stowed opened", HERE / "stowed" / "opened.jsonl.gz"),
    Split("tucked dev", HERE / "tucked" / "dev.jsonl"),
    Split("tucked opened", HERE / "tucked" / "opened.jsonl.gz"),
    Split("encased dev", HERE / "encased" / "dev.jsonl"),
    Split("encased opened", HERE / "encased" / "opened.jsonl.gz"),
    Split("sheathed dev", HERE / "sheathed" / "dev.jsonl"),
    Split("sheathed opened", HERE / "sheathed" / "opened.jsonl.gz"),
    Split("sleeved dev", HERE / "sleeved" / "dev.jsonl"),
    Split("sleeved opened", HERE / "sleeved" / "opened.jsonl.gz"),
    Split("cocooned dev", HERE / "cocooned" / "dev.jsonl"),
    Split("cocooned opened", HERE / "cocooned" / "opened.jsonl.gz"),
    Split("swaddled dev", HERE / "swaddled" / "dev.jsonl"),
    Split("swaddled opened", HERE / "swaddled" / "opened.jsonl.gz"),
    Split("enfolded dev", HERE / "enfolded" / "dev.jsonl"),
    Split("enfolded opened", HERE / "enfolded" / "opened.jsonl.gz"),
    Split("mantled dev", HERE / "mantled" / "dev.jsonl"),
    Split("mantled opened", HERE / "mantled" / "opened.jsonl.gz"),
    Split("shielded dev", HERE / "shielded" / "dev.jsonl"),
    Split("shielded opened", HERE / "shielded" / "opened.jsonl.gz"),
    Split("hooded dev", HERE / "hooded" / "dev.jsonl"),
    Split("hooded opened", HERE / "hooded" / "opened.jsonl.gz"),
    Split("wrapped dev", HERE / "wrapped" / "dev.jsonl"),
    Split("wrapped opened", HERE / "wrapped" / "opened.jsonl.gz"),
    Split("quilted dev", HERE / "quilted" / "dev.jsonl"),
    Split("quilted opened", HERE / "quilted" / "opened.jsonl.gz"),
    Split("draped dev", HERE / "draped" / "dev.jsonl"),
    Split("draped opened", HERE / "draped" / "opened.jsonl.gz"),
    Split("lidded dev", HERE / "lidded" / "dev.jsonl"),
    Split("lidded opened", HERE / "lidded" / "opened.jsonl.gz"),
    Split("capped dev", HERE / "capped" / "dev.jsonl"),
    Split("capped opened", HERE / "capped" / "opened.jsonl.gz"),
    Split("crated dev", HERE / "crated" / "dev.jsonl"),
    Split("crated opened", HERE / "crated" / "opened.jsonl.gz"),
    Split("boxed dev", HERE / "boxed" / "dev.jsonl"),
    Split("boxed opened", HERE / "boxed" / "opened.jsonl.gz"),
    Split("bagged dev", HERE / "bagged" / "dev.jsonl"),
    Split("bagged opened", HERE / "bagged" / "opened.jsonl.gz"),
    Split("jarred dev", HERE / "jarred" / "dev.jsonl"),
    Split("jarred opened", HERE / "jarred" / "opened.jsonl.gz"),
    Split("potted dev", HERE / "potted" / "dev.jsonl"),
    Split("potted opened", HERE / "potted" / "opened.jsonl.gz"),
    Split("tinned dev", HERE / "tinned" / "dev.jsonl"),
    Split("tinned opened", HERE / "tinned" / "opened.jsonl.gz"),
    Split("bottled dev", HERE / "bottled" / "dev.jsonl"),
    Split("bottled opened", HERE / "bottled" / "opened.jsonl.gz"),
    Split("canned dev", HERE / "canned" / "dev.jsonl"),
    Split("canned opened", HERE / "canned" / "opened.jsonl.gz"),
    Split("pouched dev", HERE / "pouched" / "dev.jsonl"),
    Split("pouched opened", HERE / "pouched" / "opened.jsonl.gz"),
    Split("sacked dev", HERE / "sacked" / "dev.jsonl"),
    Split("sacked opened", HERE / "sacked" / "opened.jsonl.gz"),
    Split("casked dev", HERE / "casked" / "dev.jsonl"),
    Split("casked opened", HERE / "casked" / "opened.jsonl.gz"),
    Split("hampered dev", HERE / "hampered" / "dev.jsonl"),
    Split("hampered opened", HERE / "hampered" / "opened.jsonl.gz"),
    Split("bundled dev", HERE / "bundled" / "dev.jsonl"),
    Split("bundled opened", HERE / "bundled" / "opened.jsonl.gz"),
    Split("kegged dev", HERE / "kegged" / "dev.jsonl"),
    Split("kegged opened", HERE / "kegged" / "opened.jsonl.gz"),
    Split("cartoned dev", HERE / "cartoned" / "dev.jsonl"),
    Split("cartoned opened", HERE / "cartoned" / "opened.jsonl.gz"),
    Split("parcelled dev", HERE / "parcelled" / "dev.jsonl"),
    Split("parcelled opened", HERE / "parcelled" / "opened.jsonl.gz"),
    Split("drummed dev", HERE / "drummed" / "dev.jsonl"),
    Split("drummed opened", HERE / "drummed" / "opened.jsonl.gz"),
    Split("tubbed dev", HERE / "tubbed" / "dev.jsonl"),
    Split("tubbed opened", HERE / "tubbed" / "opened.jsonl.gz"),
    Split("satchelled dev", HERE / "satchelled" / "dev.jsonl"),
    Split("satchelled opened", HERE / "satchelled" / "opened.jsonl.gz"),
    Split("pursed dev", HERE / "pursed" / "dev.jsonl"),
    Split("pursed opened", HERE / "pursed" / "opened.jsonl.gz"),
    Split("netted dev", HERE / "netted" / "dev.jsonl"),
    Split("netted opened", HERE / "netted" / "opened.jsonl.gz"),
    Split("crocked dev", HERE / "crocked" / "dev.jsonl"),
    Split("crocked opened", HERE / "crocked" / "opened.jsonl.gz"),
    Split("hutched dev", HERE / "hutched" / "dev.jsonl"),
    Split("hutched opened", HERE / "hutched" / "opened.jsonl.gz"),
    Split("coffered dev", HERE / "coffered" / "dev.jsonl"),
    Split("coffered opened", HERE / "coffered" / "opened.jsonl.gz"),
    Split("binned dev", HERE / "binned" / "dev.jsonl"),
    Split("binned opened", HERE / "binned" / "opened.jsonl.gz"),
    Split("vatted dev", HERE / "vatted" / "dev.jsonl"),
    Split("vatted opened", HERE / "vatted" / "opened.jsonl.gz"),
    Split("podded dev", HERE / "podded" / "dev.jsonl"),
    Split("podded opened", HERE / "podded" / "opened.jsonl.gz"),
    Split("toted dev", HERE / "toted" / "dev.jsonl"),
    Split("toted opened", HERE / "toted" / "opened.jsonl.gz"),
    Split("lugged dev", HERE / "lugged" / "dev.jsonl"),
    Split("lugged opened", HERE / "lugged" / "opened.jsonl.gz"),
    Split("lockered dev", HERE / "lockered" / "dev.jsonl"),
    Split("lockered opened", HERE / "lockered" / "opened.jsonl.gz"),
    Split("chested dev", HERE / "chested" / "dev.jsonl"),
    Split("chested opened", HERE / "chested" / "opened.jsonl.gz"),
    Split("caddied dev", HERE / "caddied" / "dev.jsonl"),
    Split("caddied opened", HERE / "caddied" / "opened.jsonl.gz"),
    Split("trunked dev", HERE / "trunked" / "dev.jsonl"),
    Split("trunked opened", HERE / "trunked" / "opened.jsonl.gz"),
    Split("creeled dev", HERE / "creeled" / "dev.jsonl"),
    Split("creeled opened", HERE / "creeled" / "opened.jsonl.gz"),
    Split("bunkered dev", HERE / "bunkered" / "dev.jsonl"),
    Split("bunkered sealed", HERE / "bunkered" / "sealed.jsonl.gz", sealed=True),
    Split("asked dev", HERE / "asked" / "dev.jsonl", agent_turns=True),
    Split("asked opened", HERE / "asked" / "opened.jsonl.gz", agent_turns=True),
    Split("prompted dev", HERE / "prompted" / "dev.jsonl", agent_turns=True),
    Split("prompted opened", HERE / "prompted" / "opened.jsonl.gz", agent_turns=True),
    Split("queried dev", HERE / "queried" / "dev.jsonl", agent_turns=True),
    Split("queried opened", HERE / "queried" / "opened.jsonl.gz", agent_turns=True),
    Split("inquired dev", HERE / "inquired" / "dev.jsonl", agent_turns=True),
    Split("inquired opened", HERE / "inquired" / "opened.jsonl.gz", agent_turns=True),
    Split("sounded dev", HERE / "sounded" / "dev.jsonl", agent_turns=True),
    Split("sounded opened", HERE / "sounded" / "opened.jsonl.gz", agent_turns=True),
    Split("polled dev", HERE / "polled" / "dev.jsonl", agent_turns=True),
    Split("polled opened", HERE / "polled" / "opened.jsonl.gz", agent_turns=True),
    Split("canvassed dev", HERE / "canvassed" / "dev.jsonl", agent_turns=True),
    Split("canvassed opened", HERE / "canvassed" / "opened.jsonl.gz", agent_turns=True),
    Split("surveyed dev", HERE / "surveyed" / "dev.jsonl", agent_turns=True),
    Split("surveyed opened", HERE / "surveyed" / "opened.jsonl.gz", agent_turns=True),
    Split("solicited dev", HERE / "solicited" / "dev.jsonl", agent_turns=True),
    Split("solicited opened", HERE / "solicited" / "opened.jsonl.gz", agent_turns=True),
    Split("petitioned dev", HERE / "petitioned" / "dev.jsonl", agent_turns=True),
    Split("petitioned opened", HERE / "petitioned" / "opened.jsonl.gz", agent_turns=True),
)

# A detector, given one conversation's language, returns a function that
# redacts that conversation's customer messages one after the other.
Conversation = Callable[[str], Sequence[Span]]
Engine = Callable[[str], Conversation]
AGENT = "agent"


@runtime_checkable
class Listening(Protocol):
    """A conversation that also reads the agent's messages, as the relay does
    (``agent_question``); other engines never see them."""

    def __call__(self, text: str) -> Sequence[Span]: ...

    def agent_said(self, text: str) -> None: ...


def _agent_turn(redact: Conversation, message: dict) -> bool:  # type: ignore[type-arg]
    """Whether ``message`` is the agent's (never scored nor timed); a listening
    conversation is told what it said."""
    if message.get("role") != AGENT:
        return False
    if isinstance(redact, Listening):
        redact.agent_said(message["text"])
    return True


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
    # Corpora with the agent's turns say what names each value: the customer's own words
    # ("named"), only the agent's question ("asked"), or nothing ("none").
    by_context: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    # Values split over messages (multi_message groups): whole value, and the later parts.
    split_value: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    later_part: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    latencies_ms: list[float] = field(default_factory=list)
    # p50 and p99 of each timing pass over the split (the first is the scored one).
    passes: list[tuple[float, float]] = field(default_factory=list)

    def latency(self) -> tuple[float, float]:
        """p50 and p99 of the pass with the median p99 (of one pass when timed once)."""
        if not self.passes:
            return float("nan"), float("nan")
        return sorted(self.passes, key=lambda pass_: pass_[1])[len(self.passes) // 2]


# This machine's speed moves by up to half from one minute to the next (two single passes
# over the same split with the same code, a minute apart on an idle machine: p99 1.50 and
# 2.47 ms): a single pass's p99 says more about the minute than about the code. The
# offline engine is cheap enough to time in several whole passes; the pass with the median
# p99 is reported, and the range of all of them beside it.
TIMING_PASSES = 5


def conversations(path: Path) -> Iterator[dict]:  # type: ignore[type-arg]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        yield from (json.loads(line) for line in lines if line.strip())


def evaluate(path: Path, engine: Engine, timing_passes: int = 1) -> Result:
    """Score ``engine`` on the split; time it in ``timing_passes`` whole passes."""
    result = evaluate_once(path, engine)
    result.passes.append(_percentiles(result.latencies_ms))
    for _ in range(timing_passes - 1):
        result.passes.append(_percentiles(_time_pass(path, engine)))
    return result


def _time_pass(path: Path, engine: Engine) -> list[float]:
    """Milliseconds per message of one more pass, conversation by conversation."""
    latencies: list[float] = []
    for conversation in conversations(path):
        redact = engine(conversation["lang"])
        for message in conversation["messages"]:
            if _agent_turn(redact, message):
                continue
            start = time.thread_time_ns()
            redact(message["text"])
            latencies.append((time.thread_time_ns() - start) / 1e6)
    return latencies


def _percentiles(latencies: list[float]) -> tuple[float, float]:
    return _quantile(latencies, 0.5), _quantile(latencies, 0.99)


def evaluate_once(path: Path, engine: Engine) -> Result:
    result = Result()
    for conversation in conversations(path):
        lang = conversation["lang"]
        redact = engine(lang)
        groups: dict[str, list[bool]] = defaultdict(list)
        for message in conversation["messages"]:
            if _agent_turn(redact, message):
                continue
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
                if "group" in pii:
                    if groups[pii["group"]]:
                        result.later_part[lang].add(leaked)
                        result.later_part["all"].add(leaked)
                    groups[pii["group"]].append(leaked)
                for rate in (
                    result.leak[lang],
                    result.leak["all"],
                    result.by_type[pii["type"]],
                    result.by_family[pii["family"]],
                ):
                    rate.add(leaked)
                if "context" in pii:
                    result.by_context[pii["context"]].add(leaked)
            if message["pii"]:
                result.message_leak[lang].add(leaked_here)
                result.message_leak["all"].add(leaked_here)
            for keep in message["must_keep"]:
                altered = any(covered[keep["start"] : keep["end"]])
                for rate in (result.over[lang], result.over["all"], result.by_kind[keep["kind"]]):
                    rate.add(altered)
        for parts in groups.values():
            result.split_value[lang].add(any(parts))
            result.split_value["all"].add(any(parts))
    return result


def with_marker(redactor: Redactor, seconds_between: float = 5.0) -> Conversation:
    """One conversation through ``redact_in_conversation``, messages ``seconds_between`` apart;
    the agent's messages are not read (see ``with_questions``)."""
    return _Relayed(redactor, seconds_between, read_questions=False)


def with_questions(redactor: Redactor, seconds_between: float = 5.0) -> Conversation:
    """As ``with_marker``, and the agent's messages are read as the outbound relay reads
    them: a question for a value leaves its marker (``agent_question.read_asking``), and a
    request for it again ("could you resend it?") the marker of the value last asked for."""
    return _Relayed(redactor, seconds_between, read_questions=True)


class _Relayed:
    """One conversation as the relay redacts it: the marker kept between messages (stored
    and read back as the sessions table stores it), the agent's questions read or not."""

    def __init__(self, redactor: Redactor, seconds_between: float, *, read_questions: bool):
        self._redactor = redactor
        self._seconds_between = seconds_between
        self._read_questions = read_questions
        self._pending: PendingNumber | None = None
        self._last_asked: dict[str, object] | None = None
        self._clock = 0.0

    def __call__(self, text: str) -> Sequence[Span]:
        self._clock += self._seconds_between
        result, pending = redact_in_conversation(self._redactor, text, self._pending, self._clock)
        self._pending = PendingNumber.from_item(pending.to_item()) if pending else None
        return result.entities

    def agent_said(self, text: str) -> None:
        """As ``relay.outbound.OutboundRelay`` reads an agent's message."""
        self._clock += self._seconds_between
        if not self._read_questions:
            return
        asking = read_asking(text, self._clock)
        asked = awaited(asking, lambda: self._last_asked, self._clock)
        if asked is not None:  # stored replacing any other, and kept for a request again
            self._pending = PendingNumber.from_item(asked.to_item())
            self._last_asked = asked.to_item()
        elif asking.request:
            self._last_asked = None


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def hide_sealed() -> bool:
    return os.environ.get(HIDE_SEALED_ENV, "") == "1"


def sealed_only() -> bool:
    return os.environ.get(SEALED_ONLY_ENV, "") == "1" and not hide_sealed()


def report(
    engines: dict[str, Engine],
    timed: str | None = None,
    agent_turn_engines: dict[str, Engine] | None = None,
) -> None:
    """Every present split scored with every engine; ``timed`` names the engine timed in
    ``TIMING_PASSES`` passes (the others, in the one pass that scores them). Splits with the
    agent's turns are reported in sections of their own, scored with ``agent_turn_engines``
    too (the relay with its reading of the agent's questions switched off)."""
    present = [split for split in SPLITS if split.path.exists()]
    hidden = [split for split in present if split.sealed and hide_sealed()]
    for split in hidden:
        print(f"\n== {split.title}: present, not opened ({HIDE_SEALED_ENV}=1)")
    shown = [
        split for split in present if split not in hidden and (split.sealed or not sealed_only())
    ]
    with_agent = {**engines, **(agent_turn_engines or {})}
    sections = (
        ("Development splits", False, False, engines),
        ("SEALED splits (aggregates only; never tune on them)", True, False, engines),
        ("Development splits with the agent's turns", False, True, with_agent),
        ("SEALED splits with the agent's turns (aggregates only; never tune on them)", True,
         True, with_agent),
    )  # fmt: skip
    if sealed_only() and not shown:
        print(f"\n== No sealed split is listed ({SEALED_ONLY_ENV}=1)")
    elif not sealed_only() and not any(not split.sealed for split in shown):
        print("\n== Independent corpora: none present (bench/redaction/independent/, holdout/)")
    for title, sealed, agent_turns, section_engines in sections:
        splits = [s for s in shown if s.sealed == sealed and s.agent_turns == agent_turns]
        if splits:
            _report_section(title, splits, section_engines, timed)


def _report_section(
    title: str, splits: list[Split], engines: dict[str, Engine], timed: str | None
) -> None:
    results = {
        (split.title, name): evaluate(split.path, engine, TIMING_PASSES if name == timed else 1)
        for split in splits
        for name, engine in engines.items()
    }
    titles = [split.title for split in splits]
    width = max(len(t) for t in titles)
    print(
        f"\n== {title}: {', '.join(titles)} (issue 14 targets: leak <= 2% in every language, "
        "over-redaction <= 1%, p99 <= 2 ms)"
    )
    print("   leak = PII values with a letter or digit left visible; msg = messages leaking any;")
    print("   over = must_keep spans (orders, dates, ZIP+4, prices...) with any character masked;")
    print("   split = values typed over 2-3 messages (multi_message) with any part visible;")
    print("   later = the second and third parts of those values")
    if timed is not None:
        print(
            f"   {timed}: p50/p99 of the median one of {TIMING_PASSES} timing passes, "
            "the range of the passes' p99 after it"
        )
    header = f"{'split':{width}} {'engine':22} {'metric':6}" + "".join(f" {x:>6}" for x in LANGS)
    print(header + f" {'all':>6} {'p50 ms':>7} {'p99 ms':>7} {'p99 range':>11}")
    for split in titles:
        for name in engines:
            r = results[(split, name)]
            for metric, rates in (
                ("leak", r.leak),
                ("msg", r.message_leak),
                ("over", r.over),
                ("split", r.split_value),
                ("later", r.later_part),
            ):
                line = f"{split:{width}} {name:22} {metric:6}"
                line += "".join(f" {rates[lang].pct():>6}" for lang in LANGS)
                line += f" {rates['all'].pct():>6}"
                if metric == "leak":
                    p50, p99 = r.latency()
                    line += f" {p50:7.3f} {p99:7.3f}"
                    if len(r.passes) > 1:
                        lowest, highest = min(p[1] for p in r.passes), max(p[1] for p in r.passes)
                        line += f" {lowest:5.2f}-{highest:<5.2f}"
                print(line)
    for heading, attribute in (
        ("entity type (leak %)", "by_type"),
        ("obfuscation family (leak %)", "by_family"),
        ("what names the value (leak %)", "by_context"),
        ("must_keep kind (over-redaction %)", "by_kind"),
    ):
        keys = sorted({k for r in results.values() for k in getattr(r, attribute)})
        if not keys:
            continue
        columns = [(split, name) for split in titles for name in engines]
        print(f"\n== {title} per {heading}; n = count per split ({' / '.join(titles)})")
        print(
            f"{'':34} {'n':>9}"
            + "".join(f" {_short(split) + ' ' + name[:12]:>17}" for split, name in columns)
        )
        for key in keys:
            counts = "/".join(
                str(getattr(results[(split, next(iter(engines)))], attribute)[key].total)
                for split in titles
            )
            line = f"{key:34} {counts:>9}"
            for column in columns:
                line += f" {getattr(results[column], attribute)[key].pct():>17}"
            print(line)


def _short(title: str) -> str:
    """``independent dev`` -> ``i.dev``, ``fresh opened`` -> ``f.ope``."""
    corpus, _, split = title.partition(" ")
    return f"{corpus[:1]}.{split[:3]}"
