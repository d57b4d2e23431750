"""Outbound relay: Amazon Connect chat streaming (SNS) to the customer on Messenger or
Instagram Direct (the session's channel picks the token and the Graph host).

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
  with the ConnectionToken, "the Amazon Connect Participant Service APIs do not use
  Signature Version 4 authentication"), so none is needed for it, nor for the SendMessage
  that tells the agent a file was not delivered.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

import urllib3
from aws_lambda_powertools.utilities.data_classes import SNSEvent, event_source
from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer
from aws_lambda_powertools.utilities.parameters import SecretsProvider

from connect_privacy.attachments.download import CurrentDownloader, Downloader
from connect_privacy.aws_clients import Lazy, client_config, lazy_client
from connect_privacy.bootstrap import bootstrap
from connect_privacy.connect_chat.attachments import ConnectAttachmentLinks
from connect_privacy.connect_chat.gateway import ConnectGateway
from connect_privacy.connect_chat.sessions import SessionStore
from connect_privacy.connect_chat.streaming import (
    MalformedStreamItem,
    StreamedItem,
    parse_stream_item,
    sns_attributes,
)
from connect_privacy.idempotency import IdempotentOnce
from connect_privacy.messenger.secrets import load_messenger_secrets
from connect_privacy.messenger.send_api import PageAccess, SendApiClient
from connect_privacy.messenger.webhook_events import Channel
from connect_privacy.relay.outbound import PART_RECORD_TTL_SECONDS, AskedValue, OutboundRelay
from outbound.settings import OutboundSettings

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext

observability = bootstrap("outbound")
logger, tracer, metrics = observability.logger, observability.tracer, observability.metrics
counter = observability.counter
settings = OutboundSettings.from_env(os.environ)
# Time kept back from the Lambda timeout for the idempotency writes and the metrics flush.
DEADLINE_MARGIN_SECONDS = 3.0
AWS_CLIENT_CONFIG = client_config()
dynamodb_client = lazy_client("dynamodb", AWS_CLIENT_CONFIG)
participant_client = lazy_client("connectparticipant", AWS_CLIENT_CONFIG)
secrets_provider = Lazy(lambda: SecretsProvider(boto_config=AWS_CLIENT_CONFIG))
# Built on the first invocation, not at import: the persistence layer needs its client.
once = Lazy(
    lambda: IdempotentOnce(
        DynamoDBPersistenceLayer(
            table_name=settings.idempotency_table, boto3_client=dynamodb_client()
        ),
        key_prefix="outbound-part",
        expires_after_seconds=PART_RECORD_TTL_SECONDS,
    )
)


def backoff_sleep(seconds: float) -> None:
    """The Send API client's pause between retries (tests replace it to run instantly)."""
    time.sleep(seconds)


# Agent files are read from Connect's pre-signed URL (https only; tests swap in a Downloader
# that also reads from 127.0.0.1) and uploaded to Meta.
downloader = Downloader()


def _build_relay() -> OutboundRelay:
    return OutboundRelay(
        sessions=SessionStore(settings.sessions_table, dynamodb_client),
        sender=SendApiClient(
            base_url=settings.graph_api_base_url,
            instagram_base_url=settings.instagram_graph_api_base_url,
            version=settings.graph_api_version,
            http=urllib3.PoolManager(retries=False, maxsize=4),
            counter=counter,
            # Looked up at call time, so a test's replacement takes effect.
            sleep=lambda seconds: backoff_sleep(seconds),
        ),
        page_access=_page_access,
        attachment_links=ConnectAttachmentLinks(participant_client, counter),
        file_fetcher=CurrentDownloader(lambda: downloader),
        # Only the participant API is used (send_text): the connect client is never built.
        agent_notices=ConnectGateway(lazy_client("connect", AWS_CLIENT_CONFIG), participant_client),
        once=once(),
        policy=settings.policy,
        counter=counter,
        asked_value=_asked_value() if settings.agent_questions_await_answers else None,
    )


def _asked_value() -> AskedValue:
    # Imported here: the redaction engine's patterns load only when questions are read.
    from connect_privacy.redaction import agent_question

    return agent_question


outbound_relay = Lazy(_build_relay)


def _page_access(channel: Channel, account_id: str) -> PageAccess:
    # Powertools caches the secret for max_age seconds, so a rotated token is picked up.
    secrets = load_messenger_secrets(
        settings.messenger_secret_id,
        max_age_seconds=settings.messenger_secret_max_age_seconds,
        provider=secrets_provider,
    )
    if channel is Channel.INSTAGRAM:
        return PageAccess.instagram(account_id, secrets.instagram_token(account_id))
    return PageAccess.create(account_id, secrets.page_token(account_id), secrets.app_secret)


def _items(event: SNSEvent) -> list[StreamedItem]:
    """Every record's chat item, oldest first; malformed ones are counted and dropped."""
    items: list[StreamedItem] = []
    for record in event.records:
        attributes = sns_attributes(record.sns.get("MessageAttributes"))
        try:
            items.append(parse_stream_item(record.sns.message, attributes))
        except MalformedStreamItem as error:
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
    relay = outbound_relay()
    once().config.register_lambda_context(context)
    remaining = context.get_remaining_time_in_millis() / 1000
    deadline = time.monotonic() + remaining - DEADLINE_MARGIN_SECONDS
    for item in _items(event):
        # Every record while this item is handled carries its ids, the Graph retries' too.
        logger.append_keys(item_id=item.item_id, contact_id=item.initial_contact_id)
        try:
            relay.deliver(item, deadline=deadline)
        except Exception:
            logger.exception("Outbound item failed; the invocation fails so Lambda retries it")
            raise
        finally:
            logger.remove_keys(["item_id", "contact_id"])
