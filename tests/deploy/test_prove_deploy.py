"""``make prove-deploy``: the root module applied, exercised and destroyed against moto server.

Plan tests show what the configuration says; this shows that the AWS provider creates it
in dependency order, that AWS-side validation moto performs accepts it (policies, names,
ARNs, references), that a second plan finds nothing to change, that the real handlers work
against the resources with the environment Terraform gave them, and that destroy leaves
nothing behind. It deploys what a user deploys with ``contact_lens`` set: the relay and the
Contact Lens vault, every resource; only the provider's endpoints differ (a generated
override file). Where moto answers differently from AWS, the correction is in
``moto_fidelity`` and ``cloudwatch_cbor`` (README, "Deploy proof").

The handlers run in this process, imported with the deployed function's environment (read
back from Lambda), the way the Lambda runtime runs them; Connect, Connect Participant and
Comprehend, which moto lacks, are the model-checked fakes behind a local HTTP server.
"""

from __future__ import annotations

import importlib
import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

import boto3
import pytest
from botocore.exceptions import ClientError
from moto.server import ThreadedMotoServer

from connect_privacy.messenger.signature import sign
from tests.deploy import cloudwatch_cbor, moto_fidelity
from tests.deploy.local_services import LocalServices
from tests.deploy.stack import ENDPOINT_SERVICES, Terraform
from tests.support.events import read_event
from tests.support.lambda_context import ACCOUNT_ID, REGION, FakeLambdaContext
from tests.support.vault import notification, transcript

pytestmark = pytest.mark.deploy

