"""The scripted conversation, run against the real handlers, recorded as a transcript.

Every step acts only at the system's edges, as the outside world would: the customer (Meta
posting a signed webhook), the agent (the Connect simulator streaming to SNS), Contact Lens
(files in the instance bucket). What each side then saw is read back from the same edges:
the agent's view from what the Participant API accepted, the customer's from the Graph API
simulator's inbox. A step whose outcome is wrong raises :class:`StepFailed` naming it.
"""

from __future__ import annotations

import io
import json
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PIL import Image as PILImage

from demo.contact_lens import AnalysisFiles, analysis_files
from demo.events import (
    http_api_event,
    meta_attachment_notification,
    meta_signature,
    meta_text_notification,
)
from demo.graph_sim import FACEBOOK, INSTAGRAM
from demo.harness import (
    APP_SECRET,
    DEMO_SETTINGS,
    IG_ACCOUNT_ID,
    PAGE_ID,
    VERIFY_TOKEN,
    Harness,
    running,
)
from demo.sources import DeliveryFailed
from tests.support.files import card_image, detect_text_response, encoded

PSID = "6901234567890123"
# The Instagram customer's Instagram-scoped id (IGSID) for the demo's Instagram account.
IGSID = "1234567890123456"
AGENT_NAME = "Alex"
WEBHOOK_PATH = "/webhook/messenger"
MAX_SETTLE_ROUNDS = 40
CARD = "4111 1111 1111 1111"
SSN = "536-22-1984"
EMAIL = "jane.doe@example.com"
MEMBER_ID = "MBR-12345678"
SECOND_CARD = "5500 0000 0000 0004"
# The agent's own message carries a member id: the relay does not redact agents, Contact
# Lens does not know the operator's pattern, the publish function does.
AGENT_MEMBER_ID = "MBR-87654321"
LONG_CARD = "4000 0566 5566 5556"
# A phone given in two bare parts, as the answer to the agent's question: only the question
# says what the digits are (the outbound relay reads it, ``redaction.agent_question``).
PHONE_START, PHONE_REST = "0151", "28128295"
# An order number given bare after the agent asked for it: without the question its four
# digits would be taken for a PIN.
ORDER_NUMBER = "3811"
IG_CARD = "4012 8888 8888 1881"


def long_message() -> str:
    """Over 1,024 characters, with a card number past the first part's boundary."""
    story = (
        "Let me explain what happened from the start, because it has been a long week. "
        "I ordered the blue jacket on Monday and the parcel arrived on Wednesday, but the "
        "size was wrong, so I sent it back with the prepaid label from your website. "
    )
    middle = (
        "The courier scanned it on Thursday and your tracking page says it was delivered to "
        "the returns centre on Friday morning. Since then nothing has happened and nobody "
        "answered my two emails. "
    )
    ending = (
        f"The refund should go back to the card I paid with, {LONG_CARD}, and not to store "
        "credit. Please check it and tell me when the money will be back on my account."
    )
    text = story * 3 + middle * 2 + ending
    assert len(text) > 1024
    return text


@dataclass
class Turn:
    direction: str  # "inbound" (the customer wrote) or "outbound" (the agent side acted)
    customer_text: str | None
    agent_text: str | None
    customer_received: list[str]


@dataclass
class Transcript:
    turns: list[Turn] = field(default_factory=list)
    vault: dict[str, list[str]] = field(default_factory=lambda: {"moved": [], "left_in_source": []})

    def as_json(self) -> dict[str, Any]:
        return {"turns": [asdict(turn) for turn in self.turns], "vault": self.vault}

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_json(), indent=2, ensure_ascii=False) + "\n")


class StepFailed(Exception):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"step '{step}' failed: {reason}")
        self.step = step
        self.reason = reason


class Reporter(Protocol):
    def step(self, number: int, total: int, name: str) -> None: ...

    def note(self, text: str) -> None: ...

    def turn(self, turn: Turn) -> None: ...

    def done(self, name: str, seconds: float) -> None: ...


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[], None]


