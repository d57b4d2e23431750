"""``IdempotentOnce`` (both relay functions' ``once``) on Powertools idempotency, in moto."""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer
from aws_lambda_powertools.utilities.idempotency.exceptions import (
    IdempotencyAlreadyInProgressError,
)

from connect_privacy.idempotency import IdempotentOnce
from connect_privacy.relay.outbound import PART_RECORD_TTL_SECONDS
from tests.support.lambda_context import FakeLambdaContext
from tests.support.tables import create_idempotency_table

TABLE = "idempotency"


@pytest.fixture
def once(aws: None) -> IdempotentOnce:
    client = boto3.client("dynamodb")
    create_idempotency_table(client, TABLE)
    once = IdempotentOnce(
        DynamoDBPersistenceLayer(table_name=TABLE, boto3_client=client),
        key_prefix="outbound-part",
        expires_after_seconds=PART_RECORD_TTL_SECONDS,
    )
    once.config.register_lambda_context(FakeLambdaContext())
    return once


def test_a_completed_key_returns_its_stored_result_without_running_again(
    once: IdempotentOnce,
) -> None:
    calls: list[str] = []

    def send() -> dict[str, Any]:
        calls.append("sent")
        return {"message_id": "m_1"}

    assert once("item-1#0", send) == {"message_id": "m_1"}
    assert once("item-1#0", send) == {"message_id": "m_1"}
    assert calls == ["sent"]


def test_parts_of_one_item_are_separate_keys(once: IdempotentOnce) -> None:
    assert once("item-1#0", lambda: {"message_id": "m_1"}) == {"message_id": "m_1"}
    assert once("item-1#1", lambda: {"message_id": "m_2"}) == {"message_id": "m_2"}


def test_a_failed_action_releases_its_key_so_the_retry_runs_it(once: IdempotentOnce) -> None:
    def fail() -> dict[str, Any]:
        raise ConnectionError("Meta is down")

    with pytest.raises(ConnectionError):
        once("item-1#0", fail)

    assert once("item-1#0", lambda: {"message_id": "m_1"}) == {"message_id": "m_1"}


def test_a_concurrent_duplicate_fails_instead_of_sending_twice(once: IdempotentOnce) -> None:
    def send_while_a_duplicate_arrives() -> dict[str, Any]:
        with pytest.raises(IdempotencyAlreadyInProgressError):
            once("item-1#0", lambda: {"message_id": "duplicate"})
        return {"message_id": "m_1"}

    assert once("item-1#0", send_while_a_duplicate_arrives) == {"message_id": "m_1"}


def test_records_outlive_messengers_longest_window(once: IdempotentOnce) -> None:
    assert once.config.expires_after_seconds == PART_RECORD_TTL_SECONDS == 7 * 24 * 3600


def test_keys_are_namespaced_by_prefix_and_optionally_hash_the_key_alone(aws: None) -> None:
    client = boto3.client("dynamodb")
    create_idempotency_table(client, TABLE)
    persistence = DynamoDBPersistenceLayer(table_name=TABLE, boto3_client=client)
    inbound = IdempotentOnce(
        persistence, key_prefix="inbound-message", expires_after_seconds=3600, hash_key_only=True
    )
    inbound.config.register_lambda_context(FakeLambdaContext())

    assert inbound("m_1", lambda: {"parts": 1}) == {"parts": 1}

    [item] = client.scan(TableName=TABLE)["Items"]
    assert item["id"]["S"].startswith("inbound-message#")
    assert "m_1" not in item["id"]["S"]  # hashed, like every key
