"""Model-checked fakes of Amazon Connect, Connect Participant and Comprehend.

moto does not implement the chat APIs usefully, and botocore's ``Stubber`` wants every call
scripted in advance, which does not suit multi-step flows (races, a chat that ends, a token
that expires). These fakes keep state like the services do and check every call against
botocore's own service model: parameter names, types and required members through
botocore's ``ParamValidator``, string maximum lengths and enums from the model, and errors
only with codes the model declares for that operation (plus the generic throttling codes).

Use ``service.connect_client()`` / ``service.participant_client()`` where a boto3 client is
expected (e.g. the factories of ``ConnectGateway``). ``service.fail(operation, code)``
injects the next error(s) of an operation.
"""

from __future__ import annotations

import itertools
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import botocore.session
from botocore.exceptions import ClientError, ParamValidationError
from botocore.model import OperationModel, Shape
from botocore.validate import ParamValidator

CONNECTION_TOKEN_LIFETIME_SECONDS = 86_400
TEXT_LIMIT = 1024  # Connect's documented limit for text/plain chat messages
GENERIC_ERROR_CODES = frozenset({"ThrottlingException", "TooManyRequestsException"})
_STATUS = {
    "AccessDeniedException": 403,
    "ThrottlingException": 429,
    "TooManyRequestsException": 429,
    "LimitExceededException": 429,
    "InternalServerException": 500,
    "InternalServiceException": 500,
    "ServiceQuotaExceededException": 402,
}

_session = botocore.session.get_session()
_PARTICIPANT = "connectparticipant"


def operation_model(service: str, operation: str) -> OperationModel:
    return _session.get_service_model(service).operation_model(operation)


def validate_call(service: str, operation: str, params: Mapping[str, Any]) -> None:
    """Raise ParamValidationError as botocore would, and also for max lengths and enums."""
    model = operation_model(service, operation)
    report = ParamValidator().validate(dict(params), model.input_shape)
    problems = [report.generate_report()] if report.has_errors() else []
    problems.extend(_limits(model.input_shape, params, operation))
    if problems:
        raise ParamValidationError(report="\n".join(problems))


def _limits(shape: Shape, value: Any, path: str) -> list[str]:
    problems: list[str] = []
    if shape.type_name == "structure" and isinstance(value, Mapping):
        for name, member in shape.members.items():  # type: ignore[attr-defined]
            if name in value:
                problems.extend(_limits(member, value[name], f"{path}.{name}"))
    elif shape.type_name == "list" and isinstance(value, list):
        for index, item in enumerate(value):
            problems.extend(_limits(shape.member, item, f"{path}[{index}]"))  # type: ignore[attr-defined]
    elif shape.type_name == "map" and isinstance(value, Mapping):
        for key, item in value.items():
            problems.extend(_limits(shape.key, key, f"{path}<key>"))  # type: ignore[attr-defined]
            problems.extend(_limits(shape.value, item, f"{path}[{key}]"))  # type: ignore[attr-defined]
    elif shape.type_name == "string" and isinstance(value, str):
        maximum = shape.metadata.get("max")
        if maximum is not None and len(value) > maximum:
            problems.append(f"{path}: length {len(value)} above the model's max {maximum}")
        if shape.enum and value not in shape.enum:
            problems.append(f"{path}: {value!r} not one of the model's enum values")
    return problems


def client_error(service: str, operation: str, code: str, status: int | None = None) -> ClientError:
    declared = {shape.name for shape in operation_model(service, operation).error_shapes}
    if code not in declared | GENERIC_ERROR_CODES:
        raise AssertionError(f"{service}:{operation} does not declare the error {code}")
    return ClientError(
        {
            "Error": {"Code": code, "Message": f"synthetic {code}"},
            "ResponseMetadata": {"HTTPStatusCode": status or _STATUS.get(code, 400)},
        },
        operation,
    )


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class FakeContact:
    contact_id: str
    participant_id: str
    participant_token: str
    params: dict[str, Any]
    streaming_topics: list[str] = field(default_factory=list)
    connected: bool = False
    ended: bool = False
    messages: list[str] = field(default_factory=list)
    # (name, content type, bytes) of each completed upload, in order.
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)


@dataclass
class Call:
    service: str
    operation: str
    params: dict[str, Any]


