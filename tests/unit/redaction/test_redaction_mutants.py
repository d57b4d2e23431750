"""Tests written against mutants mutmut left alive in redactor.py (``make mutation``).

Equivalent mutants, left alive on purpose:
- ``_outside_tokens``: ``begin <= token_end`` for ``begin < token_end`` (a begin
  at a token's end moves by zero, then the next token is checked as before);
- ``_to_original``: ``<= span.end`` for ``< span.end`` and ``begin <= end`` for
  ``begin < end`` (both only add empty spans, which ``merge_spans`` drops);
- ``_prepare``: computing the token list when the text holds no ``[`` (empty anyway);
- ``_render`` / ``_settle``: the token text used for the second pass in ``PII``
  mode (only the masked view detectors read changes, never the output);
- ``masking.mask``: ``cursor = None`` (``text[None:x]`` is ``text[:x]``).
Not equivalent but never widening what is shown: ``_outside_tokens`` trimming an
end that sits exactly at a token's start (``<=``) removes a whole token from a span.

Survivors of the 2026-11-28 run after the tests at the end of this file (21 of 424),
all equivalent:
- ``_StretchReader``: its two caches disabled or keyed wrongly (``_found.get(None)``,
  storing ``None``, recomputing the tokens every time, a different initial text): each
  stretch is then read again, finding what it found the first time;
- ``_StretchReader.read``: ``token_begin >= cursor`` (also reads empty stretches);
- ``_settle`` / ``_render``: which token text the masked view carries (``None`` for the
  mode, ``[PII]`` and ``[TYPE]`` swapped): both are token names, so the stretches are
  the same; ``XX[PII]XX`` glues two letters to each side, which changed no outcome on
  the dense digit texts tried (not shown equivalent in general);
- ``_render``: the last visible stretch's end overshooting (``+ cursor``): mapping takes
  the span's own end, which lies inside the text;
- ``_to_original``: ``index += 2``: second-pass spans come from one stretch each, so
  they never reach a second visible stretch;
- ``_outside_tokens``: ``end < begin`` (returns an empty span, which ``merge_spans``
  drops);
- ``build_redactor``: the wording of the missing-factory error.
"""

from __future__ import annotations

import json
import logging

import boto3
import pytest
import regex
from botocore.exceptions import ClientError
from botocore.stub import Stubber

from connect_privacy.redaction import (
    COMPREHEND_CLIENT_CONFIG,
    METRIC_FALLBACK,
    Engine,
    FailurePolicy,
    MaskMode,
    RedactionBlocked,
    RedactionSettings,
    build_redactor,
)
from connect_privacy.redaction.custom import (
    CustomPattern,
    compile_custom_pattern,
    parse_custom_patterns,
)
from connect_privacy.redaction.redactor import _error_code
from connect_privacy.telemetry import MemoryCounter


@pytest.fixture
def comprehend():
    client = boto3.client("comprehend", region_name="eu-west-2", config=COMPREHEND_CLIENT_CONFIG)
    with Stubber(client) as stubber:
        yield client, stubber


def comprehend_redactor(client, **overrides):
    settings = RedactionSettings(**{"engines": frozenset({Engine.COMPREHEND}), **overrides})
    return build_redactor(settings, comprehend_client=lambda: client, counter=MemoryCounter())


def password_at(stubber, begin, end):
    stubber.add_response(
        "detect_pii_entities",
        {"Entities": [{"Score": 0.99, "Type": "PASSWORD", "BeginOffset": begin, "EndOffset": end}]},
    )


def test_a_span_starting_inside_touching_tokens_is_trimmed_past_all_of_them(comprehend):
    client, stubber = comprehend
    text = "a [PII] b [PII][PII]zebra-horse-violet"
    inside_second_token = text.index("[PII][PII]") + 2
    password_at(stubber, inside_second_token, len(text))

    result = comprehend_redactor(client).redact(text)

    assert result.text == "a [PII] b [PII][PII][PASSWORD]"


def test_a_span_starting_exactly_at_a_token_is_trimmed_past_it(comprehend):
    client, stubber = comprehend
    text = "x [PII]zebra-horse"
    password_at(stubber, 2, len(text))

    assert comprehend_redactor(client).redact(text).text == "x [PII][PASSWORD]"