class Conversation:
    """The scenario's actions and the checks that make each one pass or fail."""

    def __init__(self, harness: Harness, reporter: Reporter) -> None:
        self.h = harness
        self.reporter = reporter
        self.transcript = Transcript()
        self.step_name = ""
        self._agent_seen = 0
        self._customer_seen = 0
        self.contacts: list[str] = []
        self.instagram_contact = ""
        self.analysis: list[AnalysisFiles] = []

    # --- edges ----------------------------------------------------------------------------

    def _agent_view(self) -> list[tuple[str, str]]:
        return [
            (contact.contact_id, text)
            for contact in self.h.connect.contacts.values()
            for text in contact.agent_view
        ]

    def _new_for_agent(self) -> list[tuple[str, str]]:
        view = self._agent_view()
        new, self._agent_seen = view[self._agent_seen :], len(view)
        return new

    def _new_for_customer(self) -> list[str]:
        inbox = self.h.graph.received_by(PSID)
        new, self._customer_seen = inbox[self._customer_seen :], len(inbox)
        return new

    def fail(self, reason: str) -> StepFailed:
        return StepFailed(self.step_name, reason)

    def _webhook(self, event: dict[str, Any]) -> dict[str, Any]:
        response: dict[str, Any] = self.h.functions["webhook"].invoke(event)
        return response

    def settle(self) -> None:
        """Run the event sources until no queue or subscription holds anything."""
        for _ in range(MAX_SETTLE_ROUNDS):
            try:
                moved = self.h.inbound_queue.poll() + self.h.streaming.deliver()
                if self.h.buckets is not None:
                    moved += sum(self.h.buckets.deliver().values())
            except DeliveryFailed as error:
                raise self.fail(str(error)) from None
            if not moved:
                break
        else:
            raise self.fail("the queues never drained")
        sqs = self.h.client("sqs")
        for dlq in (key for key in self.h.stack.queue_urls if key.endswith("_dlq")):
            depth = sqs.get_queue_attributes(
                QueueUrl=self.h.stack.queue_urls[dlq],
                AttributeNames=["ApproximateNumberOfMessages"],
            )["Attributes"]["ApproximateNumberOfMessages"]
            if int(depth):
                raise self.fail(f"{depth} message(s) in the {dlq} dead-letter queue")
        if self.h.connect.violations:
            raise self.fail(f"a Connect call broke the service model: {self.h.connect.violations}")
        if self.h.graph.rejected:
            raise self.fail(f"the Graph API rejected a request: {self.h.graph.rejected}")

    # --- actions --------------------------------------------------------------------------

    def verify_subscription(self) -> None:
        challenge = str(uuid.uuid4().int % 10**10)
        event = http_api_event(
            "GET", WEBHOOK_PATH,
            query={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                   "hub.challenge": challenge},
            region=self.h.region, account_id=self.h.stack.naming["account_id"],
        )  # fmt: skip
        response = self._webhook(event)
        if response.get("statusCode") != 200 or response.get("body") != challenge:
            raise self.fail(f"the webhook answered {response.get('statusCode')}, not the challenge")
        self.reporter.note("Meta's verification GET answered 200 with the challenge")

    def customer_writes(
        self,
        text: str,
        *,
        deliveries: int = 1,
        must_hide: Sequence[str] = (),
        must_show: Sequence[str] = (),
        new_chat: bool = False,
        throttled: int = 0,
    ) -> None:
        body, signature = self.signed_message(text)
        if throttled:
            self.h.connect.fail_next("SendMessage", "ThrottlingException", throttled)
            injected = len(self.h.connect.injected)
        for delivery in range(deliveries):
            records_before = self.h.inbound_queue.records
            self.post_webhook(body, signature, delivery=delivery + 1)
            self.settle()
            records = self.h.inbound_queue.records - records_before
            seen = self._new_for_agent()
            turn = Turn(
                "inbound",
                text,
                "\n".join(part for _, part in seen) if seen else None,
                self._new_for_customer(),
            )
            self.transcript.turns.append(turn)
            self.reporter.turn(turn)
            if delivery > 0:
                if seen:
                    raise self.fail("a repeated delivery reached the agent again")
                layer = (
                    "the FIFO queue dropped it (same deduplication id)"
                    if not records
                    else f"the worker got it {records} time(s); idempotency on the mid held"
                )
                self.reporter.note(f"delivery {delivery + 1} of the same webhook: {layer}")
                continue
            self._check_delivered(seen, must_hide, must_show, new_chat)
            if throttled:
                if len(self.h.connect.injected) - injected != throttled or len(seen) != 1:
                    raise self.fail("the throttled send did not reach the agent exactly once")
                self.reporter.note(
                    f"SendMessage was throttled {throttled} time(s); the SDK's standard retry "
                    "sent it again and the agent saw it once"
                )

    def signed_message(self, text: str) -> tuple[bytes, str]:
        """The customer's text as Meta would post it: a new mid, the body and its signature."""
        mid = f"m_{uuid.uuid4().hex}"
        body = meta_text_notification(PAGE_ID, PSID, mid, text, int(time.time() * 1000))
        return body, meta_signature(body, APP_SECRET)

    def post_webhook(self, body: bytes, signature: str, *, delivery: int = 1) -> None:
        event = http_api_event(
            "POST", WEBHOOK_PATH, body=body, headers={"X-Hub-Signature-256": signature},
            region=self.h.region, account_id=self.h.stack.naming["account_id"],
        )  # fmt: skip
        response = self._webhook(event)
        if response.get("statusCode") != 200:
            raise self.fail(f"delivery {delivery}: webhook answered {response.get('statusCode')}")

    def accept_new_chats(self) -> list[str]:
        """The agent accepts every chat no agent has joined yet; returns their contact ids."""
        waiting = [
            contact.contact_id
            for contact in self.h.connect.contacts.values()
            if contact.agent is None and not contact.ended
        ]
        for contact_id in waiting:
            self.h.connect.accept(contact_id, AGENT_NAME)
        if waiting:
            self.settle()
        return waiting

    def _check_delivered(
        self,
        seen: list[tuple[str, str]],
        must_hide: Sequence[str],
        must_show: Sequence[str],
        new_chat: bool,
    ) -> None:
        if not seen:
            raise self.fail("the message never reached the agent")
        contacts = {contact for contact, _ in seen}
        if len(contacts) != 1:
            raise self.fail("one message reached several chats")
        [contact] = contacts
        agent_text = "\n".join(part for _, part in seen)
        leaked = [value for value in must_hide if value in agent_text]
        if leaked:
            raise self.fail(f"{len(leaked)} sensitive value(s) reached the agent unmasked")
        missing = [mask for mask in must_show if mask not in agent_text]
        if missing:
            raise self.fail(f"expected masks missing: {missing}")
        if any(len(part) > 1024 for _, part in seen):
            raise self.fail("a part over Connect's 1,024 characters reached the agent")
        if len(seen) > 1:
            self.reporter.note(f"the agent received it in {len(seen)} parts of at most 1,024")
        if not self.contacts or contact != self.contacts[-1]:
            if self.contacts and not new_chat:
                raise self.fail("the message opened a new chat")
            self.contacts.append(contact)
            self.reporter.note(f"new chat {contact[:8]}…: StartChatContact, streaming, connect")
            if self.accept_new_chats() != [contact]:
                raise self.fail("the agent found other chats waiting")
        elif new_chat:
            raise self.fail("the message went into the chat that had ended")

    def customer_sends_photo(self) -> None:
        """A photo of a card: screened, the number covered, the covered copy uploaded."""
        image, words = card_image()
        original = image.copy()
        # Meta's CDN labels it JPEG; the bytes are PNG, and the relay goes by the bytes.
        url = self.h.media.publish(f"{uuid.uuid4().hex}.jpg", "image/jpeg", encoded(image))
        self.h.media.expect(detect_text_response(words, image.size))
        mid = f"m_{uuid.uuid4().hex}"
        body = meta_attachment_notification(
            PAGE_ID, PSID, mid, "image", url, int(time.time() * 1000)
        )
        self.post_webhook(body, meta_signature(body, APP_SECRET))
        self.settle()
        seen = self._new_for_agent()
        turn = Turn(
            "inbound",
            f"[photo of a card showing {CARD}]",
            "\n".join(part for _, part in seen) if seen else None,
            self._new_for_customer(),
        )
        self.transcript.turns.append(turn)
        self.reporter.turn(turn)
        if self.h.media.violations or self.h.media.detect_calls != 1:
            raise self.fail(f"text detection was not called once as modelled: "
                            f"{self.h.media.violations}")  # fmt: skip
        expected = "[image: screened for sensitive data, 4 regions covered]"
        if not seen or seen[0][1] != expected:
            raise self.fail("the agent did not get the screening line")
        [contact] = {contact for contact, _ in seen}
        name, content_type, data = self.h.connect.contacts[contact].files[-1]
        if (name, content_type) != ("image-1.png", "image/png"):
            raise self.fail("the uploaded file is not the re-encoded PNG")
        uploaded = PILImage.open(io.BytesIO(data)).convert("RGB")
        for word in words:
            region = uploaded.crop(word.pixels)
            if word.text == "Card":
                if region.tobytes() != original.crop(word.pixels).tobytes():
                    raise self.fail("a word without sensitive data was changed")
            elif region.getcolors() != [(region.width * region.height, (0, 0, 0))]:
                raise self.fail("a group of the card number is not fully covered")
        self.reporter.note(
            "DetectText read 5 words; the redactor found the card number in 4 of them; "
            "their boxes were painted over and the copy, without EXIF, uploaded to the chat"
        )

    def agent_shares_file(self) -> None:
        """A PDF from the agent: read through GetAttachment, uploaded to Meta as a file."""
        data = encoded(card_image((300, 120))[0].convert("RGB"), "PDF")
        self.h.connect.agent_share_file(self.contacts[-1], "return-label.pdf", "application/pdf",
                                        data)  # fmt: skip
        self.settle()
        received = self._new_for_customer()
        # What the agent shared, in the transcript's own notation for files.
        turn = Turn("outbound", None, "[file] return-label.pdf", received)
        self.transcript.turns.append(turn)
        self.reporter.turn(turn)
        [last] = self.h.graph.inbox[-1:]
        if received != [f"[file] file: file-1.pdf (application/pdf, {len(data)} bytes)"]:
            raise self.fail("the customer did not get the agent's file once, as a file")
        if last.upload is None or last.upload[2] != data:
            raise self.fail("the file Meta received is not the agent's file")
        self.reporter.note(
            "GetAttachment's link was read by the relay and the bytes uploaded to Meta as "
            "filedata; the pre-signed URL never left the relay"
        )

    def agent_replies(self, text: str, *, graph_failures: int = 0) -> None:
        self.h.graph.fail_next(graph_failures)
        injected = len(self.h.graph.injected)
        failed_invocations = len(self.h.streaming.target.attempts)
        self.h.connect.agent_send(self.contacts[-1], text)
        self.settle()
        received = self._new_for_customer()
        turn = Turn("outbound", None, text, received)
        self.transcript.turns.append(turn)
        self.reporter.turn(turn)
        if received != [text]:
            raise self.fail(f"the customer received {len(received)} message(s), not the reply once")
        if len(self.h.graph.injected) - injected != graph_failures:
            raise self.fail("the Graph API's failure was never hit")
        if graph_failures:
            retried_by = (
                "the outbound function backed off and retried"
                if len(self.h.streaming.target.attempts) == failed_invocations
                else "Lambda's asynchronous retry ran the outbound function again"
            )
            self.reporter.note(
                f"the Send API answered error 2 (HTTP 500) {graph_failures} time(s); "
                f"{retried_by}; the customer got the reply once"
            )

    def agent_ends_chat(self, closing: str) -> None:
        self.h.connect.end_chat(self.contacts[-1])
        self.settle()
        received = self._new_for_customer()
        turn = Turn("outbound", None, None, received)
        self.transcript.turns.append(turn)
        self.reporter.turn(turn)
        if received != [closing]:
            raise self.fail("the customer did not get the closing message exactly once")

    # --- Instagram Direct -----------------------------------------------------------------

    def instagram_customer_writes(
        self, text: str, *, must_hide: Sequence[str], must_show: Sequence[str]
    ) -> None:
        """An Instagram customer writes while no Messenger chat is open: a chat of its own,
        with attributes a flow can route on, and the same redaction as on Messenger."""
        mid = f"aWdf{uuid.uuid4().hex}"
        body = meta_text_notification(
            IG_ACCOUNT_ID, IGSID, mid, text, int(time.time() * 1000), obj="instagram"
        )
        self.post_webhook(body, meta_signature(body, APP_SECRET))
        self.settle()
        seen = self._new_for_agent()
        turn = Turn("inbound", text, "\n".join(p for _, p in seen) if seen else None, [])
        self.transcript.turns.append(turn)
        self.reporter.turn(turn)
        if not seen:
            raise self.fail("the Instagram message never reached the agent")
        [contact] = {contact for contact, _ in seen}
        if contact in self.contacts:
            raise self.fail("the Instagram message went into a Messenger chat")
        attributes = self.h.connect.contacts[contact].attributes
        if attributes.get("Channel") != "instagram" or attributes.get("AccountId") != IG_ACCOUNT_ID:
            raise self.fail("the Instagram chat does not carry its channel and account")
        agent_text = turn.agent_text or ""
        if [value for value in must_hide if value in agent_text]:
            raise self.fail("a sensitive value reached the agent unmasked")
        if [mask for mask in must_show if mask not in agent_text]:
            raise self.fail("expected masks missing")
        self.instagram_contact = contact
        self.reporter.note(
            f"new chat {contact[:8]}… with attributes Channel=instagram, AccountId=<account>"
        )
        if self.accept_new_chats() != [contact]:
            raise self.fail("the agent found other chats waiting")

    def agent_replies_on_instagram(self, text: str) -> None:
        self.h.connect.agent_send(self.instagram_contact, text)
        self.settle()
        received = self.h.graph.received_on(INSTAGRAM, IGSID)
        turn = Turn("outbound", None, text, received[-1:])
        self.transcript.turns.append(turn)
        self.reporter.turn(turn)
        if received != [text]:
            raise self.fail("the Instagram customer did not get the reply exactly once")
        if self.h.graph.received_on(FACEBOOK, IGSID):
            raise self.fail("an Instagram reply went out through the Messenger endpoint")
        self.reporter.note(
            "the reply went to the Instagram host with the account's own token, no page token"
        )

    # --- the vault --------------------------------------------------------------------------

    def contact_lens_writes(self) -> None:
        """Contact Lens's files for every chat that ended since the last call."""
        s3 = self.h.client("s3")
        bucket = self.h.stack.buckets["contact_lens"]
        done = {files.contact_id for files in self.analysis}
        ended = [
            contact
            for contact in self.h.connect.contacts.values()
            if contact.ended and contact.contact_id not in done
        ]
        if not ended:
            raise self.fail("no ended chat to analyse")
        for contact in ended:
            files = analysis_files(
                contact,
                instance_id=self.h.connect.instance_id,
                account_id=self.h.stack.naming["account_id"],
            )
            for key, body in (
                (files.original_key, files.original),
                (files.redacted_key, files.redacted),
            ):
                s3.put_object(
                    Bucket=bucket, Key=key, Body=body, ContentType="application/json",
                    ChecksumAlgorithm="CRC32",
                )  # fmt: skip
            self.analysis.append(files)
        self.reporter.note(
            f"{len(ended)} original and {len(ended)} redacted analysis files "
            f"in s3://{bucket}/Analysis/Chat/"
        )
        self.settle()
        assert self.h.buckets is not None
        counts = {name: len(events) for name, events in self.h.buckets.delivered.items()}
        if counts != {"relocate": len(self.analysis), "publish": len(self.analysis)}:
            raise self.fail(f"S3 notified the functions {counts} times")
        self.reporter.note(f"S3 notifications ran the functions: {counts}")

    def notification_redelivered(self) -> None:
        assert self.h.buckets is not None
        try:
            outcome = self.h.buckets.redeliver("relocate")
        except DeliveryFailed as error:
            raise self.fail(str(error)) from None
        if outcome != {"AlreadyRelocated": 1}:
            raise self.fail(f"relocate answered a repeated event with {outcome}")
        self.reporter.note(f"relocate ran again on the same event: {outcome}")

    def check_vault(self) -> None:
        s3 = self.h.client("s3")
        originals = sorted(files.original_key for files in self.analysis)
        vault = self.h.stack.buckets["vault"]
        source = self.h.stack.buckets["contact_lens"]
        in_vault = s3.list_object_versions(Bucket=vault)
        moved = sorted(v["Key"] for v in in_vault.get("Versions", []))
        in_source = s3.list_object_versions(Bucket=source, Prefix="Analysis/")
        source_keys = [v["Key"] for v in in_source.get("Versions", [])]
        markers = [m["Key"] for m in in_source.get("DeleteMarkers", [])]
        left = sorted(key for key in {*source_keys, *markers} if key in originals)
        self.transcript.vault = {"moved": moved, "left_in_source": left}
        if moved != originals:
            raise self.fail(f"the vault holds {len(moved)} objects for {len(originals)} originals")
        if left:
            raise self.fail(f"{len(left)} original(s) or delete markers remain in the source")
        vault_key = self.h.stack.key_arns["vault"]
        for key in moved:
            head = s3.head_object(Bucket=vault, Key=key)
            if head.get("SSEKMSKeyId") != vault_key:
                raise self.fail("a vault object is not encrypted with the vault key")
        redacted = {files.redacted_key for files in self.analysis}
        if not redacted <= set(source_keys):
            raise self.fail("a redacted file left the instance bucket")
        self.reporter.note(
            f"vault: {len(moved)} originals, one version each, under the vault key; "
            f"instance bucket: no original, no delete marker, {len(redacted)} redacted files"
        )

    def check_published(self) -> None:
        s3 = self.h.client("s3")
        env = self.h.stack.function_env("publish")
        bucket, prefix = env["PUBLISHED_BUCKET"], env["PUBLISHED_PREFIX"]
        for files in self.analysis:
            body = s3.get_object(Bucket=bucket, Key=prefix + files.redacted_key)["Body"].read()
            published = json.loads(body)
            contents = [item["Content"] for item in published["Transcript"]]
            if (
                any(AGENT_MEMBER_ID in text for text in contents)
                or AGENT_MEMBER_ID.encode() in body
            ):
                raise self.fail("a published copy still holds a custom-pattern value")
            before = json.loads(files.redacted)["Transcript"]
            for old, new in zip(before, published["Transcript"], strict=True):
                if old["Content"] != new["Content"]:
                    self.reporter.note(f"Contact Lens redacted: {old['Content']}")
                    self.reporter.note(f"published copy:        {new['Content']}")
        masked = [f for f in self.analysis if b"[MEMBER_ID]" in s3.get_object(
            Bucket=bucket, Key=prefix + f.redacted_key)["Body"].read()]  # fmt: skip
        if not masked:
            raise self.fail("no published copy carries a [MEMBER_ID] mask")

    def check_filtering(self) -> None:
        """Connect streams the customer's own messages too; the filter policy drops them."""
        items = [item for c in self.h.connect.contacts.values() for item in c.items]
        echoes = sum(item.get("ParticipantRole") == "CUSTOMER" for item in items)
        if self.h.streaming.delivered != len(items) - echoes:
            raise self.fail(
                f"{self.h.streaming.delivered} notifications reached the outbound function; "
                f"{len(items) - echoes} were for the customer"
            )
        self.reporter.note(
            f"{len(items)} chat items streamed to SNS; the filter policy dropped the "
            f"{echoes} customer echoes and delivered {self.h.streaming.delivered}"
        )

    def check_logs(self, values: Sequence[str]) -> None:
        logs = self.h.log_path.read_text(encoding="utf-8")
        squeezed = logs.replace(" ", "").replace("-", "")  # card and SSN separators gone
        leaked = [
            v for v in values if v in logs or (len(_digits(v)) >= 9 and _digits(v) in squeezed)
        ]
        if leaked:
            raise self.fail(f"{len(leaked)} customer value(s) appear in the functions' logs")
        self.reporter.note(f"{len(logs.splitlines())} log lines, none with a customer value")


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def relay_steps(c: Conversation, closing: str) -> list[Step]:
    """The conversation: every Must-show case of the relay, in the order a chat would go."""
    return [
        Step("webhook subscription verified", c.verify_subscription),
        Step(
            "card number with spaces",
            lambda: c.customer_writes(
                f"Hi, I was charged twice on my card {CARD}, can you help?",
                must_hide=[CARD, _digits(CARD)],
                must_show=["[CREDIT_DEBIT_NUMBER]"],
            ),
        ),
        Step(
            "agent reply",
            lambda: c.agent_replies("Sorry about that! Can you confirm your identity first?"),
        ),
        Step(
            "social security number",
            lambda: c.customer_writes(
                f"Sure, my SSN is {SSN}.", must_hide=[SSN], must_show=["[SSN]"]
            ),
        ),
        Step(
            "agent reply",
            lambda: c.agent_replies("Thanks. Where should we send the refund receipt?"),
        ),
        Step(
            "email address",
            lambda: c.customer_writes(
                f"To {EMAIL} please.", must_hide=[EMAIL], must_show=["[EMAIL]"]
            ),
        ),
        Step(
            "agent asks for a phone number",
            lambda: c.agent_replies("Got it. What number should we call you on if needed?"),
        ),
        Step(
            "phone answered bare, in two parts",
            lambda: c.customer_writes(
                f"ya its {PHONE_START}", must_hide=[PHONE_START], must_show=["[PHONE]"]
            ),
        ),
        Step(
            "the phone's rest",
            lambda: c.customer_writes(PHONE_REST, must_hide=[PHONE_REST], must_show=["[PHONE]"]),
        ),
        Step(
            "agent asks for the order number",
            lambda: c.agent_replies("Thanks! And the order number? It is on your receipt."),
        ),
        Step(
            "the order number stays visible",
            lambda: c.customer_writes(ORDER_NUMBER, must_show=[ORDER_NUMBER]),
        ),
        Step("photo of a card, screened before the agent sees it", c.customer_sends_photo),
        Step("agent shares a PDF", c.agent_shares_file),
        Step(
            "Connect throttles a send",
            lambda: c.customer_writes(
                "Will the refund go back to the same card?",
                throttled=1,
                must_show=[],
            ),
        ),
        Step(
            "Messenger's Send API fails once",
            lambda: c.agent_replies(
                "Yes, the same card, as soon as the return is checked.", graph_failures=1
            ),
        ),
        Step(
            "message over 1,024 characters",
            lambda: c.customer_writes(
                long_message(), must_hide=[LONG_CARD], must_show=["[CREDIT_DEBIT_NUMBER]"]
            ),
        ),
        Step(
            "webhook delivered twice",
            lambda: c.customer_writes(
                f"My member number is {MEMBER_ID}.",
                deliveries=2,
                must_hide=[MEMBER_ID],
                must_show=["[MEMBER_ID]"],
            ),
        ),
        Step(
            "agent reply",
            lambda: c.agent_replies(
                f"Found it: the refund for member {AGENT_MEMBER_ID} is on its way, "
                "3 to 5 working days."
            ),
        ),
        Step("agent ends the chat", lambda: c.agent_ends_chat(closing)),
        Step(
            "new message opens a new chat",
            lambda: c.customer_writes(
                f"One more thing: my new card is {SECOND_CARD}.",
                new_chat=True,
                must_hide=[SECOND_CARD, _digits(SECOND_CARD)],
                must_show=["[CREDIT_DEBIT_NUMBER]"],
            ),
        ),
        Step(
            "agent reply in the new chat",
            lambda: c.agent_replies("Noted, the new card is on your profile. Have a good day!"),
        ),
        Step("agent ends the second chat", lambda: c.agent_ends_chat(closing)),
        Step(
            "an Instagram customer writes",
            lambda: c.instagram_customer_writes(
                f"Hi from Instagram! Is my order paid? Card {IG_CARD}",
                must_hide=[IG_CARD, _digits(IG_CARD)],
                must_show=["[CREDIT_DEBIT_NUMBER]"],
            ),
        ),
        Step(
            "agent reply on Instagram",
            lambda: c.agent_replies_on_instagram("Yes, it is paid and ships tomorrow."),
        ),
    ]


