"""On Lambda's path the webhook is traced: its handler and its AWS calls reach X-Ray.

Terraform turns active tracing on; the X-Ray SDK then needs ``LAMBDA_TASK_ROOT`` (Lambda
sets it) to take its Lambda path, and Powertools' Tracer patches botocore at import. This
runs the webhook as Lambda would, in a fresh interpreter (the patch is process-wide, and the
rest of the suite runs with tracing off): the trace header Lambda passes in
``_X_AMZN_TRACE_ID``, the daemon address in ``AWS_XRAY_DAEMON_ADDRESS`` pointing at a UDP
socket on 127.0.0.1, AWS served by moto. A signed notification must produce the handler's
subsegment and one per AWS call (Secrets Manager, SQS), in that trace, carrying no
customer text. ``bench.coldstart`` measures imports on this same path.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.support.events import (
    APP_SECRET,
    entry,
    notification,
    read_function_env,
    text_event,
    webhook_post,
)

REPO = Path(__file__).resolve().parents[2]
TRACE_ID = "1-67891233-abcdef012345678912345678"
SECRET_TEXT = "my card is 4111 1111 1111 1111"

# Runs in the child: moto for AWS, then the handler imported and invoked once.
CHILD = """
import json, sys
from moto import mock_aws
import boto3

event = json.loads(sys.stdin.read())
with mock_aws():
    boto3.client("secretsmanager").create_secret(
        Name="connect-privacy/messenger",
        SecretString=json.dumps(
            {"APP_SECRET": sys.argv[1], "VERIFY_TOKEN": "v", "PAGE_TOKEN": "p"}
        ),
    )
    boto3.client("sqs").create_queue(
        QueueName="connect-privacy-inbound.fifo", Attributes={"FifoQueue": "true"}
    )
    from tests.support.lambda_context import FakeLambdaContext
    import webhook.handler as handler

    print(json.dumps({
        "tracer_disabled": handler.tracer.disabled,
        "response": handler.lambda_handler(event, FakeLambdaContext()),
    }))
"""


def run_traced_webhook(event: dict[str, Any], daemon: socket.socket) -> dict[str, Any]:
    host, port = daemon.getsockname()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": os.pathsep.join([str(REPO / "functions"), str(REPO)]),
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_REGION": "eu-west-2",
        "AWS_DEFAULT_REGION": "eu-west-2",
        **read_function_env("webhook"),
        # What Lambda sets for a function with active tracing.
        "LAMBDA_TASK_ROOT": str(REPO / "functions"),
        "AWS_LAMBDA_FUNCTION_NAME": "connect-privacy-webhook",
        "_X_AMZN_TRACE_ID": f"Root={TRACE_ID};Parent=53995c3f42cd8ad8;Sampled=1",
        "AWS_XRAY_DAEMON_ADDRESS": f"{host}:{port}",
        "AWS_XRAY_CONTEXT_MISSING": "LOG_ERROR",
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD, APP_SECRET],
        input=json.dumps(event), capture_output=True, text=True, env=env, cwd=REPO, check=False,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    outcome: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return outcome


def received(daemon: socket.socket) -> list[dict[str, Any]]:
    """Every segment document the SDK sent (each datagram: a header line, then the JSON)."""
    documents = []
    daemon.settimeout(0.5)
    while True:
        try:
            datagram = daemon.recv(65_535).decode()
        except TimeoutError:
            return documents
        header, _, body = datagram.partition("\n")
        assert json.loads(header) == {"format": "json", "version": 1}
        documents.append(json.loads(body))


def test_a_notification_is_traced_with_the_handler_and_each_aws_call() -> None:
    event = webhook_post(notification(entry(text_event("m_trace_1", SECRET_TEXT))))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as daemon:
        daemon.bind(("127.0.0.1", 0))

        outcome = run_traced_webhook(event, daemon)
        documents = received(daemon)

    assert outcome["tracer_disabled"] is False
    assert outcome["response"]["statusCode"] == 200
    names = {document["name"] for document in documents}
    assert {"## lambda_handler", "secretsmanager", "sqs"} <= names
    assert {document["trace_id"] for document in documents} == {TRACE_ID}
    sent = json.dumps(documents)
    assert "4111" not in sent and SECRET_TEXT not in sent and APP_SECRET not in sent
