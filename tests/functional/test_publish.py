"""The publish Lambda end to end against moto S3 and KMS."""

from __future__ import annotations

import importlib
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

from connect_privacy.config import ConfigError
from connect_privacy.redaction import Engine
from tests.conftest import FakeLambdaContext, read_function_env
from tests.support.emf import metric_totals
from tests.support.vault import (
    PUBLISHED,
    SOURCE,
    create_bucket,
    create_key,
    eventbridge,
    notification,
)

REDACTED = "Analysis/Chat/Redacted/2026/11/26/c0ffee_analysis_redacted_2026-11-26T00:10_UTC.json"
CARD = "4111 1111 1111 1111"
MEMBER = "MBR-12345678"
CONTENT = f"Card {CARD} and member {MEMBER}, zip [PII]."


def redacted_chat(content: str = CONTENT) -> dict[str, Any]:
    begin = max(content.find("member"), 0)
    return {
        "Channel": "CHAT",
        "Version": "CHAT-2022-11-30",
        "ContentMetadata": {"Output": "Redacted", "RedactionTypes": ["PII"]},
        "Categories": {"MatchedCategories": ["billing"], "MatchedDetails": {"billing": {
            "PointsOfInterest": [{"TranscriptItems": [{"Id": "m-1", "CharacterOffsets": {
                "BeginOffsetChar": begin, "EndOffsetChar": begin + len(f"member {MEMBER}")}}]}]}}},
        "Participants": [{"DisplayName": "[PII]", "ParticipantId": "p-1"}],
        "Transcript": [{"Id": "m-1", "Content": content, "ParticipantId": "p-1",
                        "ParticipantRole": "CUSTOMER", "Type": "MESSAGE",
                        "AbsoluteTime": "2026-11-26T00:10:05.000Z"}],
    }  # fmt: skip


@dataclass
class Publish:
    module: ModuleType
    s3: Any

    def invoke(self, event: dict[str, Any]) -> dict[str, int]:
        for handler in self.module.logger.handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.stream = sys.stdout
        result: dict[str, int] = self.module.lambda_handler(deepcopy(event), FakeLambdaContext())
        return result

    def put(self, key: str, document: Any) -> tuple[str, bytes]:
        body = document if isinstance(document, bytes) else json.dumps(document).encode()
        response = self.s3.put_object(Bucket=SOURCE, Key=key, Body=body)
        return str(response["VersionId"]), body

    def published(self, key: str = REDACTED) -> dict[str, Any]:
        body = self.s3.get_object(Bucket=PUBLISHED, Key=f"Published/{key}")["Body"].read()
        document: dict[str, Any] = json.loads(body)
        return document


@pytest.fixture
def load_publish(aws: None, function_env: Callable[..., dict[str, str]]) -> Callable[..., Publish]:
    s3 = boto3.client("s3")
    create_bucket(s3, SOURCE, versioned=True)
    create_bucket(s3, PUBLISHED, versioned=False)
    key_arn = create_key()

    def load(**overrides: str) -> Publish:
        function_env("publish", PUBLISHED_KMS_KEY_ID=key_arn, **overrides)
        module = importlib.reload(importlib.import_module("publish.handler"))
        return Publish(module, s3)

    return load


@pytest.fixture
def publish(load_publish: Callable[..., Publish]) -> Publish:
    return load_publish()


