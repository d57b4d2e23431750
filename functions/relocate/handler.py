"""Relocate: each new Contact Lens original into the locked vault bucket, exactly once.

Event: an S3 event notification (``Records[]``, one or more) or an EventBridge "Object
Created" event for the Connect instance bucket; keys are decoded per source
(``connect_privacy.vault.events``). Every object is handled; failures are collected and
the invocation fails at the end, so Lambda's asynchronous retries and the on-failure
destination take over. A retry repeats only what is left: the state in S3 is the
memory (``connect_privacy.vault.relocation``).

Terraform pairings for this function:
- Trigger: S3 notifications ``s3:ObjectCreated:*`` on ``<CONTACT_LENS_PREFIX>Voice/2``,
  ``Chat/2`` and ``Email/2`` (the year digit keeps them from overlapping the publish
  function's ``Redacted/`` filters, which S3 refuses), or an EventBridge ``Object Created``
  rule. With recordings on, this function also needs ``Voice/Redacted/`` and the
  recordings prefix: use EventBridge then. The code ignores every other key.
- ``aws_lambda_function_event_invoke_config``: ``maximum_retry_attempts`` 2,
  ``destination_config.on_failure`` an SQS queue (``make vault-replay`` re-drives it).
- Alarms on ``VerificationFailed``, ``DestinationConflict``, ``OriginalMissing`` and
  ``RelocationFailed`` (namespace ``POWERTOOLS_METRICS_NAMESPACE``).
- IAM (exact): on ``<SOURCE_BUCKET>/*`` ``s3:GetObject``, ``s3:GetObjectVersion``,
  ``s3:DeleteObject``, ``s3:DeleteObjectVersion``; on ``<SOURCE_BUCKET>`` ``s3:ListBucket``
  (a missing key answers 404, not 403; recordings are looked up by prefix); on
  ``<VAULT_BUCKET>/*`` ``s3:PutObject`` (CopyObject and the multipart calls),
  ``s3:GetObject`` (HeadObject), ``s3:AbortMultipartUpload``; on ``<VAULT_BUCKET>``
  ``s3:ListBucket``. ``kms:Decrypt`` on the source bucket's key (reading the source, and
  HeadObject with ChecksumMode on SSE-KMS objects); ``kms:GenerateDataKey`` and
  ``kms:Decrypt`` on ``VAULT_KMS_KEY_ID`` (encrypting the copy, multipart, checksums).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from connect_privacy.aws_clients import Lazy, client_config, lazy_client
from connect_privacy.bootstrap import bootstrap
from connect_privacy.vault.each_object import handle_each_object
from connect_privacy.vault.relocation import Relocator
from connect_privacy.vault.s3_store import S3ObjectStore
from relocate.settings import RelocateSettings

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext
    from mypy_boto3_s3.client import S3Client

observability = bootstrap("relocate")
logger, tracer, metrics = observability.logger, observability.tracer, observability.metrics
counter = observability.counter

SETTINGS = RelocateSettings.from_env(os.environ)
# UploadPartCopy of a 512 MiB part can take tens of seconds: a generous read timeout.
# (No API Gateway in front: the bound is the function's own timeout.)
s3_client: Lazy[S3Client] = lazy_client(
    "s3", client_config(connect_timeout=3.0, read_timeout=120.0, max_attempts=3)
)
relocator = Lazy(lambda: Relocator(S3ObjectStore(s3_client), SETTINGS.vault, counter=counter))


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    return handle_each_object(
        event,
        lambda ref: [result.outcome.value for result in relocator().handle(ref)],
        counter=counter,
    )
