"""Amazon Connect and Connect Participant calls the relay makes, as one small adapter.

Only ``AccessDeniedException`` from the Participant service is translated (to
:class:`ChatEnded`: the chat is over or the token is dead). Everything else, throttling and
5xx included, propagates as botocore's ``ClientError`` so the SQS record is retried.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from connect_privacy.aws_errors import error_code

if TYPE_CHECKING:
    from mypy_boto3_connect.client import ConnectClient
    from mypy_boto3_connectparticipant.client import ConnectParticipantClient

SUPPORTED_CONTENT_TYPES = ("text/plain", "text/markdown")


class ChatEnded(Exception):
    """The Participant service refused the token: the chat is over (or the token is dead)."""


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
    ) -> None:
        self._connect_client = connect
        self._participant_client = participant

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


def _raise_if_chat_ended(error: ClientError) -> None:
    if error_code(error) == "AccessDeniedException":
        raise ChatEnded("the participant service denied access to the chat") from None


def _epoch_seconds(iso_timestamp: str) -> int:
    # ISO 8601, e.g. "2026-11-27T00:00:00.000Z"; Python 3.11 parses the "Z".
    return int(datetime.fromisoformat(iso_timestamp).timestamp())
