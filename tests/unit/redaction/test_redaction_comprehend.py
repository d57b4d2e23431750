"""The comprehend detector against botocore's Stubber (parameters and responses are
validated against Comprehend's service model), and the failure policy."""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import pytest
from botocore.stub import ANY, Stubber

from connect_privacy.redaction import (
    COMPREHEND_CLIENT_CONFIG,
    METRIC_BLOCKED,
    METRIC_FALLBACK,
    Engine,
    FailurePolicy,
    Language,
    RedactionBlocked,
    RedactionSettings,
    build_redactor,
)
from connect_privacy.redaction.comprehend import MAX_TEXT_BYTES, split_for_comprehend
from connect_privacy.telemetry import MemoryCounter

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "comprehend"
CARD = "4111 1111 1111 1111"


@pytest.fixture
def comprehend():
    client = boto3.client("comprehend", region_name="eu-west-2", config=COMPREHEND_CLIENT_CONFIG)
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


def redactor_for(client, counter=None, **overrides):
    settings = RedactionSettings(**{"engines": frozenset({Engine.COMPREHEND}), **overrides})
    return build_redactor(
        settings, comprehend_client=lambda: client, counter=counter or MemoryCounter()
    )


def entity(text, value, entity_type, score=0.99):
    begin = text.index(value)
    return {
        "Score": score,
        "Type": entity_type,
        "BeginOffset": begin,
        "EndOffset": begin + len(value),
    }


def test_offsets_are_code_points_with_exclusive_end_in_the_recorded_fixture(comprehend):
    client, stubber = comprehend
    recorded = json.loads((FIXTURES / "detect_pii_entities_emoji.json").read_text())
    text = recorded["request"]["Text"]
    stubber.add_response("detect_pii_entities", recorded["response"], recorded["request"])

    result = redactor_for(client).redact(text)

    assert result.text == (
        "Hi 👋🏽 it's 😀 Ana, card [CREDIT_DEBIT_NUMBER], email [EMAIL] 🇬🇧 call [PHONE]"
    )
    assert [text[s.begin : s.end] for s in result.entities] == [
        CARD,
        "ana@example.com",
        "+44 20 7946 0958",
    ]
    assert all(s.detector == "comprehend" for s in result.entities)
    assert not result.degraded


def test_utf16_offsets_would_leak_the_tail_of_each_value():
    # Why code points matter: the JavaScript-style slicing AWS's sample uses is off
    # by two per astral character before the value.
    recorded = json.loads((FIXTURES / "detect_pii_entities_emoji.json").read_text())
    text = recorded["request"]["Text"]
    card = recorded["response"]["Entities"][0]
    utf16_begin, utf16_end = recorded["utf16_offsets_for_contrast"][0]

    assert text[card["BeginOffset"] : card["EndOffset"]] == CARD
    assert text[utf16_begin:utf16_end] != CARD


def test_language_min_score_and_allow_list_are_applied(comprehend):
    client, stubber = comprehend
    text = "Soy Ana, nací el 3 de mayo, mi tarjeta es 4111 1111 1111 1111 y pin 9876"
    response = {
        "Entities": [
            entity(text, "Ana", "NAME"),
            entity(text, "3 de mayo", "DATE_TIME"),
            entity(text, CARD, "CREDIT_DEBIT_NUMBER"),
            entity(text, "9876", "PIN", score=0.4),
        ]
    }
    stubber.add_response("detect_pii_entities", response, {"Text": text, "LanguageCode": "es"})

    result = redactor_for(client, language=Language.ES, min_score=0.5).redact(text)

    assert result.text == (
        "Soy Ana, nací el 3 de mayo, mi tarjeta es [CREDIT_DEBIT_NUMBER] y pin 9876"
    )


def test_empty_text_is_not_sent(comprehend):
    client, _ = comprehend

    assert redactor_for(client).redact("   ").text == "   "


@pytest.mark.parametrize("code", ["ThrottlingException", "InternalServerException"])
def test_patterns_only_policy_redacts_offline_and_counts_the_fallback(comprehend, code):
    client, stubber = comprehend
    stubber.add_client_error("detect_pii_entities", service_error_code=code, http_status_code=500)
    counter = MemoryCounter()

    result = redactor_for(client, counter).redact(f"card {CARD} ssn 123-45-6789")

    assert result.text == "card [CREDIT_DEBIT_NUMBER] ssn [SSN]"
    assert result.degraded
    assert {s.detector for s in result.entities} == {"patterns"}
    assert counter.totals[METRIC_FALLBACK] == 1
    assert counter.totals[METRIC_BLOCKED] == 0


