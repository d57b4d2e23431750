"""The chat sessions table: which Amazon Connect chat a Messenger customer is talking in.

One item per customer, keyed ``{channel}#{page_id}#{psid}``, found again by the chat's
initial ContactId through the ``contact_id-index`` GSI (the outbound relay's lookup).

A customer's first message does not start a chat straight away: it first *claims* the item
with a conditional put (status ``STARTING``), so when two first messages race only one of
them opens a chat. A claim expires after a short time (its ``expires_at``), so a winner that
crashed half-way cannot leave the customer stuck. The same message retrying may re-take its
own claim (the claim id is derived from its ``mid``). Every item carries ``expires_at`` as
its DynamoDB TTL; for a live chat that is when Connect ends it at the latest.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from connect_privacy.aws_errors import error_code

if TYPE_CHECKING:
    from mypy_boto3_dynamodb.client import DynamoDBClient

CONTACT_ID_INDEX = "contact_id-index"
# The cross-message marker of ``redaction.continuation`` (kind, counts, expiry; no digits).
PENDING_NUMBER = "pending_number"
# The marker of the value an agent last asked for (kind and counts), awaited anew when the
# agent asks for it again without naming it (``redaction.agent_question.asked_again``).
LAST_ASKED = "last_asked"
# A random token in the marker, new on every write (not part of the marker's meaning).
_REVISION = "revision"
_CONDITION_FAILED = "ConditionalCheckFailedException"


class SessionStatus(StrEnum):
    STARTING = "STARTING"
    ACTIVE = "ACTIVE"
    ENDED = "ENDED"


class SessionConflict(Exception):
    """The session changed under us (a claim was lost or taken over); retry the message."""


def session_key(channel: str, page_id: str, psid: str) -> str:
    return f"{channel}#{page_id}#{psid}"


@dataclass(frozen=True)
class ChatSession:
    """A customer's chat as stored; tokens are secrets, so ``repr`` leaves them out."""

    key: str
    channel: str
    page_id: str
    psid: str
    status: SessionStatus
    contact_id: str
    participant_id: str
    participant_token: str
    connection_token: str
    connection_expires_at: int
    started_at: int
    last_customer_message_at: int
    expires_at: int

    def __repr__(self) -> str:
        return f"ChatSession(status={self.status.value}, contact_id={self.contact_id})"

    def is_live(self, now: int) -> bool:
        """ACTIVE and not past the chat's maximum duration (TTL deletion lags by hours)."""
        return self.status is SessionStatus.ACTIVE and now < self.expires_at


