"""Time the webhook handler and the inbound worker, print percentiles, assert nothing.

Webhook: each request is a signed notification with one text message; the handler checks
the signature, parses and enqueues to an SQS FIFO queue on a local moto server
(``ThreadedMotoServer`` on 127.0.0.1), so the figure includes one real HTTP round trip to
that server, as the Lambda makes one to SQS.

Inbound worker: each message goes through the real handler (batch processing, idempotency,
redaction with the patterns and custom engines plus a zero-latency Comprehend fake, session
lookup, Connect calls on the model-checked fake). DynamoDB is moto in process; the time
spent inside boto3 calls is measured through botocore's events and subtracted, leaving the
worker's own overhead per message, without AWS latency.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib
import io
import json
import logging
import os
import socket
import statistics
import time
from collections.abc import Callable
from typing import Any

import boto3

from tests.support.events import read_event, read_function_env
from tests.support.fakes import FakeComprehend, FakeConnectService
from tests.support.lambda_context import FakeLambdaContext
from tests.support.tables import create_idempotency_table, create_sessions_table

WEBHOOK_REQUESTS = 500
WORKER_MESSAGES = 300
APP_SECRET = "synthetic-app-secret"  # noqa: S105 (a fixture value, not a credential)
PAGE = "104123456789012"
TEXT = "Hi, I was charged twice on card 4111 1111 1111 1111, call me on +44 7700 900123 please"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {p50 * 1000:7.3f} ms   p99 {p99 * 1000:7.3f} ms   (n={len(ordered)})"


class AwsCallTimer:
    """Seconds spent inside boto3 calls (botocore's before-call/after-call events)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started: dict[int, float] = {}
        events = boto3._get_default_session().events
        events.register("before-call", self._before)
        events.register("after-call", self._after)

    def _before(self, **kwargs: Any) -> None:
        self._started[id(kwargs.get("context"))] = time.perf_counter()

    def _after(self, **kwargs: Any) -> None:
        begun = self._started.pop(id(kwargs.get("context")), None)
        if begun is not None:
            self.seconds += time.perf_counter() - begun


def timed(call: Callable[[], Any], timer: AwsCallTimer) -> tuple[Any, float, float]:
    """Result, wall seconds and seconds outside AWS calls; Powertools' stdout is discarded."""
    timer.seconds = 0.0
    with contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        result = call()
        elapsed = time.perf_counter() - start
    return result, elapsed, elapsed - timer.seconds


def set_env(env: dict[str, str]) -> None:
    os.environ.update(env)
    os.environ["POWERTOOLS_LOG_LEVEL"] = "ERROR"  # keep per-message log lines out of the figures


def bench_webhook() -> None:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        set_env({"AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}"})
        set_env(read_function_env("webhook"))
        boto3.client("secretsmanager").create_secret(
            Name=os.environ["MESSENGER_SECRET_ID"],
            SecretString=json.dumps(
                {"APP_SECRET": APP_SECRET, "VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}
            ),
        )
        url = boto3.client("sqs").create_queue(
            QueueName="connect-privacy-inbound.fifo", Attributes={"FifoQueue": "true"}
        )["QueueUrl"]
        set_env({"INBOUND_QUEUE_URL": url})
        handler = importlib.import_module("webhook.handler")
        template = read_event("apigw_http_messenger_post")
        context = FakeLambdaContext()
        timer = AwsCallTimer()
        samples: list[float] = []
        own_samples: list[float] = []
        for n in range(WEBHOOK_REQUESTS + 20):
            body = json.dumps({"object": "page", "entry": [{"id": PAGE, "time": n, "messaging": [
                {"sender": {"id": f"69012345{n % 50:08}"}, "recipient": {"id": PAGE},
                 "timestamp": n, "message": {"mid": f"m_bench_{n}", "text": TEXT}}]}]})  # fmt: skip
            signature = hmac.new(APP_SECRET.encode(), body.encode(), hashlib.sha256).hexdigest()
            headers = {**template["headers"], "x-hub-signature-256": f"sha256={signature}"}
            event = {**template, "body": body, "headers": headers}
            response, elapsed, own = timed(
                lambda event=event: handler.lambda_handler(event, context), timer
            )
            assert response["statusCode"] == 200, response
            if n >= 20:  # the first requests warm caches and connections
                samples.append(elapsed)
                own_samples.append(own)
        print(f"webhook  per request, with the moto server round trip: {percentiles(samples)}")
        print(f"webhook  per request, without time in AWS calls:      {percentiles(own_samples)}")
    finally:
        os.environ.pop("AWS_ENDPOINT_URL", None)
        server.stop()


def bench_worker() -> None:
    from moto import mock_aws

    with mock_aws():
        set_env(read_function_env("inbound"))
        dynamodb = boto3.client("dynamodb")
        create_sessions_table(dynamodb, os.environ["SESSIONS_TABLE"])
        create_idempotency_table(dynamodb, os.environ["IDEMPOTENCY_TABLE"])
        connect = FakeConnectService(time.time)
        comprehend = FakeComprehend()
        fakes: dict[str, Callable[[], Any]] = {
            "connect": connect.connect_client,
            "connectparticipant": connect.participant_client,
            "comprehend": lambda: comprehend,
        }
        real_client = boto3.client
        boto3.client = lambda service, *a, **k: (  # type: ignore[assignment]
            fakes[service]() if service in fakes else real_client(service, *a, **k)
        )
        timer = AwsCallTimer()
        try:
            handler = importlib.import_module("inbound.handler")
            context = FakeLambdaContext()
            record = read_event("sqs_fifo_batch")["Records"][0]
            totals: list[float] = []
            overheads: list[float] = []
            for n in range(WORKER_MESSAGES + 10):
                body = json.loads(record["body"])
                body.update(mid=f"m_bench_{n}", psid=f"69012345{n % 20:08}", text=TEXT)
                event = {"Records": [{**record, "messageId": f"id-{n}", "body": json.dumps(body)}]}
                response, elapsed, own = timed(
                    lambda event=event: handler.lambda_handler(event, context), timer
                )
                assert response == {"batchItemFailures": []}, response
                if n >= 10:
                    totals.append(elapsed)
                    overheads.append(own)
        finally:
            boto3.client = real_client  # type: ignore[assignment]
        print(f"inbound  per message, with moto DynamoDB in process:   {percentiles(totals)}")
        print(f"inbound  per message, without time in AWS calls:      {percentiles(overheads)}")
        sent = len(connect.messages())
        print(
            f"         ({len(connect.contacts)} chats started, {sent} messages to the Connect fake)"
        )


def main() -> None:
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ.setdefault("AWS_DEFAULT_REGION", "eu-west-2")
    os.environ.setdefault("AWS_REGION", "eu-west-2")
    os.environ["POWERTOOLS_TRACE_DISABLED"] = "true"
    os.environ["POWERTOOLS_METRICS_DISABLED"] = "true"
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the moto server's access log
    print("Relay benchmark (printed, not asserted)")
    bench_webhook()
    bench_worker()


if __name__ == "__main__":
    main()
