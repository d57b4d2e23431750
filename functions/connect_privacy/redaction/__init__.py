"""PII redaction: Amazon Comprehend plus validated offline detectors, failing closed.

Typical use, once per cold start::

    settings = RedactionSettings.from_env(os.environ)
    redactor = build_redactor(settings, comprehend_client=lambda: boto3.client(
        "comprehend", config=COMPREHEND_CLIENT_CONFIG), counter=PowertoolsCounter(metrics))

then ``redactor.redact(text)`` per message: it returns a :class:`RedactionResult`
or raises :class:`RedactionBlocked`; it never hands back text it could not check.
"""

from connect_privacy.redaction.comprehend import COMPREHEND_CLIENT_CONFIG
from connect_privacy.redaction.entity_types import COMPREHEND_ENTITY_TYPES, DEFAULT_ENTITY_TYPES
from connect_privacy.redaction.masking import MaskMode, mask
from connect_privacy.redaction.redactor import (
    METRIC_BLOCKED,
    METRIC_CUSTOM_TIMEOUT,
    METRIC_ENTITIES,
    METRIC_FALLBACK,
    RedactionBlocked,
    RedactionResult,
    Redactor,
    build_redactor,
)
from connect_privacy.redaction.settings import Engine, FailurePolicy, Language, RedactionSettings
from connect_privacy.redaction.spans import Span, merge_spans

__all__ = [
    "COMPREHEND_CLIENT_CONFIG",
    "COMPREHEND_ENTITY_TYPES",
    "DEFAULT_ENTITY_TYPES",
    "METRIC_BLOCKED",
    "METRIC_CUSTOM_TIMEOUT",
    "METRIC_ENTITIES",
    "METRIC_FALLBACK",
    "Engine",
    "FailurePolicy",
    "Language",
    "MaskMode",
    "RedactionBlocked",
    "RedactionResult",
    "RedactionSettings",
    "Redactor",
    "Span",
    "build_redactor",
    "mask",
    "merge_spans",
]
