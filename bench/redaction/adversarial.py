"""Time per message for adversarial shapes, next to ordinary chat of the same length.

Issue 17 found quadratic detectors: ``"1." * 10000`` took 11.8 s and
``"1 " * 25000`` did not finish in a minute. Each shape here is timed at 20,000
characters and compared with ordinary chat text of the same length; the ratio is
the figure to watch (target: at most 3x). The 5,000-character timing beside it
shows the growth: linear is about 4x from 5,000 to 20,000.

Two ordinary texts stand beside each shape. "Varied chat" is customer messages without PII
one after another, nothing repeated (as in the random-digit shape): the PII-free messages of
the independent corpora's dev splits, with their order numbers, dates and prices. It is the
ordinary text the 3x target is read against: what a customer really sends, so the ratio
says how much more an attacker's message costs the worker than a customer's of its length.
``ORDINARY`` is one paragraph repeated: no digit, no identifier, and the same few words
again and again, the cheapest text of its length there is. Its ratio is printed for
reference; it rises whenever ordinary text gets cheaper (the speed-ups of 2026-11-29 took
the paragraph from 24.8 to 18.6 ms), so it is no target.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from bench.redaction.independent_eval import SPLITS, conversations

LENGTH = 20_000
ORDINARY = (
    "Hi, I ordered a blue jacket last week and it still has not arrived. The tracking page "
    "says it left the warehouse on Monday. Could you check where it is and whether I can "
    "change the delivery address to my office? Thanks a lot for your help! "
)
SEPARATORS = " -./\u00a0\u200b\u2013\u2014\u2009\u3000\u00b7\u2024\uff0e\u2044"
SHAPES: dict[str, str] = {
    '"1." * n': "1.",
    '"1 " * n': "1 ",
    '"12 34 " * n': "12 34 ",
    "digits, every separator": "".join(f"{i % 10}{sep}" for i, sep in enumerate(SEPARATORS)),
    "random digits, every separator": "",  # built below: no repeats for a cache to reuse
    "full-width digits and dashes": "\uff14\uff11\uff11\uff11\u2013",
    "cards back to back": "4111 1111 1111 1111 ",
    '"password is" + spaces + "["': "",  # built below
    "spaces after every context word": "",  # built below
    "repeated context words": (
        "card cvv exp expiry pin password passwort contraseña mot de passe senha account "
        "routing ssn passport iban "
    ),
    "repeated password words": "password is ",
    "IBAN-like words": "GB82 WEST ",
    "IPv4-like": "1.2.3.4.",
    "secret-key-like words": "A" * 40 + " ",
    "mask tokens and cards": "[PII] 4111111111111111 ",
    "spelled-out digits": "four one one one ",
    "email-like": "a.b@c.",
    # Noise that never reaches a digit: each run of separators after a digit used to be
    # matched 2**16 ways before the search gave up (2.3 s for 2,000 characters).
    "digit, 15 spaces, letter": "1" + " " * 15 + "a ",
    "digit, noise, letter": "1 \u2022 \U0001f642 | ; ~ \u2026 \t x ",
    # Plus signs between digits were blanked as noise, so every phone the redactor masked
    # left another "+1..." phone start behind it: sixteen rereadings of the message.
    '"+1" * n': "+1",
    '"+1 " * n': "+1 ",
    # Digits said in words, one every six characters: each gap between them is noise the
    # deobfuscated view weighs. A Portuguese hundred cut by a mask was read differently
    # each time, one more phone per reading (sixteen readings) until round 7.
    "spelled digits (es)": "cuatro siete cinco ",
    "spelled hundreds (pt)": "quatrocentos e setenta e cinco ",
}
CONTEXT_WORDS = ("card", "cvv", "exp", "pin", "password is", "account", "routing", "ssn", "iban")


def build(name: str, length: int) -> str:
    if name == '"password is" + spaces + "["':
        return "password is" + " " * (length - 12) + "["
    if name == "random digits, every separator":
        rng = random.Random(17)
        out = "".join(f"{rng.randrange(10)}{rng.choice(SEPARATORS)}" for _ in range(length // 2))
        return out[:length]
    if name == "spaces after every context word":
        unit = "".join(word + " " * 200 for word in CONTEXT_WORDS)
        return (unit * (length // len(unit) + 1))[:length]
    unit = SHAPES[name]
    return (unit * (length // len(unit) + 1))[:length]


ROUNDS = 5


def varied_chat(length: int) -> str:
    """``length`` characters of PII-free customer messages, none repeated, from the dev
    splits (never a sealed or opened one) in ``SPLITS`` order."""
    texts: list[str] = []
    total = 0
    for split in SPLITS:
        if split.sealed or not split.path.name.startswith("dev") or not split.path.exists():
            continue
        for conversation in conversations(split.path):
            for message in conversation["messages"]:
                if not message["pii"] and message["text"] not in texts:
                    texts.append(message["text"])
                    total += len(message["text"]) + 1
                    if total >= length:
                        return " ".join(texts)[:length]
    raise ValueError(f"the dev splits hold fewer than {length:,} characters of PII-free chat")


def _cpu_ms(redact: Callable[[str], object], text: str) -> float:
    start = time.thread_time_ns()
    redact(text)
    return (time.thread_time_ns() - start) / 1e6


def _best(redact: Callable[[str], object], text: str) -> float:
    return min(_cpu_ms(redact, text) for _ in range(ROUNDS))


def report(redact: Callable[[str], object]) -> None:
    """Each shape's 20,000 characters are timed in turn with both ordinary texts of the
    same length, ``ROUNDS`` times, and the ratios are of the fastest of each: other work on
    the machine slows all three alike, and the fastest run is the one it disturbed least."""
    ordinary_text = (ORDINARY * (LENGTH // len(ORDINARY) + 1))[:LENGTH]
    varied_text = varied_chat(LENGTH)
    ordinary_short = _best(redact, ordinary_text[: LENGTH // 4])
    varied_short = _best(redact, varied_chat(LENGTH // 4))
    rows = []
    ordinary_all: list[float] = []
    varied_all: list[float] = []
    for name in SHAPES:
        text = build(name, LENGTH)
        ordinary, varied, shape = [], [], []
        for _ in range(ROUNDS):
            ordinary.append(_cpu_ms(redact, ordinary_text))
            varied.append(_cpu_ms(redact, varied_text))
            shape.append(_cpu_ms(redact, text))
        ordinary_all += ordinary
        varied_all += varied
        rows.append(
            (name, _best(redact, build(name, LENGTH // 4)), min(shape), min(ordinary), min(varied))
        )
    print(
        f"\n== Adversarial shapes, CPU ms per message (fastest of {ROUNDS}, each shape "
        "interleaved with both ordinary texts of its length; target: ratio to varied chat "
        "<= 3x, growth ~4x = linear)\n"
        f"repeated paragraph: {ordinary_short:.1f} ms at {LENGTH // 4:,} chars, "
        f"{min(ordinary_all):.1f} ms at {LENGTH:,}; varied chat: {varied_short:.1f} ms at "
        f"{LENGTH // 4:,} chars, {min(varied_all):.1f} ms at {LENGTH:,}"
    )
    print(
        f"{'shape':34} {'5k ms':>8} {'20k ms':>8} {'growth':>7} {'to paragraph':>13} "
        f"{'to varied':>10}"
    )
    worst_paragraph = worst_varied = 0.0
    for name, short, long, ordinary_long, varied_long in rows:
        worst_paragraph = max(worst_paragraph, long / ordinary_long)
        worst_varied = max(worst_varied, long / varied_long)
        print(
            f"{name:34} {short:8.1f} {long:8.1f} {long / max(short, 1e-3):6.1f}x "
            f"{long / ordinary_long:12.1f}x {long / varied_long:9.1f}x"
        )
    print(
        f"worst ratio to varied chat (ordinary text, target <= 3x): {worst_varied:.1f}x; to "
        f"the repeated paragraph (the cheapest text there is): {worst_paragraph:.1f}x"
    )
