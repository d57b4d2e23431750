"""An HTTP simulator of the slice of Amazon Connect and Connect Participant the relay calls.

The functions reach it unmodified through botocore's service-specific endpoint settings
(``AWS_ENDPOINT_URL_CONNECT``, ``AWS_ENDPOINT_URL_CONNECTPARTICIPANT``). Requests are
parsed with botocore's own service model (the operation is found by HTTP method and URI,
each input member read from its modelled location: header or JSON body) and validated
against the operation's input shape, max lengths and enums included; a request that breaks
the model is answered with the service's validation error and recorded in ``violations``,
which the demo treats as a failed step. Errors carry only codes the model declares.

Behaviour kept from the real services: ClientToken idempotency, the 1,024-character limit
of text messages, ConnectionTokens that expire after a day (``advance`` moves the clock),
AccessDeniedException after a chat ended or with a dead token, ``ConnectParticipant`` only
on streaming chats, at most two streaming topics per contact and standard topics only.

Chat streaming: every chat item (the customer's messages, the agent's, participant events,
``chat.ended``) is published to the contact's streaming topics on the emulator's SNS in the
format Connect documents (https://docs.aws.amazon.com/connect/latest/adminguide/sns-payload.html):
the ``Message`` is the item as a JSON string and the routing fields repeat as
MessageAttributes. The agent is scripted through ``accept``, ``agent_send`` and ``end_chat``.
"""

from __future__ import annotations

import itertools
import json
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

import botocore.session
from botocore.exceptions import ParamValidationError
from botocore.model import OperationModel

from demo.http_server import HttpServer
from tests.support.fakes import validate_call

CONNECTION_TOKEN_LIFETIME_SECONDS = 86_400
TEXT_LIMIT = 1024  # text/plain and text/markdown, per the SendMessage reference
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
MAX_STREAMING_TOPICS = 2
EVENT = "application/vnd.amazonaws.connect.event."
SERVICES = ("connect", "connectparticipant")
OPERATIONS = {
    "connect": ("StartChatContact", "StartContactStreaming"),
    "connectparticipant": (
        "CreateParticipantConnection", "SendMessage", "DisconnectParticipant",
        "StartAttachmentUpload", "CompleteAttachmentUpload", "GetAttachment",
    ),
}  # fmt: skip
ATTACHMENT = "application/vnd.amazonaws.connect.message.attachment"
# Errors every AWS service may answer whatever the operation's model declares.
GENERIC_ERRORS = frozenset({"MissingAuthenticationTokenException", "ThrottlingException"})
_STATUS = {
    "AccessDeniedException": 403,
    "MissingAuthenticationTokenException": 403,
    "ThrottlingException": 429,
    "ResourceNotFoundException": 404,
    "InternalServerException": 500,
    "InternalServiceException": 500,
}
_VALIDATION_ERROR = {
    "connect": "InvalidParameterException",
    "connectparticipant": "ValidationException",
}


