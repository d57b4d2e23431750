"""Reading the on-failure queue: invocation records, bare DLQ events, and garbage."""

from __future__ import annotations

import json
from typing import Any

import pytest

from connect_privacy.vault.replay import (
    MalformedRecord,
    ReplayFailed,
    lambda_invoker,
    original_event,
    replay,
)
from tests.support.vault import notification

EVENT = notification("bucket", "Analysis/Chat/2026/11/26/a b.json", "v1")


class ListQueue:
    """A queue whose messages stay until deleted, and are received again and again."""

    def __init__(self, *bodies: str) -> None:
        self.messages = {f"m{i}": body for i, body in enumerate(bodies)}

    def receive(self) -> list[tuple[str, str, str]]:
        return [(mid, f"r-{mid}", body) for mid, body in list(self.messages.items())[:10]]

    def delete(self, receipt_handle: str) -> None:
        del self.messages[receipt_handle.removeprefix("r-")]


def record(event: Any) -> str:
    return json.dumps(
        {"version": "1.0", "requestContext": {"condition": "RetriesExhausted"},
         "requestPayload": event, "responsePayload": {"errorType": "X"}}
    )  # fmt: skip


def test_the_event_is_taken_from_an_invocation_record_or_a_bare_dlq_message() -> None:
    assert original_event(record(EVENT)) == EVENT
    assert original_event(json.dumps(EVENT)) == EVENT


@pytest.mark.parametrize(
    "body", ["", "[]", record("text"), record({"Records": []}), json.dumps({"a": 1})]
)
def test_anything_else_is_malformed(body: str) -> None:
    with pytest.raises(MalformedRecord):
        original_event(body)


def test_successes_are_deleted_failures_and_garbage_stay() -> None:
    queue = ListQueue(record(EVENT), "garbage", record(EVENT))
    calls: list[dict[str, Any]] = []

    def invoke(event: dict[str, Any]) -> None:
        calls.append(event)
        if len(calls) == 2:
            raise RuntimeError("still failing")

    summary = replay(queue, invoke, max_messages=100, dry_run=False)
    assert (summary.replayed, summary.failed, summary.malformed, summary.objects) == (1, 1, 1, 2)
    assert len(queue.messages) == 2  # each message was tried once, not in a loop


def test_a_dry_run_invokes_nothing_and_deletes_nothing() -> None:
    queue = ListQueue(record(EVENT))
    summary = replay(queue, lambda event: pytest.fail("invoked"), max_messages=5, dry_run=True)
    assert (summary.objects, len(queue.messages)) == (1, 1)


def test_a_function_error_from_lambda_counts_as_a_failure() -> None:
    class Lambda:
        def invoke(self, **kwargs: Any) -> dict[str, Any]:
            assert kwargs["InvocationType"] == "RequestResponse"
            assert json.loads(kwargs["Payload"]) == EVENT
            return {"StatusCode": 200, "FunctionError": "Unhandled"}

    with pytest.raises(ReplayFailed):
        lambda_invoker(Lambda(), "relocate")(EVENT)
