"""Where moto 5.2.5 answers differently from AWS for what the stack's Terraform reads back.

Each correction makes moto answer what AWS documents, for one attribute, so that `apply`
completes and a second `plan` shows no drift; none adds behaviour the proof then checks.
They apply to the moto server this process runs (``ThreadedMotoServer``), never to the
moto of other tests. The README's development section lists them.

- SQS ``GetQueueAttributes``: moto rejects the attribute name ``RedriveAllowPolicy``
  (``InvalidAttributeName``), though ``SetQueueAttributes`` stores it; the provider polls
  for it after creating ``aws_sqs_queue_redrive_allow_policy`` until it times out.
  Setting it to "" (how the provider removes it) must make it absent again, as in AWS.
- SQS ``RedrivePolicy``: moto re-serialises the JSON with spaces (``json.dumps``); AWS
  answers it compact, so the provider records a whitespace-only change on every plan.
- S3 ``CreateBucket``: moto ignores the ``Tags`` of ``CreateBucketConfiguration``, which the
  provider sends when it creates a bucket with tags, so the first plan after apply wants to
  add every tag of both vault buckets.
- S3 object writes and reads on a bucket with a policy: moto checks the bucket policy
  (``FakeBucket.get_permission``) but ignores every ``Condition``, so a conditional Deny
  denies all requests: the vault's "deny writes naming another key" refuses the relocation
  function's correct copy with a bodiless 403. Statements with conditions are left out of
  moto's check (it cannot evaluate them); the project's policy evaluator
  (``tests/unit/policies``) checks what they allow and deny.
- CloudTrail ``DeleteTrail``: moto deletes by trail name only; the provider passes the
  trail's ARN, which moto accepts without deleting anything, so the trail outlives destroy.
- Lambda ``LoggingConfig``: moto neither stores nor returns it; AWS returns it for every
  function (``Text`` and ``/aws/lambda/<name>`` by default), so the provider would plan
  to add ``logging_config`` again on every run.
"""

from __future__ import annotations

import json
from typing import Any

import xmltodict  # type: ignore[import-untyped]
from moto.awslambda.models import LambdaFunction
from moto.cloudtrail.models import CloudTrailBackend
from moto.iam.access_control import IAMPolicy, PermissionResult
from moto.s3.models import FakeBucket
from moto.s3.responses import S3Response
from moto.sqs.models import Queue

_applied = False


def apply() -> None:
    """Install the corrections (idempotent)."""
    global _applied
    if _applied:
        return
    _applied = True
    _sqs_redrive_policies()
    _s3_create_bucket_tags()
    _s3_bucket_policy_conditions()
    _lambda_logging_config()
    _cloudtrail_delete_by_arn()


def _sqs_redrive_policies() -> None:
    original = Queue.attributes.fget  # type: ignore[attr-defined]
    Queue.BASE_ATTRIBUTES = [*Queue.BASE_ATTRIBUTES, "RedriveAllowPolicy"]
    Queue.redrive_allow_policy = None  # type: ignore[attr-defined]

    def attributes(self: Queue) -> dict[str, Any]:
        result: dict[str, Any] = original(self)
        if self.redrive_policy:
            result["RedrivePolicy"] = json.dumps(self.redrive_policy, separators=(",", ":"))
        if not result.get("RedriveAllowPolicy"):  # never set, or removed with ""
            result.pop("RedriveAllowPolicy", None)
        return result

    Queue.attributes = property(attributes)  # type: ignore[assignment, method-assign]


def _s3_create_bucket_tags() -> None:
    original = S3Response._bucket_response_put

    def put(self: S3Response, request: Any, bucket_name: str, querystring: Any) -> Any:
        result = original(self, request, bucket_name, querystring)
        if not querystring and self.body:
            config = xmltodict.parse(self.body).get("CreateBucketConfiguration") or {}
            tags = (config.get("Tags") or {}).get("Tag") or []
            tags = tags if isinstance(tags, list) else [tags]
            if tags:
                self.backend.put_bucket_tagging(
                    bucket_name, {tag["Key"]: tag["Value"] for tag in tags}
                )
        return result

    S3Response._bucket_response_put = put  # type: ignore[method-assign]


def _s3_bucket_policy_conditions() -> None:
    def get_permission(self: Any, action: str, resource: str) -> Any:
        # FakeBucket.get_permission, minus the statements whose conditions moto ignores.
        if self.policy is None:
            return PermissionResult.NEUTRAL
        document = json.loads(self.policy)
        statements = document.get("Statement", [])
        statements = statements if isinstance(statements, list) else [statements]
        unconditional = [s for s in statements if "Condition" not in s]
        policy = IAMPolicy(json.dumps({**document, "Statement": unconditional}))
        return policy.is_action_permitted(action, resource)

    FakeBucket.get_permission = get_permission  # type: ignore[method-assign]


def _lambda_logging_config() -> None:
    original_init = LambdaFunction.__init__
    original_get = LambdaFunction.get_configuration
    original_update = LambdaFunction.update_configuration

    def __init__(
        self: Any, account_id: str, spec: dict[str, Any], *args: Any, **kwargs: Any
    ) -> None:
        original_init(self, account_id, spec, *args, **kwargs)
        self.logging_config = {
            "LogFormat": "Text",
            "LogGroup": f"/aws/lambda/{self.function_name}",
            **(spec.get("LoggingConfig") or {}),
        }

    def get_configuration(self: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        config: dict[str, Any] = original_get(self, *args, **kwargs)
        config["LoggingConfig"] = self.logging_config
        return config

    def update_configuration(self: Any, config_updates: dict[str, Any]) -> dict[str, Any]:
        if "LoggingConfig" in config_updates:
            self.logging_config = {**self.logging_config, **config_updates["LoggingConfig"]}
        return original_update(self, config_updates)

    LambdaFunction.__init__ = __init__  # type: ignore[method-assign]
    LambdaFunction.get_configuration = get_configuration  # type: ignore[method-assign]
    LambdaFunction.update_configuration = update_configuration  # type: ignore[method-assign]


def _cloudtrail_delete_by_arn() -> None:
    original = CloudTrailBackend.delete_trail

    def delete_trail(self: Any, name: str) -> None:
        if name.startswith("arn:"):
            name = self.get_trail(name).trail_name
        original(self, name)

    CloudTrailBackend.delete_trail = delete_trail  # type: ignore[method-assign]
