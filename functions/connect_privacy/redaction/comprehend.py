"""The ``comprehend`` detector: Amazon Comprehend ``DetectPiiEntities``.

Comprehend returns ``{Type, Score, BeginOffset, EndOffset}`` per entity, with
offsets in Unicode code points (Python ``str`` indices) and ``EndOffset``
exclusive; ``tests/fixtures/comprehend/`` pins that down with emoji and other
astral-plane text. A request holds at most 100 KB of UTF-8, so longer text is
split on whitespace into overlapping chunks: an entity shorter than the overlap
always lies wholly inside at least one chunk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from botocore.config import Config

from connect_privacy.redaction.spans import Span

# Comprehend's limit is "100 KB" of UTF-8; 100,000 bytes is inside it whichever
# kilobyte is meant.
MAX_TEXT_BYTES = 100_000
# Longer than any entity Comprehend reports (addresses are the longest).
CHUNK_OVERLAP_CHARS = 2_000

# For the handler that creates the client: the SDK's standard retry mode (it
# retries throttling and 5xx with backoff) and timeouts short enough for a chat.
COMPREHEND_CLIENT_CONFIG = Config(
    retries={"mode": "standard", "max_attempts": 3},
    connect_timeout=2,
    read_timeout=5,
)


class ComprehendResponseError(Exception):
    """Comprehend answered with an entity that does not fit the text it was sent."""


def split_for_comprehend(
    text: str, *, max_bytes: int = MAX_TEXT_BYTES, overlap: int = CHUNK_OVERLAP_CHARS
) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pairs covering ``text``, each at most ``max_bytes`` of UTF-8.

    Chunks end at whitespace (unless a single token is longer than a chunk) and
    each one starts ``overlap`` characters or so before the previous one ended.
    """
    if len(text.encode("utf-8", "surrogatepass")) <= max_bytes:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start, length = 0, len(text)
    while True:
        end = _fit(text, start, max_bytes)
        if end < length:
            end = _cut_at_space(text, start + 2 * overlap, end)
        chunks.append((start, text[start:end]))
        if end >= length:
            return chunks
        start = _next_start(text, max(end - overlap, start + 1), end)


def _fit(text: str, start: int, max_bytes: int) -> int:
    """The largest ``end`` such that ``text[start:end]`` fits in ``max_bytes``."""
    end = min(len(text), start + max_bytes)
    while (size := len(text[start:end].encode("utf-8", "surrogatepass"))) > max_bytes:
        # A code point is at most 4 bytes, so this never removes more than needed.
        end -= max(1, (size - max_bytes) // 4)
    return end


def _cut_at_space(text: str, low: int, end: int) -> int:
    for index in range(end, low, -1):
        if text[index - 1].isspace():
            return index - 1
    return end


def _next_start(text: str, low: int, end: int) -> int:
    for index in range(low, end):
        if text[index].isspace():
            return index + 1
    return end


class ComprehendDetector:
    name = "comprehend"

    def __init__(
        self,
        client: Callable[[], Any],
        *,
        language: str,
        min_score: float,
        entity_types: frozenset[str],
        max_bytes: int = MAX_TEXT_BYTES,
        overlap: int = CHUNK_OVERLAP_CHARS,
    ) -> None:
        self._client_factory = client
        self._client: Any = None
        self._language = language
        self._min_score = min_score
        self._entity_types = entity_types
        self._max_bytes = max_bytes
        self._overlap = overlap

    def detect(self, text: str) -> list[Span]:
        """Entities of the allowed types scoring at least ``min_score``.

        Raises whatever the SDK raises (after its retries): the caller applies the
        failure policy.
        """
        if not text.strip():
            return []
        if self._client is None:
            self._client = self._client_factory()
        spans: list[Span] = []
        for offset, chunk in split_for_comprehend(
            text, max_bytes=self._max_bytes, overlap=self._overlap
        ):
            if not chunk.strip():
                continue
            response = self._client.detect_pii_entities(Text=chunk, LanguageCode=self._language)
            for entity in response["Entities"]:
                begin, end = int(entity["BeginOffset"]), int(entity["EndOffset"])
                if not 0 <= begin < end <= len(chunk):
                    # Offsets we cannot trust mean the text was not really checked.
                    raise ComprehendResponseError("entity offsets outside the text sent")
                entity_type, score = entity["Type"], float(entity["Score"])
                if entity_type not in self._entity_types or score < self._min_score:
                    continue
                spans.append(Span(offset + begin, offset + end, entity_type, score, self.name))
        return spans
