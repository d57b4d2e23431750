"""Agent to customer: one streamed Connect chat item, delivered on Messenger at most once.

Decisions, in order: is the item for the customer (AWS's visibility/role rule); which
Messenger conversation is it (sessions table, by the chat's initial ContactId; unknown
contacts are counted and dropped); may the page write now (24-hour window, or the
HUMAN_AGENT tag up to 7 days when enabled, for a person's messages only: Meta forbids it for
automated ones; otherwise counted and dropped); then what to send.

Exactly-once towards the customer, given SNS's at-least-once delivery: every Graph call that
puts something in front of the customer runs under ``once(key)``, keyed on the Connect item
``Id`` *and the part number*. A long message split in three is three keys, so when part 2
fails after part 1 went out, the retry skips part 1 and resumes at part 2: the customer sees
each part once and in order. A single key for the whole message would either resend part 1
on retry or, if marked done early, lose parts 2 and 3. The one remaining window is a crash
between Meta accepting a part and its key being marked done; Powertools then lets the retry
through once the in-progress record expires, and that part can appear twice. Meta's Send API
has no idempotency key to close that gap.

Failures: a transient Graph or AWS error propagates (after the client's own retries) so
Lambda's asynchronous retries and the on-failure destination take over; its ``once`` record is
released so the retry really retries. Permanent Graph errors (outside window, person
unavailable, bad token, bad parameter) are logged with their code, counted, and remembered as
done: retrying cannot help, and the rest of that item is not attempted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from connect_privacy.attachments.agent_files import (
    AGENT_DOWNLOAD,
    AgentFile,
    AgentFileProblem,
    agent_file,
    agent_notice,
)
from connect_privacy.attachments.download import DownloadLimits, DownloadProblem, DownloadRefused
from connect_privacy.connect_chat.lifecycle import client_token
from connect_privacy.connect_chat.sessions import ChatSession
from connect_privacy.connect_chat.streaming import (
    TEXT_MARKDOWN,
    TEXT_PLAIN,
    ItemKind,
    StreamedAttachment,
    StreamedItem,
)
from connect_privacy.messenger.markdown import markdown_to_text
from connect_privacy.messenger.messages import (
    HUMAN_AGENT_WINDOW_SECONDS,
    MessagingMode,
    SenderAction,
    attachment_message,
    messaging_mode_for,
    sender_action,
    split_text_for,
    text_message,
    upload_message,
)
from connect_privacy.messenger.send_api import (
    FileUpload,
    PageAccess,
    PermanentSendError,
    SendResult,
)
from connect_privacy.messenger.webhook_events import Channel
from connect_privacy.pseudonym import pseudonymize
from connect_privacy.telemetry import Counter

if TYPE_CHECKING:  # the redaction engine is imported only where the relay reads questions
    from connect_privacy.redaction.agent_question import Asking
    from connect_privacy.redaction.continuation import PendingNumber

logger = logging.getLogger(__name__)

NAME_PLACEHOLDER = "{name}"
# How long a sent part is remembered. Past Messenger's longest window (7 days, HUMAN_AGENT)
# every send fails anyway, so a record older than that protects nothing; until then it
# covers SNS redelivery, Lambda's asynchronous retries and a redrive from the DLQ.
PART_RECORD_TTL_SECONDS = HUMAN_AGENT_WINDOW_SECONDS
# Roles of people; SYSTEM (contact flows) and CUSTOM_BOT messages are automated.
HUMAN_ROLES = frozenset({"AGENT", "SUPERVISOR"})


class Sessions(Protocol):
    def find_by_contact_id(self, contact_id: str) -> ChatSession | None: ...

    def end(self, key: str, contact_id: str) -> bool: ...

    def await_answer(
        self, key: str, contact_id: str, marker: Mapping[str, str | int | float]
    ) -> bool: ...

    def last_asked(self, key: str) -> Mapping[str, str] | None: ...

    def forget_last_asked(self, key: str, contact_id: str) -> bool: ...


class AskedValue(Protocol):
    """``redaction.agent_question``: what a message asks for (``read_asking``), and the
    marker it leaves (``awaited``: the value it names, or the one last asked for anew)."""

    def read_asking(self, text: str, now: float) -> Asking: ...

    def awaited(
        self, asking: Asking, last_asked: Callable[[], Mapping[str, str] | None], now: float
    ) -> PendingNumber | None: ...


class MessageSender(Protocol):
    def send(
        self,
        access: PageAccess,
        body: dict[str, Any],
        *,
        deadline: float,
        upload: FileUpload | None = None,
    ) -> SendResult: ...


class FileFetcher(Protocol):
    def fetch(self, url: str, limits: DownloadLimits) -> bytes: ...


class AgentNotices(Protocol):
    """Posts a line into the chat for the agent (``ConnectGateway.send_text``)."""

    def send_text(self, connection_token: str, content: str, client_token: str) -> str: ...


class AttachmentLinks(Protocol):
    def download_url(self, attachment_id: str, connection_token: str) -> str | None:
        """A short-lived URL for the file, or None when Connect will not serve it."""
        ...


class Once(Protocol):
    def __call__(self, key: str, action: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """Run ``action`` unless ``key`` completed before; return its (stored) result.

        If ``action`` raises, the key is released so a retry runs it again.
        """
        ...


@dataclass(frozen=True)
class OutboundPolicy:
    """What the relay says on its own behalf; an empty text means "say nothing"."""

    human_agent_tag_enabled: bool = False
    participant_notices_enabled: bool = False
    joined_notice: str = "{name} joined the chat."
    left_notice: str = "{name} left the chat."
    closing_message: str = ""
    attachment_notice: str = "The agent shared a file that can't be shown here."


class Outcome(StrEnum):
    """What became of one item; also the suffix of the metric counted for it."""

    SENT = "Sent"
    TYPING_SENT = "TypingSent"
    SESSION_ENDED = "SessionEnded"
    NOT_FOR_CUSTOMER = "NotForCustomer"
    UNKNOWN_CONTACT = "UnknownContact"
    OUTSIDE_WINDOW = "OutsideWindow"
    PERMANENT_ERROR = "PermanentError"
    UNSUPPORTED_CONTENT = "UnsupportedContent"
    IGNORED_EVENT = "IgnoredEvent"
    NOTHING_TO_SEND = "NothingToSend"
    DUPLICATE = "Duplicate"


@dataclass(frozen=True)
class Step:
    """One customer-visible Graph call, run at most once under ``key``."""

    key: str
    what: str  # for logs: "text part 1", "attachment 0"
    action: Callable[[], dict[str, Any]]


class OutboundRelay:
    """Delivers streamed chat items; every collaborator is passed in (see the handler)."""

    def __init__(
        self,
        *,
        sessions: Sessions,
        sender: MessageSender,
        page_access: Callable[[Channel, str], PageAccess],
        attachment_links: AttachmentLinks,
        file_fetcher: FileFetcher,
        agent_notices: AgentNotices,
        once: Once,
        policy: OutboundPolicy,
        counter: Counter,
        asked_value: AskedValue | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._sessions = sessions
        self._asked_value = asked_value
        self._sender = sender
        self._page_access = page_access
        self._links = attachment_links
        self._fetcher = file_fetcher
        self._agent_notices = agent_notices
        self._once = once
        self._policy = policy
        self._counter = counter
        self._now = now

    def deliver(self, item: StreamedItem, *, deadline: float) -> Outcome:
        """Deliver ``item``; ``deadline`` is the sender's clock time to stop retrying by."""
        outcome = self._deliver(item, deadline)
        self._counter.count(f"Outbound{outcome.value}")
        logger.info(
            "Outbound chat item handled",
            extra={
                "outcome": outcome.value,
                "item_id": item.item_id,
                "contact_id": item.initial_contact_id,
                "item_kind": item.kind.value,
                "content_type": item.content_type,
                "participant_role": item.participant_role,
            },
        )
        return outcome

    def _deliver(self, item: StreamedItem, deadline: float) -> Outcome:
        if not item.for_customer:
            return Outcome.NOT_FOR_CUSTOMER
        session = self._find_session(item)
        if session is None:
            return Outcome.UNKNOWN_CONTACT

        if item.kind is ItemKind.CHAT_ENDED:
            # First the session: the customer's next message must open a new chat even if
            # the closing message below fails and is retried.
            self._sessions.end(session.key, session.contact_id)
            if not self._policy.closing_message:
                return Outcome.SESSION_ENDED
            outcome = self._send_text(
                item, session, self._policy.closing_message, deadline, automated=True
            )
            return Outcome.SESSION_ENDED if outcome is Outcome.SENT else outcome

        if item.kind is ItemKind.TYPING:
            return self._send_typing(session, deadline)
        if item.kind in {ItemKind.PARTICIPANT_JOINED, ItemKind.PARTICIPANT_LEFT}:
            notice = self._participant_notice(item)
            if not notice:
                return Outcome.IGNORED_EVENT
            return self._send_text(item, session, notice, deadline, automated=True)
        if item.kind is ItemKind.ATTACHMENT:
            return self._send_attachments(item, session, deadline)
        if item.kind is ItemKind.MESSAGE:
            text = _message_text(item)
            if text is None:
                return Outcome.UNSUPPORTED_CONTENT
            if not text.strip():
                return Outcome.NOTHING_TO_SEND
            automated = item.participant_role not in HUMAN_ROLES
            self._await_answer(item, session, text)
            return self._send_text(item, session, text, deadline, automated=automated)
        return Outcome.IGNORED_EVENT

    def _await_answer(self, item: StreamedItem, session: ChatSession, text: str) -> None:
        """When ``text`` asks the customer for a value ("what number should we call you
        on?"), mark it awaited on their session, so that the answer ("ya its 0151") is masked
        as that value (``redaction.agent_question``); when it asks for the value again without
        naming it ("could you resend it?"), await the value last asked for anew. Stored before
        the message is sent, so it is there before any answer can be, and once per item: a
        redelivered question does not wake a marker the answer has since used. The markers
        hold the kind and counts."""
        asked = self._asked_value
        if asked is None:
            return
        now = self._now()
        asking = asked.read_asking(text, now)
        if not asking.request:  # a named value or a request again is a request too
            return

        def store() -> dict[str, Any]:
            marker = asked.awaited(asking, lambda: self._sessions.last_asked(session.key), now)
            if marker is not None and asking.marker is None:
                self._counter.count("AgentQuestionsAskedAgain")
            if marker is None:
                # Asked for something else: a later "send it again" is not about the last value.
                return {"forgot": self._sessions.forget_last_asked(session.key, session.contact_id)}
            stored = self._sessions.await_answer(session.key, session.contact_id, marker.to_item())
            if stored:
                self._counter.count("AgentQuestionsAwaitingAnswer")
            return {"stored": stored}

        self._run_once(f"{item.item_id}#asked", store)

    def _find_session(self, item: StreamedItem) -> ChatSession | None:
        # Sessions are stored under the chat's initial ContactId; after a transfer the
        # item's ContactId differs, the InitialContactId does not.
        session = self._sessions.find_by_contact_id(item.initial_contact_id)
        if session is None and item.contact_id != item.initial_contact_id:
            session = self._sessions.find_by_contact_id(item.contact_id)
        return session

    def _access(self, session: ChatSession) -> PageAccess:
        """The token and endpoint of the session's own channel and account."""
        channel = Channel(session.channel)
        access = self._page_access(channel, session.page_id)
        if access.channel is not channel or access.page_id != session.page_id:
            # A wiring mistake must not send a reply through another account or endpoint.
            raise ValueError("the access does not belong to the session's channel and account")
        return access

    def _mode(self, session: ChatSession, *, automated: bool = False) -> MessagingMode | None:
        # Meta's HUMAN_AGENT tag is for a person's replies only: "automated messages are
        # not allowed" with it, so bots, flows and the relay's own notices keep to 24 hours.
        # Instagram has the same 24-hour window ("Your app has 24 hours to respond") and the
        # same HUMAN_AGENT tag, up to 7 days, as its only tag. Send API reference:
        # https://developers.facebook.com/docs/messenger-platform/reference/send-api
        # https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api
        return messaging_mode_for(
            session.last_customer_message_at,
            self._now(),
            human_agent_tag=self._policy.human_agent_tag_enabled and not automated,
        )

    def _send_typing(self, session: ChatSession, deadline: float) -> Outcome:
        # A typing indicator is harmless to repeat, so it skips the idempotency store; and
        # no message tag covers sender actions, so only inside the 24-hour window. Instagram
        # supports typing_on too, sent alone with the recipient:
        # https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api/sender-actions
        mode = self._mode(session)
        if mode is None or mode.tag is not None:
            return Outcome.OUTSIDE_WINDOW
        access = self._access(session)
        body = sender_action(session.psid, SenderAction.TYPING_ON)
        try:
            self._sender.send(access, body, deadline=deadline)
        except PermanentSendError as error:
            _log_refusal(_refusal(error), session, "typing")
            return Outcome.PERMANENT_ERROR
        return Outcome.TYPING_SENT

    def _send_text(
        self,
        item: StreamedItem,
        session: ChatSession,
        text: str,
        deadline: float,
        *,
        automated: bool,
    ) -> Outcome:
        mode = self._mode(session, automated=automated)
        if mode is None:
            return Outcome.OUTSIDE_WINDOW
        access = self._access(session)
        steps = [
            Step(
                key=f"{item.item_id}#{index}",
                what=f"text part {index}",
                action=partial(
                    self._post, access, text_message(session.psid, part, mode), deadline
                ),
            )
            for index, part in enumerate(split_text_for(access.channel, text))
        ]
        return self._run_steps(steps, session)

    def _send_attachments(
        self, item: StreamedItem, session: ChatSession, deadline: float
    ) -> Outcome:
        mode = self._mode(session, automated=item.participant_role not in HUMAN_ROLES)
        if mode is None:
            return Outcome.OUTSIDE_WINDOW
        access = self._access(session)
        steps = [
            Step(
                key=f"{item.item_id}#attachment-{index}",
                what=f"attachment {index}",
                action=partial(
                    self._post_attachment,
                    access,
                    session,
                    attachment,
                    mode,
                    deadline,
                    f"{item.item_id}#{index}",
                    index,
                ),
            )
            for index, attachment in enumerate(item.attachments)
        ]
        return self._run_steps(steps, session)

    def _post_attachment(
        self,
        access: PageAccess,
        session: ChatSession,
        attachment: StreamedAttachment,
        mode: MessagingMode,
        deadline: float,
        key: str,
        index: int,
    ) -> dict[str, Any]:
        # Fetched inside the once-guarded action: a retry gets a fresh pre-signed URL.
        url = (
            self._links.download_url(attachment.attachment_id, session.connection_token)
            if attachment.downloadable
            else None
        )
        delivered = (
            self._deliver_file(access, session, attachment, url, mode, deadline, index)
            if url
            else AgentFileProblem.UNAVAILABLE
        )
        if not isinstance(delivered, AgentFileProblem):
            return delivered
        problem = delivered
        self._counter.count(f"OutboundAttachmentsNotDelivered{problem.value}")
        logger.warning("Agent file not delivered", extra={"problem": problem.value})
        if attachment.downloadable:  # a REJECTED file was Connect's own decision, shown there
            self._tell_agent(session, problem, key)
        notice = self._policy.attachment_notice
        if not notice:
            return {"skipped": "attachment_unavailable"}
        self._counter.count("OutboundAttachmentNotices")
        return self._post(access, text_message(session.psid, notice, mode), deadline)

    def _agent_file(self, url: str, content_type: str, index: int) -> AgentFile | AgentFileProblem:
        """The agent's file read from Connect's link, its type sniffed and size checked."""
        try:
            data = self._fetcher.fetch(url, AGENT_DOWNLOAD)
        except DownloadRefused as refused:
            if refused.problem is DownloadProblem.TOO_LARGE:
                return AgentFileProblem.TOO_LARGE
            return AgentFileProblem.NOT_FETCHED
        return agent_file(data, content_type, index)

    def _deliver_file(
        self,
        access: PageAccess,
        session: ChatSession,
        attachment: StreamedAttachment,
        url: str,
        mode: MessagingMode,
        deadline: float,
        index: int,
    ) -> dict[str, Any] | AgentFileProblem:
        """Meta's answer for the delivered file, or why it did not reach the customer."""
        file = self._agent_file(url, attachment.content_type, index)
        if isinstance(file, AgentFileProblem):
            return file
        if access.channel is Channel.INSTAGRAM:
            # Instagram's Send API takes media by URL only (payload.url: image up to 8 MB,
            # audio/video up to 25 MB; Instagram API with Instagram Login, messaging-api
            # page): Meta fetches Connect's short-lived signed link, checked for its type and
            # size by ``_agent_file``.
            body = attachment_message(session.psid, file.kind, url, mode)
            result = self._post(access, body, deadline)
        else:
            body = upload_message(session.psid, file.kind, mode)
            result = self._post(access, body, deadline, upload=file.upload)
        if "permanent_error" in result:
            # Meta could not take the file (too large, type refused): say so instead.
            _log_refusal(result, session, "attachment file")
            return AgentFileProblem.REFUSED_BY_META
        self._counter.count("OutboundAttachmentsDelivered")
        return result

    def _tell_agent(self, session: ChatSession, problem: AgentFileProblem, key: str) -> None:
        """A line in the chat saying the file did not arrive; best effort (the chat may be
        over), and idempotent on Connect's side through the ClientToken."""
        try:
            self._agent_notices.send_text(
                session.connection_token, agent_notice(problem), client_token("agent-file", key)
            )
        except Exception as error:
            self._counter.count("OutboundAgentNoticeFailures")
            logger.warning("Agent notice not posted", extra={"error": type(error).__name__})

    def _participant_notice(self, item: StreamedItem) -> str:
        if not self._policy.participant_notices_enabled:
            return ""
        template = (
            self._policy.joined_notice
            if item.kind is ItemKind.PARTICIPANT_JOINED
            else self._policy.left_notice
        )
        # str.replace, not str.format: an operator's braces must not become a format error.
        return template.replace(NAME_PLACEHOLDER, item.display_name.strip() or "The agent")

    def _run_steps(self, steps: list[Step], session: ChatSession) -> Outcome:
        """Run each step once, in order; stop at the first permanent refusal."""
        fresh_any = sent_any = False
        for step in steps:
            result, fresh = self._run_once(step.key, step.action)
            fresh_any = fresh_any or fresh
            if "permanent_error" in result:
                if not fresh:  # refused, logged and counted on an earlier delivery
                    return Outcome.DUPLICATE
                _log_refusal(result, session, step.what)
                return Outcome.PERMANENT_ERROR
            sent_any = sent_any or "message_id" in result
        if steps and not fresh_any:
            return Outcome.DUPLICATE
        return Outcome.SENT if sent_any else Outcome.NOTHING_TO_SEND

    def _run_once(
        self, key: str, action: Callable[[], dict[str, Any]]
    ) -> tuple[dict[str, Any], bool]:
        """The action's result and whether it ran now (False: replayed from the store)."""
        ran = False

        def tracked() -> dict[str, Any]:
            nonlocal ran
            ran = True
            return action()

        result = self._once(key, tracked)
        if not ran:
            self._counter.count("OutboundDuplicatesSuppressed")
        return result, ran

    def _post(
        self,
        access: PageAccess,
        body: dict[str, Any],
        deadline: float,
        upload: FileUpload | None = None,
    ) -> dict[str, Any]:
        """One Graph call; a permanent error becomes a stored result, transient ones raise."""
        try:
            if upload is None:
                result = self._sender.send(access, body, deadline=deadline)
            else:
                result = self._sender.send(access, body, deadline=deadline, upload=upload)
        except PermanentSendError as error:
            return _refusal(error)
        self._counter.count("OutboundGraphMessages")
        # Only Meta's message id is stored: its response also names the recipient (a PSID).
        return {"message_id": result.message_id}


def _message_text(item: StreamedItem) -> str | None:
    if item.content_type == TEXT_PLAIN:
        return item.content
    if item.content_type == TEXT_MARKDOWN:
        return markdown_to_text(item.content)
    return None


def _log_refusal(result: dict[str, Any], session: ChatSession, what: str) -> None:
    logger.warning(
        "Send API refused the message; not retried",
        extra={
            "what": what,
            "graph_code": result.get("permanent_error"),
            "graph_subcode": result.get("subcode"),
            "graph_status": result.get("status"),
            "fbtrace_id": result.get("fbtrace_id"),
            "contact_id": session.contact_id,
            "recipient": pseudonymize(session.psid),
        },
    )


def _refusal(error: PermanentSendError) -> dict[str, Any]:
    """A permanent error as the stored result of its part: codes only, like the exception."""
    return {
        "permanent_error": error.code,
        "subcode": error.subcode,
        "status": error.status,
        "fbtrace_id": error.fbtrace_id,
    }
