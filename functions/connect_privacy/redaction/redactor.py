"""The redaction engine: run the configured detectors, merge, mask, fail closed.

Failure policy: if Comprehend fails for any reason (throttling or a 5xx after
the SDK's retries, a timeout, a malformed answer), the message is redacted by
the offline ``patterns`` and ``custom`` detectors (``patterns_only``) or
withheld with :class:`RedactionBlocked` (``block``). There is no path that
returns text without a completed detection. A custom pattern that times out
withholds the message whatever the policy: nothing else can find those values.

Redacting is idempotent: detection is repeated with the findings masked out
until nothing new appears, so redacting the output again changes nothing. The
offline detectors read text that holds mask tokens one stretch between tokens at
a time (a token is a hard boundary: no value, context word or digit run crosses
it), so each round re-reads only the stretches a new token changed, and stretches
with the same text are read once.

Only counts, entity types, detector names and error codes are logged or counted.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections import Counter as _Tally
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any, NoReturn

from botocore.exceptions import ClientError

from connect_privacy.aws_errors import error_code
from connect_privacy.redaction.comprehend import ComprehendDetector
from connect_privacy.redaction.custom import CustomDetector, CustomPatternTimeout
from connect_privacy.redaction.entity_types import KNOWN_ENTITY_TYPES
from connect_privacy.redaction.masking import MASK_TOKEN, MaskMode, mask
from connect_privacy.redaction.patterns import NAME as PATTERNS_DETECTOR
from connect_privacy.redaction.patterns import PatternsDetector, shared_caches
from connect_privacy.redaction.settings import Engine, FailurePolicy, RedactionSettings
from connect_privacy.redaction.spans import Span, merge_spans, widen_to_tokens
from connect_privacy.telemetry import Counter

logger = logging.getLogger(__name__)

METRIC_FALLBACK = "RedactionComprehendFallback"
METRIC_BLOCKED = "RedactionBlocked"
METRIC_CUSTOM_TIMEOUT = "RedactionCustomPatternTimeout"
METRIC_ENTITIES = "RedactedEntities"
# Per type as well, "RedactedEntities_<ENTITY_TYPE>": entity types come from the
# configuration (REDACTION_ENTITY_TYPES, custom pattern names), never from the text.
METRIC_ENTITIES_OF_TYPE = METRIC_ENTITIES + "_{}"
_SETTLE_ROUNDS = 16
# Spans kept whatever REDACTION_ENTITY_TYPES says: the operator's own patterns,
# and numbers continued from an earlier message.
_ALWAYS_KEPT = frozenset({"custom", "continuation"})


@dataclass(frozen=True)
class RedactionResult:
    """``text`` is the masked text; ``entities`` are merged spans over the original text.

    ``degraded`` is True when Comprehend failed and the offline detectors alone ran.
    """

    text: str
    entities: tuple[Span, ...]
    degraded: bool = False


class RedactionBlocked(Exception):
    """Detection could not be completed and the message must not be sent. No text inside."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"message withheld: {reason}")
        self.reason = reason


