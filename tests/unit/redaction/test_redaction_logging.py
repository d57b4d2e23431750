"""Only counts, entity types, detector names and error codes reach the logs."""

from __future__ import annotations

import logging

import boto3
from botocore.stub import Stubber

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.telemetry import MemoryCounter

SECRETS = ["4111", "123-45-6789", "jo@example.com", "hunter2", "Ana"]
TEXT = "hi I'm Ana, card 4111 1111 1111 1111, ssn 123-45-6789, jo@example.com, password: hunter2"


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
        rendered = " ".join([record.getMessage(), *(str(v) for v in vars(record).values())])
        assert not [s for s in SECRETS if s in rendered], record
    assert not [name for name in counter.totals for s in SECRETS if s in name]