ENVIRONMENT = "prove"
INSTANCE_ID = "c0ffee00-1111-4222-8333-444455556666"
FLOW_ID = "f10f10f1-0000-4000-8000-000000000001"
# Connect creates this bucket with the instance; the stack only locks it down.
INSTANCE_BUCKET = "amazon-connect-c0ffee001111"
CONNECT_SERVICE_ROLE = "AWSServiceRoleForAmazonConnect_prove"
COMPLIANCE_ROLE = "prove-compliance-reader"
SECRET = {"APP_SECRET": "prove-app-secret", "VERIFY_TOKEN": "prove-verify", "PAGE_TOKEN": "t"}
PAGE = "104123456789012"
PSID = "6901234567890123"
CARD = "4111 1111 1111 1111"
ADDRESS = "12 Example Street"  # found by (fake) Comprehend only, not by the offline patterns


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def moto_url() -> Iterator[str]:
    moto_fidelity.apply()
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def cloudwatch_url(moto_url: str) -> Iterator[str]:
    server = cloudwatch_cbor.serve(moto_url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def local_services() -> Iterator[LocalServices]:
    services = LocalServices()
    thread = threading.Thread(target=services.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield services
    finally:
        services.server.shutdown()
        services.server.server_close()


class Emulator:
    """boto3 clients of the emulator; CloudWatch through the protocol adapter."""

    def __init__(self, moto_url: str, cloudwatch_url: str) -> None:
        self.moto_url = moto_url
        self.cloudwatch_url = cloudwatch_url

    def client(self, service: str) -> Any:
        url = self.cloudwatch_url if service == "cloudwatch" else self.moto_url
        return boto3.client(service, region_name=REGION, endpoint_url=url)  # type: ignore[call-overload]

    def endpoints(self) -> dict[str, str]:
        return {
            service: self.cloudwatch_url if service == "cloudwatch" else self.moto_url
            for service in ENDPOINT_SERVICES
        }

    def inventory(self) -> dict[str, list[str]]:
        """Everything of the services the stack uses that moto holds, by kind."""
        c = self.client
        s3 = c("s3")
        kms = c("kms")
        keys = [kms.describe_key(KeyId=k["KeyId"])["KeyMetadata"] for k in kms.list_keys()["Keys"]]
        # The stack's keys carry its default tags; moto also creates keys of its own for
        # services' default encryption (AWS managed keys in AWS), which no destroy removes.
        live_keys = [
            k["KeyId"]
            for k in keys
            if k["KeyManager"] == "CUSTOMER"
            and k["KeyState"] != "PendingDeletion"
            and {"TagKey": "Project", "TagValue": "connect-privacy"}
            in kms.list_resource_tags(KeyId=k["KeyId"])["Tags"]
        ]
        return {
            "s3 buckets": sorted(b["Name"] for b in s3.list_buckets()["Buckets"]),
            "instance bucket settings": _bucket_settings(s3, INSTANCE_BUCKET),
            "sqs queues": sorted(c("sqs").list_queues().get("QueueUrls", [])),
            "dynamodb tables": c("dynamodb").list_tables()["TableNames"],
            "sns topics": [t["TopicArn"] for t in c("sns").list_topics()["Topics"]],
            "sns subscriptions": [
                s["SubscriptionArn"] for s in c("sns").list_subscriptions()["Subscriptions"]
            ],
            "lambda functions": [
                f["FunctionName"] for f in c("lambda").list_functions()["Functions"]
            ],
            "lambda event source mappings": [
                m["UUID"] for m in c("lambda").list_event_source_mappings()["EventSourceMappings"]
            ],
            "iam roles": sorted(r["RoleName"] for r in c("iam").list_roles()["Roles"]),
            "iam policies": [
                p["PolicyName"] for p in c("iam").list_policies(Scope="Local")["Policies"]
            ],
            "log groups": [g["logGroupName"] for g in c("logs").describe_log_groups()["logGroups"]],
            "http apis": [a["Name"] for a in c("apigatewayv2").get_apis()["Items"]],
            "alarms": [a["AlarmName"] for a in c("cloudwatch").describe_alarms()["MetricAlarms"]],
            "dashboards": [
                d["DashboardName"] for d in c("cloudwatch").list_dashboards()["DashboardEntries"]
            ],
            "event rules": [r["Name"] for r in c("events").list_rules()["Rules"]],
            "trails": [t["Name"] for t in c("cloudtrail").describe_trails()["trailList"]],
            "secrets (not scheduled for deletion)": [
                s["Name"] for s in c("secretsmanager").list_secrets()["SecretList"]
            ],
            "the stack's kms keys (not pending deletion)": sorted(live_keys),
            "kms aliases": [
                a["AliasName"]
                for a in kms.list_aliases()["Aliases"]
                if not a["AliasName"].startswith("alias/aws/")
            ],
        }


def _bucket_settings(s3: Any, bucket: str) -> list[str]:
    """Which of policy, default encryption and notifications the bucket has."""
    found = []
    try:
        s3.get_bucket_policy(Bucket=bucket)
        found.append("policy")
    except ClientError:
        pass
    try:
        rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]
        if any(
            r["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] != "AES256"
            for r in rules["Rules"]
        ):
            found.append("encryption with a KMS key")
    except ClientError:
        pass
    config = s3.get_bucket_notification_configuration(Bucket=bucket)
    if any(k.endswith("Configurations") for k in config) or "EventBridgeConfiguration" in config:
        found.append("notifications")
    return found


class Handlers:
    """The real handlers, imported with a deployed function's environment."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, endpoints: dict[str, str]) -> None:
        self._monkeypatch = monkeypatch
        self._endpoints = endpoints

    def cold_start(self, lambda_client: Any, function_name: str) -> Callable[[Any], Any]:
        config = lambda_client.get_function_configuration(FunctionName=function_name)
        env = {
            **config["Environment"]["Variables"],
            **self._endpoints,
            "AWS_LAMBDA_FUNCTION_NAME": function_name,
        }
        for name, value in env.items():
            self._monkeypatch.setenv(name, value)
        module_name = config["Handler"].rpartition(".")[0]
        sys.modules.pop(module_name, None)
        module: ModuleType = importlib.import_module(module_name)
        entry = getattr(module, config["Handler"].rpartition(".")[2])
        context = FakeLambdaContext(
            function_name=function_name,
            invoked_function_arn=config["FunctionArn"],
            log_group_name=f"/aws/lambda/{function_name}",
        )
        return lambda event: entry(event, context)


def _variables() -> dict[str, Any]:
    """What a user's tfvars holds for this stack, with contact_lens (the vault) on."""
    iam = f"arn:aws:iam::{ACCOUNT_ID}:role"
    service_role = f"{iam}/aws-service-role/connect.amazonaws.com/{CONNECT_SERVICE_ROLE}"
    return {
        "aws_region": REGION,
        "environment": ENVIRONMENT,
        "connect_instance_arn": f"arn:aws:connect:{REGION}:{ACCOUNT_ID}:instance/{INSTANCE_ID}",
        "connect_contact_flow_id": FLOW_ID,
        "contact_lens": {
            "bucket_name": INSTANCE_BUCKET,
            "connect_service_role_arn": service_role,
            "compliance_role_arns": [f"{iam}/{COMPLIANCE_ROLE}"],
        },
    }


def _pre_existing(emulator: Emulator) -> None:
    """What the account has before the stack: the Connect instance's bucket and roles."""
    emulator.client("s3").create_bucket(
        Bucket=INSTANCE_BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    iam = emulator.client("iam")
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT_ID}:root"},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    iam.create_role(RoleName=COMPLIANCE_ROLE, AssumeRolePolicyDocument=trust)
    iam.create_role(
        RoleName=CONNECT_SERVICE_ROLE,
        Path="/aws-service-role/connect.amazonaws.com/",
        AssumeRolePolicyDocument=trust,
    )


def _webhook_event(callback_url: str, body: bytes, app_secret: str) -> dict[str, Any]:
    """Meta's POST as the deployed HTTP API hands it to the function (payload format 2.0)."""
    event = read_event("apigw_http_messenger_post")
    host = urlparse(callback_url).hostname or ""
    api_id = host.split(".")[0]
    event["headers"] |= {
        "host": host,
        "content-length": str(len(body)),
        "x-hub-signature-256": sign(body, app_secret),
    }
    event["requestContext"] |= {"apiId": api_id, "domainName": host, "domainPrefix": api_id}
    event["body"] = body.decode()
    return event


def _sqs_event(message: dict[str, Any], queue_arn: str) -> dict[str, Any]:
    """The record the inbound queue's event source mapping would deliver."""
    return {
        "Records": [
            {
                "messageId": message["MessageId"],
                "receiptHandle": message["ReceiptHandle"],
                "body": message["Body"],
                "attributes": message["Attributes"],
                "messageAttributes": {},
                "md5OfBody": message["MD5OfBody"],
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": REGION,
            }
        ]
    }


def _notified_function(s3: Any, bucket: str, key: str) -> str:
    """The function the bucket's notification configuration invokes for a new ``key``."""
    config = s3.get_bucket_notification_configuration(Bucket=bucket)
    matches = []
    for target in config.get("LambdaFunctionConfigurations", []):
        rules = {r["Name"].lower(): r["Value"] for r in target["Filter"]["Key"]["FilterRules"]}
        if key.startswith(rules.get("prefix", "")) and key.endswith(rules.get("suffix", "")):
            matches.append(target["LambdaFunctionArn"].split(":")[6])
    assert len(matches) == 1, f"{key}: notified functions {matches}"
    return str(matches[0])


def test_root_module_applies_works_and_destroys_cleanly(
    tmp_path: Path,
    moto_url: str,
    cloudwatch_url: str,
    local_services: LocalServices,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    emulator = Emulator(moto_url, cloudwatch_url)
    _pre_existing(emulator)
    before = emulator.inventory()

    terraform = Terraform.prepare(tmp_path, emulator.endpoints(), _variables())
    try:
        _prove(terraform, emulator, local_services, monkeypatch, before)
    finally:
        with capsys.disabled():
            print()
            print(f"prove-deploy ({terraform.binary}): {terraform.resources_created} resources")
            for step, seconds in terraform.seconds.items():
                print(f"  {step:<40} {seconds:6.1f} s")


def _prove(
    terraform: Terraform,
    emulator: Emulator,
    local_services: LocalServices,
    monkeypatch: pytest.MonkeyPatch,
    before: dict[str, list[str]],
) -> None:
    terraform.init()
    terraform.apply("apply")
    created = terraform.managed_resources()
    terraform.resources_created = len(created)
    outputs = terraform.outputs()

    status, plan = terraform.plan_exit_code()
    drift = [
        line.strip()
        for line in plan.splitlines()
        if line.strip().startswith(("#", "~", "+", "-")) and "unchanged" not in line
    ]
    assert status == 0, "the second plan wants changes:\n" + "\n".join(drift)

    # --- the relay: Meta's signed POST -> webhook -> FIFO queue -> inbound -> Connect ----
    lam = emulator.client("lambda")
    handlers = Handlers(
        monkeypatch,
        {"AWS_ENDPOINT_URL": emulator.moto_url, **local_services.environment()},
    )
    emulator.client("secretsmanager").put_secret_value(
        SecretId=outputs["messenger_secret_arn"], SecretString=json.dumps(SECRET)
    )
    functions = outputs["relay_function_names"]
    local_services.comprehend.known = {ADDRESS: "ADDRESS"}
    webhook = handlers.cold_start(lam, functions["webhook"])
    body = json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": PAGE,
                    "time": int(time.time() * 1000),
                    "messaging": [
                        {
                            "sender": {"id": PSID},
                            "recipient": {"id": PAGE},
                            "timestamp": int(time.time() * 1000),
                            "message": {
                                "mid": "m_prove-0001",
                                "text": f"my card is {CARD}, I live at {ADDRESS}",
                            },
                        }
                    ],
                }
            ],
        }
    ).encode()
    answer = webhook(_webhook_event(outputs["webhook_callback_url"], body, SECRET["APP_SECRET"]))
    assert answer["statusCode"] == 200, answer

    sqs = emulator.client("sqs")
    queue_url = lam.get_function_configuration(FunctionName=functions["webhook"])["Environment"][
        "Variables"
    ]["INBOUND_QUEUE_URL"]
    received = sqs.receive_message(
        QueueUrl=queue_url, MaxNumberOfMessages=10, AttributeNames=["All"], WaitTimeSeconds=1
    )["Messages"]
    assert len(received) == 1
    assert json.loads(received[0]["Body"])["mid"] == "m_prove-0001"
    assert received[0]["Attributes"]["MessageGroupId"]

    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])[
        "Attributes"
    ]["QueueArn"]
    mappings = lam.list_event_source_mappings()["EventSourceMappings"]
    assert [
        m["EventSourceArn"]
        for m in mappings
        if m["FunctionArn"].endswith(f":function:{functions['inbound']}")
    ] == [queue_arn]
    inbound = handlers.cold_start(lam, functions["inbound"])
    assert inbound(_sqs_event(received[0], queue_arn)) == {"batchItemFailures": []}

    [(contact_id, delivered)] = local_services.connect.messages()
    assert CARD not in delivered
    assert "[CREDIT_DEBIT_NUMBER]" in delivered
    assert ADDRESS not in delivered
    assert "[ADDRESS]" in delivered
    assert local_services.comprehend.calls == 1
    [contact] = local_services.connect.contacts.values()
    assert contact.streaming_topics == [outputs["streaming_topic_arn"]]
    assert contact.params["InstanceId"] == INSTANCE_ID
    assert contact.params["ContactFlowId"] == FLOW_ID
    sessions_table = lam.get_function_configuration(FunctionName=functions["inbound"])[
        "Environment"
    ]["Variables"]["SESSIONS_TABLE"]
    rows = emulator.client("dynamodb").scan(TableName=sessions_table)["Items"]
    assert [row["contact_id"]["S"] for row in rows] == [contact_id]

    # --- the vault: an original in the instance bucket -> relocate -> vault bucket ----------
    s3 = emulator.client("s3")
    key = f"Analysis/Chat/2026/11/28/{contact_id}_analysis_2026-11-28T10:00_UTC.json"
    s3.put_object(Bucket=INSTANCE_BUCKET, Key=key, Body=transcript(), ChecksumAlgorithm="CRC32")
    relocate = handlers.cold_start(lam, _notified_function(s3, INSTANCE_BUCKET, key))
    assert relocate(notification(INSTANCE_BUCKET, key)) == {"Relocated": 1}
    vault = outputs["vault_bucket_name"]
    moved = s3.head_object(Bucket=vault, Key=key)
    assert moved["SSEKMSKeyId"] == outputs["vault_kms_key_arn"]
    with pytest.raises(ClientError):
        s3.head_object(Bucket=INSTANCE_BUCKET, Key=key)

    # --- removal, as the README's deploy section says ----------------------------------------
    # The vault keeps originals on purpose: they are deleted deliberately, never by destroy.
    versions = s3.list_object_versions(Bucket=vault)
    for version in versions.get("Versions", []) + versions.get("DeleteMarkers", []):
        s3.delete_object(Bucket=vault, Key=version["Key"], VersionId=version["VersionId"])
    terraform.apply("apply without deletion protection", deletion_protection_enabled=False)
    terraform.destroy()
    after = emulator.inventory()
    assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}