class SessionStore:
    """DynamoDB adapter for the sessions table; ``client`` returns the DynamoDB client
    (an ``aws_clients.Lazy``, so it is built on first use)."""

    def __init__(self, table_name: str, client: Callable[[], DynamoDBClient]) -> None:
        self._table = table_name
        self._client = client

    @property
    def _ddb(self) -> DynamoDBClient:
        return self._client()

    def get(self, key: str) -> ChatSession | None:
        """The customer's chat (ACTIVE or ENDED); ``None`` when there is none or only a claim."""
        response = self._ddb.get_item(
            TableName=self._table, Key={"pk": {"S": key}}, ConsistentRead=True
        )
        item = response.get("Item")
        if item is None or item["status"]["S"] == SessionStatus.STARTING:
            return None
        return _session_from_item(item)

    def find_by_contact_id(self, contact_id: str) -> ChatSession | None:
        """The session of a chat by its initial ContactId, whatever its status."""
        response = self._ddb.query(
            TableName=self._table,
            IndexName=CONTACT_ID_INDEX,
            KeyConditionExpression="contact_id = :c",
            ExpressionAttributeValues={":c": {"S": contact_id}},
            Limit=1,
        )
        items = response.get("Items", [])
        if not items or items[0]["status"]["S"] == SessionStatus.STARTING:
            return None
        return _session_from_item(items[0])

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
    ) -> bool:
        """Reserve the right to start this customer's chat; False if someone else holds it.

        Succeeds when there is no item, the chat ended or expired, a previous claim went
        stale, or the claim is this message's own (a retry).
        """
        try:
            self._ddb.put_item(
                TableName=self._table,
                Item={
                    "pk": {"S": key},
                    "channel": {"S": channel},
                    "page_id": {"S": page_id},
                    "psid": {"S": psid},
                    "status": {"S": SessionStatus.STARTING},
                    "claim_id": {"S": claim_id},
                    "claimed_at": {"N": str(now)},
                    "expires_at": {"N": str(now + ttl_seconds)},
                },
                ConditionExpression=(
                    "attribute_not_exists(pk) OR #status = :ended OR expires_at <= :now"
                    " OR (#status = :starting AND claim_id = :claim)"
                ),
                ExpressionAttributeNames={"#status": "status"},
                ExpressionAttributeValues={
                    ":ended": {"S": SessionStatus.ENDED},
                    ":starting": {"S": SessionStatus.STARTING},
                    ":claim": {"S": claim_id},
                    ":now": {"N": str(now)},
                },
            )
        except ClientError as error:
            if _is_condition_failure(error):
                return False
            raise
        return True

    def activate(self, key: str, claim_id: str, session: ChatSession) -> ChatSession:
        """Turn our claim into the ACTIVE session; SessionConflict if the claim was lost."""
        item = _item_from_session(session)
        try:
            self._ddb.put_item(
                TableName=self._table,
                Item=item,
                ConditionExpression="#status = :starting AND claim_id = :claim",
                ExpressionAttributeNames={"#status": "status"},
                ExpressionAttributeValues={
                    ":starting": {"S": SessionStatus.STARTING},
                    ":claim": {"S": claim_id},
                },
            )
        except ClientError as error:
            if _is_condition_failure(error):
                raise SessionConflict("the chat claim was taken over before activation") from None
            raise
        return session

    def end(self, key: str, contact_id: str) -> bool:
        """ACTIVE -> ENDED if the stored chat is still ``contact_id``; False otherwise."""
        return self._update_if_current(
            key,
            contact_id,
            "SET #status = :ended",
            {":ended": {"S": SessionStatus.ENDED}},
        )

    def replace_connection(
        self, key: str, contact_id: str, connection_token: str, connection_expires_at: int
    ) -> bool:
        """Store a refreshed ConnectionToken; False if the chat is no longer the current one."""
        return self._update_if_current(
            key,
            contact_id,
            "SET connection_token = :token, connection_expires_at = :expiry",
            {
                ":token": {"S": connection_token},
                ":expiry": {"N": str(connection_expires_at)},
            },
        )

    def record_customer_message(self, key: str, contact_id: str, at: int) -> bool:
        """Note when the customer last wrote (the outbound relay's messaging window)."""
        return self._update_if_current(
            key,
            contact_id,
            "SET last_customer_message_at = :at",
            {":at": {"N": str(at)}},
        )

    def pending_number(self, key: str) -> dict[str, str] | None:
        """The customer's pending-number marker, as stored (strings); None when there is none."""
        return self._read_marker(key, PENDING_NUMBER)

    def last_asked(self, key: str) -> dict[str, str] | None:
        """The marker of the value an agent last asked for (strings); None when none is kept."""
        return self._read_marker(key, LAST_ASKED)

    def await_answer(
        self, key: str, contact_id: str, marker: Mapping[str, str | int | float]
    ) -> bool:
        """Store the marker awaiting the answer to an agent's question, superseding any, and
        keep it as the value last asked for; False if ``contact_id`` is no longer the chat."""
        asked = {name: value for name, value in marker.items() if name != _REVISION}
        return self._update_if_current(
            key,
            contact_id,
            f"SET {PENDING_NUMBER} = :marker, {LAST_ASKED} = :asked",
            {":marker": _marker_value(marker), ":asked": {"M": _stored(asked)}},
        )

    def forget_last_asked(self, key: str, contact_id: str) -> bool:
        """Drop the value last asked for (the agent has since asked for something else); False
        when none was kept or the chat is no longer the current one."""
        return self._update_if_current(
            key, contact_id, f"REMOVE {LAST_ASKED}", {}, f"attribute_exists({LAST_ASKED})"
        )

    def _read_marker(self, key: str, attribute: str) -> dict[str, str] | None:
        response = self._ddb.get_item(
            TableName=self._table,
            Key={"pk": {"S": key}},
            ConsistentRead=True,
            ProjectionExpression="#marker",
            ExpressionAttributeNames={"#marker": attribute},
        )
        stored = response.get("Item", {}).get(attribute, {}).get("M")
        if not stored:
            return None
        return {name: str(next(iter(value.values()))) for name, value in stored.items()}

    def replace_pending_number(
        self,
        key: str,
        contact_id: str,
        read: Mapping[str, str] | None,
        marker: Mapping[str, str | int | float] | None,
    ) -> bool:
        """Store (or, with None, remove) the marker on the chat ``contact_id`` delivered to,
        only if the stored marker is still the one ``pending_number`` returned as ``read``.
        The inbound relay reads the marker, redacts, delivers, then writes what follows; an
        agent's question relayed in between (``await_answer``) must not be overwritten by it.
        False when it was, or when that chat is no longer the current one (a new chat starts
        without a marker)."""
        values: dict[str, Any] = {}
        if read is None:
            unchanged = f"attribute_not_exists({PENDING_NUMBER})"
        elif (revision := read.get(_REVISION)) is None:  # stored before markers had one
            unchanged = f"attribute_not_exists({PENDING_NUMBER}.{_REVISION})"
        else:
            unchanged = f"{PENDING_NUMBER}.{_REVISION} = :read_revision"
            values = {":read_revision": {"S": revision}}
        return self._write_marker(key, contact_id, marker, unchanged, values)

    def _write_marker(
        self,
        key: str,
        contact_id: str,
        marker: Mapping[str, str | int | float] | None,
        unchanged: str,
        unchanged_values: Mapping[str, Any],
    ) -> bool:
        if marker is None:
            update, values = f"REMOVE {PENDING_NUMBER}", dict(unchanged_values)
        else:
            update = f"SET {PENDING_NUMBER} = :marker"
            values = {":marker": _marker_value(marker), **unchanged_values}
        return self._update_if_current(key, contact_id, update, values, unchanged)

    def _update_if_current(
        self,
        key: str,
        contact_id: str,
        update: str,
        values: Mapping[str, Any],
        also: str | None = None,
    ) -> bool:
        condition = "#status = :active AND contact_id = :contact"
        try:
            self._ddb.update_item(
                TableName=self._table,
                Key={"pk": {"S": key}},
                UpdateExpression=update,
                ConditionExpression=condition if also is None else f"{condition} AND {also}",
                ExpressionAttributeNames={"#status": "status"},
                ExpressionAttributeValues={
                    ":active": {"S": SessionStatus.ACTIVE},
                    ":contact": {"S": contact_id},
                    **values,
                },
            )
        except ClientError as error:
            if _is_condition_failure(error):
                return False
            raise
        return True