def vault_steps(c: Conversation) -> list[Step]:
    """Contact Lens output after the chats, through the relocate and publish functions."""
    return [
        Step("Contact Lens writes its analysis files", c.contact_lens_writes),
        Step("S3 delivers a notification twice", c.notification_redelivered),
        Step("originals only in the vault", c.check_vault),
        Step("published copies carry the custom-pattern masks", c.check_published),
    ]


def closing_steps(c: Conversation) -> list[Step]:
    return [
        Step("the subscription's filter kept the customer's echoes out", c.check_filtering),
        Step(
            "no customer value in the logs",
            lambda: c.check_logs(
                [
                    *(CARD, SSN, EMAIL, MEMBER_ID, SECOND_CARD, LONG_CARD, PSID),
                    *(PHONE_START + PHONE_REST, PHONE_REST),
                    *(AGENT_MEMBER_ID, IG_CARD, IGSID),
                ]
            ),
        ),
    ]


PII_VALUES = (
    CARD,
    _digits(CARD),
    SSN,
    EMAIL,
    MEMBER_ID,
    SECOND_CARD,
    _digits(SECOND_CARD),
    LONG_CARD,
    IG_CARD,
    _digits(IG_CARD),
    PHONE_START,
    PHONE_REST,
)


def run_steps(conversation: Conversation, steps: Sequence[Step]) -> None:
    for number, step in enumerate(steps, start=1):
        conversation.step_name = f"{number}. {step.name}"
        conversation.reporter.step(number, len(steps), step.name)
        started = time.perf_counter()
        try:
            step.run()
        except StepFailed:
            raise
        except Exception as error:  # any other failure still names its step
            raise StepFailed(conversation.step_name, f"{type(error).__name__}: {error}") from error
        conversation.reporter.done(step.name, time.perf_counter() - started)


def play(
    out_dir: Path, reporter: Reporter, on_started: Callable[[Harness], None] | None = None
) -> Transcript:
    """Start everything, run every step, write ``transcript.json``; raises StepFailed.

    The transcript is written even when a step fails, holding the turns up to that step.
    """
    transcript = Transcript()
    try:
        with running(out_dir) as harness:
            if on_started is not None:
                on_started(harness)
            conversation = Conversation(harness, reporter)
            transcript = conversation.transcript
            closing = DEMO_SETTINGS["outbound"]["CLOSING_MESSAGE"]
            steps = [
                *relay_steps(conversation, closing),
                *vault_steps(conversation),
                *closing_steps(conversation),
            ]
            run_steps(conversation, steps)
    finally:
        transcript.write(out_dir / "transcript.json")
    return transcript