def test_a_span_starting_inside_the_last_token_is_trimmed_without_error(comprehend):
    client, stubber = comprehend
    text = "x [PII]"
    password_at(stubber, 4, len(text))

    assert comprehend_redactor(client).redact(text).text == "x [PII]"


def test_a_second_pass_span_across_a_mask_token_masks_both_visible_sides():
    # The custom pattern only matches once the card is masked: its span covers
    # "TAG: ", the token and " 1234"; both visible sides must be masked.
    custom = compile_custom_pattern("TAGGED", r"TAG:\s?\[[A-Z_]+\]\s?\d{4}", source="test")
    settings = RedactionSettings(
        engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}), custom_patterns=(custom,)
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=MemoryCounter())

    result = redactor.redact("TAG: 4111111111111111 1234 ok")

    assert "1234" not in result.text
    assert result.text.endswith(" ok")


def test_without_the_comprehend_engine_nothing_is_degraded_or_counted():
    counter = MemoryCounter()
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=counter,
    )

    result = redactor.redact("card 4111 1111 1111 1111")

    assert result.degraded is False
    assert counter.totals[METRIC_FALLBACK] == 0


def test_the_comprehend_engine_without_a_client_factory_says_so():
    with pytest.raises(ValueError, match="comprehend engine needs a comprehend_client"):
        build_redactor(RedactionSettings(), comprehend_client=None, counter=MemoryCounter())


def test_custom_patterns_do_not_run_when_the_custom_engine_is_off():
    custom = compile_custom_pattern("MEMBER_ID", r"\bMBR-\d{8}\b", source="test")
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS}), custom_patterns=(custom,)),
        comprehend_client=None,
        counter=MemoryCounter(),
    )

    assert redactor.redact("member MBR-12345678").text == "member MBR-12345678"


def test_fallback_and_timeout_log_records_carry_their_message_and_safe_fields(comprehend, caplog):
    client, stubber = comprehend
    stubber.add_client_error("detect_pii_entities", service_error_code="ThrottlingException")
    caplog.set_level(logging.WARNING)
    comprehend_redactor(client).redact("card 4111 1111 1111 1111")

    [fallback] = [r for r in caplog.records if r.getMessage() == "comprehend detection failed"]
    assert fallback.error_code == "ThrottlingException"
    assert fallback.failure_policy == FailurePolicy.PATTERNS_ONLY.value

    caplog.clear()
    slow = CustomPattern("SLOW", regex.compile(r"(x|xx)+y"))
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.CUSTOM}), custom_patterns=(slow,)),
        comprehend_client=None,
        counter=MemoryCounter(),
    )
    with pytest.raises(RedactionBlocked) as blocked:
        redactor.redact("x" * 80)

    assert str(blocked.value) == "message withheld: custom_pattern_timeout"
    [timeout] = [r for r in caplog.records if r.getMessage() == "custom pattern timed out"]
    assert timeout.pattern == "SLOW"


def test_error_codes_of_client_errors_and_other_exceptions():
    throttled = ClientError({"Error": {"Code": "ThrottlingException"}}, "DetectPiiEntities")
    no_code = ClientError({"Error": {}}, "DetectPiiEntities")

    assert _error_code(throttled) == "ThrottlingException"
    assert _error_code(no_code) == "ClientError"
    assert _error_code(TimeoutError()) == "TimeoutError"


def test_a_span_starting_inside_three_touching_tokens_is_trimmed_past_all(comprehend):
    client, stubber = comprehend
    text = "[PII][PII][PII]zebra-horse"
    password_at(stubber, 2, len(text))

    assert comprehend_redactor(client).redact(text).text == "[PII][PII][PII][PASSWORD]"


def test_a_span_ending_inside_touching_tokens_is_trimmed_before_all(comprehend):
    client, stubber = comprehend
    text = "zebra-horse[PII][PII] x"
    password_at(stubber, 0, text.index("[PII][PII]") + 7)

    assert comprehend_redactor(client).redact(text).text == "[PASSWORD][PII][PII] x"


