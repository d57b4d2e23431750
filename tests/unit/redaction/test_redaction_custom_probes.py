"""Custom patterns: the cold-start probes and the run-time detector, at the edges mutmut found.

Each catastrophic pattern below gets through the fixed probes (long runs of ``a``, ``1``,
space and a mixed run) and is refused only by a probe built from the pattern itself: one
per way the probe builder reads a pattern (a plain character, an escaped one, an unknown
escape, what follows an escape, a repeat count, the leading literal, an anchor, the
characters joined). Written against mutants left alive by ``make mutation`` (issue 17, item 4).

Equivalent mutants, left alive on purpose (they only add probes, or change none):
- keeping 25 units instead of 24, or a body of at least two units instead of one: more
  probes, never fewer;
- one-character runs counted as literal strings too: each is probed as a character anyway,
  and the units are deduplicated;
- ``.`` read as nothing instead of as ``a``: ``.`` matches every fixed probe's run already.
"""

from __future__ import annotations

import json

import pytest
import regex

from connect_privacy.config import ConfigError
from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.custom import (
    CustomDetector,
    CustomPattern,
    CustomPatternTimeout,
    derived_probes,
    parse_custom_patterns,
)
from connect_privacy.telemetry import MemoryCounter


@pytest.mark.parametrize(
    "pattern",
    [
        r"(q|qq)+!",  # a plain character, repeated
        r"(\.+)+!",  # an escaped punctuation character
        r"(\x61|\x61\x61)+!",  # an escape the builder does not know: probed as "a"
        r"(\t|\t\t)+!",  # a control character's escape: probed as that character
        r"(x{0,2}q+)+y{2}!",  # the repeat counts are skipped, the q after them is read
        r"KEY-(q|qq)+!",  # only reached behind the leading literal
        r"KEY-|^(z|zz)+!",  # anchored: only a probe with nothing in front reaches it
        r"^(z|zz)+!",
        r"(q[.]|q[.]q[.])+$",  # only the characters joined make the slow run
        r"(ab|ab)+!",  # only a two-character literal repeated makes it
        r"\b(q|qq)+!",  # read on after an escape
        r"(\Bq+)+!",  # the character right after an escape
        r"[x]?(q+)+[y]!",  # the characters between two sets
        r"([X]+)+!",  # a set's first member
        r"([\t]+)+!",  # a set's first member, escaped
        r"([d]{1,2})+!",  # a set's first member named like a class escape stands for itself
        r"([\~]{1,2})+!",  # a set's escaped punctuation stands for itself
        r"([\b]{1,2})+!",  # in a set, \b is a backspace, not a word boundary
        r"([\]]{1,2})+!",  # a set opened by an escaped "]" holds it
    ],
)
def test_a_catastrophic_pattern_only_a_derived_probe_exposes_fails_at_cold_start(pattern):
    document = json.dumps({"SLOW": pattern})

    with pytest.raises(ConfigError, match="custom pattern SLOW backtracks catastrophically"):
        parse_custom_patterns(document, source="REDACTION_CUSTOM_PATTERNS")


def test_every_literal_string_of_a_pattern_is_repeated_into_a_probe_the_last_one_too():
    probes = derived_probes(r"q(x|y)ab")

    assert "ab" * 1500 in probes
    assert "ab" * 1500 + "\x00" in probes


def test_a_sane_pattern_with_escaped_punctuation_in_a_literal_loads_and_masks():
    redactor = offline_with({"REFERENCE": r"\bREF\.\d{6}\b"})

    assert redactor.redact("see REF.123456 ok").text == "see [REFERENCE] ok"


def test_the_probe_budget_is_the_one_passed_in():
    document = json.dumps({"MEMBER_ID": r"\bMBR-?\d{8}\b"})

    assert parse_custom_patterns(document, source="X", probe_timeout=5.0)
    with pytest.raises(ConfigError, match=r"took over 0\.0s"):
        parse_custom_patterns(document, source="X", probe_timeout=0.0)


def test_a_run_time_timeout_names_the_pattern_and_never_the_text():
    slow = CustomPattern("SLOW", regex.compile(r"(x|xx)+y"))

    with pytest.raises(CustomPatternTimeout) as timeout:
        CustomDetector([slow], timeout=0.01).detect("x" * 80 + " 4111111111111111")

    assert str(timeout.value) == "custom pattern SLOW timed out"
    assert timeout.value.name == "SLOW"


def offline_with(patterns):
    settings = RedactionSettings(
        engines=frozenset({Engine.CUSTOM, Engine.PATTERNS}),
        custom_patterns=parse_custom_patterns(json.dumps(patterns), source="test"),
    )
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


def test_an_operator_pattern_around_a_card_wins_the_label_of_the_merged_span():
    redactor = offline_with({"ACCOUNT_REF": r"ACCT-\d{16}"})

    assert redactor.redact("ref ACCT-4111111111111111 ok").text == "ref [ACCOUNT_REF] ok"


def test_an_empty_match_masks_nothing():
    # (?<=@)x? matches nothing in "" but matches empty text after every "@": an empty
    # span widened to its word would mask "home".
    redactor = offline_with({"AFTER_AT": r"(?<=@)x?"})

    assert redactor.redact("see you @home").text == "see you @home"
