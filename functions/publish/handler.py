"""Publish: re-redacted Contact Lens transcripts for analytics readers.

Event: an S3 event notification (``Records[]``) or an EventBridge "Object Created" event
for new ``<CONTACT_LENS_PREFIX><Channel>/Redacted/...json`` objects. Each is re-redacted
with the offline detectors (``patterns`` and the operator's ``custom`` patterns) and
written to ``<PUBLISHED_PREFIX><key>`` (``connect_privacy.vault.publishing``); the
Contact Lens file is untouched. Publishing is idempotent (same input, same output), so
Lambda's retries simply repeat it; failures go to the on-failure destination.

Terraform pairings for this function:
- Trigger on ``s3:ObjectCreated:*`` for the ``Redacted/`` prefixes with suffix ``.json``
  (or the EventBridge rule); ``aws_lambda_function_event_invoke_config`` with 2 retries
  and an SQS on-failure destination; an alarm on ``PublishBlocked`` and ``PublishFailed``.
- IAM (exact): ``s3:GetObject`` and ``s3:GetObjectVersion`` on
  ``<SOURCE_BUCKET>/<CONTACT_LENS_PREFIX>*/Redacted/*``; ``s3:PutObject`` on
  ``<PUBLISHED_BUCKET>/<PUBLISHED_PREFIX>*``; ``kms:Decrypt`` on the source bucket's key;
  ``kms:GenerateDataKey`` on ``PUBLISHED_KMS_KEY_ID`` (or the published bucket's key).
"""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from connect_privacy.aws_clients import Lazy, client_config, lazy_client
from connect_privacy.bootstrap import bootstrap
from connect_privacy.redaction import Engine, build_redactor
from connect_privacy.telemetry import NullCounter
from connect_privacy.vault.each_object import handle_each_object
from connect_privacy.vault.publishing import DocumentRedactor, Publisher
from connect_privacy.vault.s3_store import S3ObjectStore
from publish.settings import PublishSettings

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext
    from mypy_boto3_s3.client import S3Client

observability = bootstrap("publish")
logger, tracer, metrics = observability.logger, observability.tracer, observability.metrics
counter = observability.counter

SETTINGS = PublishSettings.from_env(os.environ)
s3_client: Lazy[S3Client] = lazy_client(
    "s3", client_config(connect_timeout=3.0, read_timeout=30.0, max_attempts=3)
)
DOCUMENTS = DocumentRedactor(
    build_redactor(SETTINGS.redaction, comprehend_client=None, counter=counter),
    # The fail-closed check: the operator's custom patterns alone.
    build_redactor(
        replace(SETTINGS.redaction, engines=frozenset({Engine.CUSTOM})),
        comprehend_client=None,
        counter=NullCounter(),
    ),
    SETTINGS.redaction.mask_mode,
)


publisher = Lazy(
    lambda: Publisher(S3ObjectStore(s3_client), SETTINGS.publish, DOCUMENTS, counter=counter)
)


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    return handle_each_object(event, lambda ref: [publisher().handle(ref)], counter=counter)