class FakeConnectService:
    """One Connect instance's chats, shared by the connect and connectparticipant facades."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.contacts: dict[str, FakeContact] = {}
        self.calls: list[Call] = []
        self._ids = itertools.count(1)
        self._lock = threading.RLock()
        self._start_tokens: dict[str, str] = {}
        self._stream_tokens: dict[str, str] = {}
        self._by_participant_token: dict[str, str] = {}
        self._connections: dict[str, tuple[str, float]] = {}
        self._sent_tokens: dict[tuple[str, str], str] = {}
        self._failures: dict[str, deque[ClientError | None]] = defaultdict(deque)
        # Set to a tests.support.files.FileServer to accept uploads (its PUTs are S3's).
        self.upload_server: Any = None
        self._uploads: dict[str, tuple[str, dict[str, Any]]] = {}
        self._upload_tokens: dict[tuple[str, str], str] = {}

    # --- test controls ------------------------------------------------------------------

    def fail(
        self,
        operation: str,
        code: str,
        *,
        times: int = 1,
        after: int = 0,
        status: int | None = None,
    ) -> None:
        """The next ``times`` calls of ``operation`` raise ``code``, once ``after`` calls passed."""
        connect_operations = {"StartChatContact", "StartContactStreaming"}
        service = "connect" if operation in connect_operations else _PARTICIPANT
        queue = self._failures[operation]
        queue.extend([None] * after)
        queue.extend(client_error(service, operation, code, status) for _ in range(times))

    def end_chat(self, contact_id: str) -> None:
        self.contacts[contact_id].ended = True

    def messages(self) -> list[tuple[str, str]]:
        """Every (contact id, text) the agent side received, in order."""
        return [(c.contact_id, m) for c in self.contacts.values() for m in c.messages]

    def operations(self) -> list[str]:
        return [call.operation for call in self.calls]

    def connect_client(self) -> FakeConnectClient:
        return FakeConnectClient(self)

    def participant_client(self) -> FakeParticipantClient:
        return FakeParticipantClient(self)

    # --- the operations -----------------------------------------------------------------

    def call(self, service: str, operation: str, params: dict[str, Any]) -> dict[str, Any]:
        validate_call(service, operation, params)
        with self._lock:
            self.calls.append(Call(service, operation, params))
            if self._failures[operation]:
                failure = self._failures[operation].popleft()
                if failure is not None:
                    raise failure
            result: dict[str, Any] = getattr(self, f"_{operation}")(params)
            return result

    def _StartChatContact(self, params: dict[str, Any]) -> dict[str, Any]:
        token = params.get("ClientToken")
        if token in self._start_tokens:  # idempotent replay: the same contact
            contact = self.contacts[self._start_tokens[token]]
        else:
            if "text/plain" not in params.get("SupportedMessagingContentTypes", ["text/plain"]):
                raise client_error("connect", "StartChatContact", "InvalidRequestException")
            n = next(self._ids)
            contact = FakeContact(
                f"contact-{n:04}", f"participant-{n:04}", f"ptoken-{n:04}", params
            )
            self.contacts[contact.contact_id] = contact
            self._by_participant_token[contact.participant_token] = contact.contact_id
            if token:
                self._start_tokens[token] = contact.contact_id
        return {
            "ContactId": contact.contact_id,
            "ParticipantId": contact.participant_id,
            "ParticipantToken": contact.participant_token,
        }

    def _StartContactStreaming(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self.contacts.get(params["ContactId"])
        if contact is None:
            raise client_error("connect", "StartContactStreaming", "ResourceNotFoundException")
        token = params["ClientToken"]
        if token not in self._stream_tokens:
            contact.streaming_topics.append(
                params["ChatStreamingConfiguration"]["StreamingEndpointArn"]
            )
            self._stream_tokens[token] = (
                f"stream-{contact.contact_id}-{len(contact.streaming_topics)}"
            )
        return {"StreamingId": self._stream_tokens[token]}

    def _CreateParticipantConnection(self, params: dict[str, Any]) -> dict[str, Any]:
        contact_id = self._by_participant_token.get(params["ParticipantToken"])
        contact = self.contacts.get(contact_id or "")
        if contact is None or contact.ended:
            raise client_error(
                "connectparticipant", "CreateParticipantConnection", "AccessDeniedException"
            )
        if params.get("ConnectParticipant"):
            if not contact.streaming_topics:  # only streaming chats may connect this way
                raise client_error(
                    "connectparticipant", "CreateParticipantConnection", "ValidationException"
                )
            contact.connected = True
        token = f"ctoken-{contact.contact_id}-{next(self._ids)}"
        expiry = self.clock() + CONNECTION_TOKEN_LIFETIME_SECONDS
        self._connections[token] = (contact.contact_id, expiry)
        return {"ConnectionCredentials": {"ConnectionToken": token, "Expiry": _iso(expiry)}}

    def _SendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        contact_id, expiry = self._connections.get(params["ConnectionToken"], ("", 0.0))
        contact = self.contacts.get(contact_id)
        if contact is None or contact.ended or self.clock() >= expiry or not contact.connected:
            raise client_error("connectparticipant", "SendMessage", "AccessDeniedException")
        if params["ContentType"] == "text/plain" and len(params["Content"]) > TEXT_LIMIT:
            raise client_error("connectparticipant", "SendMessage", "ValidationException")
        key = (contact_id, params.get("ClientToken", f"auto-{next(self._ids)}"))
        if key not in self._sent_tokens:
            contact.messages.append(params["Content"])
            self._sent_tokens[key] = f"message-{next(self._ids)}"
        return {"Id": self._sent_tokens[key], "AbsoluteTime": _iso(self.clock())}

    def _live_contact(self, operation: str, params: dict[str, Any]) -> FakeContact:
        contact_id, expiry = self._connections.get(params["ConnectionToken"], ("", 0.0))
        contact = self.contacts.get(contact_id)
        if contact is None or contact.ended or self.clock() >= expiry or not contact.connected:
            raise client_error(_PARTICIPANT, operation, "AccessDeniedException")
        return contact

    def _StartAttachmentUpload(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._live_contact("StartAttachmentUpload", params)
        key = (contact.contact_id, params["ClientToken"])
        attachment_id = self._upload_tokens.get(key) or f"attachment-{next(self._ids)}"
        self._upload_tokens[key] = attachment_id
        self._uploads[attachment_id] = (contact.contact_id, params)
        size = str(params["AttachmentSizeInBytes"])
        return {
            "AttachmentId": attachment_id,
            "UploadMetadata": {
                "Url": f"{self.upload_server.base_url}/staging/{attachment_id}",
                "UrlExpiry": _iso(self.clock() + 300),
                # S3 signs these; the PUT must carry them and exactly this many bytes.
                "HeadersToInclude": {"Content-Type": params["ContentType"], "Content-Length": size},
            },
        }

    def _CompleteAttachmentUpload(self, params: dict[str, Any]) -> dict[str, Any]:
        contact = self._live_contact("CompleteAttachmentUpload", params)
        [attachment_id] = params["AttachmentIds"]
        contact_id, started = self._uploads[attachment_id]
        _headers, data = self.upload_server.puts.get(f"/staging/{attachment_id}", ({}, b""))
        if contact_id != contact.contact_id or len(data) != started["AttachmentSizeInBytes"]:
            raise client_error(_PARTICIPANT, "CompleteAttachmentUpload", "ValidationException")
        entry = (started["AttachmentName"], started["ContentType"], data)
        if entry not in contact.attachments:
            contact.attachments.append(entry)
        return {}


class FakeConnectClient:
    def __init__(self, service: FakeConnectService) -> None:
        self._service = service

    def start_chat_contact(self, **params: Any) -> dict[str, Any]:
        return self._service.call("connect", "StartChatContact", params)

    def start_contact_streaming(self, **params: Any) -> dict[str, Any]:
        return self._service.call("connect", "StartContactStreaming", params)


class FakeParticipantClient:
    def __init__(self, service: FakeConnectService) -> None:
        self._service = service

    def create_participant_connection(self, **params: Any) -> dict[str, Any]:
        return self._service.call("connectparticipant", "CreateParticipantConnection", params)

    def send_message(self, **params: Any) -> dict[str, Any]:
        return self._service.call("connectparticipant", "SendMessage", params)

    def start_attachment_upload(self, **params: Any) -> dict[str, Any]:
        return self._service.call("connectparticipant", "StartAttachmentUpload", params)

    def complete_attachment_upload(self, **params: Any) -> dict[str, Any]:
        return self._service.call("connectparticipant", "CompleteAttachmentUpload", params)


class FakeComprehend:
    """``detect_pii_entities`` over a fixed list of (entity type, literal text) it "knows".

    Offsets are code points with an exclusive end, as Comprehend's are. ``fail_with`` makes
    every call raise that error code instead (e.g. an outage).
    """

    def __init__(
        self, known: Mapping[str, str] | None = None, *, fail_with: str | None = None
    ) -> None:
        self.known = dict(known or {})
        self.fail_with = fail_with
        self.calls = 0

    def detect_pii_entities(self, **params: Any) -> dict[str, Any]:
        validate_call("comprehend", "DetectPiiEntities", params)
        self.calls += 1
        if self.fail_with:
            raise client_error("comprehend", "DetectPiiEntities", self.fail_with)
        text: str = params["Text"]
        entities = []
        for literal, entity_type in self.known.items():
            start = text.find(literal)
            while start >= 0:
                entities.append(
                    {
                        "Type": entity_type,
                        "Score": 0.99,
                        "BeginOffset": start,
                        "EndOffset": start + len(literal),
                    }
                )
                start = text.find(literal, start + 1)
        return {"Entities": sorted(entities, key=lambda e: e["BeginOffset"])}
