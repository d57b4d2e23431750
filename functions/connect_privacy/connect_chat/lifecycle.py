"""A customer's chat in Amazon Connect: find it, start it, keep its token fresh, send into it.

Exactly once, under retries: every Connect call that creates something carries a
``ClientToken`` derived from the Messenger ``mid`` (UUIDv5), so a Lambda retry or an SQS
redelivery of the same message reuses the chat, the stream and each sent part instead of
making new ones. Only one chat per customer: starting one first claims the session item
with a conditional write; a message that loses the claim raises :class:`ChatBusy` and is
retried by SQS, by which time the winner's chat is ACTIVE.

A chat that ended (the Participant service answers AccessDenied) is marked ENDED, a new
chat is started and the message is sent once more, into the new chat.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from connect_privacy.connect_chat.gateway import (
    AttachmentRefused,
    ChatEnded,
    ChatFile,
    Connection,
    StartedChat,
)
from connect_privacy.connect_chat.sessions import ChatSession, SessionStatus, session_key
from connect_privacy.telemetry import Counter

# Fixed namespace: the same mid must give the same tokens in every deployment and retry.
_TOKEN_NAMESPACE = uuid.UUID("6f0b6a52-7c53-4f0e-9a57-6b1d0f6c2b11")


class ChatBusy(Exception):
    """Another message is starting this customer's chat right now; retry shortly."""


class ChatUnavailable(Exception):
    """A freshly started chat refused the message too; retry later."""


@dataclass(frozen=True)
class ChatSettings:
    instance_id: str
    contact_flow_id: str
    streaming_topic_arn: str
    chat_duration_minutes: int
    display_name: str
    # Longer than the three Connect calls that follow a claim; short enough that a crashed
    # winner does not keep the customer waiting long.
    claim_ttl_seconds: int = 120
    # ConnectionTokens live one day; renew when less than this remains.
    refresh_margin_seconds: int = 3600


@dataclass(frozen=True)
class Customer:
    channel: str
    page_id: str
    psid: str

    @property
    def key(self) -> str:
        return session_key(self.channel, self.page_id, self.psid)

    def __repr__(self) -> str:
        return f"Customer(channel={self.channel}, page_id={self.page_id})"


@dataclass(frozen=True)
class ChatDelivery:
    """What one message's delivery into Connect did: ids and counts, no text."""

    contact_id: str
    parts: int
    new_chat: bool


class ChatSessions(Protocol):
    """The sessions table as the chat lifecycle uses it (``SessionStore`` in production)."""

    def get(self, key: str) -> ChatSession | None: ...

    def claim(
        self,
        key: str,
        *,
        channel: str,
        page_id: str,
        psid: str,
        claim_id: str,
        now: int,
        ttl_seconds: int,
    ) -> bool: ...

    def activate(self, key: str, claim_id: str, session: ChatSession) -> ChatSession: ...

    def end(self, key: str, contact_id: str) -> bool: ...

    def replace_connection(
        self, key: str, contact_id: str, connection_token: str, connection_expires_at: int
    ) -> bool: ...

    def record_customer_message(self, key: str, contact_id: str, at: int) -> bool: ...


class ChatGateway(Protocol):
    """Connect and Connect Participant as the lifecycle calls them (``ConnectGateway``)."""

    def start_chat(
        self,
        *,
        instance_id: str,
        contact_flow_id: str,
        display_name: str,
        attributes: Mapping[str, str],
        duration_minutes: int,
        client_token: str,
    ) -> StartedChat: ...

    def start_streaming(
        self, *, instance_id: str, contact_id: str, topic_arn: str, client_token: str
    ) -> str: ...

    def connect_participant(self, participant_token: str, *, first: bool) -> Connection: ...

    def send_text(self, connection_token: str, content: str, client_token: str) -> str: ...

    def send_file(self, connection_token: str, file: ChatFile, client_token: str) -> str: ...


# What the agent reads when Connect refuses a file the relay had accepted.
FILE_REFUSED_NOTICE = "[file not delivered: the chat did not accept it]"


def client_token(*parts: str) -> str:
    """A Connect ClientToken (36 characters) derived from the message and purpose."""
    return str(uuid.uuid5(_TOKEN_NAMESPACE, "\x1f".join(parts)))


def contact_attributes(customer: Customer) -> dict[str, str]:
    """What a contact flow can route on: the channel and the business account, never the
    customer's PSID/IGSID. ``AccountId`` is the Page id or the Instagram account id;
    ``PageId`` stays for Messenger flows written before Instagram existed."""
    attributes = {"Channel": customer.channel, "AccountId": customer.page_id}
    if customer.channel == "messenger":
        attributes["PageId"] = customer.page_id
    return attributes


