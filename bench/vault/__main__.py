"""Relocate 1,000 small Contact Lens transcripts against a local moto server; print figures.

S3 and KMS run in ``ThreadedMotoServer`` on 127.0.0.1 (a free port), so every request is
a real HTTP round trip through botocore, as in Lambda (without AWS's latency). The
relocator is the production one (``connect_privacy.vault``) over the production S3
adapter. botocore's event hooks count each request by operation and the object bytes
that come back in response bodies (GetObject); the target is at most 4 requests per
object and no object bytes through the function.

Figures printed: objects per second (wall clock, one thread, as one Lambda invocation
handles its objects), requests per object by operation, and response body bytes.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections import Counter
from typing import Any

import boto3
from botocore.config import Config
from moto.server import ThreadedMotoServer

from connect_privacy.telemetry import MemoryCounter
from connect_privacy.vault.events import ObjectRef
from connect_privacy.vault.relocation import Relocator, VaultSettings
from connect_privacy.vault.s3_store import S3ObjectStore

OBJECTS = 1000
SOURCE = "bench-connect-instance"
VAULT = "bench-originals-vault"
REGION = "eu-west-2"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def small_transcript(i: int) -> bytes:
    return json.dumps(
        {
            "Channel": "CHAT",
            "ContentMetadata": {"Output": "Raw"},
            "Transcript": [
                {"Id": f"t-{i}-{n}", "Content": f"Synthetic message {n}: card 4111 1111 1111 1111"}
                for n in range(20)
            ],
        }
    ).encode()


class RequestCounter:
    """S3 calls per operation, HTTP requests sent (retries included), object bytes returned."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.http_requests = 0
        self.body_bytes = 0
        self.seconds_in_calls = 0.0
        self.counting = True
        self._started = 0.0

    def attach(self, client: Any) -> None:
        client.meta.events.register("before-call.s3", self._call)
        client.meta.events.register("before-send.s3", self._sent)
        client.meta.events.register("after-call.s3", self._returned)
        client.meta.events.register("after-call-error.s3", self._returned)
        client.meta.events.register("after-call.s3.GetObject", self._got)

    def _call(self, model: Any, **_: Any) -> None:
        self._started = time.perf_counter()
        if self.counting:
            self.calls[model.name] += 1

    def _returned(self, **_: Any) -> None:
        if self.counting:
            self.seconds_in_calls += time.perf_counter() - self._started

    def _sent(self, **_: Any) -> None:
        if self.counting:
            self.http_requests += 1

    def _got(self, parsed: dict[str, Any], **_: Any) -> None:
        if self.counting:
            self.body_bytes += int(parsed.get("ContentLength", 0))


def main() -> None:
    # Fake credentials for the local server; the server's request log is noise here.
    os.environ.update(AWS_ACCESS_KEY_ID="testing", AWS_DEFAULT_REGION=REGION)
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"  # noqa: S105
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        endpoint = f"http://127.0.0.1:{port}"
        config = Config(retries={"mode": "standard"}, connect_timeout=3, read_timeout=30)
        setup = boto3.client("s3", endpoint_url=endpoint, region_name=REGION, config=config)
        for bucket in (SOURCE, VAULT):
            setup.create_bucket(
                Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": REGION}
            )
            setup.put_bucket_versioning(
                Bucket=bucket, VersioningConfiguration={"Status": "Enabled"}
            )
        kms = boto3.client("kms", endpoint_url=endpoint, region_name=REGION)
        key_arn = kms.create_key(Description="bench vault")["KeyMetadata"]["Arn"]
        refs = []
        size = 0
        for i in range(OBJECTS):
            key = f"Analysis/Chat/2026/11/26/c{i:05d} x+y_analysis_2026-11-26T00:{i % 60:02d}.json"
            body = small_transcript(i)
            size += len(body)
            version = setup.put_object(Bucket=SOURCE, Key=key, Body=body)["VersionId"]
            refs.append(ObjectRef(SOURCE, key, version))

        client = boto3.client("s3", endpoint_url=endpoint, region_name=REGION, config=config)
        counter = RequestCounter()
        counter.attach(client)
        outcomes = MemoryCounter()
        relocator = Relocator(
            S3ObjectStore(lambda: client), VaultSettings(SOURCE, VAULT, key_arn), counter=outcomes
        )
        started = time.perf_counter()
        for ref in refs:
            relocator.handle(ref)
        elapsed = time.perf_counter() - started

        counter.counting = False
        redelivered = RequestCounter()
        redelivered.attach(client)
        for ref in refs[:100]:
            relocator.handle(ref)

        left = setup.list_object_versions(Bucket=SOURCE)
        moved = sum(1 for _ in setup.list_object_versions(Bucket=VAULT).get("Versions", []))
    finally:
        server.stop()

    total = counter.http_requests
    print(f"vault relocation: {OBJECTS} transcripts of {size / OBJECTS:.0f} bytes on average,")
    print(f"  local moto server (127.0.0.1:{port}), one thread, SSE-KMS, versioned buckets")
    print(f"  objects/s            {OBJECTS / elapsed:8.1f}   ({elapsed:.2f} s in all)")
    own = (elapsed - counter.seconds_in_calls) / OBJECTS * 1000
    print(f"  function's own time  {own:8.3f} ms/object (wall time minus time inside S3 calls)")
    print(f"  S3 requests/object   {total / OBJECTS:8.2f}   (HTTP, retries included; target <= 4)")
    for operation, count in sorted(counter.calls.items()):
        print(f"    {operation:<18} {count / OBJECTS:6.2f}")
    print(f"  object bytes through the function: {counter.body_bytes} (target 0)")
    print(f"  outcomes: {dict(outcomes.totals)}")
    print(
        f"  redelivered events: {redelivered.http_requests / 100:.2f} requests/object "
        f"({dict(redelivered.calls)})"
    )
    print(
        f"  afterwards: {moved} objects in the vault, "
        f"{len(left.get('Versions', []))} versions and "
        f"{len(left.get('DeleteMarkers', []))} delete markers left in the source"
    )


if __name__ == "__main__":
    main()