class ServiceError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def iso(epoch: float) -> str:
    moment = datetime.fromtimestamp(epoch, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class Participant:
    participant_id: str
    role: str
    display_name: str


@dataclass
class Contact:
    contact_id: str
    customer: Participant
    participant_token: str
    attributes: dict[str, str]
    streaming_topics: list[str] = field(default_factory=list)
    connected: bool = False
    ended: bool = False
    agent: Participant | None = None
    # What the agent's Contact Control Panel shows: every customer message, in order.
    agent_view: list[str] = field(default_factory=list)
    # Every chat item as streamed (the transcript Contact Lens analyses after the chat).
    items: list[dict[str, Any]] = field(default_factory=list)
    # Files the customer shared, as the agent can open them: (name, content type, bytes).
    files: list[tuple[str, str, bytes]] = field(default_factory=list)


@dataclass
class Violation:
    service: str
    operation: str
    problem: str


class ConnectSimulator:
    """One Connect instance: its chats, the participant service and the streaming publisher."""

    def __init__(
        self,
        *,
        instance_id: str,
        contact_flow_ids: set[str],
        account_id: str,
        publish: Callable[[str, str, dict[str, str]], None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.instance_id = instance_id
        self.contact_flow_ids = contact_flow_ids
        self.account_id = account_id
        self._publish = publish
        self._clock = clock
        self._offset = 0.0
        self.contacts: dict[str, Contact] = {}
        self.violations: list[Violation] = []
        self.calls: list[str] = []
        self._lock = threading.RLock()
        self._sequence = itertools.count(1)
        self._start_tokens: dict[str, str] = {}
        self._stream_tokens: dict[tuple[str, str], str] = {}
        self._by_participant_token: dict[str, str] = {}
        self._connections: dict[str, tuple[str, float]] = {}
        self._sent: dict[tuple[str, str], dict[str, Any]] = {}
        self._failures: dict[str, list[str]] = {}
        self.injected: list[tuple[str, str]] = []
        # Attachments: the pre-signed "S3" URL is this simulator's own /upload/<id> route.
        self.base_url = ""
        self._uploads: dict[str, tuple[str, dict[str, Any]]] = {}
        self._uploaded: dict[str, tuple[dict[str, str], bytes]] = {}
        self._upload_tokens: dict[tuple[str, str], str] = {}
        # Agents' files, and where their pre-signed "S3" download links are served (https).
        self._agent_files: dict[str, tuple[str, str, str, bytes]] = {}
        self.download_host: Callable[[str, str, bytes], str] | None = None

    def fail_next(self, operation: str, code: str, times: int = 1) -> None:
        """The next ``times`` calls of ``operation`` answer ``code`` without doing anything."""
        with self._lock:
            self._failures.setdefault(operation, []).extend([code] * times)

    # --- time ---------------------------------------------------------------------------

    def now(self) -> float:
        return self._clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the service's clock forward (ConnectionTokens expire after a day)."""
        self._offset += seconds

    # --- the scripted agent ---------------------------------------------------------------

    def accept(self, contact_id: str, display_name: str) -> None:
        """An agent accepts the chat: the participant.joined event is streamed."""
        with self._lock:
            contact = self._live(contact_id)
            contact.agent = Participant(str(uuid.uuid4()), "AGENT", display_name)
            self._stream(contact, "EVENT", f"{EVENT}participant.joined", contact.agent)

    def agent_send(self, contact_id: str, text: str) -> None:
        with self._lock:
            contact = self._live(contact_id)
            if contact.agent is None:
                raise ServiceError("InvalidRequestException", "no agent on this contact")
            if not 1 <= len(text) <= TEXT_LIMIT:
                raise ServiceError("ValidationException", "agent message outside 1..1024")
            self._stream(contact, "MESSAGE", "text/plain", contact.agent, text)

    def agent_share_file(self, contact_id: str, name: str, content_type: str, data: bytes) -> None:
        """The agent attaches a file: an APPROVED ATTACHMENT item is streamed."""
        with self._lock:
            contact = self._live(contact_id)
            if contact.agent is None:
                raise ServiceError("InvalidRequestException", "no agent on this contact")
            attachment_id = str(uuid.uuid4())
            self._agent_files[attachment_id] = (contact_id, name, content_type, data)
            attachment = {"ContentType": content_type, "AttachmentId": attachment_id,
                          "AttachmentName": name, "Status": "APPROVED"}  # fmt: skip
            self._stream(contact, "ATTACHMENT", ATTACHMENT, contact.agent, None, [attachment])

    def end_chat(self, contact_id: str) -> None:
        """The agent ends the chat: participant.left, then chat.ended, are streamed."""
        with self._lock:
            contact = self._live(contact_id)
            if contact.agent is not None:
                self._stream(contact, "EVENT", f"{EVENT}participant.left", contact.agent)
            self._end(contact)

    def _live(self, contact_id: str) -> Contact:
        contact = self.contacts.get(contact_id)
        if contact is None or contact.ended:
            raise ServiceError("InvalidRequestException", "no live contact with that id")
        return contact

    def _end(self, contact: Contact) -> None:
        contact.ended = True
        self._stream(contact, "EVENT", f"{EVENT}chat.ended", None)

    def _stream(
        self,
        contact: Contact,
        item_type: str,
        content_type: str,
        sender: Participant | None,
        content: str | None = None,
        attachments: list[dict[str, str]] | None = None,
    ) -> str:
        item_id = str(uuid.uuid4())
        item: dict[str, Any] = {"AbsoluteTime": iso(self.now())}
        if content is not None:
            item["Content"] = content
        if attachments is not None:
            item["Attachments"] = attachments
        item.update(ContentType=content_type, Id=item_id, Type=item_type)
        if sender is not None:
            item.update(
                ParticipantId=sender.participant_id,
                DisplayName=sender.display_name,
                ParticipantRole=sender.role,
            )
        item.update(InitialContactId=contact.contact_id, ContactId=contact.contact_id)
        attributes = {
            "InitialContactId": contact.contact_id,
            "ContactId": contact.contact_id,
            "InstanceId": self.instance_id,
            "AccountId": self.account_id,
            "Type": item_type,
            "ContentType": content_type,
            "MessageVisibility": "ALL",
        }
        if sender is not None:
            attributes["ParticipantRole"] = sender.role
        contact.items.append(item)
        for topic_arn in contact.streaming_topics:
            self._publish(topic_arn, json.dumps(item), attributes)
        return item_id

    # --- the API --------------------------------------------------------------------------

    def call(self, service: str, operation: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            validate_call(service, operation, params)
        except ParamValidationError as error:
            self.violations.append(Violation(service, operation, str(error)))
            raise ServiceError(_VALIDATION_ERROR[service], str(error)) from None
        with self._lock:
            self.calls.append(operation)
            if self._failures.get(operation):
                code = self._failures[operation].pop(0)
                self.injected.append((operation, code))
                raise ServiceError(code, f"injected {code}")
            result: dict[str, Any] = getattr(self, f"_{operation}")(params)
            return result

    def _StartChatContact(self, params: dict[str, Any]) -> dict[str, Any]:
        if params["InstanceId"] != self.instance_id:
            raise ServiceError("ResourceNotFoundException", "instance not found")
        if params["ContactFlowId"] not in self.contact_flow_ids:
            raise ServiceError("ResourceNotFoundException", "contact flow not found")
        if "text/plain" not in params.get("SupportedMessagingContentTypes", ["text/plain"]):
            raise ServiceError("InvalidRequestException", "text/plain must be supported")
        token = params.get("ClientToken") or str(uuid.uuid4())
        if token not in self._start_tokens:
            contact = Contact(
                contact_id=str(uuid.uuid4()),
                customer=Participant(
                    str(uuid.uuid4()), "CUSTOMER", params["ParticipantDetails"]["DisplayName"]
                ),
                participant_token=secrets.token_urlsafe(48),
                attributes=dict(params.get("Attributes", {})),
            )
            self.contacts[contact.contact_id] = contact
            self._by_participant_token[contact.participant_token] = contact.contact_id
            self._start_tokens[token] = contact.contact_id
        contact = self.contacts[self._start_tokens[token]]
        return {
            "ContactId": contact.contact_id,
            "ParticipantId": contact.customer.participant_id,
            "ParticipantToken": contact.participant_token,
        }

    def _StartContactStreaming(self, params: dict[str, Any]) -> dict[str, Any]:
        if params["InstanceId"] != self.instance_id:
            raise ServiceError("ResourceNotFoundException", "instance not found")
        contact = self.contacts.get(params["ContactId"])
        if contact is None:
            raise ServiceError("ResourceNotFoundException", "contact not found")
        if contact.ended:
            raise ServiceError("InvalidRequestException", "the contact has ended")
        topic = params["ChatStreamingConfiguration"]["StreamingEndpointArn"]
        key = (contact.contact_id, params["ClientToken"])
        if key not in self._stream_tokens:
            if topic.endswith(".fifo"):
                raise ServiceError("InvalidRequestException", "FIFO topics are not supported")
            if topic not in contact.streaming_topics:
                if len(contact.streaming_topics) >= MAX_STREAMING_TOPICS:
                    raise ServiceError("LimitExceededException", "two streaming topics at most")
                contact.streaming_topics.append(topic)
            self._stream_tokens[key] = str(uuid.uuid4())
        return {"StreamingId": self._stream_tokens[key]}

    def _CreateParticipantConnection(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self.contacts.get(self._by_participant_token.get(params["ParticipantToken"], ""))
        if contact is None or contact.ended:
            raise ServiceError("AccessDeniedException", "Access denied")
        if params.get("ConnectParticipant"):
            if not contact.streaming_topics:
                raise ServiceError(
                    "ValidationException", "ConnectParticipant needs message streaming"
                )
            contact.connected = True
        result: dict[str, Any] = {}
        if "CONNECTION_CREDENTIALS" in params["Type"]:
            token = secrets.token_urlsafe(48)
            expiry = self.now() + CONNECTION_TOKEN_LIFETIME_SECONDS
            self._connections[token] = (contact.contact_id, expiry)
            result["ConnectionCredentials"] = {"ConnectionToken": token, "Expiry": iso(expiry)}
        if "WEBSOCKET" in params["Type"]:
            raise ServiceError("ValidationException", "the simulator streams; no websockets")
        return result

    def _connection(self, token: str) -> Contact:
        contact_id, expiry = self._connections.get(token, ("", 0.0))
        contact = self.contacts.get(contact_id)
        if contact is None or contact.ended or self.now() >= expiry:
            raise ServiceError("AccessDeniedException", "Access denied")
        return contact

    def _SendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._connection(params["ConnectionToken"])
        if not contact.connected:
            raise ServiceError("AccessDeniedException", "Access denied")
        content = params["Content"]
        if params["ContentType"] in TEXT_TYPES and not 1 <= len(content) <= TEXT_LIMIT:
            raise ServiceError("ValidationException", "text content must be 1 to 1024 characters")
        key = (contact.contact_id, params.get("ClientToken") or str(uuid.uuid4()))
        if key not in self._sent:
            contact.agent_view.append(content)
            item_id = self._stream(
                contact, "MESSAGE", params["ContentType"], contact.customer, content
            )
            self._sent[key] = {"Id": item_id, "AbsoluteTime": iso(self.now())}
        return dict(self._sent[key])

    def _StartAttachmentUpload(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._connection(params["ConnectionToken"])
        key = (contact.contact_id, params["ClientToken"])
        attachment_id = self._upload_tokens.setdefault(key, str(uuid.uuid4()))
        self._uploads[attachment_id] = (contact.contact_id, params)
        return {
            "AttachmentId": attachment_id,
            "UploadMetadata": {
                "Url": f"{self.base_url}/upload/{attachment_id}",
                "UrlExpiry": iso(self.now() + 300),
                # Signed into the URL by S3: the PUT must carry exactly these.
                "HeadersToInclude": {
                    "Content-Type": params["ContentType"],
                    "Content-Length": str(params["AttachmentSizeInBytes"]),
                },
            },
        }

    def upload(self, attachment_id: str, headers: dict[str, str], body: bytes) -> int:
        """The PUT to the pre-signed URL: 403 (S3's SignatureDoesNotMatch) on any mismatch."""
        with self._lock:
            started = self._uploads.get(attachment_id)
            if started is None:
                return 404
            _, params = started
            lowered = {k.lower(): v for k, v in headers.items()}
            if (
                len(body) != params["AttachmentSizeInBytes"]
                or lowered.get("content-type") != params["ContentType"]
            ):
                self.violations.append(
                    Violation("s3", "PutObject", "the upload does not match what was signed")
                )
                return 403
            self._uploaded[attachment_id] = (lowered, body)
            return 200

    def _CompleteAttachmentUpload(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._connection(params["ConnectionToken"])
        [attachment_id] = params["AttachmentIds"]
        started = self._uploads.get(attachment_id)
        if started is None or started[0] != contact.contact_id:
            raise ServiceError("ResourceNotFoundException", "no such attachment")
        if attachment_id not in self._uploaded:
            raise ServiceError("ValidationException", "the file was not uploaded")
        name, content_type = started[1]["AttachmentName"], started[1]["ContentType"]
        data = self._uploaded.pop(attachment_id)[1]
        contact.files.append((name, content_type, data))
        contact.agent_view.append(f"[file: {name}, {content_type}, {len(data)} bytes]")
        attachment = {"ContentType": content_type, "AttachmentId": attachment_id,
                      "AttachmentName": name, "Status": "APPROVED"}  # fmt: skip
        self._stream(contact, "ATTACHMENT", ATTACHMENT, contact.customer, None, [attachment])
        return {}

    def _GetAttachment(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._connection(params["ConnectionToken"])
        found = self._agent_files.get(params["AttachmentId"])
        if found is None or found[0] != contact.contact_id or self.download_host is None:
            raise ServiceError("ResourceNotFoundException", "no such attachment")
        _, name, content_type, data = found
        expiry = params.get("UrlExpiryInSeconds", 300)
        return {
            "Url": self.download_host(f"{params['AttachmentId']}-{name}", content_type, data),
            "UrlExpiry": iso(self.now() + expiry),
            "AttachmentSizeInBytes": len(data),
        }

    def _DisconnectParticipant(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._connection(params["ConnectionToken"])
        self._stream(contact, "EVENT", f"{EVENT}participant.left", contact.customer)
        self._end(contact)
        return {}


# --- HTTP -----------------------------------------------------------------------------------


def _routes() -> dict[tuple[str, str], tuple[str, OperationModel]]:
    session = botocore.session.get_session()
    routes: dict[tuple[str, str], tuple[str, OperationModel]] = {}
    for service in SERVICES:
        model = session.get_service_model(service)
        for name in OPERATIONS[service]:
            operation = model.operation_model(name)
            routes[(operation.http["method"], operation.http["requestUri"])] = (service, operation)
    return routes


def parse_request(
    operation: OperationModel, headers: dict[str, str], body: bytes
) -> dict[str, Any]:
    """The operation's parameters, each read from where the model says it travels."""
    shape = operation.input_shape
    assert shape is not None  # every operation the simulator serves takes input
    document = json.loads(body) if body.strip() else {}
    if not isinstance(document, dict):
        raise ServiceError("SerializationException", "the body is not a JSON object")
    params: dict[str, Any] = {}
    lowered = {k.lower(): v for k, v in headers.items()}
    for name, member in shape.members.items():
        location = member.serialization.get("location")
        if location == "header":
            value = lowered.get(member.serialization["name"].lower())
            if value is not None:
                params[name] = value
        elif location is None and name in document:
            params[name] = document[name]
    unknown = set(document) - set(shape.members)
    if unknown:
        raise ServiceError("SerializationException", f"unknown members {sorted(unknown)}")
    return params


def _check_authentication(service: str, headers: dict[str, str]) -> None:
    """Connect is SigV4-signed; the participant service authenticates by token instead."""
    if service != "connect":
        return
    authorization = {k.lower(): v for k, v in headers.items()}.get("authorization", "")
    if not authorization.startswith("AWS4-HMAC-SHA256") or "/connect/aws4_request" not in (
        authorization
    ):
        raise ServiceError(
            "MissingAuthenticationTokenException", "the request is not signed for connect"
        )


def _handler_for(simulator: ConnectSimulator) -> type[BaseHTTPRequestHandler]:
    routes = _routes()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _serve(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.command == "PUT" and self.path.startswith("/upload/"):
                status = simulator.upload(
                    self.path.removeprefix("/upload/"), dict(self.headers.items()), body
                )
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            route = routes.get((self.command, self.path.split("?")[0]))
            if route is None:
                self._answer(404, {"message": "unknown operation"}, "UnknownOperationException")
                return
            service, operation = route
            headers = dict(self.headers.items())
            try:
                _check_authentication(service, headers)
                params = parse_request(operation, headers, body)
                result = simulator.call(service, operation.name, params)
            except ServiceError as error:
                declared = {shape.name for shape in operation.error_shapes} | GENERIC_ERRORS
                code = error.code if error.code in declared else _VALIDATION_ERROR[service]
                self._answer(_STATUS.get(code, 400), {"message": str(error)}, code)
                return
            self._answer(200, result)

        do_GET = do_POST = do_PUT = _serve

        def _answer(self, status: int, payload: dict[str, Any], error: str | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
            if error:
                self.send_header("x-amzn-ErrorType", error)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            """Silent: the demo prints its own progress."""

    return Handler


def serve(simulator: ConnectSimulator) -> HttpServer:
    return HttpServer(_handler_for(simulator), "connect-simulator")
