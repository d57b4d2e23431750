"""Merging spans from several detectors and rendering Contact Lens's mask modes."""

from __future__ import annotations

from connect_privacy.redaction import (
    Engine,
    MaskMode,
    RedactionSettings,
    Span,
    build_redactor,
    mask,
    merge_spans,
)
from connect_privacy.redaction.spans import widen_to_tokens
from connect_privacy.telemetry import MemoryCounter


def span(begin, end, entity_type="PHONE", score=0.5, detector="patterns"):
    return Span(begin, end, entity_type, score, detector)


def test_overlapping_spans_are_unioned_and_keep_the_best_scored_type():
    merged = merge_spans(
        [span(5, 12, "PHONE", 0.6), span(0, 8, "CREDIT_DEBIT_NUMBER", 0.9, "comprehend")]
    )

    assert merged == (Span(0, 12, "CREDIT_DEBIT_NUMBER", 0.9, "comprehend"),)


def test_on_a_tie_the_longer_of_two_spans_starting_together_names_the_union():
    # A card read whole and a PIN read from its first digits, equally sure: the label
    # is the card's, whichever detector reported first.
    card, pin = span(0, 16, "CREDIT_DEBIT_NUMBER", 0.8), span(0, 4, "PIN", 0.8)

    for spans in ([card, pin], [pin, card]):
        assert merge_spans(spans) == (card,)


def test_nested_and_chained_overlaps_become_one_span():
    merged = merge_spans([span(0, 4), span(1, 2), span(3, 9), span(8, 12)])

    assert [(s.begin, s.end) for s in merged] == [(0, 12)]


def test_touching_spans_stay_separate_and_empty_spans_are_dropped():
    merged = merge_spans([span(4, 8, "EMAIL"), span(0, 4, "PHONE"), span(9, 9)])

    assert [(s.begin, s.end, s.entity_type) for s in merged] == [(0, 4, "PHONE"), (4, 8, "EMAIL")]


def test_entity_type_mode_writes_each_type_and_pii_mode_writes_pii():
    text = "card 4111 and mail a@b.io ok"
    spans = (span(5, 9, "CREDIT_DEBIT_NUMBER"), span(19, 25, "EMAIL"))

    assert mask(text, spans) == "card [CREDIT_DEBIT_NUMBER] and mail [EMAIL] ok"
    assert mask(text, spans, MaskMode.PII) == "card [PII] and mail [PII] ok"
    assert mask(text, ()) == text


def test_spans_are_widened_to_whole_tokens():
    text = "id abc123def end"

    assert widen_to_tokens(text, span(6, 9)) == span(3, 12)


def test_default_mask_mode_is_entity_type():
    assert RedactionSettings().mask_mode is MaskMode.ENTITY_TYPE


def test_redactor_masks_in_pii_mode():
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS}), mask_mode=MaskMode.PII),
        comprehend_client=None,
        counter=MemoryCounter(),
    )

    result = redactor.redact("ssn 123-45-6789, card 4111 1111 1111 1111")

    assert result.text == "ssn [PII], card [PII]"
    assert [s.entity_type for s in result.entities] == ["SSN", "CREDIT_DEBIT_NUMBER"]


def test_mask_tokens_in_the_input_are_never_detected_again():
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=MemoryCounter(),
    )
    first = redactor.redact("my pin is 1234 and then 5678, pw: [PASSWORD] cvv [PII]")

    assert redactor.redact(first.text).text == first.text


def test_a_card_left_whole_by_masking_part_of_a_longer_run_is_masked_too():
    # Found by the idempotence property: the phone at the end of this 27-digit run
    # was masked, leaving "1 4111...1111", a card number beside one digit.
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=MemoryCounter(),
    )
    text = "1 " + " ".join("4111111111111111") + " 2012000000"

    once = redactor.redact(text).text

    assert once == "1 [CREDIT_DEBIT_NUMBER] [PHONE]"
    assert redactor.redact(once).text == once


def test_an_empty_span_does_not_stop_the_merge():
    merged = merge_spans([span(5, 5), span(6, 9)])

    assert [(s.begin, s.end) for s in merged] == [(6, 9)]


def test_a_later_better_scored_overlapping_span_gives_the_type():
    merged = merge_spans([span(0, 8, "PHONE", 0.6), span(5, 12, "CREDIT_DEBIT_NUMBER", 0.9)])

    assert merged == (Span(0, 12, "CREDIT_DEBIT_NUMBER", 0.9, "patterns"),)
