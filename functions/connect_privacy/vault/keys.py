"""Which Contact Lens objects are originals, and how their keys are laid out.

Contact Lens writes under ``<prefix><Channel>/YYYY/MM/DD/`` (originals) and
``<prefix><Channel>/Redacted/YYYY/MM/DD/`` (redacted twins) for the Voice, Chat and
Email channels; ``<prefix>`` is ``Analysis/`` at the bucket root on most instances and
``connect/<alias>/Analysis/`` on some. Original call recordings live under the
instance's CALL_RECORDINGS storage prefix. Everything else is not ours to touch.

Keys are compared exactly (case-sensitive, no normalisation): S3 keys are byte strings.
Only a key's folder and a digest of it are ever logged (``redacted_location``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

CHANNELS = ("Voice", "Chat", "Email")
REDACTED = "Redacted/"
_DATE_PATH = re.compile(r"(\d{4})/(\d{2})/(\d{2})/")


class ObjectKind(StrEnum):
    ORIGINAL_ANALYSIS = "original_analysis"
    REDACTED_ANALYSIS = "redacted_analysis"
    CALL_RECORDING = "call_recording"
    OTHER = "other"


@dataclass(frozen=True)
class KeyLayout:
    """Where Contact Lens and the recordings storage config write in the source bucket."""

    analysis_prefix: str = "Analysis/"
    recordings_prefix: str | None = None

    def classify(self, key: str) -> ObjectKind:
        if not key or key.endswith("/"):
            return ObjectKind.OTHER  # folder placeholders are not objects we move
        channel_rest = self._channel_rest(key)
        if channel_rest is not None:
            if channel_rest.startswith(REDACTED):
                return ObjectKind.REDACTED_ANALYSIS
            return ObjectKind.ORIGINAL_ANALYSIS
        if self.recordings_prefix and key.startswith(self.recordings_prefix):
            return ObjectKind.CALL_RECORDING
        return ObjectKind.OTHER

    def is_redacted_analysis_json(self, key: str) -> bool:
        """A redacted analysis file (not the redacted .wav that shares its folder)."""
        return self.classify(key) is ObjectKind.REDACTED_ANALYSIS and key.endswith(".json")

    def _channel_rest(self, key: str) -> str | None:
        if not key.startswith(self.analysis_prefix):
            return None
        rest = key[len(self.analysis_prefix) :]
        for channel in CHANNELS:
            if rest.startswith(f"{channel}/") and len(rest) > len(channel) + 1:
                return rest[len(channel) + 1 :]
        return None

    # --- call recordings: matched to the redacted analysis of the same contact -------------

    def recording_contact(self, key: str) -> tuple[str, date] | None:
        """``(contact id, day)`` of ``<recordings prefix>YYYY/MM/DD/<contactId>_...``."""
        if not self.recordings_prefix or not key.startswith(self.recordings_prefix):
            return None
        return _contact_and_day(key[len(self.recordings_prefix) :])

    def analysis_contact(self, key: str) -> tuple[str, date] | None:
        """``(contact id, day)`` of a redacted Voice analysis key."""
        prefix = f"{self.analysis_prefix}Voice/{REDACTED}"
        if not key.startswith(prefix):
            return None
        return _contact_and_day(key[len(prefix) :])

    def redacted_analysis_prefixes(self, contact_id: str, day: date) -> tuple[str, ...]:
        """Where the redacted analysis of a recording's contact can be.

        Contact Lens dates its path by ConnectedToAgentTimestamp, which is on the
        recording's day or, for a contact that crossed midnight UTC, the next one.
        """
        base = f"{self.analysis_prefix}Voice/{REDACTED}"
        return tuple(
            f"{base}{_day_path(d)}{contact_id}_analysis_redacted_"
            for d in (day, day + timedelta(days=1))
        )

    def recording_prefixes(self, contact_id: str, day: date) -> tuple[str, ...]:
        """Where an analysed contact's original recording can be (same day or the day before)."""
        if not self.recordings_prefix:
            return ()
        return tuple(
            f"{self.recordings_prefix}{_day_path(d)}{contact_id}_"
            for d in (day, day - timedelta(days=1))
        )


def _contact_and_day(relative: str) -> tuple[str, date] | None:
    match = _DATE_PATH.match(relative)
    if not match:
        return None
    name = relative[match.end() :]
    contact_id, separator, _ = name.partition("_")
    if not separator or not contact_id or "/" in contact_id:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return contact_id, day


def _day_path(day: date) -> str:
    return f"{day:%Y/%m/%d}/"


def redacted_location(key: str) -> dict[str, str]:
    """What an audit line may say about a key: its folder and a digest, not the file name.

    The file name carries the contact id and time; the digest still lets an operator
    match a log line to an object (``sha256(key)[:16]``).
    """
    folder = key.rsplit("/", 1)[0] + "/" if "/" in key else ""
    return {"key_prefix": folder, "key_sha256": key_digest(key)[:16]}


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