class Redactor:
    def __init__(
        self,
        *,
        comprehend: ComprehendDetector | None,
        patterns: PatternsDetector | None,
        custom: CustomDetector | None,
        fallback: tuple[PatternsDetector, CustomDetector],
        entity_types: frozenset[str],
        mask_mode: MaskMode,
        failure_policy: FailurePolicy,
        counter: Counter,
    ) -> None:
        self._comprehend = comprehend
        self._patterns = patterns
        self._custom = custom
        self._fallback = fallback
        self._entity_types = entity_types
        self._mask_mode = mask_mode
        self._failure_policy = failure_policy
        self._counter = counter
        # The names a mask token of this redactor can carry: only these bound a stretch
        # ("[AT]" in "name[AT]example[DOT]com" is part of an address, not a token).
        # The operator's custom pattern names are token names too.
        self._token_names = (
            frozenset({"PII"}) | KNOWN_ENTITY_TYPES | entity_types | fallback[1].names
        )

    def redact(
        self, text: str, *, extra: Iterable[Span] = (), spare: frozenset[str] = frozenset()
    ) -> RedactionResult:
        """Mask every detected entity; raises RedactionBlocked rather than pass text on.

        ``extra`` are spans found outside this message's detectors (a number
        continued from an earlier message, see ``continuation``): masked too.
        ``spare`` are entity types the offline pattern detectors' findings of are
        left visible in this message, because the conversation says what its digits
        are: an order number the agent asked for is no PIN (``continuation``).
        Comprehend's and the operator's custom patterns' findings are always kept.
        """
        with shared_caches():
            return self._redact(text, extra, spare)

    def _redact(self, text: str, extra: Iterable[Span], spare: frozenset[str]) -> RedactionResult:
        spans: list[Span] = list(extra)
        patterns, custom = self._patterns, self._custom
        degraded = False
        if self._comprehend is not None:
            try:
                spans.extend(self._comprehend.detect(text))
            except Exception as error:  # any failure: the text was not cleared
                self._on_comprehend_failure(error)
                degraded = True
                patterns, custom = self._fallback
        keeps = self._keeps if not spare else partial(self._keeps_unspared, spare)
        reader = _StretchReader(keeps, self._token_names)
        if custom is not None:
            try:
                spans.extend(reader.read(text, custom))
            except CustomPatternTimeout as timeout:
                self._custom_timed_out(timeout)
        if patterns is not None:
            spans.extend(reader.read(text, patterns))
        entities = merge_spans(self._prepare(text, spans))
        if entities:
            detectors = [d for d in (custom, patterns) if d is not None]
            try:
                entities = self._settle(text, detectors, entities, reader)
            except CustomPatternTimeout as timeout:
                self._custom_timed_out(timeout)
        if entities:
            self._counter.count(METRIC_ENTITIES, len(entities))
            for entity_type, count in sorted(_Tally(s.entity_type for s in entities).items()):
                self._counter.count(METRIC_ENTITIES_OF_TYPE.format(entity_type), count)
            logger.debug(
                "redacted",
                extra={
                    "entity_count": len(entities),
                    "entity_types": sorted({s.entity_type for s in entities}),
                    "detectors": sorted({s.detector for s in entities}),
                },
            )
        return RedactionResult(mask(text, entities, self._mask_mode), entities, degraded)

    def _settle(
        self,
        text: str,
        detectors: list[PatternsDetector | CustomDetector],
        entities: tuple[Span, ...],
        reader: _StretchReader,
    ) -> tuple[Span, ...]:
        """Redact the masked text again until nothing new turns up.

        Masking one value can expose another (a card number that was glued to a
        phone number, an address no longer followed by a digit). Redacting the
        output a second time must change nothing, so the result is the fixed
        point: the offline detectors read the masked text, and whatever they find
        in the text left visible is mapped back and added. One round, finding
        nothing, is the usual case.

        The masked text is read as redacting it again would read it, stretch by
        stretch (``_StretchReader``): a stretch whose text was read before finds what
        it found then, so only the stretches next to a new token cost a detection.
        """
        for _ in range(_SETTLE_ROUNDS):
            masked, visible = _render(text, entities, self._mask_mode)
            tokens = self._mask_tokens(masked)
            extra: list[Span] = []
            for detector in detectors:
                for span in reader.read(masked, detector):
                    clipped = _outside_tokens(widen_to_tokens(masked, span), tokens)
                    if clipped is not None:
                        extra.extend(_to_original(clipped, visible))
            if not extra:
                break
            entities = merge_spans([*entities, *extra])
        return entities

    def _mask_tokens(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` holds a mask token of this redactor. A bracketed word of another
        name is the customer's ("swift [DEUTDEFF]") and may be a value, as the stretch
        reader reads it."""
        if "[" not in text:
            return []
        names = self._token_names
        return [m.span() for m in MASK_TOKEN.finditer(text) if m.group()[1:-1] in names]

    def _keeps(self, span: Span) -> bool:
        return span.detector in _ALWAYS_KEPT or span.entity_type in self._entity_types

    def _keeps_unspared(self, spare: frozenset[str], span: Span) -> bool:
        if span.detector == PATTERNS_DETECTOR and span.entity_type in spare:
            return False
        return self._keeps(span)

    def _custom_timed_out(self, timeout: CustomPatternTimeout) -> NoReturn:
        self._counter.count(METRIC_CUSTOM_TIMEOUT)
        self._counter.count(METRIC_BLOCKED)
        logger.warning("custom pattern timed out", extra={"pattern": timeout.name})
        raise RedactionBlocked("custom_pattern_timeout") from None

    def _on_comprehend_failure(self, error: Exception) -> None:
        self._counter.count(METRIC_FALLBACK)
        logger.warning(
            "comprehend detection failed",
            extra={
                "error_code": _error_code(error),
                "failure_policy": self._failure_policy.value,
            },
        )
        if self._failure_policy is FailurePolicy.BLOCK:
            self._counter.count(METRIC_BLOCKED)
            raise RedactionBlocked("comprehend_unavailable") from None

    def _prepare(self, text: str, spans: Iterable[Span]) -> list[Span]:
        """Allowed types only, nothing inside an existing mask token, whole tokens."""
        tokens = self._mask_tokens(text)
        prepared: list[Span] = []
        for span in spans:
            if span.detector not in _ALWAYS_KEPT and span.entity_type not in self._entity_types:
                continue
            clipped = _outside_tokens(span, tokens) if tokens else span
            if clipped is not None:
                prepared.append(widen_to_tokens(text, clipped))
        return prepared


class _StretchReader:
    """An offline detector's spans in a text, read one stretch between mask tokens at a time.

    A mask token is a hard boundary: nothing that lies across one is a value (the
    token hides what was there), and context never reaches across one (see
    ``patterns.context``). Reading each stretch on its own makes that true for every
    detector, custom patterns included, and makes detection a function of the
    stretch's text: the reader remembers what each detector found in each stretch
    text it read (for one message), so the settling rounds re-read only what a new
    token changed, and a text of many identical stretches costs one read of each.
    Text without mask tokens is one stretch, read whole; so is a bracketed word that
    is no mask name of the redactor. Only spans of the types ``keeps`` accepts are
    returned (and remembered).
    """

    def __init__(self, keeps: Callable[[Span], bool], token_names: frozenset[str]) -> None:
        self._keeps = keeps
        self._token_names = token_names
        self._found: dict[tuple[int, str], list[Span]] = {}
        self._tokens_of: tuple[str, list[tuple[int, int]]] = ("", [])

    def _tokens(self, text: str) -> list[tuple[int, int]]:
        """The mask tokens bounding stretches of ``text``: those with a redactor's name."""
        if self._tokens_of[0] is not text:
            tokens = [
                m.span()
                for m in (MASK_TOKEN.finditer(text) if "[" in text else ())
                if m.group()[1:-1] in self._token_names
            ]
            self._tokens_of = (text, tokens)
        return self._tokens_of[1]

    def read(self, text: str, detector: PatternsDetector | CustomDetector) -> list[Span]:
        tokens = self._tokens(text)
        if not tokens:
            return [span for span in detector.detect(text) if self._keeps(span)]
        spans: list[Span] = []
        cursor = 0
        for token_begin, token_end in [*tokens, (len(text), len(text))]:
            if token_begin > cursor:
                for span in self._stretch(text[cursor:token_begin], detector):
                    spans.append(
                        Span(
                            span.begin + cursor,
                            span.end + cursor,
                            span.entity_type,
                            span.score,
                            span.detector,
                        )
                    )
            cursor = token_end
        return spans

    def _stretch(self, stretch: str, detector: PatternsDetector | CustomDetector) -> list[Span]:
        key = (id(detector), stretch)
        found = self._found.get(key)
        if found is None:
            found = [span for span in detector.detect(stretch) if self._keeps(span)]
            self._found[key] = found
        return found


def _render(
    text: str, entities: tuple[Span, ...], mode: MaskMode
) -> tuple[str, list[tuple[int, int, int]]]:
    """The masked text, and where each visible stretch of it came from in ``text``:
    ``(begin in masked, end in masked, begin in text)``."""
    parts: list[str] = []
    visible: list[tuple[int, int, int]] = []
    cursor = length = 0
    for span in entities:
        parts.append(text[cursor : span.begin])
        visible.append((length, length + span.begin - cursor, cursor))
        length += span.begin - cursor
        token = "[PII]" if mode is MaskMode.PII else f"[{span.entity_type}]"
        parts.append(token)
        length += len(token)
        cursor = span.end
    parts.append(text[cursor:])
    visible.append((length, length + len(text) - cursor, cursor))
    return "".join(parts), visible


def _to_original(span: Span, visible: list[tuple[int, int, int]]) -> list[Span]:
    """The parts of a span of the masked text that fall on visible text, in text offsets.

    ``visible`` is sorted and non-overlapping: bisect to the first stretch the span
    reaches, so mapping costs the stretches it covers, not all of them.
    """
    mapped = []
    index = bisect_right(visible, span.begin, key=lambda v: v[1])
    while index < len(visible) and visible[index][0] < span.end:
        masked_begin, masked_end, origin = visible[index]
        begin, end = max(span.begin, masked_begin), min(span.end, masked_end)
        if begin < end:
            mapped.append(
                Span(
                    origin + begin - masked_begin,
                    origin + end - masked_begin,
                    span.entity_type,
                    span.score,
                    span.detector,
                )
            )
        index += 1
    return mapped


def _outside_tokens(span: Span, tokens: list[tuple[int, int]]) -> Span | None:
    """``span`` trimmed so that neither end lies inside a mask token (None if nothing is left).

    ``tokens`` is sorted and non-overlapping; a span that starts (or ends) inside
    a token, or a run of touching tokens, is trimmed to just after (before) them.
    A span that covers a whole token keeps it: the token is masked again.
    """
    begin, end = span.begin, span.end
    index = bisect_right(tokens, begin, key=lambda t: t[0]) - 1
    while 0 <= index < len(tokens) and tokens[index][0] <= begin < tokens[index][1]:
        begin = tokens[index][1]
        index += 1
    index = bisect_left(tokens, end, key=lambda t: t[0]) - 1
    while index >= 0 and tokens[index][0] < end <= tokens[index][1]:
        end = tokens[index][0]
        index -= 1
    if end <= begin:
        return None
    if (begin, end) == (span.begin, span.end):
        return span
    return Span(begin, end, span.entity_type, span.score, span.detector)


def _error_code(error: Exception) -> str:
    if isinstance(error, ClientError):
        return error_code(error, "ClientError")
    return type(error).__name__


def build_redactor(
    settings: RedactionSettings,
    *,
    comprehend_client: Callable[[], Any] | None,
    counter: Counter,
) -> Redactor:
    """A Redactor for ``settings``; ``comprehend_client`` is called lazily, on first use."""
    comprehend = None
    if Engine.COMPREHEND in settings.engines:
        if comprehend_client is None:
            raise ValueError("the comprehend engine needs a comprehend_client factory")
        comprehend = ComprehendDetector(
            comprehend_client,
            language=settings.language.value,
            min_score=settings.min_score,
            entity_types=settings.entity_types,
        )
    patterns = PatternsDetector(phone_regions=settings.phone_regions)
    custom = CustomDetector(settings.custom_patterns)
    return Redactor(
        comprehend=comprehend,
        patterns=patterns if Engine.PATTERNS in settings.engines else None,
        custom=custom if Engine.CUSTOM in settings.engines else None,
        fallback=(patterns, custom),
        entity_types=settings.entity_types,
        mask_mode=settings.mask_mode,
        failure_policy=settings.failure_policy,
        counter=counter,
    )
