"""``OutboundRelay``'s decisions against in-memory fakes of its Protocols (no AWS, no HTTP)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from connect_privacy.attachments.agent_files import AgentFileProblem, agent_notice
from connect_privacy.attachments.download import DownloadLimits, DownloadProblem, DownloadRefused
from connect_privacy.connect_chat.sessions import ChatSession, SessionStatus
from connect_privacy.connect_chat.streaming import (
    TEXT_MARKDOWN,
    TEXT_PLAIN,
    ItemKind,
    StreamedAttachment,
    StreamedItem,
)
from connect_privacy.messenger.send_api import (
    FileUpload,
    PageAccess,
    PermanentSendError,
    SendResult,
    TransientSendError,
)
from connect_privacy.messenger.webhook_events import Channel
from connect_privacy.relay.outbound import AskedValue, OutboundPolicy, OutboundRelay, Outcome
from connect_privacy.telemetry import MemoryCounter

NOW = 1_764_115_200.0
HOUR = 3600
PAGE, PSID, CONTACT = "104123456789012", "6901234567890123", "contact-1"


def session(*, wrote_ago: float = 60, channel: str = "messenger") -> ChatSession:
    return ChatSession(
        key="k", channel=channel, page_id=PAGE, psid=PSID, status=SessionStatus.ACTIVE,
        contact_id=CONTACT, participant_id="p", participant_token="pt", connection_token="ct",
        connection_expires_at=int(NOW) + 86_400, started_at=int(NOW - wrote_ago),
        last_customer_message_at=int(NOW - wrote_ago), expires_at=int(NOW) + 86_400,
    )  # fmt: skip


def item(kind: ItemKind = ItemKind.MESSAGE, **fields: Any) -> StreamedItem:
    defaults: dict[str, Any] = {
        "item_id": "item-1", "kind": kind, "content_type": TEXT_PLAIN,
        "initial_contact_id": CONTACT, "contact_id": CONTACT, "participant_role": "AGENT",
        "visibility": "ALL", "display_name": "Agent Smith", "content": "Hello there",
    }  # fmt: skip
    return StreamedItem(**{**defaults, **fields})


@dataclass
class MemorySessions:
    sessions: dict[str, ChatSession] = field(default_factory=dict)
    ended: list[tuple[str, str]] = field(default_factory=list)
    markers: list[tuple[str, str, Mapping[str, Any] | None]] = field(default_factory=list)
    # Answers each marker write with the next scripted exception (None: stored).
    marker_script: list[Exception | None] = field(default_factory=list)

    def find_by_contact_id(self, contact_id: str) -> ChatSession | None:
        return self.sessions.get(contact_id)

    def end(self, key: str, contact_id: str) -> bool:
        self.ended.append((key, contact_id))
        return True

    # The value last asked for, per session key, as ``SessionStore`` keeps it.
    asked: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    forgotten: list[str] = field(default_factory=list)

    def await_answer(self, key: str, contact_id: str, marker: Mapping[str, Any]) -> bool:
        failure = self.marker_script.pop(0) if self.marker_script else None
        if failure is not None:
            raise failure
        self.markers.append((key, contact_id, marker))
        self.asked[key] = marker
        return True

    def last_asked(self, key: str) -> Mapping[str, str] | None:
        kept = self.asked.get(key)
        return None if kept is None else {name: str(value) for name, value in kept.items()}

    def forget_last_asked(self, key: str, contact_id: str) -> bool:
        self.forgotten.append(key)
        return self.asked.pop(key, None) is not None


@dataclass
class ScriptedSender:
    """Answers each send with the next scripted exception (None: success), else a message id."""

    script: list[Exception | None] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    accesses: list[PageAccess] = field(default_factory=list)

    uploads: list[FileUpload] = field(default_factory=list)

    def send(
        self,
        access: PageAccess,
        body: dict[str, Any],
        *,
        deadline: float,
        upload: FileUpload | None = None,
    ) -> SendResult:
        assert access.page_id == PAGE
        self.sent.append(body)
        self.accesses.append(access)
        if upload is not None:
            self.uploads.append(upload)
        failure = self.script.pop(0) if self.script else None
        if failure is not None:
            raise failure
        return SendResult(None if "sender_action" in body else f"mid.{len(self.sent)}")

    @property
    def texts(self) -> list[str]:
        return [b["message"]["text"] for b in self.sent if "text" in b.get("message", {})]


@dataclass
class FakeLinks:
    url: str | None = "https://files.example/label.png"
    asked: list[str] = field(default_factory=list)

    def download_url(self, attachment_id: str, connection_token: str) -> str | None:
        self.asked.append(attachment_id)
        return self.url


@dataclass
class FakeFetcher:
    """Serves PNG bytes for any URL, or refuses with ``problem``."""

    data: bytes = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    problem: DownloadProblem | None = None

    def fetch(self, url: str, limits: DownloadLimits) -> bytes:
        if self.problem is not None:
            raise DownloadRefused(self.problem)
        return self.data


@dataclass
class FakeAgentNotices:
    sent: list[str] = field(default_factory=list)

    def send_text(self, connection_token: str, content: str, client_token: str) -> str:
        self.sent.append(content)
        return "notice-1"


@dataclass
class MemoryOnce:
    """``Once`` in a dict: a completed key replays its result; a failure releases the key."""

    done: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __call__(self, key: str, action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        if key not in self.done:
            self.done[key] = action()
        return self.done[key]


def account_access(channel: Channel, account_id: str) -> PageAccess:
    if channel is Channel.INSTAGRAM:
        return PageAccess.instagram(account_id, f"ig-token-{account_id}")
    return PageAccess.create(account_id, f"page-token-{account_id}", "secret")


@dataclass
class World:
    sessions: MemorySessions
    sender: ScriptedSender
    links: FakeLinks
    once: MemoryOnce
    counter: MemoryCounter
    fetcher: FakeFetcher = field(default_factory=FakeFetcher)
    agent: FakeAgentNotices = field(default_factory=FakeAgentNotices)

    asked_value: AskedValue | None = None

    def relay(self, policy: OutboundPolicy | None = None) -> OutboundRelay:
        return OutboundRelay(
            sessions=self.sessions,
            sender=self.sender,
            page_access=account_access,
            attachment_links=self.links,
            file_fetcher=self.fetcher,
            agent_notices=self.agent,
            once=self.once,
            policy=policy or OutboundPolicy(),
            counter=self.counter,
            asked_value=self.asked_value,
            now=lambda: NOW,
        )

    def deliver(self, streamed: StreamedItem, policy: OutboundPolicy | None = None) -> Outcome:
        return self.relay(policy).deliver(streamed, deadline=NOW + 30)


@pytest.fixture
def world() -> World:
    sessions = MemorySessions({CONTACT: session()})
    return World(sessions, ScriptedSender(), FakeLinks(), MemoryOnce(), MemoryCounter())


def permanent(code: int) -> PermanentSendError:
    return PermanentSendError(status=400, code=code)


# --- who gets what -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "visibility"),
    [("CUSTOMER", "ALL"), ("AGENT", "AGENT"), (None, "ALL"), ("AGENT", None)],
)
def test_items_not_for_the_customer_are_not_sent(world, role, visibility) -> None:
    outcome = world.deliver(item(participant_role=role, visibility=visibility))

    assert outcome is Outcome.NOT_FOR_CUSTOMER
    assert world.sender.sent == []
    assert world.counter.totals == {"OutboundNotForCustomer": 1}


def test_an_unknown_contact_is_dropped(world) -> None:
    assert world.deliver(item(initial_contact_id="other", contact_id="other")) is (
        Outcome.UNKNOWN_CONTACT
    )
    assert world.sender.sent == []


def test_after_a_transfer_the_current_contact_id_is_tried_too(world) -> None:
    world.sessions.sessions = {"after-transfer": session()}

    outcome = world.deliver(item(initial_contact_id="before", contact_id="after-transfer"))

    assert outcome is Outcome.SENT


def test_an_agent_message_is_sent_as_a_response(world) -> None:
    assert world.deliver(item()) is Outcome.SENT

    assert world.sender.sent == [
        {
            "recipient": {"id": PSID},
            "messaging_type": "RESPONSE",
            "message": {"text": "Hello there"},
        }
    ]
    assert world.counter.totals["OutboundGraphMessages"] == 1


def test_markdown_becomes_plain_text_and_other_content_types_are_unsupported(world) -> None:
    assert world.deliver(item(content_type=TEXT_MARKDOWN, content="**Hi** there")) is (Outcome.SENT)
    assert world.sender.texts == ["Hi there"]
    assert world.deliver(item(item_id="i2", content_type="application/json")) is (
        Outcome.UNSUPPORTED_CONTENT
    )
    assert world.deliver(item(item_id="i3", content="  \n ")) is Outcome.NOTHING_TO_SEND


def test_a_long_message_is_split_and_each_part_sent_once_in_order(world) -> None:
    words = [f"w{n:05d}" for n in range(700)]

    world.deliver(item(content=" ".join(words)))

    assert len(world.sender.texts) == 3
    assert " ".join(world.sender.texts).split() == words
    assert sorted(world.once.done) == ["item-1#0", "item-1#1", "item-1#2"]


# --- the window and the tag --------------------------------------------------------------


def test_outside_24_hours_without_the_tag_nothing_is_sent(world) -> None:
    world.sessions.sessions = {CONTACT: session(wrote_ago=25 * HOUR)}

    assert world.deliver(item()) is Outcome.OUTSIDE_WINDOW
    assert world.sender.sent == []


def test_the_human_agent_tag_is_for_people_only_and_up_to_7_days(world) -> None:
    world.sessions.sessions = {CONTACT: session(wrote_ago=3 * 24 * HOUR)}
    policy = OutboundPolicy(human_agent_tag_enabled=True)

    assert world.deliver(item(), policy) is Outcome.SENT
    assert world.sender.sent[-1]["tag"] == "HUMAN_AGENT"
    assert world.sender.sent[-1]["messaging_type"] == "MESSAGE_TAG"
    for n, role in enumerate(["SYSTEM", "CUSTOM_BOT"]):
        bot = item(item_id=f"bot-{n}", participant_role=role)
        assert world.deliver(bot, policy) is Outcome.OUTSIDE_WINDOW
    world.sessions.sessions = {CONTACT: session(wrote_ago=7 * 24 * HOUR + 1)}
    assert world.deliver(item(item_id="late"), policy) is Outcome.OUTSIDE_WINDOW
    assert len(world.sender.sent) == 1


def test_typing_is_a_sender_action_inside_24_hours_only(world) -> None:
    assert world.deliver(item(ItemKind.TYPING)) is Outcome.TYPING_SENT
    assert world.sender.sent == [{"recipient": {"id": PSID}, "sender_action": "typing_on"}]
    assert world.once.done == {}  # harmless to repeat: not guarded

    world.sessions.sessions = {CONTACT: session(wrote_ago=2 * 24 * HOUR)}
    policy = OutboundPolicy(human_agent_tag_enabled=True)
    assert world.deliver(item(ItemKind.TYPING), policy) is Outcome.OUTSIDE_WINDOW


# --- events --------------------------------------------------------------------------------


def test_participant_notices_are_off_by_default_and_templated_when_on(world) -> None:
    joined = item(ItemKind.PARTICIPANT_JOINED)
    assert world.deliver(joined) is Outcome.IGNORED_EVENT

    policy = OutboundPolicy(participant_notices_enabled=True, joined_notice="Hi, {name} {x}")
    assert world.deliver(joined, policy) is Outcome.SENT
    assert world.sender.texts == ["Hi, Agent Smith {x}"]  # braces other than {name} stay
    nameless = item(ItemKind.PARTICIPANT_LEFT, item_id="left", display_name=" ")
    assert world.deliver(nameless, policy) is Outcome.SENT
    assert world.sender.texts[-1] == "The agent left the chat."


def test_chat_ended_ends_the_session_first_then_says_goodbye_once(world) -> None:
    ended = item(ItemKind.CHAT_ENDED, participant_role=None, visibility=None)

    assert world.deliver(ended) is Outcome.SESSION_ENDED
    assert world.sessions.ended == [("k", CONTACT)]
    assert world.sender.sent == []

    policy = OutboundPolicy(closing_message="Thanks!")
    world.sender.script = [TransientSendError(status=500, code=2)]
    with pytest.raises(TransientSendError):
        world.deliver(ended, policy)
    assert len(world.sessions.ended) == 2  # ended even though the goodbye failed
    assert world.deliver(ended, policy) is Outcome.SESSION_ENDED
    assert world.deliver(ended, policy) is Outcome.DUPLICATE
    assert world.sender.texts == ["Thanks!", "Thanks!"]  # the failed try, then the retry


def test_other_events_are_ignored(world) -> None:
    assert world.deliver(item(ItemKind.OTHER_EVENT)) is Outcome.IGNORED_EVENT
    assert world.sender.sent == []


# --- attachments ---------------------------------------------------------------------------


def attachment(status: str | None = "APPROVED") -> StreamedItem:
    return item(
        ItemKind.ATTACHMENT,
        attachments=(StreamedAttachment("att-1", "image/png", status, "label.png"),),
    )


def test_an_attachment_is_fetched_and_uploaded_never_sent_as_a_link(world) -> None:
    assert world.deliver(attachment()) is Outcome.SENT

    [body] = world.sender.sent
    assert body["message"]["attachment"] == {"type": "image", "payload": {"is_reusable": False}}
    [upload] = world.sender.uploads
    assert (upload.name, upload.mime_type, upload.data) == (
        "image-1.png", "image/png", world.fetcher.data,
    )  # fmt: skip
    assert world.counter.totals["OutboundAttachmentsDelivered"] == 1
    assert world.agent.sent == []


def test_an_instagram_customer_gets_the_checked_file_by_its_signed_link(world) -> None:
    # Instagram's Send API takes media by URL only: the file is still fetched, sniffed and
    # size-checked first, then Meta is given Connect's short-lived link, never an upload.
    world.sessions.sessions = {CONTACT: session(channel="instagram")}

    assert world.deliver(attachment()) is Outcome.SENT

    [body] = world.sender.sent
    assert body["message"]["attachment"] == {
        "type": "image", "payload": {"url": world.links.url, "is_reusable": False},
    }  # fmt: skip
    assert world.sender.uploads == []
    assert world.sender.accesses[0].channel is Channel.INSTAGRAM
    assert world.counter.totals["OutboundAttachmentsDelivered"] == 1


def test_an_attachment_without_a_link_becomes_the_notice(world) -> None:
    world.links.url = None

    assert world.deliver(attachment()) is Outcome.SENT
    assert world.sender.texts == [OutboundPolicy().attachment_notice]
    assert world.counter.totals["OutboundAttachmentNotices"] == 1
    assert world.agent.sent == [agent_notice(AgentFileProblem.UNAVAILABLE)]


def test_a_file_meta_refuses_becomes_the_notice(world) -> None:
    world.sender.script = [permanent(100)]

    assert world.deliver(attachment()) is Outcome.SENT
    assert len(world.sender.sent) == 2
    assert world.sender.texts == [OutboundPolicy().attachment_notice]
    assert world.agent.sent == [agent_notice(AgentFileProblem.REFUSED_BY_META)]


@pytest.mark.parametrize(
    ("fetcher", "problem"),
    [
        (FakeFetcher(problem=DownloadProblem.TOO_LARGE), AgentFileProblem.TOO_LARGE),
        (FakeFetcher(problem=DownloadProblem.NETWORK), AgentFileProblem.NOT_FETCHED),
        (FakeFetcher(data=b"GIF89a" + b"\x00" * 8), AgentFileProblem.UNSUPPORTED),
    ],
)
def test_a_file_that_cannot_go_tells_customer_and_agent(world, fetcher, problem) -> None:
    world.fetcher = fetcher

    assert world.deliver(attachment()) is Outcome.SENT
    assert world.sender.uploads == []
    assert world.sender.texts == [OutboundPolicy().attachment_notice]
    assert world.agent.sent == [agent_notice(problem)]
    assert world.counter.totals[f"OutboundAttachmentsNotDelivered{problem.value}"] == 1


def test_a_rejected_file_is_not_fetched_and_an_empty_notice_sends_nothing(world) -> None:
    outcome = world.deliver(attachment("REJECTED"), OutboundPolicy(attachment_notice=""))

    assert outcome is Outcome.NOTHING_TO_SEND
    assert world.links.asked == []
    assert world.sender.sent == []


# --- failures and exactly once -----------------------------------------------------------


def test_a_permanent_refusal_is_remembered_and_not_retried(world) -> None:
    world.sender.script = [permanent(551)]

    assert world.deliver(item()) is Outcome.PERMANENT_ERROR
    assert world.deliver(item()) is Outcome.DUPLICATE
    assert len(world.sender.sent) == 1
    assert world.once.done["item-1#0"]["permanent_error"] == 551


def test_a_transient_failure_propagates_and_the_retry_resumes_at_the_failed_part(world) -> None:
    words = [f"w{n:05d}" for n in range(700)]
    long = item(content=" ".join(words))
    world.sender.script = [None, TransientSendError(status=500, code=2)]  # part 2 fails

    with pytest.raises(TransientSendError):
        world.deliver(long)
    assert world.deliver(long) is Outcome.SENT  # Lambda's retry
    assert world.deliver(long) is Outcome.DUPLICATE  # a late SNS redelivery

    first, failed, *rest = world.sender.texts
    assert failed == rest[0]  # part 2 tried again, part 1 not
    assert " ".join([first, *rest]).split() == words
    assert world.counter.totals["OutboundDuplicatesSuppressed"] == 4  # part 1, then all 3


# --- channels --------------------------------------------------------------------------------


def test_an_instagram_session_is_answered_with_instagram_access_and_byte_limits(world) -> None:
    # The same account id on both channels: only the session's channel decides.
    world.sessions.sessions = {CONTACT: session(channel="instagram")}
    text = " ".join(["ünïcödé"] * 300)  # 3,599 UTF-8 bytes, 2,399 characters

    assert world.deliver(item(content=text)) is Outcome.SENT

    assert {access.channel for access in world.sender.accesses} == {Channel.INSTAGRAM}
    assert {access.access_token for access in world.sender.accesses} == {f"ig-token-{PAGE}"}
    assert len(world.sender.texts) == 4
    assert all(len(part.encode()) <= 999 for part in world.sender.texts)


def test_a_messenger_session_never_gets_instagram_access(world) -> None:
    assert world.deliver(item()) is Outcome.SENT
    assert [a.channel for a in world.sender.accesses] == [Channel.MESSENGER]
    assert world.sender.accesses[0].access_token == f"page-token-{PAGE}"


@pytest.mark.parametrize("channel", ["messenger", "instagram"])
def test_access_for_another_channel_is_refused_before_anything_is_sent(world, channel) -> None:
    world.sessions.sessions = {CONTACT: session(channel=channel)}
    wrong = Channel.INSTAGRAM if channel == "messenger" else Channel.MESSENGER
    relay = OutboundRelay(
        sessions=world.sessions,
        sender=world.sender,
        page_access=lambda _channel, account: account_access(wrong, account),
        attachment_links=world.links,
        file_fetcher=world.fetcher,
        agent_notices=world.agent,
        once=world.once,
        policy=OutboundPolicy(),
        counter=world.counter,
        now=lambda: NOW,
    )

    with pytest.raises(ValueError, match="channel"):
        relay.deliver(item(), deadline=NOW + 30)
    assert world.sender.sent == []
