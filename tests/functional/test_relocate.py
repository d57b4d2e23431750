"""The relocate Lambda end to end against moto S3, KMS and SQS.

Events as S3 and EventBridge deliver them; metrics read back from the EMF output; the
audit trail and everything else printed checked for transcript content; a failed
invocation re-driven from the on-failure queue with ``connect_privacy.vault.replay``.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from connect_privacy.config import ConfigError
from connect_privacy.vault.replay import SqsQueue, in_process_invoker, replay
from tests.support.emf import metric_totals
from tests.support.events import read_function_env
from tests.support.lambda_context import FakeLambdaContext
from tests.support.vault import (
    SOURCE,
    VAULT,
    create_bucket,
    create_key,
    enforce_copy_if_none_match,
    eventbridge,
    notification,
    transcript,
    versions,
)

CARD = "4111 1111 1111 1111"
SECRET_TEXT = f"my card is {CARD} and my member id is MBR-12345678"
KEY = "Analysis/Chat/2026/11/26/c0ffee00 +x_analysis_2026-11-26T00:10_UTC.json"
DLQ = "connect-privacy-relocate-dlq"


@dataclass
class Relocate:
    module: ModuleType
    s3: Any

    def invoke(self, event: dict[str, Any]) -> dict[str, int]:
        for handler in self.module.logger.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.stream = sys.stdout
        result: dict[str, int] = self.module.lambda_handler(deepcopy(event), FakeLambdaContext())
        return result

    def put(self, key: str, text: str = SECRET_TEXT) -> str:
        return str(self.s3.put_object(Bucket=SOURCE, Key=key, Body=transcript(text))["VersionId"])


@pytest.fixture
def load_relocate(fresh_handler: Callable[..., ModuleType]) -> Callable[..., Relocate]:
    s3 = boto3.client("s3")
    create_bucket(s3, SOURCE, versioned=True)
    create_bucket(s3, VAULT, versioned=True)
    key_arn = create_key()

    def load(**overrides: str) -> Relocate:
        module = fresh_handler("relocate", VAULT_KMS_KEY_ID=key_arn, **overrides)
        enforce_copy_if_none_match(module.s3_client())
        return Relocate(module, s3)

    return load


@pytest.fixture
def relocate(load_relocate: Callable[..., Relocate]) -> Relocate:
    return load_relocate()


def test_an_s3_notification_moves_the_original_with_its_encoded_key(
    relocate: Relocate, capsys: pytest.CaptureFixture[str]
) -> None:
    version = relocate.put(KEY)
    assert relocate.invoke(notification(SOURCE, KEY, version)) == {"Relocated": 1}
    assert versions(relocate.s3, SOURCE) == ([], [])
    assert versions(relocate.s3, VAULT)[0] == [KEY]
    output = capsys.readouterr().out
    assert metric_totals(output)["Relocated"] == 1
    audit = [json.loads(line) for line in output.splitlines() if '"vault relocation"' in line]
    assert len(audit) == 1
    assert audit[0]["audit"]["outcome"] == "Relocated"
    assert audit[0]["audit"]["key_prefix"] == "Analysis/Chat/2026/11/26/"
    assert audit[0]["audit"]["version_id"] == version


def test_an_eventbridge_event_moves_the_original_with_its_raw_key(relocate: Relocate) -> None:
    key = "Analysis/Voice/2026/11/26/a+b%41 c_analysis_2026-11-26T00:10:00Z.json"
    version = relocate.put(key)
    assert relocate.invoke(eventbridge(SOURCE, key, version)) == {"Relocated": 1}
    assert versions(relocate.s3, VAULT)[0] == [key]


def test_a_notification_with_several_records_handles_each(relocate: Relocate) -> None:
    keys = [f"Analysis/Chat/2026/11/26/c{i}_analysis.json" for i in range(3)]
    records = [notification(SOURCE, k, relocate.put(k))["Records"][0] for k in keys]
    redacted = "Analysis/Chat/Redacted/2026/11/26/c0_analysis_redacted.json"
    records.append(notification(SOURCE, redacted, relocate.put(redacted))["Records"][0])
    assert relocate.invoke({"Records": records}) == {"Relocated": 3, "Ignored": 1}
    assert sorted(versions(relocate.s3, VAULT)[0]) == keys


def test_no_transcript_content_reaches_the_logs(
    relocate: Relocate, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    version = relocate.put(KEY)
    relocate.invoke(notification(SOURCE, KEY, version))
    relocate.invoke(notification(SOURCE, KEY, version))  # already relocated
    with pytest.raises(Exception, match="objects failed"):
        relocate.invoke(notification(SOURCE, KEY, "another-version"))  # names another version
    with pytest.raises(Exception, match="objects failed"):
        relocate.invoke(notification(SOURCE, KEY.replace("c0ffee00", "dead"), "v"))  # both gone
    captured = capsys.readouterr()
    printed = captured.out + captured.err + caplog.text
    for secret in (CARD, "MBR-12345678", "my card is", "c0ffee00"):
        assert secret not in printed
    totals = metric_totals(captured.out)
    assert totals["AlreadyRelocated"] == 1
    assert totals["OriginalMissing"] == 1
    assert totals["DestinationConflict"] == 1


def test_a_failure_fails_the_invocation_after_the_other_records(relocate: Relocate) -> None:
    good = "Analysis/Chat/2026/11/26/good_analysis.json"
    event = {
        "Records": [
            notification(SOURCE, "Analysis/Chat/2026/11/26/missing.json", "v-gone")["Records"][0],
            notification(SOURCE, good, relocate.put(good))["Records"][0],
        ]
    }
    with pytest.raises(Exception, match="1 of 2 objects failed"):
        relocate.invoke(event)
    assert versions(relocate.s3, VAULT)[0] == [good]


def test_s3s_test_event_is_ignored_and_a_malformed_one_refused(
    relocate: Relocate, capsys: pytest.CaptureFixture[str]
) -> None:
    assert relocate.invoke({"Service": "Amazon S3", "Event": "s3:TestEvent"}) == {}
    with pytest.raises(ValueError, match="expected an S3 notification"):
        relocate.invoke({"hello": "world"})
    totals = metric_totals(capsys.readouterr().out)
    assert (totals["IgnoredEvents"], totals["UnsupportedEvents"]) == (1, 1)


def test_the_dead_letter_queue_is_replayed_after_the_fix(relocate: Relocate) -> None:
    version = relocate.put(KEY)
    event = notification(SOURCE, KEY, version)
    client = relocate.module.s3_client()

    def deny(**_: Any) -> None:
        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "denied"}}, "CopyObject")

    client.meta.events.register("before-call.s3.CopyObject", deny)
    for _ in range(3):  # Lambda's first attempt and two retries
        with pytest.raises(Exception, match="objects failed"):
            relocate.invoke(event)
    sqs = boto3.client("sqs")
    queue_url = sqs.create_queue(QueueName=DLQ)["QueueUrl"]
    record = {
        "version": "1.0",
        "requestContext": {"condition": "RetriesExhausted", "approximateInvokeCount": 3},
        "requestPayload": event,
        "responseContext": {"statusCode": 200, "functionError": "Unhandled"},
        "responsePayload": {"errorType": "ObjectsIncomplete"},
    }
    sqs.send_message(QueueUrl=queue_url, MessageBody=json.dumps(record))
    sqs.send_message(QueueUrl=queue_url, MessageBody="not json")
    assert versions(relocate.s3, SOURCE)[0] == [KEY]  # the source was never touched

    client.meta.events.unregister("before-call.s3.CopyObject", deny)  # the fix
    summary = replay(
        SqsQueue(sqs, queue_url, visibility_seconds=0),
        in_process_invoker("relocate.handler"),
        max_messages=10,
        dry_run=False,
    )
    assert (summary.replayed, summary.failed, summary.malformed) == (1, 0, 1)
    assert versions(relocate.s3, SOURCE) == ([], [])
    assert versions(relocate.s3, VAULT)[0] == [KEY]


@pytest.mark.parametrize(
    ("overrides", "variable"),
    [
        ({"VAULT_BUCKET": ""}, "VAULT_BUCKET"),
        ({"VAULT_BUCKET": "Not_A_Bucket"}, "VAULT_BUCKET"),
        ({"VAULT_BUCKET": SOURCE}, "VAULT_BUCKET"),
        ({"SOURCE_BUCKET": ""}, "SOURCE_BUCKET"),
        ({"VAULT_KMS_KEY_ID": "alias/vault"}, "VAULT_KMS_KEY_ID"),
        ({"CONTACT_LENS_PREFIX": "Analysis"}, "CONTACT_LENS_PREFIX"),
        ({"MULTIPART_THRESHOLD_BYTES": "1024"}, "MULTIPART_THRESHOLD_BYTES"),
        ({"MULTIPART_PART_SIZE_BYTES": "lots"}, "MULTIPART_PART_SIZE_BYTES"),
        ({"CALL_RECORDINGS_ENABLED": "true", "CALL_RECORDINGS_PREFIX": ""},
         "CALL_RECORDINGS_PREFIX"),
        ({"CALL_RECORDINGS_ENABLED": "maybe"}, "CALL_RECORDINGS_ENABLED"),
    ],
)  # fmt: skip
def test_a_bad_setting_fails_at_cold_start_naming_the_variable(
    overrides: dict[str, str], variable: str
) -> None:
    from relocate.settings import RelocateSettings

    with pytest.raises(ConfigError, match=variable):
        RelocateSettings.from_env({**read_function_env("relocate"), **overrides})


def test_the_example_environment_is_complete() -> None:
    from relocate.settings import RelocateSettings

    settings = RelocateSettings.from_env(read_function_env("relocate")).vault
    assert settings.vault_bucket == VAULT
    assert settings.multipart_threshold == 5 * 1024**3
    assert settings.recordings_enabled is False
