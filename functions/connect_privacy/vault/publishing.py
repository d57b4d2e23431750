"""Re-redact Contact Lens redacted analysis JSON for analytics readers, offsets intact.

Contact Lens cannot know domain identifiers (member ids, claim numbers); the project's
offline detectors (``patterns`` and the operator's ``custom`` patterns) can. Each new
``<prefix><Channel>/Redacted/...json`` is read, every ``Transcript[].Content`` is
redacted again, and the result is written under a published prefix that analytics
tools read instead. The Contact Lens file itself is never modified.

What must stay consistent with the new text (Contact Lens output schema):

- character offsets (``CharacterOffsets.BeginOffsetChar``/``EndOffsetChar``) that point
  into a transcript item's ``Content``: inside the item (``Redaction.CharacterOffsets[]``
  on chat, ``IssuesDetected``/``OutcomesDetected``/``ActionItemsDetected[]`` on voice)
  and elsewhere by the item's ``Id`` (chat categories' ``PointsOfInterest[]
  .TranscriptItems[]``, ``ContactSummary.SummaryItemsDetected[]...TranscriptItems[]``).
  They are mapped through the edit: an offset inside a newly masked value moves to the
  edge of its mask token, so a span still covers what it covered.
- a ``Text`` beside such offsets (the voice "detected" items quote their content): it is
  re-cut from the new content at the mapped offsets.
- ``*OffsetMillis`` are times in the audio and stay as they are.

On chat files the new masks are added to the item's ``Redaction.CharacterOffsets``,
which lists the masked stretches of the redacted ``Content``. Every other free-text
string (``DisplayName``, summaries) is redacted too; identifiers and enumerations are
left alone but checked: if any string anywhere in the result still matches a custom
pattern, nothing is published (:class:`PublishBlocked`). Numbers are not checked: they are
Contact Lens's own measurements (offsets, durations, scores), never customer text.

Offsets are Python string indices (code points), as the redaction engine's are.
Unverified: whether Contact Lens counts code points or UTF-16 units; they differ only
for characters outside the Basic Multilingual Plane (emoji).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from connect_privacy import json_text
from connect_privacy.redaction import MaskMode, Redactor, Span
from connect_privacy.telemetry import Counter
from connect_privacy.vault.events import ObjectRef
from connect_privacy.vault.keys import KeyLayout, ObjectKind, redacted_location
from connect_privacy.vault.store import ObjectStore

logger = logging.getLogger(__name__)

METRIC_PUBLISHED = "Published"
METRIC_IGNORED = "PublishIgnored"
METRIC_BLOCKED = "PublishBlocked"
METRIC_FAILED = "PublishFailed"
METRIC_ENTITIES = "PublishedRedactions"

_OFFSETS = "CharacterOffsets"
_BEGIN = "BeginOffsetChar"
_END = "EndOffsetChar"
_TEXT_KEYS = frozenset({"Content", "Text", "DisplayName", "AttachmentName"})
# Identifiers, timestamps and enumerations: never rewritten (other fields point at them).
_STRUCTURAL_SUFFIXES = (
    "Id", "Uri", "URI", "Time", "Timestamp", "Type", "Types", "Version", "Status",
    "Code", "Role", "Name", "Feature", "Output", "Channel", "Sentiment", "Categories",
    "Locale", "Mode", "Modes", "Policy", "Behavior", "Source",
)  # fmt: skip


class PublishBlocked(Exception):
    """The document cannot be published safely; the message names no content."""


@dataclass(frozen=True)
class PublishOptions:
    source_bucket: str
    published_bucket: str
    published_prefix: str
    layout: KeyLayout = field(default_factory=KeyLayout)
    kms_key_id: str | None = None
    max_object_bytes: int = 50 * 1024 * 1024

    def published_key(self, key: str) -> str:
        return f"{self.published_prefix}{key}"


@dataclass(frozen=True)
class OffsetMap:
    """How positions in a text move when spans are replaced by mask tokens.

    ``edits`` are ``(begin, end, token length)`` over the old text, sorted and disjoint.
    """

    edits: tuple[tuple[int, int, int], ...] = ()

    def begin(self, position: int) -> int:
        shift = 0
        for begin, end, length in self.edits:
            if position < begin:
                break
            if position < end:
                return begin + shift  # inside a masked value: the token's start
            shift += length - (end - begin)
        return position + shift

    def end(self, position: int) -> int:
        shift = 0
        for begin, end, length in self.edits:
            if position <= begin:
                break
            if position < end:
                return begin + shift + length  # inside a masked value: the token's end
            shift += length - (end - begin)
        return position + shift


@dataclass
class _Item:
    old: str
    new: str
    offsets: OffsetMap
    spans: tuple[Span, ...]


class DocumentRedactor:
    """Re-redacts one Contact Lens analysis document (a parsed JSON object)."""

    def __init__(self, redactor: Redactor, guard: Redactor, mask_mode: MaskMode) -> None:
        self._redactor = redactor
        self._guard = guard  # custom patterns only: what must never be published
        self._mask_mode = mask_mode

    def redact(self, document: dict[str, Any]) -> tuple[dict[str, Any], int]:
        """The re-redacted document and the number of newly masked values."""
        transcript = document.get("Transcript")
        if not isinstance(transcript, list):
            raise PublishBlocked("the document has no Transcript list")
        chat = str(document.get("Channel", "")).upper() == "CHAT"
        by_id: dict[str, _Item] = {}
        masked = 0
        for entry in transcript:
            if not isinstance(entry, dict):
                raise PublishBlocked("a Transcript entry is not an object")
            item = self._redact_item(entry, chat)
            masked += len(item.spans)
            if isinstance(entry.get("Id"), str):
                by_id[entry["Id"]] = item
        for key, value in document.items():
            if key != "Transcript":
                document[key] = self._rest(value, key, by_id)
        self._check(document)
        return document, masked

    def _redact_item(self, entry: dict[str, Any], chat: bool) -> _Item:
        content = entry.get("Content")
        if not isinstance(content, str):
            item = _Item("", "", OffsetMap(), ())
        else:
            result = self._redactor.redact(content)
            item = _Item(content, result.text, self._offset_map(content, result), result.entities)
            entry["Content"] = result.text
        for key, value in entry.items():
            if key != "Content":
                entry[key] = self._within_item(value, key, item)
        if chat and item.spans:
            self._add_redaction_offsets(entry, item)
        return item

    def _offset_map(self, text: str, result: Any) -> OffsetMap:
        edits = tuple((s.begin, s.end, len(self._token(s))) for s in result.entities)
        # The engine's output must be exactly the spans replaced by their tokens; if its
        # masking ever changes shape, offsets cannot be trusted and nothing is published.
        rebuilt: list[str] = []
        cursor = 0
        for span in result.entities:
            rebuilt.extend((text[cursor : span.begin], self._token(span)))
            cursor = span.end
        rebuilt.append(text[cursor:])
        if "".join(rebuilt) != result.text:
            raise PublishBlocked("redaction output does not match its spans")
        return OffsetMap(edits)

    def _token(self, span: Span) -> str:
        return "[PII]" if self._mask_mode is MaskMode.PII else f"[{span.entity_type}]"

    def _within_item(self, value: Any, key: str, item: _Item) -> Any:
        """Fields of one transcript item: offsets follow the item's own edit."""
        if isinstance(value, dict):
            if _OFFSETS in value:
                return self._remap(value, item)
            return {k: self._within_item(v, k, item) for k, v in value.items()}
        if isinstance(value, list):
            return [self._remap_offsets(v, item) if key == _OFFSETS else
                    self._within_item(v, key, item) for v in value]  # fmt: skip
        return self._leaf(value, key)

    def _rest(self, value: Any, key: str, by_id: Mapping[str, _Item]) -> Any:
        """Everything outside Transcript: offsets follow the item their ``Id`` names."""
        if isinstance(value, dict):
            if _OFFSETS in value:
                item_id = value.get("Id")
                item = by_id.get(item_id) if isinstance(item_id, str) else None
                if item is None:
                    if any(i.spans for i in by_id.values()):
                        raise PublishBlocked("character offsets name no known transcript item")
                    return {k: self._rest(v, k, by_id) for k, v in value.items()}
                return self._remap(value, item)
            return {k: self._rest(v, k, by_id) for k, v in value.items()}
        if isinstance(value, list):
            return [self._rest(v, key, by_id) for v in value]
        return self._leaf(value, key)

    def _remap(self, holder: dict[str, Any], item: _Item) -> dict[str, Any]:
        """A dict holding ``CharacterOffsets`` (one object or a list) and maybe ``Text``."""
        result: dict[str, Any] = {}
        first: tuple[int, int] | None = None
        for key, value in holder.items():
            if key == _OFFSETS:
                if isinstance(value, list):
                    result[key] = [self._remap_offsets(v, item) for v in value]
                else:
                    result[key] = self._remap_offsets(value, item)
                    first = (result[key][_BEGIN], result[key][_END])
            elif key not in {"Text", "Id"}:
                result[key] = self._within_item(value, key, item)
            else:
                result[key] = value
        if "Text" in holder and first is not None and item.spans:
            result["Text"] = item.new[first[0] : first[1]]
        elif "Text" in holder:
            result["Text"] = self._leaf(holder["Text"], "Text")
        return result

    @staticmethod
    def _remap_offsets(value: Any, item: _Item) -> Any:
        if not isinstance(value, dict) or not {_BEGIN, _END} <= value.keys():
            raise PublishBlocked("CharacterOffsets without BeginOffsetChar and EndOffsetChar")
        begin, end = value[_BEGIN], value[_END]
        if not isinstance(begin, int) or not isinstance(end, int) or not 0 <= begin <= end:
            raise PublishBlocked("CharacterOffsets are not a valid range")
        return {**value, _BEGIN: item.offsets.begin(begin), _END: item.offsets.end(end)}

    def _add_redaction_offsets(self, entry: dict[str, Any], item: _Item) -> None:
        redaction = entry.setdefault("Redaction", {})
        if not isinstance(redaction, dict):
            raise PublishBlocked("a Redaction section is not an object")
        existing = redaction.setdefault(_OFFSETS, [])
        if not isinstance(existing, list):
            raise PublishBlocked("Redaction.CharacterOffsets is not a list")
        for span in item.spans:
            begin = item.offsets.begin(span.begin)
            existing.append({_BEGIN: begin, _END: begin + len(self._token(span))})
        existing.sort(key=lambda o: (o[_BEGIN], o[_END]))

    def _leaf(self, value: Any, key: str) -> Any:
        if not isinstance(value, str) or not value or _structural(key):
            return value
        return self._redactor.redact(value).text

    def _check(self, document: dict[str, Any]) -> None:
        """Fail closed: no string (or object key) anywhere may match a custom pattern."""
        for text in _strings(document):
            if self._guard.redact(text).entities:
                raise PublishBlocked("a custom pattern still matches the published document")