class ConnectChats:
    """The Connect side of the relay: each customer's chat, started, kept alive, sent into."""

    def __init__(
        self,
        store: ChatSessions,
        gateway: ChatGateway,
        settings: ChatSettings,
        *,
        clock: Callable[[], float],
        counter: Counter,
    ) -> None:
        self._store = store
        self._gateway = gateway
        self._settings = settings
        self._clock = clock
        self._counter = counter

    def deliver(
        self,
        customer: Customer,
        mid: str,
        parts: Sequence[str],
        files: Sequence[ChatFile] = (),
    ) -> ChatDelivery:
        """Send ``parts`` (already redacted, each within Connect's limit), then ``files``
        (already screened), in order."""
        now = self._now()
        session = self._store.get(customer.key)
        new_chat = session is None or not session.is_live(now)
        if session is None or new_chat:
            session = self._start(customer, mid, ended=session)
        try:
            self._send_all(session, mid, parts, files)
        except ChatEnded:
            self._counter.count("ChatEndedRestarts")
            self._store.end(customer.key, session.contact_id)
            session = self._start(customer, mid, ended=replace(session, status=SessionStatus.ENDED))
            new_chat = True
            try:
                self._send_all(session, mid, parts, files)
            except ChatEnded:
                raise ChatUnavailable("a new chat refused the message") from None
        self._store.record_customer_message(customer.key, session.contact_id, self._now())
        return ChatDelivery(contact_id=session.contact_id, parts=len(parts), new_chat=new_chat)

    def _start(self, customer: Customer, mid: str, ended: ChatSession | None) -> ChatSession:
        now = self._now()
        claim_id = client_token("claim", customer.channel, mid)
        claimed = self._store.claim(
            customer.key,
            channel=customer.channel,
            page_id=customer.page_id,
            psid=customer.psid,
            claim_id=claim_id,
            now=now,
            ttl_seconds=self._settings.claim_ttl_seconds,
        )
        if not claimed:
            self._counter.count("ChatStartContended")
            raise ChatBusy("another message holds this customer's chat claim")
        started = self._start_chat(customer, client_token("start", customer.channel, mid))
        if ended is not None and started.contact_id == ended.contact_id:
            # This very message had started the chat that just ended (Connect replays a
            # ClientToken's contact); a second token opens the replacement.
            started = self._start_chat(customer, client_token("restart", customer.channel, mid))
        self._gateway.start_streaming(
            instance_id=self._settings.instance_id,
            contact_id=started.contact_id,
            topic_arn=self._settings.streaming_topic_arn,
            client_token=client_token("stream", started.contact_id),
        )
        connection = self._gateway.connect_participant(started.participant_token, first=True)
        session = ChatSession(
            key=customer.key,
            channel=customer.channel,
            page_id=customer.page_id,
            psid=customer.psid,
            status=SessionStatus.ACTIVE,
            contact_id=started.contact_id,
            participant_id=started.participant_id,
            participant_token=started.participant_token,
            connection_token=connection.token,
            connection_expires_at=connection.expires_at,
            started_at=now,
            last_customer_message_at=now,
            expires_at=now + self._settings.chat_duration_minutes * 60,
        )
        self._counter.count("ChatsStarted")
        return self._store.activate(customer.key, claim_id, session)

    def _start_chat(self, customer: Customer, token: str) -> StartedChat:
        return self._gateway.start_chat(
            instance_id=self._settings.instance_id,
            contact_flow_id=self._settings.contact_flow_id,
            display_name=self._settings.display_name,
            attributes=contact_attributes(customer),
            duration_minutes=self._settings.chat_duration_minutes,
            client_token=token,
        )

    def _send_all(
        self, session: ChatSession, mid: str, parts: Sequence[str], files: Sequence[ChatFile]
    ) -> None:
        session = self._fresh(session)
        for index, part in enumerate(parts):
            token = client_token("send", session.contact_id, mid, str(index))
            self._gateway.send_text(session.connection_token, part, token)
        for index, file in enumerate(files):
            token = client_token("file", session.contact_id, mid, str(index))
            try:
                self._gateway.send_file(session.connection_token, file, token)
            except AttachmentRefused:
                self._counter.count("AttachmentsRefusedByConnect")
                notice_token = client_token("file-refused", session.contact_id, mid, str(index))
                self._gateway.send_text(session.connection_token, FILE_REFUSED_NOTICE,
                                        notice_token)  # fmt: skip
            else:
                self._counter.count("AttachmentsUploaded")

    def _fresh(self, session: ChatSession) -> ChatSession:
        """The session with a ConnectionToken that will outlive this delivery."""
        if session.connection_expires_at - self._now() > self._settings.refresh_margin_seconds:
            return session
        connection = self._gateway.connect_participant(session.participant_token, first=False)
        self._store.replace_connection(
            session.key, session.contact_id, connection.token, connection.expires_at
        )
        self._counter.count("ConnectionTokensRefreshed")
        return replace(
            session,
            connection_token=connection.token,
            connection_expires_at=connection.expires_at,
        )

    def _now(self) -> int:
        return int(self._clock())
