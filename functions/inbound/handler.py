"""The inbound worker: one SQS FIFO record per customer message -> redacted -> Connect chat.

Pairs with Terraform: an event source mapping on the inbound FIFO queue with
``function_response_types = ["ReportBatchItemFailures"]``; the queue's redrive policy sends a
record to the DLQ after ``maxReceiveCount`` receives (the same number as MAX_RECEIVE_COUNT
here) and its visibility timeout is at least six times this function's timeout.

``SqsFifoPartialProcessor(skip_group_on_error=True)``: when a record fails, the later records
of the same message group (the same customer) are failed too, without being tried, so that
customer's order holds; other customers' records in the batch carry on. Each record is
idempotent on its channel and Meta ``mid`` (Powertools idempotency, DynamoDB), so a
redelivered or re-sent message reaches Connect once.
"""

from __future__ import annotations

import os
import time
from functools import partial
from typing import Any

from aws_lambda_powertools.utilities.batch import SqsFifoPartialProcessor, process_partial_response
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer
from aws_lambda_powertools.utilities.typing import LambdaContext

from connect_privacy.attachments.customer_files import CustomerFiles
from connect_privacy.attachments.detected_text import RekognitionText, TextractText
from connect_privacy.attachments.download import CurrentDownloader, Downloader
from connect_privacy.attachments.screening import Screener
from connect_privacy.aws_clients import Lazy, client_config, lazy_client
from connect_privacy.bootstrap import bootstrap
from connect_privacy.connect_chat.gateway import ConnectGateway
from connect_privacy.connect_chat.lifecycle import ConnectChats
from connect_privacy.connect_chat.sessions import SessionStore
from connect_privacy.idempotency import IdempotentOnce
from connect_privacy.messenger.webhook_events import CustomerMessage
from connect_privacy.pseudonym import pseudonymize
from connect_privacy.redaction import RedactionSettings, build_redactor
from connect_privacy.relay.inbound import relay_inbound
from connect_privacy.relay.queue import decode, message_key
from inbound.failures import OutOfTime, RelayFailed, classify
from inbound.settings import InboundSettings

observability = bootstrap("inbound")
logger, tracer, metrics = observability.logger, observability.tracer, observability.metrics
counter = observability.counter
settings = InboundSettings.from_env(os.environ)
# Standard retry mode retries throttling and 5xx with backoff before SQS's own retry.
AWS_CLIENT_CONFIG = client_config()
dynamodb = lazy_client("dynamodb", AWS_CLIENT_CONFIG)
processor = SqsFifoPartialProcessor(skip_group_on_error=True)
# Report every failed record, even when all failed, rather than fail the whole invocation.
processor.raise_on_entire_batch_failure = False
redactor = build_redactor(
    RedactionSettings.from_env(os.environ),
    comprehend_client=lazy_client("comprehend", AWS_CLIENT_CONFIG),
    counter=counter,
)
sessions = SessionStore(settings.sessions_table, dynamodb)
chats = ConnectChats(
    sessions,
    ConnectGateway(
        lazy_client("connect", AWS_CLIENT_CONFIG),
        lazy_client("connectparticipant", AWS_CLIENT_CONFIG),
    ),
    settings.chat,
    clock=time.time,
    counter=counter,
)
# Customer files: fetched from Meta's CDN over https only (tests swap in a Downloader that
# also reads from 127.0.0.1), screened with Rekognition/Textract and the same redactor.
downloader = Downloader()


# Reading a 5 MB image or a dense page takes seconds, not milliseconds: two attempts of at
# most 12 s each (25 s with the backoff), so one detection fits the worker's 60 s timeout.
DETECTION_CLIENT_CONFIG = client_config(read_timeout=10.0, max_attempts=2)
customer_files = CustomerFiles(
    policy=settings.attachment_policy,
    fetcher=CurrentDownloader(lambda: downloader),
    screener=Screener(
        photos=RekognitionText(lazy_client("rekognition", DETECTION_CLIENT_CONFIG)),
        documents=TextractText(lazy_client("textract", DETECTION_CLIENT_CONFIG)),
        redactor=redactor,
    ),
    counter=counter,
)
# Built on first use: the persistence layer needs its DynamoDB client when constructed.
once = Lazy(
    lambda: IdempotentOnce(
        DynamoDBPersistenceLayer(table_name=settings.idempotency_table, boto3_client=dynamodb()),
        key_prefix="inbound-message",
        expires_after_seconds=settings.idempotency_expires_seconds,
        hash_key_only=True,
    )
)


def deliver_message(message: CustomerMessage) -> dict[str, Any]:
    """The idempotent unit; its return value is stored in DynamoDB, so it holds no text."""
    outcome = relay_inbound(
        message,
        redactor=redactor,
        chats=chats,
        attachments=customer_files,
        counter=counter,
        markers=sessions,  # numbers split across messages (redaction.continuation)
    )
    return outcome.as_record()


# The time a record may need, started only while this much of the invocation is left: a text
# message's worst case is a few AWS calls with their own timeouts (connect_privacy.aws_clients);
# one with files adds a download (20 s at most), detection and the chat upload: typically
# seconds, 40 s covers all but the worst case, which the timeout and SQS retry still cover.
TEXT_RECORD_SECONDS = 15.0
FILE_RECORD_SECONDS = 40.0


def _start_if_time_left(message: CustomerMessage, context: LambdaContext | None) -> None:
    needed = (
        FILE_RECORD_SECONDS
        if customer_files.fetches_files and message.attachment_types
        else TEXT_RECORD_SECONDS
    )
    if context is not None and context.get_remaining_time_in_millis() < needed * 1000:
        raise OutOfTime


@tracer.capture_method(capture_response=False)
def record_handler(record: SQSRecord, lambda_context: LambdaContext | None = None) -> None:
    receive_count = int(record.attributes.approximate_receive_count or "1")
    try:
        message = decode(record.body)
        _start_if_time_left(message, lambda_context)
        logger.append_keys(
            mid=message.mid, channel=message.channel.value, psid=pseudonymize(message.psid)
        )
        outcome = once()(message_key(message), partial(deliver_message, message))
    except Exception as error:
        failure = classify(error)
        last_attempt = receive_count >= settings.max_receive_count
        counter.count(failure.metric)
        if last_attempt:
            counter.count("RecordsToDeadLetterQueue")
        logger.warning(
            "record failed", failure=failure.description, attempt=receive_count,
            to_dead_letter_queue=last_attempt,
        )  # fmt: skip
        raise RelayFailed(failure.description) from None
    else:
        logger.append_keys(contact_id=outcome.get("contact_id"))
        logger.info(
            "message relayed", extra={k: v for k, v in outcome.items() if k != "contact_id"}
        )
    finally:
        logger.remove_keys(["mid", "channel", "psid", "contact_id"])


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    once().config.register_lambda_context(context)
    return process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