def _marker_value(marker: Mapping[str, str | int | float]) -> dict[str, Any]:
    """The pending-number marker as stored, with a fresh revision: what a compare-and-set
    (``replace_pending_number``) compares."""
    stored = _stored({name: value for name, value in marker.items() if name != _REVISION})
    stored[_REVISION] = {"S": uuid.uuid4().hex}
    return {"M": stored}


def _stored(marker: Mapping[str, str | int | float]) -> dict[str, Any]:
    return {
        name: {"S": value} if isinstance(value, str) else {"N": str(value)}
        for name, value in marker.items()
    }


def _is_condition_failure(error: ClientError) -> bool:
    return error_code(error) == _CONDITION_FAILED


def _item_from_session(session: ChatSession) -> dict[str, Any]:
    return {
        "pk": {"S": session.key},
        "channel": {"S": session.channel},
        "page_id": {"S": session.page_id},
        "psid": {"S": session.psid},
        "status": {"S": session.status.value},
        "contact_id": {"S": session.contact_id},
        "participant_id": {"S": session.participant_id},
        "participant_token": {"S": session.participant_token},
        "connection_token": {"S": session.connection_token},
        "connection_expires_at": {"N": str(session.connection_expires_at)},
        "started_at": {"N": str(session.started_at)},
        "last_customer_message_at": {"N": str(session.last_customer_message_at)},
        "expires_at": {"N": str(session.expires_at)},
    }


def _session_from_item(item: Mapping[str, Any]) -> ChatSession:
    def text(name: str) -> str:
        return str(item[name]["S"])

    def number(name: str) -> int:
        return int(item[name]["N"])

    return ChatSession(
        key=text("pk"),
        channel=text("channel"),
        page_id=text("page_id"),
        psid=text("psid"),
        status=SessionStatus(text("status")),
        contact_id=text("contact_id"),
        participant_id=text("participant_id"),
        participant_token=text("participant_token"),
        connection_token=text("connection_token"),
        connection_expires_at=number("connection_expires_at"),
        started_at=number("started_at"),
        last_customer_message_at=number("last_customer_message_at"),
        expires_at=number("expires_at"),
    )
