"""The offline redactor most redaction tests read, and a conversation through it."""

from __future__ import annotations

from connect_privacy.redaction import Engine, RedactionSettings, Redactor, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation
from connect_privacy.telemetry import MemoryCounter

# Patterns only, default entity types and mask mode: what the offline detectors find alone.
OFFLINE = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


# The relay's offline engines as it runs them: patterns and custom patterns (none configured).
OFFLINE_WITH_CUSTOM = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


def redact(text: str) -> str:
    """The offline redactor's masked text."""
    return OFFLINE.redact(text).text


def conversation(
    *texts: str, seconds_between: float = 5.0, redactor: Redactor = OFFLINE
) -> tuple[list[str], list[PendingNumber | None]]:
    """One customer's consecutive messages through ``redactor`` (the offline one unless
    given) with the cross-message marker, as the inbound relay carries it: the masked texts
    and the marker left after each."""
    pending: PendingNumber | None = None
    now, out, markers = 1000.0, [], []
    for text in texts:
        now += seconds_between
        result, pending = redact_in_conversation(redactor, text, pending, now)
        out.append(result.text)
        markers.append(pending)
    return out, markers


def answers_to(redactor: Redactor, question: str, answers: list[str]) -> list[str]:
    """The agent asks ``question`` (read as the outbound relay reads it, ``asked_for``); the
    customer's ``answers`` follow ten seconds apart, each as the agent then sees it."""
    now = 1_764_115_200.0
    pending = asked_for(question, now)
    seen = []
    for offset, answer in enumerate(answers, start=1):
        result, pending = redact_in_conversation(redactor, answer, pending, now + 10 * offset)
        seen.append(result.text)
    return seen
