"""``demo/stack.json`` agrees with the code it describes (the Terraform plan check comes apart).

The demo creates its resources from this file alone, so these tests keep it honest on the
Python side: the tables have the schema the relay's tests use, the redrive count is the
one the inbound function is told, the subscription filters with the outbound function's
own policy file, and the relocate notifications never fire on a redacted file.
"""

from __future__ import annotations

import importlib.util
import json

import boto3

from demo.stack import ROOT, Stack, example_env, load_description
from tests.support.tables import create_idempotency_table, create_sessions_table

DESCRIPTION = load_description()


def test_every_function_exists_with_a_documented_example_environment() -> None:
    for name, spec in DESCRIPTION["functions"].items():
        module, _, attribute = spec["handler"].rpartition(".")
        assert attribute == "lambda_handler"
        assert importlib.util.find_spec(module.split(".")[0]) is not None, name
        assert (ROOT / "functions" / module.replace(".", "/")).with_suffix(".py").is_file()
        example = example_env(name)
        assert set(spec["environment"]) <= set(example), name


def test_the_inbound_function_is_told_the_queues_redrive_count() -> None:
    stack = Stack.from_description(DESCRIPTION)
    env = DESCRIPTION["functions"]["inbound"]["environment"]
    assert stack.resolve(env["MAX_RECEIVE_COUNT"]) == str(
        DESCRIPTION["queues"]["inbound"]["redrive"]["max_receive_count"]
    )
    assert DESCRIPTION["queues"]["inbound"]["attributes"]["FifoQueue"] == "true"


def test_the_tables_have_the_schema_the_relay_is_tested_against(aws) -> None:
    dynamodb = boto3.client("dynamodb")
    create_sessions_table(dynamodb, "tested-sessions")
    create_idempotency_table(dynamodb, "tested-idempotency")
    stack = Stack.from_description(DESCRIPTION)
    stack.create_keys(boto3.client("kms"))
    stack.create_tables(dynamodb)

    def shape(name: str) -> tuple[object, ...]:
        table = dynamodb.describe_table(TableName=name)["Table"]
        ttl = dynamodb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
        indexes = sorted(
            (i["IndexName"], json.dumps(i["KeySchema"]), i["Projection"]["ProjectionType"])
            for i in table.get("GlobalSecondaryIndexes", [])
        )
        return (
            table["KeySchema"],
            sorted(table["AttributeDefinitions"], key=lambda a: a["AttributeName"]),
            indexes,
            ttl.get("AttributeName"),
        )

    assert shape(stack.tables["sessions"]) == shape("tested-sessions")
    assert shape(stack.tables["idempotency"]) == shape("tested-idempotency")


def test_the_outbound_subscription_uses_the_functions_own_filter_policy() -> None:
    [subscription] = DESCRIPTION["topics"]["chat_streaming"]["subscriptions"]
    assert subscription["function"] == "outbound"
    assert subscription["filter_policy_file"] == "functions/outbound/filter_policy.json"
    assert subscription["filter_policy_scope"] == "MessageAttributes"
    assert not DESCRIPTION["topics"]["chat_streaming"]["name"].endswith(".fifo")


def test_relocate_is_never_notified_of_a_redacted_file_and_publish_only_of_those() -> None:
    rules = DESCRIPTION["buckets"]["contact_lens"]["notifications"]
    for channel in ("Voice", "Chat", "Email"):
        redacted = f"Analysis/{channel}/Redacted/2026/11/28/x_analysis_redacted_t.json"
        original = f"Analysis/{channel}/2026/11/28/x_analysis_t.json"
        relocate = [r for r in rules if r["function"] == "relocate"]
        assert not any(redacted.startswith(r["prefix"]) for r in relocate)
        assert any(original.startswith(r["prefix"]) for r in relocate)
    for rule in (r for r in rules if r["function"] == "publish"):
        assert "/Redacted/" in rule["prefix"] and rule["suffix"] == ".json"


def test_names_resolve_for_any_deployments_prefix_and_account() -> None:
    resolved = Stack.from_description(
        DESCRIPTION, name="acme-prod", account_id="111122223333"
    ).resolved()
    assert resolved["queues"]["inbound"]["name"] == "acme-prod-inbound.fifo"
    assert resolved["tables"]["sessions"]["name"] == "acme-prod-sessions"
    assert resolved["topics"]["chat_streaming"]["name"] == "acme-prod-chat"
    assert resolved["secrets"]["messenger"]["name"] == "acme-prod/messenger"
    assert resolved["buckets"]["vault"]["name"] == "acme-prod-vault-111122223333"
    assert resolved["kms_keys"]["vault"]["alias"] == "alias/acme-prod-vault"
    env = resolved["functions"]["outbound"]["environment"]
    assert env["POWERTOOLS_SERVICE_NAME"] == "acme-prod-outbound"
    assert env["SESSIONS_TABLE"] == "table:sessions"  # references stay references
