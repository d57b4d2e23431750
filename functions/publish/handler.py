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
from functools import cache
from typing import TYPE_CHECKING, Any

import boto3
from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from botocore.config import Config

from connect_privacy.log_safety import silence_request_logging
from connect_privacy.redaction import Engine, build_redactor
from connect_privacy.telemetry import NullCounter, PowertoolsCounter
from connect_privacy.vault.events import UnsupportedEvent, object_refs
from connect_privacy.vault.publishing import DocumentRedactor, Publisher
from connect_privacy.vault.s3_store import S3ObjectStore
from publish.settings import PublishSettings

if TYPE_CHECKING:
    from aws_lambda_powertools.utilities.typing import LambdaContext
    from mypy_boto3_s3.client import S3Client

# Observability, in one block (the shared bootstrap replaces it at merge).
logger = Logger()
tracer = Tracer()
metrics = Metrics()
copy_config_to_registered_loggers(source_logger=logger, include={"connect_privacy", "publish"})
silence_request_logging()
counter = PowertoolsCounter(metrics)

SETTINGS = PublishSettings.from_env(os.environ)
_S3_CONFIG = Config(retries={"mode": "standard"}, connect_timeout=3, read_timeout=30)
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


@cache
def s3_client() -> S3Client:
    return boto3.client("s3", config=_S3_CONFIG)


@cache
def publisher() -> Publisher:
    return Publisher(S3ObjectStore(s3_client), SETTINGS.publish, DOCUMENTS, counter=counter)


class PublishIncomplete(Exception):
    """Some objects of the event failed; the message holds counts only."""


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, int]:
    try:
        refs = object_refs(event)
    except UnsupportedEvent as error:
        counter.count("UnsupportedEvents")
        logger.exception("unsupported event", extra={"problem": str(error)})
        raise
    if not refs:  # a test event, a deletion: nothing to do
        counter.count("IgnoredEvents")
        logger.info("event names no created object")
        return {}
    outcomes: dict[str, int] = {}
    failures = 0
    for ref in refs:
        try:
            outcome = publisher().handle(ref)
        except Exception:  # audited and counted by the publisher; the rest still run
            failures += 1
        else:
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    if failures:
        raise PublishIncomplete(f"{failures} of {len(refs)} objects failed; Lambda retries")
    return outcomes
