"""Re-drive the events a vault function gave up on, after the cause is fixed.

The relocate and publish functions are invoked asynchronously; after Lambda's retries
their on-failure destination (an SQS queue) receives an *invocation record*::

    {"version": "1.0", "timestamp": "...",
     "requestContext": {"requestId": "...", "functionArn": "...",
                        "condition": "RetriesExhausted", "approximateInvokeCount": 3},
     "requestPayload": <the original S3 or EventBridge event>,
     "responseContext": {"statusCode": 200, "executedVersion": "$LATEST",
                         "functionError": "Unhandled"},
     "responsePayload": {"errorType": "...", "errorMessage": "..."}}

A legacy dead-letter queue holds the bare event instead; both are accepted. Each
event is invoked again, synchronously, either on the deployed function or in this
process (``--in-process relocate.handler``, with the function's environment set);
the message is deleted only when that invocation succeeded, so a replay that fails
again loses nothing. Relocation is idempotent, so replaying an event twice is safe.

Usage::

    python -m connect_privacy.vault.replay --queue-url URL --function-name NAME
    python -m connect_privacy.vault.replay --queue-url URL --in-process relocate.handler
        [--max-messages N] [--dry-run]

Only counts are printed; events and error messages are not (they name objects).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TextIO

import boto3
from botocore.config import Config

from connect_privacy import json_text
from connect_privacy.vault.events import UnsupportedEvent, object_refs

if TYPE_CHECKING:
    from mypy_boto3_sqs.client import SQSClient

Invoke = Callable[[dict[str, Any]], None]
_CONFIG = Config(retries={"mode": "standard"}, connect_timeout=3, read_timeout=900)


class MalformedRecord(ValueError):
    """The message is neither an invocation record nor an S3/EventBridge event."""


class ReplayFailed(Exception):
    """The re-driven invocation failed again; the message stays in the queue."""


def original_event(body: str) -> dict[str, Any]:
    """The event inside an on-failure invocation record (or a bare DLQ event)."""
    try:
        message = json_text.loads(body)
    except ValueError:
        raise MalformedRecord("message body is not JSON") from None
    if not isinstance(message, dict):
        raise MalformedRecord("message body is not a JSON object")
    event = message.get("requestPayload", message) if "requestContext" in message else message
    if not isinstance(event, dict):
        raise MalformedRecord("requestPayload is not an event")
    try:
        refs = object_refs(event)
    except UnsupportedEvent:
        raise MalformedRecord("the payload is not an S3 or EventBridge object event") from None
    if not refs:  # the functions never fail on these, so it does not belong here
        raise MalformedRecord("the payload names no created object")
    return event


@dataclass
class Summary:
    replayed: int = 0
    failed: int = 0
    malformed: int = 0
    objects: int = 0

    def __str__(self) -> str:
        return (
            f"replayed={self.replayed} failed={self.failed} malformed={self.malformed} "
            f"objects={self.objects}"
        )


class Queue(Protocol):
    def receive(self) -> list[tuple[str, str, str]]:
        """Up to ten ``(message id, receipt handle, body)``."""

    def delete(self, receipt_handle: str) -> None: ...


class SqsQueue:
    def __init__(self, client: SQSClient, queue_url: str, visibility_seconds: int = 900) -> None:
        self._client = client
        self._url = queue_url
        self._visibility = visibility_seconds

    def receive(self) -> list[tuple[str, str, str]]:
        response = self._client.receive_message(
            QueueUrl=self._url,
            MaxNumberOfMessages=10,
            WaitTimeSeconds=1,
            VisibilityTimeout=self._visibility,
        )
        return [
            (m["MessageId"], m["ReceiptHandle"], m["Body"]) for m in response.get("Messages", [])
        ]

    def delete(self, receipt_handle: str) -> None:
        self._client.delete_message(QueueUrl=self._url, ReceiptHandle=receipt_handle)


def replay(queue: Queue, invoke: Invoke, *, max_messages: int, dry_run: bool) -> Summary:
    """Invoke every queued event once; delete the messages whose invocation succeeded."""
    summary = Summary()
    seen: set[str] = set()
    while len(seen) < max_messages:
        batch = [m for m in queue.receive() if m[0] not in seen]
        if not batch:
            break
        for message_id, receipt, body in batch[: max_messages - len(seen)]:
            seen.add(message_id)
            try:
                event = original_event(body)
            except MalformedRecord:
                summary.malformed += 1
                continue
            summary.objects += len(object_refs(event))
            if dry_run:
                continue
            try:
                invoke(event)
            except Exception:  # the event stays queued for the next attempt
                summary.failed += 1
                continue
            queue.delete(receipt)
            summary.replayed += 1
    return summary


class _LambdaClient(Protocol):
    def invoke(self, **kwargs: Any) -> Mapping[str, Any]: ...


def lambda_invoker(client: _LambdaClient, function_name: str) -> Invoke:
    """Invoke the deployed function synchronously; a function error raises ReplayFailed."""

    def invoke(event: dict[str, Any]) -> None:
        response = client.invoke(
            FunctionName=function_name,
            InvocationType="RequestResponse",
            Payload=json.dumps(event).encode("utf-8"),
        )
        if response.get("FunctionError"):
            raise ReplayFailed(str(response["FunctionError"]))

    return invoke


@dataclass
class ReplayContext:
    """The Lambda context attributes the handlers read, for an in-process replay."""

    function_name: str = "vault-replay"
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:local:000000000000:function:vault-replay"
    aws_request_id: str = ""
    log_group_name: str = "vault-replay"
    log_stream_name: str = "vault-replay"

    def get_remaining_time_in_millis(self) -> int:
        return 900_000


def in_process_invoker(handler_module: str) -> Invoke:
    """Run ``<module>.lambda_handler`` here, with this process's environment and credentials."""
    module = importlib.import_module(handler_module)

    def invoke(event: dict[str, Any]) -> None:
        module.lambda_handler(event, ReplayContext(aws_request_id=str(uuid.uuid4())))

    return invoke


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m connect_privacy.vault.replay",
        description="Re-drive a vault function's on-failure queue after a fix.",
    )
    parser.add_argument("--queue-url", required=True)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--function-name", help="invoke the deployed function")
    target.add_argument("--in-process", metavar="MODULE", help="e.g. relocate.handler")
    parser.add_argument("--max-messages", type=int, default=1000)
    parser.add_argument("--dry-run", action="store_true", help="count, invoke nothing")
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    args = _parser().parse_args(argv)
    stdout = stdout or sys.stdout
    if args.in_process:
        invoke = in_process_invoker(args.in_process)
    else:
        invoke = lambda_invoker(boto3.client("lambda", config=_CONFIG), args.function_name)
    queue = SqsQueue(boto3.client("sqs", config=_CONFIG), args.queue_url)
    summary = replay(queue, invoke, max_messages=args.max_messages, dry_run=args.dry_run)
    print(summary, file=stdout)
    return 1 if summary.failed or summary.malformed else 0


if __name__ == "__main__":
    raise SystemExit(main())
