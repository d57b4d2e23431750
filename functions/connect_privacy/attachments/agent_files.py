"""An agent's file, fetched from Connect and made ready for Meta's upload form.

Connect only lets agents share its 18 chat types (file_types), and the pre-signed
``GetAttachment`` URL is read here, never handed to Meta: a multipart upload keeps the S3
link private and avoids racing its expiry (at most 300 s) against Meta's fetch. The type is
sniffed from the bytes; the name Meta shows is the relay's (``file-1.pdf``), since the
agent's file name may be personal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from connect_privacy.attachments.download import DownloadLimits
from connect_privacy.attachments.file_types import MESSENGER_MAX_BYTES, messenger_kind, sniff
from connect_privacy.messenger.messages import AttachmentKind
from connect_privacy.messenger.send_api import FileUpload

AGENT_DOWNLOAD = DownloadLimits(max_bytes=MESSENGER_MAX_BYTES, timeout_seconds=20.0)


class AgentFileProblem(StrEnum):
    """Why an agent's file did not reach the customer; the metric suffix too."""

    UNAVAILABLE = "Unavailable"
    NOT_FETCHED = "NotFetched"
    UNSUPPORTED = "Unsupported"
    TOO_LARGE = "TooLarge"
    REFUSED_BY_META = "RefusedByMeta"


AGENT_NOTICES = {
    AgentFileProblem.UNAVAILABLE: "Connect did not make the file available",
    AgentFileProblem.NOT_FETCHED: "the file could not be fetched",
    AgentFileProblem.UNSUPPORTED: "Messenger does not take this file type",
    AgentFileProblem.TOO_LARGE: "the file is larger than Messenger accepts (25 MB)",
    AgentFileProblem.REFUSED_BY_META: "Messenger refused the file",
}


@dataclass(frozen=True)
class AgentFile:
    kind: AttachmentKind
    upload: FileUpload


def agent_file(data: bytes, declared_type: str, index: int) -> AgentFile | AgentFileProblem:
    file_type = sniff(data, declared_type)
    if file_type is None or not file_type.connect_chat:
        return AgentFileProblem.UNSUPPORTED
    kind = messenger_kind(file_type, len(data))
    if kind is None:
        return AgentFileProblem.TOO_LARGE
    name = f"{kind.value}-{index + 1}.{file_type.extension}"
    return AgentFile(AttachmentKind(kind.value), FileUpload(name, file_type.mime, data))


def agent_notice(problem: AgentFileProblem) -> str:
    """What the agent reads in the chat (posted by the relay as the customer participant)."""
    return f"[relay: your file was not delivered to the customer: {AGENT_NOTICES[problem]}]"
