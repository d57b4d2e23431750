"""Only counts, entity types, detector names and error codes reach the logs."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import boto3
import pytest
from botocore.stub import Stubber

from connect_privacy.log_safety import REQUEST_LOGGERS, silence_request_logging
from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.telemetry import MemoryCounter

SECRETS = ["4111", "123-45-6789", "jo@example.com", "hunter2", "Ana"]
# A record's clock and process numbers ("created": 1764412345.41113) may hold "4111" by
# chance: they are no customer text.
_CLOCKS = frozenset({"created", "msecs", "relativeCreated", "thread", "process"})
TEXT = "hi I'm Ana, card 4111 1111 1111 1111, ssn 123-45-6789, jo@example.com, password: hunter2"


@pytest.fixture
def sdk_loggers_as_deployed() -> Iterator[None]:
    """The SDK's request loggers at WARNING, as every function's bootstrap leaves them.

    The test captures DEBUG from every logger, and the SDK's loggers keep whatever level
    earlier tests in the same worker left them at: it failed once with a botocore DEBUG
    record quoting the stubbed error message (which holds the text) and passed on every
    rerun. What the redactor logs is the subject here; the SDK's loggers are pinned as
    deployed (their own test is ``tests/unit/test_log_safety.py``).
    """
    levels = {name: logging.getLogger(name).level for name in REQUEST_LOGGERS}
    silence_request_logging()
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.usefixtures("sdk_loggers_as_deployed")
def test_no_customer_text_in_logs_or_metric_names_on_success_and_on_fallback(caplog):
    client = boto3.client("comprehend", region_name="eu-west-2")
    counter = MemoryCounter()
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.COMPREHEND, Engine.PATTERNS})),
        comprehend_client=lambda: client,
        counter=counter,
    )
    caplog.set_level(logging.DEBUG)
    with Stubber(client) as stubber:
        stubber.add_response(
            "detect_pii_entities",
            {"Entities": [{"Score": 0.9, "Type": "NAME", "BeginOffset": 7, "EndOffset": 10}]},
        )
        stubber.add_client_error(
            "detect_pii_entities",
            service_error_code="ThrottlingException",
            service_message=f"Rate exceeded for {TEXT}",
        )
        redactor.redact(TEXT)
        redactor.redact(TEXT)

    assert any(r.levelno == logging.WARNING for r in caplog.records)  # the fallback was logged
    for record in caplog.records:
        rendered = " ".join(
            [record.getMessage(), *(str(v) for k, v in vars(record).items() if k not in _CLOCKS)]
        )
        assert not [s for s in SECRETS if s in rendered], record
    assert not [name for name in counter.totals for s in SECRETS if s in name]
