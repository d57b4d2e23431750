"""Buckets, keys, events and S3 behaviour moto lacks, for the vault tests and benchmark.

moto implements S3 and KMS well enough for the vault (versioning, SSE-KMS metadata,
checksums on copies and multipart uploads) with one gap that matters here: it ignores
``If-None-Match: *`` on CopyObject, which S3 documents as failing with 412 when the key
exists. ``enforce_copy_if_none_match`` adds that rule to a client, so the tests see
S3's documented behaviour rather than moto's overwrite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote_plus

import boto3
from botocore.client import BaseClient
from botocore.exceptions import ClientError

from tests.conftest import REGION

SOURCE = "amazon-connect-example-bucket"
VAULT = "connect-privacy-originals-vault"
PUBLISHED = "connect-privacy-published"


def create_bucket(s3: BaseClient, name: str, *, versioned: bool) -> None:
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    if versioned:
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})


def create_key() -> str:
    return str(boto3.client("kms").create_key(Description="vault")["KeyMetadata"]["Arn"])


def enforce_copy_if_none_match(client: BaseClient) -> None:
    """Make moto fail CopyObject with 412 when ``IfNoneMatch='*'`` and the key exists."""
    checker = boto3.client("s3", region_name=REGION)

    def check(params: dict[str, Any], **_: Any) -> None:
        if params.get("IfNoneMatch") != "*":
            return
        try:
            checker.head_object(Bucket=params["Bucket"], Key=params["Key"])
        except ClientError:
            return
        raise ClientError(
            {
                "Error": {"Code": "PreconditionFailed", "Message": "pre-condition failed"},
                "ResponseMetadata": {"HTTPStatusCode": 412},
            },
            "CopyObject",
        )

    client.meta.events.register("provide-client-params.s3.CopyObject", check)


def transcript(text: str = "My member id is MBR-12345678.") -> bytes:
    """A small Contact Lens original (chat) holding synthetic PII."""
    return json.dumps(
        {
            "Version": "CHAT-2022-11-30",
            "Channel": "CHAT",
            "ContentMetadata": {"Output": "Raw"},
            "Transcript": [{"Id": "t-1", "Content": text, "ParticipantRole": "CUSTOMER"}],
        }
    ).encode()


def notification(bucket: str, key: str, version_id: str | None = None) -> dict[str, Any]:
    """An S3 event notification record as S3 sends it: the key form-encoded."""
    s3_object: dict[str, Any] = {"key": quote_plus(key, safe="/"), "size": 1, "eTag": "x"}
    if version_id:
        s3_object["versionId"] = version_id
    return {
        "Records": [
            {
                "eventVersion": "2.1",
                "eventSource": "aws:s3",
                "awsRegion": REGION,
                "eventName": "ObjectCreated:Put",
                "s3": {"bucket": {"name": bucket}, "object": s3_object},
            }
        ]
    }


def eventbridge(bucket: str, key: str, version_id: str | None = None) -> dict[str, Any]:
    """An EventBridge Object Created event: the key as it is."""
    s3_object: dict[str, Any] = {"key": key, "size": 1, "etag": "x"}
    if version_id:
        s3_object["version-id"] = version_id
    return {
        "version": "0",
        "detail-type": "Object Created",
        "source": "aws.s3",
        "region": REGION,
        "detail": {"bucket": {"name": bucket}, "object": s3_object, "reason": "PutObject"},
    }


def versions(s3: BaseClient, bucket: str) -> tuple[list[str], list[str]]:
    """Keys of every object version and of every delete marker in ``bucket``."""
    listing = s3.list_object_versions(Bucket=bucket)
    return (
        [v["Key"] for v in listing.get("Versions", [])],
        [m["Key"] for m in listing.get("DeleteMarkers", [])],
    )


def keys(s3: BaseClient, bucket: str) -> Iterator[str]:
    for item in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
        yield item["Key"]
