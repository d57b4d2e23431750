"""DynamoDB tables as Terraform declares them, created in moto for tests."""

from __future__ import annotations

import threading
from typing import Any

import boto3

_ONE_REQUEST_AT_A_TIME = threading.Lock()


class AtomicDynamoDB:
    """A DynamoDB client whose requests moto handles one at a time.

    DynamoDB evaluates a write's condition and applies the write atomically; moto's
    in-process backend does not when threads race, so two conditional puts can both see
    "no item" and both succeed. Tests that race our conditional writes use this client so
    they test our conditions, not moto's thread safety. The class is the stores' client
    factory: each call is a new client.
    """

    def __init__(self) -> None:
        self._client = boto3.client("dynamodb")

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def one_at_a_time(*args: Any, **kwargs: Any) -> Any:
            with _ONE_REQUEST_AT_A_TIME:
                return attribute(*args, **kwargs)

        return one_at_a_time


def create_sessions_table(dynamodb: Any, name: str) -> None:
    """Chat sessions: one item per (channel, page, PSID); looked up by contact id too."""
    dynamodb.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "contact_id", "AttributeType": "S"},
        ],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "contact_id-index",
                "KeySchema": [{"AttributeName": "contact_id", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
    )
    dynamodb.update_time_to_live(
        TableName=name,
        TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires_at"},
    )


def create_idempotency_table(dynamodb: Any, name: str) -> None:
    """Powertools idempotency's default schema: key ``id``, TTL ``expiration``."""
    dynamodb.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
    )
    dynamodb.update_time_to_live(
        TableName=name,
        TimeToLiveSpecification={"Enabled": True, "AttributeName": "expiration"},
    )