def _structural(key: str) -> bool:
    return key not in _TEXT_KEYS and key.endswith(_STRUCTURAL_SUFFIXES)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class Publisher:
    """Reads a redacted analysis file, re-redacts it, writes the published copy."""

    def __init__(
        self,
        store: ObjectStore,
        settings: PublishOptions,
        document_redactor: DocumentRedactor,
        *,
        counter: Counter,
    ) -> None:
        self._store = store
        self._settings = settings
        self._documents = document_redactor
        self._counter = counter

    def handle(self, ref: ObjectRef) -> str:
        """The outcome's metric name; errors are counted, audited and re-raised."""
        settings = self._settings
        if ref.bucket != settings.source_bucket or not settings.layout.is_redacted_analysis_json(
            ref.key
        ):
            return self._done(ref, METRIC_IGNORED)
        try:
            masked = self._publish(ref)
        except Exception as error:
            metric = METRIC_BLOCKED if isinstance(error, PublishBlocked) else METRIC_FAILED
            self._counter.count(metric)
            self._audit(ref, metric, error=type(error).__name__)
            raise
        self._counter.count(METRIC_ENTITIES, masked)
        return self._done(ref, METRIC_PUBLISHED, new_masks=str(masked))

    def _publish(self, ref: ObjectRef) -> int:
        settings = self._settings
        target = settings.published_key(ref.key)
        if settings.published_bucket == ref.bucket and settings.layout.classify(target) in {
            ObjectKind.ORIGINAL_ANALYSIS,
            ObjectKind.REDACTED_ANALYSIS,
        }:
            raise PublishBlocked("the published key would be read as Contact Lens output")
        body = self._store.read(ref.bucket, ref.key, ref.version_id, settings.max_object_bytes)
        try:
            document = json_text.loads(body)
        except ValueError:
            raise PublishBlocked("the object is not JSON") from None
        if not isinstance(document, dict):
            raise PublishBlocked("the object is not a JSON object")
        published, masked = self._documents.redact(document)
        self._store.write(
            settings.published_bucket,
            target,
            json.dumps(published, ensure_ascii=False).encode("utf-8"),
            content_type="application/json",
            metadata={"published-from-version-id": ref.version_id or "none"},
            kms_key_id=settings.kms_key_id,
        )
        return masked

    def _done(self, ref: ObjectRef, outcome: str, **extra: str) -> str:
        self._counter.count(outcome)
        self._audit(ref, outcome, **extra)
        return outcome

    @staticmethod
    def _audit(ref: ObjectRef, outcome: str, **extra: str) -> None:
        fields = {
            "bucket": ref.bucket,
            **redacted_location(ref.key),
            "version_id": ref.version_id or "none",
            "outcome": outcome,
            **extra,
        }
        log = logger.error if outcome in {METRIC_BLOCKED, METRIC_FAILED} else logger.info
        log("vault publish", extra={"audit": fields})