def test_a_redacted_transcript_is_published_re_redacted_with_offsets_moved(
    publish: Publish, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    version, body = publish.put(REDACTED, redacted_chat())
    assert publish.invoke(notification(SOURCE, REDACTED, version)) == {"Published": 1}
    document = publish.published()
    item = document["Transcript"][0]
    assert item["Content"] == "Card [CREDIT_DEBIT_NUMBER] and member [MEMBER_ID], zip [PII]."
    poi = document["Categories"]["MatchedDetails"]["billing"]["PointsOfInterest"][0]
    offsets = poi["TranscriptItems"][0]["CharacterOffsets"]
    assert item["Content"][offsets["BeginOffsetChar"] : offsets["EndOffsetChar"]] == (
        "member [MEMBER_ID]"
    )
    # The Contact Lens file is untouched; the copy is encrypted with the configured key.
    assert publish.s3.get_object(Bucket=SOURCE, Key=REDACTED)["Body"].read() == body
    head = publish.s3.head_object(Bucket=PUBLISHED, Key=f"Published/{REDACTED}")
    assert head["ServerSideEncryption"] == "aws:kms"
    output = capsys.readouterr().out
    totals = metric_totals(output)
    output += caplog.text
    assert totals["Published"] == 1
    assert totals["PublishedRedactions"] == 2
    for secret in (CARD, MEMBER, "Card ", "c0ffee"):
        assert secret not in output


def test_an_eventbridge_event_publishes_too(publish: Publish) -> None:
    version, _ = publish.put(REDACTED, redacted_chat())
    assert publish.invoke(eventbridge(SOURCE, REDACTED, version)) == {"Published": 1}
    assert MEMBER not in json.dumps(publish.published())


@pytest.mark.parametrize(
    "key",
    [
        "Analysis/Chat/2026/11/26/c0ffee_analysis_2026-11-26T00:10_UTC.json",
        "Analysis/Voice/Redacted/2026/11/26/c0ffee_call_recording_redacted_x.wav",
        "Published/Analysis/Chat/Redacted/2026/11/26/c0ffee_analysis_redacted_x.json",
    ],
)
def test_anything_but_redacted_analysis_json_is_ignored(publish: Publish, key: str) -> None:
    version, _ = publish.put(key, redacted_chat())
    assert publish.invoke(notification(SOURCE, key, version)) == {"PublishIgnored": 1}
    assert "Contents" not in publish.s3.list_objects_v2(Bucket=PUBLISHED)


def test_nothing_is_published_when_a_custom_pattern_would_survive(
    publish: Publish, capsys: pytest.CaptureFixture[str]
) -> None:
    document = redacted_chat()
    document["Participants"][0]["ParticipantId"] = MEMBER  # an identifier: never rewritten
    version, _ = publish.put(REDACTED, document)
    with pytest.raises(Exception, match="objects failed"):
        publish.invoke(notification(SOURCE, REDACTED, version))
    assert "Contents" not in publish.s3.list_objects_v2(Bucket=PUBLISHED)
    output = capsys.readouterr().out
    assert metric_totals(output)["PublishBlocked"] == 1
    assert MEMBER not in output


def test_a_file_that_is_not_json_is_blocked(publish: Publish) -> None:
    version, _ = publish.put(REDACTED, b"\x00not json")
    with pytest.raises(Exception, match="objects failed"):
        publish.invoke(notification(SOURCE, REDACTED, version))


def test_a_file_over_the_size_limit_is_refused(load_publish: Callable[..., Publish]) -> None:
    publish = load_publish(MAX_OBJECT_BYTES="1024")
    version, _ = publish.put(REDACTED, redacted_chat("x" * 2000))
    with pytest.raises(Exception, match="objects failed"):
        publish.invoke(notification(SOURCE, REDACTED, version))


def test_comprehend_in_the_relay_settings_is_ignored_and_custom_always_runs() -> None:
    from publish.settings import PublishSettings

    env = {**read_function_env("publish"), "REDACTION_ENGINES": "comprehend,patterns"}
    assert PublishSettings.from_env(env).redaction.engines == {Engine.PATTERNS, Engine.CUSTOM}


@pytest.mark.parametrize(
    ("overrides", "variable"),
    [
        ({"SOURCE_BUCKET": ""}, "SOURCE_BUCKET"),
        ({"PUBLISHED_BUCKET": "", "PUBLISHED_PREFIX": "Analysis/Published/"}, "PUBLISHED_PREFIX"),
        ({"PUBLISHED_BUCKET": "", "PUBLISHED_PREFIX": "/x/"}, "PUBLISHED_PREFIX"),
        ({"PUBLISHED_KMS_KEY_ID": "alias/published"}, "PUBLISHED_KMS_KEY_ID"),
        ({"MAX_OBJECT_BYTES": "0"}, "MAX_OBJECT_BYTES"),
        ({"REDACTION_CUSTOM_PATTERNS": "{not json"}, "REDACTION_CUSTOM_PATTERNS"),
        ({"REDACTION_MASK_MODE": "BLUR"}, "REDACTION_MASK_MODE"),
    ],
)
def test_a_bad_setting_fails_at_cold_start_naming_the_variable(
    overrides: dict[str, str], variable: str
) -> None:
    from publish.settings import PublishSettings

    with pytest.raises(ConfigError, match=variable):
        PublishSettings.from_env({**read_function_env("publish"), **overrides})
