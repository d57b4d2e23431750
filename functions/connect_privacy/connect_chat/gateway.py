"""Amazon Connect and Connect Participant calls the relay makes, as one small adapter.

Only ``AccessDeniedException`` from the Participant service is translated (to
:class:`ChatEnded`: the chat is over or the token is dead). Everything else, throttling and
5xx included, propagates as botocore's ``ClientError`` so the SQS record is retried.

Files go in three steps (docs.aws.amazon.com/connect/latest/APIReference/
working-with-acps-api.html): ``StartAttachmentUpload`` (type, exact size, name) returns a
pre-signed S3 URL and the headers it was signed with; the bytes are PUT there with exactly
those headers (``Content-Length`` is signed, so the declared size is ``len(data)``); then
``CompleteAttachmentUpload`` with that one attachment id. The participant API authenticates
with the ConnectionToken and needs no IAM permission.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import urllib3
from botocore.exceptions import ClientError
from urllib3.exceptions import HTTPError

from connect_privacy.aws_errors import error_code

if TYPE_CHECKING:
    from mypy_boto3_connect.client import ConnectClient
    from mypy_boto3_connectparticipant.client import ConnectParticipantClient

SUPPORTED_CONTENT_TYPES = ("text/plain", "text/markdown")


class ChatEnded(Exception):
    """The Participant service refused the token: the chat is over (or the token is dead)."""


class AttachmentRefused(Exception):
    """Connect will not take this file (type, size, or too many attachments on the contact)."""


class AttachmentUploadFailed(Exception):
    """The PUT to the pre-signed URL failed; the record is retried (names the status only)."""


# Retrying cannot change these answers to StartAttachmentUpload.
_REFUSED_UPLOAD_CODES = frozenset({"ServiceQuotaExceededException", "ValidationException"})


@dataclass(frozen=True)
class ChatFile:
    """A file for the agent; ``name`` is the relay's own (``image-1.png``), never Meta's."""

    name: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class StartedChat:
    contact_id: str
    participant_id: str
    participant_token: str = field(repr=False)


@dataclass(frozen=True)
class Connection:
    token: str = field(repr=False)
    expires_at: int


class ConnectGateway:
    """``connect`` and ``participant`` return the clients (``aws_clients.Lazy`` in the
    handler, so nothing is built at import or construction)."""

    def __init__(
        self,
        connect: Callable[[], ConnectClient],
        participant: Callable[[], ConnectParticipantClient],
        http: urllib3.PoolManager | None = None,
        upload_timeout_seconds: float = 30.0,
    ) -> None:
        self._connect_client = connect
        self._participant_client = participant
        self._http = http or urllib3.PoolManager(retries=False, maxsize=2)
        self._upload_timeout = upload_timeout_seconds

    @property
    def _connect(self) -> ConnectClient:
        return self._connect_client()

    @property
    def _participant(self) -> ConnectParticipantClient:
        return self._participant_client()

    def start_chat(
        self,
        *,
        instance_id: str,
        contact_flow_id: str,
        display_name: str,
        attributes: Mapping[str, str],
        duration_minutes: int,
        client_token: str,
    ) -> StartedChat:
        response = self._connect.start_chat_contact(
            InstanceId=instance_id,
            ContactFlowId=contact_flow_id,
            ParticipantDetails={"DisplayName": display_name},
            Attributes=dict(attributes),
            ChatDurationInMinutes=duration_minutes,
            SupportedMessagingContentTypes=list(SUPPORTED_CONTENT_TYPES),
            ClientToken=client_token,
        )
        return StartedChat(
            contact_id=response["ContactId"],
            participant_id=response["ParticipantId"],
            participant_token=response["ParticipantToken"],
        )

    def start_streaming(
        self, *, instance_id: str, contact_id: str, topic_arn: str, client_token: str
    ) -> str:
        response = self._connect.start_contact_streaming(
            InstanceId=instance_id,
            ContactId=contact_id,
            ChatStreamingConfiguration={"StreamingEndpointArn": topic_arn},
            ClientToken=client_token,
        )
        return response["StreamingId"]

    def connect_participant(self, participant_token: str, *, first: bool) -> Connection:
        """A ConnectionToken; ``first`` also marks the customer connected (streaming chats)."""
        try:
            if first:
                response = self._participant.create_participant_connection(
                    ParticipantToken=participant_token,
                    Type=["CONNECTION_CREDENTIALS"],
                    ConnectParticipant=True,
                )
            else:
                response = self._participant.create_participant_connection(
                    ParticipantToken=participant_token, Type=["CONNECTION_CREDENTIALS"]
                )
        except ClientError as error:
            _raise_if_chat_ended(error)
            raise
        credentials = response["ConnectionCredentials"]
        return Connection(
            token=credentials["ConnectionToken"],
            expires_at=_epoch_seconds(credentials["Expiry"]),
        )

    def send_text(self, connection_token: str, content: str, client_token: str) -> str:
        try:
            response = self._participant.send_message(
                ConnectionToken=connection_token,
                ContentType="text/plain",
                Content=content,
                ClientToken=client_token,
            )
        except ClientError as error:
            _raise_if_chat_ended(error)
            raise
        return response.get("Id", "")

    def send_file(self, connection_token: str, file: ChatFile, client_token: str) -> str:
        """Upload ``file`` into the chat; its attachment id."""
        try:
            started = self._participant.start_attachment_upload(
                ContentType=file.content_type,
                AttachmentSizeInBytes=len(file.data),
                AttachmentName=file.name,
                ClientToken=client_token,
                ConnectionToken=connection_token,
            )
        except ClientError as error:
            _raise_if_chat_ended(error)
            if error_code(error) in _REFUSED_UPLOAD_CODES:
                raise AttachmentRefused(error_code(error)) from None
            raise
        attachment_id = started["AttachmentId"]
        upload = started["UploadMetadata"]
        try:
            response = self._http.request(
                "PUT",
                upload["Url"],
                body=file.data,
                headers=dict(upload.get("HeadersToInclude", {})),
                redirect=False,
                timeout=urllib3.Timeout(connect=5.0, read=self._upload_timeout),
            )
        except HTTPError as error:
            raise AttachmentUploadFailed(type(error).__name__) from None
        if not 200 <= response.status < 300:
            raise AttachmentUploadFailed(f"status {response.status}")
        try:
            self._participant.complete_attachment_upload(
                AttachmentIds=[attachment_id],
                ClientToken=client_token,
                ConnectionToken=connection_token,
            )
        except ClientError as error:
            _raise_if_chat_ended(error)
            raise
        return attachment_id


def _raise_if_chat_ended(error: ClientError) -> None:
    if error_code(error) == "AccessDeniedException":
        raise ChatEnded("the participant service denied access to the chat") from None


def _epoch_seconds(iso_timestamp: str) -> int:
    # ISO 8601, e.g. "2026-11-27T00:00:00.000Z"; Python 3.11 parses the "Z".
    return int(datetime.fromisoformat(iso_timestamp).timestamp())
