"""``relay_inbound``'s decisions against in-memory fakes of its Protocols (no AWS, no moto)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pytest

from connect_privacy.attachments.customer_files import AttachmentPolicy, CustomerFiles
from connect_privacy.attachments.download import DownloadLimits
from connect_privacy.attachments.file_types import FileType
from connect_privacy.attachments.screening import ScreenedFile
from connect_privacy.connect_chat.gateway import ChatFile
from connect_privacy.connect_chat.lifecycle import ChatDelivery, Customer
from connect_privacy.messenger.webhook_events import MessageKind
from connect_privacy.redaction import RedactionBlocked, RedactionResult, Span
from connect_privacy.relay.inbound import (
    WITHHELD_NOTICE,
    InboundOutcome,
    relay_inbound,
)
from connect_privacy.telemetry import MemoryCounter
from tests.support.events import PAGE_ID, PSID, customer_message

CARD = "4111 1111 1111 1111"


@dataclass
class MaskingRedactor:
    """Masks one literal, as the real redactor would mask what it detects."""

    literal: str = CARD
    degraded: bool = False
    blocked: bool = False
    seen: list[str] = field(default_factory=list)

    def redact(self, text: str) -> RedactionResult:
        self.seen.append(text)
        if self.blocked:
            raise RedactionBlocked("comprehend_unavailable")
        start = text.find(self.literal)
        if start < 0:
            return RedactionResult(text, (), self.degraded)
        span = Span(start, start + len(self.literal), "CREDIT_DEBIT_NUMBER", 1.0, "patterns")
        masked = text.replace(self.literal, "[CREDIT_DEBIT_NUMBER]")
        return RedactionResult(masked, (span,), self.degraded)


@dataclass
class RecordingChats:
    """The Connect side: records what would reach the agent."""

    new_chat: bool = True
    deliveries: list[tuple[Customer, str, list[str]]] = field(default_factory=list)

    files: list[ChatFile] = field(default_factory=list)

    def deliver(
        self, customer: Customer, mid: str, parts: list[str], files: Sequence[ChatFile] = ()
    ) -> ChatDelivery:
        self.deliveries.append((customer, mid, parts))
        self.files.extend(files)
        return ChatDelivery(contact_id="contact-1", parts=len(parts), new_chat=self.new_chat)

    @property
    def agent_saw(self) -> list[str]:
        return [part for _, _, parts in self.deliveries for part in parts]


@pytest.fixture
def chats() -> RecordingChats:
    return RecordingChats()


@pytest.fixture
def counter() -> MemoryCounter:
    return MemoryCounter()


class PngFetcher:
    def fetch(self, url: str, limits: DownloadLimits) -> bytes:
        assert url.startswith("https://cdn.example/")
        return b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


class CoveringScreener:
    def screen(self, data: bytes, file_type: FileType) -> ScreenedFile:
        return ScreenedFile(b"covered-png", file_type, 1, 4, False)


def relay(message, *, redactor=None, chats, counter, policy=AttachmentPolicy.PLACEHOLDER):
    return relay_inbound(
        message,
        redactor=redactor or MaskingRedactor(),
        chats=chats,
        attachments=CustomerFiles(
            policy=policy, fetcher=PngFetcher(), screener=CoveringScreener(), counter=counter
        ),
        counter=counter,
    )


def test_a_screened_image_follows_its_line_and_the_text(chats, counter) -> None:
    message = replace(
        customer_message("m_1", f"my card {CARD}", kind=MessageKind.ATTACHMENTS,
                         attachments=("image",)),
        attachment_urls=("https://cdn.example/1",),
    )  # fmt: skip

    relay(message, chats=chats, counter=counter, policy=AttachmentPolicy.SCREEN)

    assert chats.agent_saw == [
        "my card [CREDIT_DEBIT_NUMBER]\n[image: screened for sensitive data, 1 region covered]"
    ]
    assert [(f.name, f.data) for f in chats.files] == [("image-1.png", b"covered-png")]


def test_text_is_redacted_before_the_connect_side_sees_it(chats, counter) -> None:
    redactor = MaskingRedactor()

    outcome = relay(
        customer_message("m_1", f"card {CARD}"), redactor=redactor, chats=chats, counter=counter
    )

    assert chats.agent_saw == ["card [CREDIT_DEBIT_NUMBER]"]
    assert redactor.seen == [f"card {CARD}"]
    [(customer, mid, _)] = chats.deliveries
    assert (customer.channel, customer.page_id, customer.psid, mid) == (
        "messenger", PAGE_ID, PSID, "m_1",
    )  # fmt: skip
    assert outcome == InboundOutcome("contact-1", 1, True, 1, False, False)
    assert counter.totals == {"MessagesRelayed": 1, "MessagePartsSent": 1}


def test_a_blocked_message_becomes_the_withheld_notice_and_is_counted(chats, counter) -> None:
    redactor = MaskingRedactor(blocked=True)

    outcome = relay(
        customer_message("m_1", f"card {CARD}"), redactor=redactor, chats=chats, counter=counter
    )

    assert chats.agent_saw == [WITHHELD_NOTICE]
    assert outcome.withheld is True
    assert outcome.entities == 0
    assert counter.totals["MessagesWithheld"] == 1
    assert counter.totals["MessagesRelayed"] == 1


def test_a_degraded_redaction_is_reported_in_the_outcome(chats, counter) -> None:
    outcome = relay(
        customer_message("m_1", f"card {CARD}"),
        redactor=MaskingRedactor(degraded=True),
        chats=chats,
        counter=counter,
    )

    assert outcome.degraded is True
    assert "MessagesWithheld" not in counter.totals


def test_attachments_become_placeholders_after_the_text(chats, counter) -> None:
    message = customer_message(
        "m_1", "see these", kind=MessageKind.ATTACHMENTS, attachments=("image", "file")
    )

    relay(message, chats=chats, counter=counter)

    assert chats.agent_saw == ["see these\n[attachment: image]\n[attachment: file]"]
    assert counter.totals["AttachmentsReceived"] == 2


def test_the_drop_policy_sends_the_text_but_no_attachment(chats, counter) -> None:
    message = customer_message(
        "m_1", "see this", kind=MessageKind.ATTACHMENTS, attachments=("video",)
    )

    relay(message, chats=chats, counter=counter, policy=AttachmentPolicy.DROP)

    assert chats.agent_saw == ["see this"]
    assert counter.totals["AttachmentsReceived"] == 1


def test_nothing_to_send_starts_no_chat_and_is_counted(chats, counter) -> None:
    message = customer_message("m_1", kind=MessageKind.ATTACHMENTS, attachments=("audio",))

    outcome = relay(message, chats=chats, counter=counter, policy=AttachmentPolicy.DROP)

    assert chats.deliveries == []
    assert outcome == InboundOutcome(None, 0, False, 0, False, False)
    assert counter.totals["MessagesWithNothingToSend"] == 1
    assert "MessagesRelayed" not in counter.totals


def test_whitespace_only_text_is_nothing_to_send(chats, counter) -> None:
    relay(customer_message("m_1", " \n\t "), chats=chats, counter=counter)

    assert chats.deliveries == []
    assert counter.totals["MessagesWithNothingToSend"] == 1


def test_long_text_is_split_into_ordered_parts_within_connects_limit(chats, counter) -> None:
    words = [f"w{n:04}" for n in range(400)]

    outcome = relay(customer_message("m_1", " ".join(words)), chats=chats, counter=counter)

    parts = chats.agent_saw
    assert len(parts) == outcome.parts == 3
    assert all(len(part) <= 1024 for part in parts)
    assert " ".join(parts).split() == words
    assert counter.totals["MessagePartsSent"] == 3


def test_the_outcome_record_holds_ids_and_counts_only(chats, counter) -> None:
    chats.new_chat = False
    outcome = relay(customer_message("m_1", f"card {CARD}"), chats=chats, counter=counter)

    assert outcome.as_record() == {
        "contact_id": "contact-1",
        "parts": 1,
        "new_chat": False,
        "entities": 1,
        "degraded": False,
        "withheld": False,
    }
