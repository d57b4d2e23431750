"""How events reach the functions: the parts of Lambda's event sources the demo plays.

- ``QueueEventSource``: Lambda's SQS event source mapping on a FIFO queue. It receives a
  batch from the emulator's queue, invokes the function, deletes what succeeded and makes
  the reported failures (``batchItemFailures``) visible again, so the queue's redrive policy
  applies as it does in AWS.
- ``TopicSubscription``: SNS invoking a function asynchronously, one record per
  notification. The emulator cannot call a Lambda function, so the subscription is an SQS
  queue subscribed to the topic with the function's filter policy; each notification SNS
  puts there (the JSON it sends every subscriber) becomes the Lambda SNS record. Failed
  invocations are retried twice, as Lambda's asynchronous invocation does, then go to the
  on-failure queue.
- ``BucketNotifications``: S3 event notifications, delivered by the emulator's S3 to an SQS
  queue with the stack's prefix filters; each notification is the S3 event the function
  receives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from demo.events import sns_record, sqs_record
from demo.runtime import LocalFunction

ASYNC_ATTEMPTS = 3  # Lambda's asynchronous invocation: the first attempt and two retries


class DeliveryFailed(Exception):
    """A function kept failing for an event; the message names the function, no content."""


def _receive(sqs: Any, url: str, *, fifo: bool = False) -> list[dict[str, Any]]:
    request: dict[str, Any] = {
        "QueueUrl": url,
        "MaxNumberOfMessages": 10,
        "VisibilityTimeout": 30,
        "AttributeNames": ["All"],
        "MessageAttributeNames": ["All"],
    }
    if fifo:
        request["MessageSystemAttributeNames"] = ["All"]
    return list(sqs.receive_message(**request).get("Messages", []))


@dataclass
class QueueEventSource:
    sqs: Any
    queue_url: str
    queue_arn: str
    function: LocalFunction
    region: str
    invocations: int = 0
    records: int = 0
    failures: int = 0

    def poll(self) -> int:
        """One batch: receive, invoke, settle. Returns how many records were delivered."""
        received = _receive(self.sqs, self.queue_url, fifo=self.queue_url.endswith(".fifo"))
        if not received:
            return 0
        records = [sqs_record(m, self.queue_arn, self.region) for m in received]
        response = self.function.invoke({"Records": records})
        self.invocations += 1
        self.records += len(records)
        failed = {item["itemIdentifier"] for item in (response or {}).get("batchItemFailures", [])}
        self.failures += len(failed)
        for message in received:
            if message["MessageId"] in failed:
                self.sqs.change_message_visibility(
                    QueueUrl=self.queue_url,
                    ReceiptHandle=message["ReceiptHandle"],
                    VisibilityTimeout=0,
                )
            else:
                self.sqs.delete_message(
                    QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"]
                )
        return len(received)


@dataclass
class AsyncTarget:
    """A function invoked asynchronously, with Lambda's retries and on-failure queue."""

    sqs: Any
    function: LocalFunction
    on_failure_url: str
    attempts: list[str] = field(default_factory=list)

    def invoke(self, event: dict[str, Any]) -> Any:
        """The function's result (which an asynchronous caller never sees; the demo shows it)."""
        failure = ""
        for _ in range(ASYNC_ATTEMPTS):
            try:
                return self.function.invoke(event)
            except Exception as error:  # the runtime records any failure and retries
                failure = type(error).__name__
                self.attempts.append(failure)
        self.sqs.send_message(
            QueueUrl=self.on_failure_url,
            MessageBody=json.dumps(
                {
                    "requestContext": {
                        "functionArn": self.function.arn,
                        "condition": "RetriesExhausted",
                        "approximateInvokeCount": ASYNC_ATTEMPTS,
                    },
                    "requestPayload": event,
                    "responseContext": {"functionError": "Unhandled"},
                    "responsePayload": {"errorType": failure},
                }
            ),
        )
        raise DeliveryFailed(f"{self.function.name} failed {ASYNC_ATTEMPTS} times ({failure})")


@dataclass
class TopicSubscription:
    sqs: Any
    tap_url: str
    subscription_arn: str
    target: AsyncTarget
    delivered: int = 0

    @classmethod
    def create(
        cls,
        *,
        sns: Any,
        sqs: Any,
        topic_arn: str,
        tap_name: str,
        filter_policy: dict[str, Any] | None,
        filter_policy_scope: str,
        target: AsyncTarget,
    ) -> TopicSubscription:
        url = sqs.create_queue(QueueName=tap_name)["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
            "QueueArn"
        ]
        attributes = {"RawMessageDelivery": "false"}
        if filter_policy is not None:
            attributes["FilterPolicy"] = json.dumps(filter_policy)
            attributes["FilterPolicyScope"] = filter_policy_scope
        subscription = sns.subscribe(
            TopicArn=topic_arn, Protocol="sqs", Endpoint=arn, Attributes=attributes,
            ReturnSubscriptionArn=True,
        )  # fmt: skip
        return cls(sqs, url, subscription["SubscriptionArn"], target)

    def deliver(self) -> int:
        """Every notification waiting: one invocation each, in the order SNS queued them."""
        delivered = 0
        while received := _receive(self.sqs, self.tap_url):
            for message in received:
                envelope = json.loads(message["Body"])
                self.sqs.delete_message(
                    QueueUrl=self.tap_url, ReceiptHandle=message["ReceiptHandle"]
                )
                self.target.invoke({"Records": [sns_record(envelope, self.subscription_arn)]})
                delivered += 1
        self.delivered += delivered
        return delivered


@dataclass
class BucketNotifications:
    """S3 event notifications of one bucket, routed per function by prefix filters."""

    sqs: Any
    taps: dict[str, str]  # function name -> queue URL
    targets: dict[str, AsyncTarget]
    delivered: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def deliver(self) -> dict[str, int]:
        """Every notification waiting, one invocation each; returns counts per function."""
        delivered: dict[str, int] = {}
        for function, url in self.taps.items():
            while received := _receive(self.sqs, url):
                for message in received:
                    self.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
                    event = json.loads(message["Body"])
                    if "Records" not in event:  # S3's s3:TestEvent when the config is saved
                        continue
                    self.targets[function].invoke(event)
                    self.delivered.setdefault(function, []).append(event)
                    delivered[function] = delivered.get(function, 0) + 1
        return delivered

    def redeliver(self, function: str) -> Any:
        """S3 delivers at least once: the function's first event again; its result."""
        return self.targets[function].invoke(self.delivered[function][0])
