"""A customer's attachments, turned into what the agent gets under ``ATTACHMENT_POLICY``.

- ``screen`` (default): fetch, sniff, screen (``screening``), upload the covered copy;
  anything that cannot be screened is withheld and the agent gets a line saying so;
- ``forward``: fetch, sniff, upload as received when Connect takes the type (unscreened);
- ``placeholder``: a line naming the type; ``drop``: nothing.

A Meta media URL is never sent to the agent as text, whatever fails: that would bypass
screening. Files live in memory for the invocation only; neither bytes, URLs nor detected
text are logged, only reasons and counts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from connect_privacy.attachments.download import DownloadLimits, DownloadRefused
from connect_privacy.attachments.file_types import (
    CONNECT_MAX_BYTES,
    MESSENGER_MAX_BYTES,
    FileType,
    sniff,
)
from connect_privacy.attachments.screening import (
    SCREENABLE_TYPES,
    ScreenedFile,
    ScreeningRefused,
    WithheldReason,
)
from connect_privacy.connect_chat.gateway import ChatFile
from connect_privacy.messenger.webhook_events import STORY_MENTION, STORY_REPLY
from connect_privacy.telemetry import Counter

logger = logging.getLogger(__name__)

# Meta accepts files up to 25 MB; a screened photo is re-encoded, so it may fit Connect's
# 20 MB even when the original does not.
SCREEN_DOWNLOAD = DownloadLimits(max_bytes=MESSENGER_MAX_BYTES, timeout_seconds=20.0)
FORWARD_DOWNLOAD = DownloadLimits(max_bytes=CONNECT_MAX_BYTES, timeout_seconds=20.0)
# Files fetched and screened per message; the rest get a withheld line (bounded run time).
MAX_FILES_PER_MESSAGE = 5

_WHY = {
    WithheldReason.UNSUPPORTED_TYPE: "this file type cannot be checked for sensitive data",
    WithheldReason.UNREADABLE: "the file could not be read",
    WithheldReason.TOO_MANY_PAGES: "only one-page documents can be checked",
    WithheldReason.DETECTION_FAILED: "could not be checked for sensitive data",
    WithheldReason.REDACTION_BLOCKED: "could not be checked for sensitive data",
    WithheldReason.TOO_LARGE: "the file is too large for the chat",
    WithheldReason.DOWNLOAD_FAILED: "the file could not be fetched",
    WithheldReason.TOO_MANY_FILES: f"only {MAX_FILES_PER_MESSAGE} files per message are checked",
}


STORY_MARKERS = frozenset({STORY_REPLY, STORY_MENTION})


class AttachmentPolicy(StrEnum):
    SCREEN = "screen"
    FORWARD = "forward"
    PLACEHOLDER = "placeholder"
    DROP = "drop"


@dataclass(frozen=True)
class IncomingAttachment:
    """Meta's ``type`` and its CDN ``url`` (personal: never logged)."""

    kind: str
    url: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PreparedAttachments:
    lines: tuple[str, ...] = ()
    files: tuple[ChatFile, ...] = ()


class Screener(Protocol):
    def screen(self, data: bytes, file_type: FileType) -> ScreenedFile: ...


class Fetcher(Protocol):
    def fetch(self, url: str, limits: DownloadLimits) -> bytes: ...


class CustomerFiles:
    def __init__(
        self,
        *,
        policy: AttachmentPolicy,
        fetcher: Fetcher,
        screener: Screener,
        counter: Counter,
    ) -> None:
        self._policy = policy
        self._fetcher = fetcher
        self._screener = screener
        self._counter = counter

    @property
    def fetches_files(self) -> bool:
        """Whether ``prepare`` downloads files (``drop`` and ``placeholder`` only name them)."""
        return self._policy in (AttachmentPolicy.SCREEN, AttachmentPolicy.FORWARD)

    def prepare(self, attachments: Sequence[IncomingAttachment]) -> PreparedAttachments:
        if not attachments:
            return PreparedAttachments()
        self._counter.count("AttachmentsReceived", len(attachments))
        if self._policy is AttachmentPolicy.DROP:
            return PreparedAttachments()
        if self._policy is AttachmentPolicy.PLACEHOLDER:
            return PreparedAttachments(tuple(_placeholder(a.kind) for a in attachments))
        lines: list[str] = []
        files: list[ChatFile] = []
        for index, attachment in enumerate(attachments):
            if attachment.kind in STORY_MARKERS:
                # Instagram story replies and mentions carry no file of the customer's.
                lines.append(_placeholder(attachment.kind))
                continue
            if index >= MAX_FILES_PER_MESSAGE or not attachment.url:
                reason = (
                    WithheldReason.DOWNLOAD_FAILED
                    if not attachment.url
                    else WithheldReason.TOO_MANY_FILES
                )
                lines.append(self._withheld(attachment.kind, reason))
                continue
            try:
                line, chat_file = self._one(attachment.kind, attachment.url, index)
            except ScreeningRefused as refused:
                lines.append(self._withheld(attachment.kind, refused.reason))
                continue
            lines.append(line)
            files.append(chat_file)
        return PreparedAttachments(tuple(lines), tuple(files))

    def _one(self, kind: str, url: str, index: int) -> tuple[str, ChatFile]:
        screen = self._policy is AttachmentPolicy.SCREEN
        try:
            data = self._fetcher.fetch(url, SCREEN_DOWNLOAD if screen else FORWARD_DOWNLOAD)
        except DownloadRefused as refused:
            logger.warning("customer file not fetched", extra={"problem": refused.problem.value})
            reason = (
                WithheldReason.TOO_LARGE
                if refused.problem.value == "too_large"
                else WithheldReason.DOWNLOAD_FAILED
            )
            raise ScreeningRefused(reason) from None
        file_type = sniff(data)
        if file_type is None:
            raise ScreeningRefused(WithheldReason.UNSUPPORTED_TYPE)
        if not screen:
            if not file_type.connect_chat:
                raise ScreeningRefused(WithheldReason.UNSUPPORTED_TYPE)
            self._counter.count("AttachmentsForwardedUnscreened")
            name = f"{file_type.kind.value}-{index + 1}.{file_type.extension}"
            return f"[{kind}: forwarded unscreened]", ChatFile(name, file_type.mime, data)
        if file_type not in SCREENABLE_TYPES:
            raise ScreeningRefused(WithheldReason.UNSUPPORTED_TYPE)
        screened = self._screener.screen(data, file_type)
        del data  # the original is not needed past this point
        self._counter.count("AttachmentsScreened")
        self._counter.count("AttachmentRegionsCovered", screened.regions_covered)
        if screened.degraded:
            self._counter.count("AttachmentsScreenedDegraded")
        logger.info(
            "customer file screened",
            extra={
                "regions_covered": screened.regions_covered,
                "words_read": screened.words_read,
                "degraded": screened.degraded,
            },
        )
        regions = "region" if screened.regions_covered == 1 else "regions"
        out = screened.file_type
        name = f"{out.kind.value}-{index + 1}.{out.extension}"
        count = screened.regions_covered
        line = f"[{kind}: screened for sensitive data, {count} {regions} covered]"
        return line, ChatFile(name, out.mime, screened.data)

    def _withheld(self, kind: str, reason: WithheldReason) -> str:
        self._counter.count("AttachmentsWithheld")
        self._counter.count(f"AttachmentsWithheld{reason.value}")
        logger.warning("customer file withheld", extra={"reason": reason.value})
        return f"[{kind} withheld: {_WHY[reason]}]"


def _placeholder(kind: str) -> str:
    """What the agent sees instead of a file that is only named."""
    return f"[attachment: {kind}]"