def test_a_disallowed_type_in_the_second_pass_does_not_hide_the_allowed_ones():
    # The e-mail (not on this allow-list) comes first in the detector's output;
    # the card, found only once the phone is masked, must still be masked.
    settings = RedactionSettings(
        engines=frozenset({Engine.PATTERNS}),
        entity_types=frozenset({"CREDIT_DEBIT_NUMBER", "PHONE"}),
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=MemoryCounter())
    text = "a@b.io 1 " + " ".join("4111111111111111") + " 2012000000"

    assert redactor.redact(text).text == "a@b.io 1 [CREDIT_DEBIT_NUMBER] [PHONE]"


def test_the_debug_record_names_what_was_redacted_without_text(caplog):
    caplog.set_level(logging.DEBUG, logger="connect_privacy.redaction.redactor")
    build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=MemoryCounter(),
    ).redact("card 4111 1111 1111 1111")

    [record] = [r for r in caplog.records if r.getMessage() == "redacted"]
    assert (record.entity_types, record.entity_count, record.detectors) == (
        ["CREDIT_DEBIT_NUMBER"],
        1,
        ["patterns"],
    )


# Written against survivors of a redactor.py run on 2026-11-28 (424 mutants, 90%).


def test_a_value_at_the_very_start_of_a_message_holding_a_token_is_masked():
    # Stretches begin at offset 0: a reader starting at 1 dropped the card's first digit,
    # and fifteen digits fail Luhn, so the card went out whole.
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=MemoryCounter(),
    )

    assert redactor.redact("4111111111111111 and [PII]").text == "[CREDIT_DEBIT_NUMBER] and [PII]"


@pytest.mark.parametrize(
    ("mask_mode", "token", "entity_types"),
    [
        (MaskMode.PII, "[PII]", None),
        (MaskMode.ENTITY_TYPE, "[CREDIT_DEBIT_NUMBER]", None),
        # Any type's token is a boundary, configured here or not: another deployment's
        # output, or the customer typing one, reads the same.
        (MaskMode.ENTITY_TYPE, "[SSN]", frozenset({"CREDIT_DEBIT_NUMBER"})),
    ],
)
def test_no_detector_reads_across_a_mask_token(mask_mode, token, entity_types):
    # A token hides what was there, so nothing on both sides of one is a value: the
    # reason redacting a redacted message again changes nothing. A custom pattern that
    # would need text on both sides finds nothing.
    settings = RedactionSettings(
        engines=frozenset({Engine.CUSTOM}),
        custom_patterns=parse_custom_patterns(
            json.dumps({"TICKET": r"T-[0-9]+ .{1,30} [0-9]+"}), source="test"
        ),
        mask_mode=mask_mode,
        **({"entity_types": entity_types} if entity_types else {}),
    )
    redactor = build_redactor(settings, comprehend_client=None, counter=MemoryCounter())
    text = f"T-123 {token} 456"

    assert redactor.redact(text).text == text
    name = "[PII]" if mask_mode is MaskMode.PII else "[TICKET]"
    assert redactor.redact("T-123 then 456").text == name


def test_a_trimmed_span_keeps_its_detector_and_score(comprehend, caplog):
    # Comprehend's password starts inside a token the customer typed and overlaps a
    # weaker guess: the trimmed span is still Comprehend's, and still the stronger one.
    caplog.set_level(logging.DEBUG, logger="connect_privacy.redaction.redactor")
    client, stubber = comprehend
    text = "pw [PII]zebra-horse ok"
    stubber.add_response(
        "detect_pii_entities",
        {
            "Entities": [
                {"Score": 0.99, "Type": "PASSWORD", "BeginOffset": 5, "EndOffset": 19},
                {"Score": 0.60, "Type": "PIN", "BeginOffset": 14, "EndOffset": 22},
            ]
        },
    )

    result = comprehend_redactor(client).redact(text)

    assert result.text == "pw [PII][PASSWORD]"
    [record] = [r for r in caplog.records if r.getMessage() == "redacted"]
    assert (record.entity_count, record.detectors) == (1, ["comprehend"])
