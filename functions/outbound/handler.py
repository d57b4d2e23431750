"""Outbound relay: Amazon Connect chat streaming (SNS) to the customer on Messenger.

Event: SNS notifications from the chat streaming topic (a standard topic: Connect does not
stream to FIFO). Every record is handled, in ``AbsoluteTime`` order; the first failure stops
the loop and fails the invocation, so later items never overtake an earlier one and the
retry resumes where this one stopped (each sent part is remembered, see ``once``).

Terraform pairings for this function:
- SNS subscription with ``filter_policy`` = ``filter_policy.json`` beside this file (scope
  MessageAttributes): it keeps the customer's own messages (ParticipantRole CUSTOMER, the
  relay's echo) and AGENT-only items out; ``chat.ended`` always passes. The handler applies
  the same rule again (``StreamedItem.for_customer``).
- ``aws_lambda_function_event_invoke_config``: ``maximum_retry_attempts`` 2 and
  ``maximum_event_age_in_seconds`` (e.g. 3600), with ``destination_config.on_failure`` an SQS
  dead-letter queue: a message whose Graph API retries ran out lands there, never lost
  silently. The function ``timeout`` bounds the backoff budget (remaining time minus a margin).
- IAM: ``dynamodb:Query`` on the sessions table's ``contact_id-index``,
  ``dynamodb:UpdateItem`` on the sessions table; ``dynamodb:GetItem/PutItem/UpdateItem/
  DeleteItem`` on the idempotency table; ``secretsmanager:GetSecretValue`` on the Messenger
  secret; ``connect:GetAttachment`` is not an IAM action (the participant API authenticates
  with the ConnectionToken), so none is needed for it.
"""

from __future__ import annotations

import os
import time
from functools import cache
from typing import TYPE_CHECKING

import boto3
import urllib3
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.utilities.data_classes import SNSEvent, event_source
from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer
from botocore.config import Config

from connect_privacy.connect_chat.attachments import ConnectAttachmentLinks
from connect_privacy.connect_chat.sessions import SessionStore
from connect_privacy.connect_chat.streaming import (
    MalformedNotification,
    StreamedItem,
    parse_notification,
    sns_attributes,
)
from connect_privacy.log_safety import silence_request_logging
from connect_privacy.messenger.secrets import load_messenger_secrets
from connect_privacy.messenger.send_api import PageAccess, SendApiClient
from connect_privacy.relay.outbound import OutboundRelay
from connect_privacy.telemetry import PowertoolsCounter
from outbound.once import IdempotentOnce, idempotency_config
from outbound.settings import OutboundConfig

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext
    from mypy_boto3_connectparticipant.client import ConnectParticipantClient
    from mypy_boto3_dynamodb.client import DynamoDBClient

logger = Logger()
tracer = Tracer()
metrics = Metrics()
counter = PowertoolsCounter(metrics)
copy_config_to_registered_loggers(source_logger=logger, include={"connect_privacy", "outbound"})
silence_request_logging()

CONFIG = OutboundConfig.from_env(os.environ)
IDEMPOTENCY = idempotency_config()
# Time kept back from the Lambda timeout for the idempotency writes and the metrics flush.
DEADLINE_MARGIN_SECONDS = 3.0
_AWS_CONFIG = Config(retries={"mode": "standard"}, connect_timeout=3, read_timeout=10)


@cache
def dynamodb_client() -> DynamoDBClient:
    return boto3.client("dynamodb", config=_AWS_CONFIG)


@cache
def participant_client() -> ConnectParticipantClient:
    return boto3.client("connectparticipant", config=_AWS_CONFIG)


def backoff_sleep(seconds: float) -> None:
    """The Send API client's pause between retries (tests replace it to run instantly)."""
    time.sleep(seconds)


@cache
def _relay() -> OutboundRelay:
    """Built on the first invocation, not at import: no AWS client exists before it is used."""
    persistence = DynamoDBPersistenceLayer(
        table_name=CONFIG.idempotency_table, boto3_client=dynamodb_client()
    )
    return OutboundRelay(
        sessions=SessionStore(CONFIG.sessions_table, dynamodb_client),
        sender=SendApiClient(
            base_url=CONFIG.graph_api_base_url,
            version=CONFIG.graph_api_version,
            http=urllib3.PoolManager(retries=False, maxsize=4),
            counter=counter,
            sleep=backoff_sleep,
        ),
        page_access=_page_access,
        attachment_links=ConnectAttachmentLinks(participant_client, counter),
        once=IdempotentOnce(persistence, IDEMPOTENCY),
        settings=CONFIG.relay,
        counter=counter,
    )


def _page_access(page_id: str) -> PageAccess:
    # Powertools caches the secret for max_age seconds, so a rotated token is picked up.
    secrets = load_messenger_secrets(
        CONFIG.messenger_secret_id, max_age_seconds=CONFIG.messenger_secret_max_age_seconds
    )
    return PageAccess.create(page_id, secrets.page_token(page_id), secrets.app_secret)


def _items(event: SNSEvent) -> list[StreamedItem]:
    """Every record's chat item, oldest first; malformed ones are counted and dropped."""
    items: list[StreamedItem] = []
    for record in event.records:
        attributes = sns_attributes(record.sns.get("MessageAttributes"))
        try:
            items.append(parse_notification(record.sns.message, attributes))
        except MalformedNotification as error:
            # Retrying cannot fix a malformed item: count it and keep the rest of the batch.
            counter.count("OutboundMalformedNotifications")
            logger.warning(
                "Dropped a malformed notification",
                extra={"sns_message_id": record.sns.message_id, "problem": str(error)},
            )
    # ISO-8601 UTC timestamps of one format sort as text; the sort is stable for ties.
    return sorted(items, key=lambda item: item.absolute_time)


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
@event_source(data_class=SNSEvent)
def lambda_handler(event: SNSEvent, context: LambdaContext) -> None:
    relay = _relay()
    IDEMPOTENCY.register_lambda_context(context)
    remaining = context.get_remaining_time_in_millis() / 1000
    deadline = time.monotonic() + remaining - DEADLINE_MARGIN_SECONDS
    for item in _items(event):
        try:
            relay.deliver(item, deadline=deadline)
        except Exception:
            logger.exception(
                "Outbound item failed; the invocation fails so Lambda retries it",
                extra={"item_id": item.item_id, "contact_id": item.initial_contact_id},
            )
            raise
