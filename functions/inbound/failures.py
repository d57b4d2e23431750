"""How a failed record is reported: a sanitised error for SQS to retry, and its metric.

Every failure re-raises so SQS redelivers the record (and, after maxReceiveCount, moves it
to the DLQ). What it re-raises never carries the original exception's message: botocore and
library errors may quote request content, and the batch processor logs what it catches.
"""

from __future__ import annotations

from dataclasses import dataclass

from aws_lambda_powertools.utilities.idempotency.exceptions import (
    IdempotencyAlreadyInProgressError,
)
from botocore.exceptions import BotoCoreError, ClientError

from connect_privacy.aws_errors import error_code
from connect_privacy.connect_chat.lifecycle import ChatBusy, ChatUnavailable
from connect_privacy.connect_chat.sessions import SessionConflict
from connect_privacy.relay.queue import MalformedQueueMessage

_THROTTLING_CODES = frozenset(
    {
        "ThrottlingException",
        "Throttling",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "LimitExceededException",
    }
)


class OutOfTime(Exception):
    """Too little of the invocation is left to finish this record, so it is not started.

    A batch that runs past the function's timeout fails every record in it, other customers'
    finished ones included, and pushes them all toward the DLQ; a record left for the next
    invocation costs one receive instead."""


class RelayFailed(Exception):
    """A record failed; the message is a fixed description (kind, AWS error code), no content."""


@dataclass(frozen=True)
class Failure:
    metric: str
    description: str


def classify(error: BaseException) -> Failure:
    if isinstance(error, ClientError):
        code = error_code(error, "Unknown")
        status = int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))
        operation = error.operation_name
        if code in _THROTTLING_CODES or status == 429:
            return Failure("AwsThrottled", f"{operation} throttled ({code})")
        if status >= 500:
            return Failure("AwsServerErrors", f"{operation} server error ({code})")
        return Failure("AwsClientErrors", f"{operation} failed ({code})")
    if isinstance(error, BotoCoreError):
        return Failure("AwsConnectionErrors", type(error).__name__)
    if isinstance(error, ChatBusy | SessionConflict | IdempotencyAlreadyInProgressError):
        return Failure("RecordsContended", type(error).__name__)
    if isinstance(error, ChatUnavailable):
        return Failure("ChatUnavailable", type(error).__name__)
    if isinstance(error, OutOfTime):
        return Failure("RecordsDeferred", "not started: too little time left in the invocation")
    if isinstance(error, MalformedQueueMessage):
        return Failure("MalformedRecords", type(error).__name__)
    return Failure("UnexpectedErrors", type(error).__name__)