@pytest.mark.parametrize("code", ["ThrottlingException", "InternalServerException"])
def test_block_policy_withholds_the_message_and_counts_it(comprehend, code):
    client, stubber = comprehend
    stubber.add_client_error("detect_pii_entities", service_error_code=code, http_status_code=500)
    counter = MemoryCounter()
    redactor = redactor_for(client, counter, failure_policy=FailurePolicy.BLOCK)

    with pytest.raises(RedactionBlocked) as blocked:
        redactor.redact(f"card {CARD}")

    assert blocked.value.reason == "comprehend_unavailable"
    assert "4111" not in str(blocked.value)
    assert blocked.value.__cause__ is None
    assert counter.totals[METRIC_FALLBACK] == 1
    assert counter.totals[METRIC_BLOCKED] == 1


def test_a_response_that_does_not_fit_the_text_is_a_failure(comprehend):
    client, stubber = comprehend
    text = f"card {CARD}"
    bogus = {"Entities": [{"Score": 0.9, "Type": "NAME", "BeginOffset": 3, "EndOffset": 400}]}
    stubber.add_response("detect_pii_entities", bogus, {"Text": text, "LanguageCode": "en"})
    counter = MemoryCounter()

    result = redactor_for(client, counter).redact(text)

    assert result.degraded
    assert result.text == "card [CREDIT_DEBIT_NUMBER]"
    assert counter.totals[METRIC_FALLBACK] == 1


def test_a_client_that_cannot_be_created_is_a_failure_and_is_created_lazily():
    calls = []

    def factory():
        calls.append(1)
        raise RuntimeError("no region")

    settings = RedactionSettings(engines=frozenset({Engine.COMPREHEND}))
    redactor = build_redactor(settings, comprehend_client=factory, counter=MemoryCounter())
    assert calls == []

    assert redactor.redact(f"card {CARD}").text == "card [CREDIT_DEBIT_NUMBER]"
    assert calls == [1]


def test_the_comprehend_engine_needs_a_client_factory():
    with pytest.raises(ValueError, match="comprehend_client"):
        build_redactor(RedactionSettings(), comprehend_client=None, counter=MemoryCounter())


def test_text_over_100_kb_is_chunked_so_an_entity_on_a_boundary_is_whole_in_a_chunk(comprehend):
    client, stubber = comprehend
    filler = "word " * 19_990  # 99,950 bytes: the card straddles the 100,000-byte limit
    text = filler + "é " * 10 + f"my card {CARD} and more " + "words and 😀 " * 2_000
    chunks = split_for_comprehend(text)
    assert len(text.encode()) > MAX_TEXT_BYTES
    assert len(chunks) == 2
    assert all(len(chunk.encode()) <= MAX_TEXT_BYTES for _, chunk in chunks)
    assert all(text[offset + len(chunk)].isspace() for offset, chunk in chunks[:-1])
    (_, first), (second_offset, second) = chunks
    assert CARD not in first  # the first chunk ends inside the card ...
    assert CARD in second  # ... the second, starting earlier, holds it whole
    for _, chunk in chunks:
        entities = [entity(chunk, CARD, "CREDIT_DEBIT_NUMBER")] if CARD in chunk else []
        if not entities and chunk.endswith(CARD[:9]):  # Comprehend sees half a number
            begin = chunk.rindex(CARD[:9])
            entities = [
                {
                    "Score": 0.6,
                    "Type": "BANK_ACCOUNT_NUMBER",
                    "BeginOffset": begin,
                    "EndOffset": len(chunk),
                }
            ]
        stubber.add_response(
            "detect_pii_entities", {"Entities": entities}, {"Text": ANY, "LanguageCode": "en"}
        )

    result = redactor_for(client).redact(text)

    card_begin = text.index(CARD)
    assert [(s.begin, s.end) for s in result.entities] == [(card_begin, card_begin + len(CARD))]
    assert CARD not in result.text and "[CREDIT_DEBIT_NUMBER]" in result.text
    assert second_offset < card_begin


def test_short_text_is_one_chunk():
    assert split_for_comprehend("hello 😀") == [(0, "hello 😀")]


def test_a_token_longer_than_a_chunk_is_cut_hard_and_still_covered():
    text = "x" * 250
    chunks = split_for_comprehend(text, max_bytes=100, overlap=10)

    covered = set()
    for offset, chunk in chunks:
        assert len(chunk.encode()) <= 100
        covered.update(range(offset, offset + len(chunk)))
    assert covered == set(range(len(text)))
