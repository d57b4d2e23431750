"""Where moto 5.2.5 answers differently from AWS for what the stack's Terraform reads back.

Each correction makes moto answer what AWS documents, for one attribute, so that `apply`
completes and a second `plan` shows no drift; none adds behaviour the proof then checks.
They apply to the moto server this process runs (``ThreadedMotoServer``), never to the
moto of other tests. The README's development section lists them.

- SQS ``GetQueueAttributes``: moto rejects the attribute name ``RedriveAllowPolicy``
  (``InvalidAttributeName``), though ``SetQueueAttributes`` stores it; the provider polls
  for it after creating ``aws_sqs_queue_redrive_allow_policy`` until it times out.
- SQS ``RedrivePolicy``: moto re-serialises the JSON with spaces (``json.dumps``); AWS
  answers it compact, so the provider records a whitespace-only change on every plan.
- Lambda ``LoggingConfig``: moto neither stores nor returns it; AWS returns it for every
  function (``Text`` and ``/aws/lambda/<name>`` by default), so the provider would plan
  to add ``logging_config`` again on every run.
"""

from __future__ import annotations

import json
from typing import Any

from moto.awslambda.models import LambdaFunction
from moto.sqs.models import Queue

_applied = False


def apply() -> None:
    """Install the corrections (idempotent)."""
    global _applied
    if _applied:
        return
    _applied = True
    _sqs_redrive_policies()
    _lambda_logging_config()


def _sqs_redrive_policies() -> None:
    original = Queue.attributes.fget  # type: ignore[attr-defined]
    Queue.BASE_ATTRIBUTES = [*Queue.BASE_ATTRIBUTES, "RedriveAllowPolicy"]
    Queue.redrive_allow_policy = None  # type: ignore[attr-defined]

    def attributes(self: Queue) -> dict[str, Any]:
        result: dict[str, Any] = original(self)
        if self.redrive_policy:
            result["RedrivePolicy"] = json.dumps(self.redrive_policy, separators=(",", ":"))
        if result.get("RedriveAllowPolicy") is None:
            result.pop("RedriveAllowPolicy", None)
        return result

    Queue.attributes = property(attributes)  # type: ignore[assignment, method-assign]


def _lambda_logging_config() -> None:
    original_init = LambdaFunction.__init__
    original_get = LambdaFunction.get_configuration
    original_update = LambdaFunction.update_configuration

    def __init__(
        self: LambdaFunction, account_id: str, spec: dict[str, Any], *args: Any, **kwargs: Any
    ) -> None:
        original_init(self, account_id, spec, *args, **kwargs)
        self.logging_config = {
            "LogFormat": "Text",
            "LogGroup": f"/aws/lambda/{self.function_name}",
            **(spec.get("LoggingConfig") or {}),
        }

    def get_configuration(self: LambdaFunction, *args: Any, **kwargs: Any) -> dict[str, Any]:
        config: dict[str, Any] = original_get(self, *args, **kwargs)
        config["LoggingConfig"] = self.logging_config
        return config

    def update_configuration(self: LambdaFunction, updates: dict[str, Any]) -> dict[str, Any]:
        if "LoggingConfig" in updates:
            self.logging_config = {**self.logging_config, **updates["LoggingConfig"]}
        return original_update(self, updates)  # type: ignore[no-any-return]

    LambdaFunction.__init__ = __init__  # type: ignore[method-assign]
    LambdaFunction.get_configuration = get_configuration  # type: ignore[method-assign]
    LambdaFunction.update_configuration = update_configuration  # type: ignore[method-assign]
