"""Re-redaction of Contact Lens documents: new masks, offsets that still point right."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connect_privacy.redaction import Engine, MaskMode, RedactionSettings, build_redactor
from connect_privacy.redaction.custom import parse_custom_patterns
from connect_privacy.telemetry import MemoryCounter
from connect_privacy.vault.publishing import DocumentRedactor, OffsetMap, PublishBlocked

SETTINGS = RedactionSettings(
    engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}),
    custom_patterns=parse_custom_patterns('{"MEMBER_ID": "\\\\bMBR-\\\\d{8}\\\\b"}', source="t"),
)


def documents(mode: MaskMode = MaskMode.ENTITY_TYPE) -> DocumentRedactor:
    settings = replace(SETTINGS, mask_mode=mode)
    guard = replace(settings, engines=frozenset({Engine.CUSTOM}))
    return DocumentRedactor(
        build_redactor(settings, comprehend_client=None, counter=MemoryCounter()),
        build_redactor(guard, comprehend_client=None, counter=MemoryCounter()),
        mode,
    )


def voice() -> dict[str, Any]:
    """The shape of Contact Lens's documented voice output (redacted twin), synthetic PII."""
    content = "My member id is MBR-12345678 and I want to cancel my plan subscription."
    return {
        "Version": "1.1.0",
        "Channel": "VOICE",
        "ContentMetadata": {"Output": "Redacted", "RedactionTypes": ["PII"]},
        "Participants": [{"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"}],
        "ConversationCharacteristics": {
            "ContactSummary": {"PostContactSummary": {"Content": "Customer MBR-87654321 left."}}
        },
        "Transcript": [
            {
                "BeginOffsetMillis": 7370,
                "EndOffsetMillis": 11190,
                "Content": content,
                "Id": "turn-1",
                "ParticipantId": "CUSTOMER",
                "Sentiment": "NEGATIVE",
                "LoudnessScore": [77.18, 79.59],
                "IssuesDetected": [
                    {
                        "CharacterOffsets": {"BeginOffsetChar": 33, "EndOffsetChar": 71},
                        "Text": content[33:71],
                    },
                    {
                        "CharacterOffsets": {"BeginOffsetChar": 0, "EndOffsetChar": 28},
                        "Text": content[0:28],
                    },
                ],
                "Redaction": {"RedactedTimestamps": [{"BeginOffsetMillis": 3290,
                                                      "EndOffsetMillis": 3620}]},
            }
        ],
    }  # fmt: skip


def chat() -> dict[str, Any]:
    """The shape of the documented chat output: offsets by item Id outside the transcript."""
    text = "Card 4111 1111 1111 1111, member MBR-12345678, zip [PII]."
    pii = text.index("[PII]")
    member = text.index("member")
    return {
        "Channel": "CHAT",
        "Version": "CHAT-2022-11-30",
        "Categories": {
            "MatchedCategories": ["billing"],
            "MatchedDetails": {
                "billing": {
                    "PointsOfInterest": [
                        {"TranscriptItems": [{"CharacterOffsets": {"BeginOffsetChar": 0,
                                              "EndOffsetChar": len(text)}, "Id": "m-1"}]}
                    ]
                }
            },
        },
        "ConversationCharacteristics": {
            "ContactSummary": {
                "SummaryItemsDetected": [
                    {"IssuesDetected": [{"TranscriptItems": [{"CharacterOffsets": {
                        "BeginOffsetChar": member, "EndOffsetChar": member + 19}, "Id": "m-1"}]}]}
                ]
            }
        },
        "Participants": [{"DisplayName": "[PII]", "ParticipantId": "p-1"}],
        "Transcript": [
            {"Id": "m-0", "Content": "Hello, how can I help?", "ParticipantRole": "AGENT",
             "AbsoluteTime": "2026-11-26T00:10:00.000Z", "Type": "MESSAGE"},
            {"Id": "m-1", "Content": text, "ParticipantRole": "CUSTOMER",
             "AbsoluteTime": "2026-11-26T00:10:05.000Z", "Type": "MESSAGE",
             "Redaction": {"CharacterOffsets": [{"BeginOffsetChar": pii,
                                                 "EndOffsetChar": pii + 5}]}},
        ],
    }  # fmt: skip


def test_voice_content_is_masked_and_detected_items_follow_it() -> None:
    original = voice()
    published, masked = documents().redact(copy.deepcopy(original))
    item = published["Transcript"][0]
    assert masked == 1
    assert item["Content"] == (
        "My member id is [MEMBER_ID] and I want to cancel my plan subscription."
    )
    for detected in item["IssuesDetected"]:
        offsets = detected["CharacterOffsets"]
        assert (
            detected["Text"]
            == item["Content"][offsets["BeginOffsetChar"] : offsets["EndOffsetChar"]]
        )
    assert item["IssuesDetected"][1]["Text"] == "My member id is [MEMBER_ID]"
    # A range clear of the new mask is the same text, shifted.
    assert (
        item["IssuesDetected"][0]["Text"] == original["Transcript"][0]["IssuesDetected"][0]["Text"]
    )
    # Times in the audio do not move.
    assert item["BeginOffsetMillis"] == 7370
    assert item["Redaction"] == original["Transcript"][0]["Redaction"]
    summary = published["ConversationCharacteristics"]["ContactSummary"]["PostContactSummary"]
    assert summary["Content"] == "Customer [MEMBER_ID] left."
    assert "MBR-" not in json.dumps(published)


def test_chat_offsets_outside_the_transcript_follow_their_item_by_id() -> None:
    published, masked = documents().redact(chat())
    item = published["Transcript"][1]
    text = item["Content"]
    assert text == "Card [CREDIT_DEBIT_NUMBER], member [MEMBER_ID], zip [PII]."
    assert masked == 2
    poi = published["Categories"]["MatchedDetails"]["billing"]["PointsOfInterest"][0]
    assert poi["TranscriptItems"][0]["CharacterOffsets"] == {
        "BeginOffsetChar": 0, "EndOffsetChar": len(text)
    }  # fmt: skip
    summary = published["ConversationCharacteristics"]["ContactSummary"]
    offsets = summary["SummaryItemsDetected"][0]["IssuesDetected"][0]["TranscriptItems"][0]
    begin, end = (
        offsets["CharacterOffsets"]["BeginOffsetChar"],
        offsets["CharacterOffsets"]["EndOffsetChar"],
    )
    # "member MBR-12345678" was the range: it now spans the member mask.
    assert text[begin:end] == "member [MEMBER_ID]"
    # Every masked stretch is listed in the item's Redaction section, in order.
    listed = [
        text[o["BeginOffsetChar"] : o["EndOffsetChar"]]
        for o in item["Redaction"]["CharacterOffsets"]
    ]
    assert listed == ["[CREDIT_DEBIT_NUMBER]", "[MEMBER_ID]", "[PII]"]
    assert published["Transcript"][0]["Content"] == "Hello, how can I help?"


def test_identifiers_and_times_are_never_rewritten() -> None:
    document = chat()
    # An id a card detector would match.
    document["Transcript"][1]["ParticipantId"] = "4111111111111111"
    published, _ = documents().redact(document)
    assert published["Transcript"][1]["ParticipantId"] == "4111111111111111"
    assert published["Transcript"][1]["AbsoluteTime"] == "2026-11-26T00:10:05.000Z"


def test_an_identifier_matching_a_custom_pattern_blocks_publishing() -> None:
    document = chat()
    document["Participants"][0]["ParticipantId"] = "MBR-12345678"
    with pytest.raises(PublishBlocked):
        documents().redact(document)


def test_offsets_naming_an_unknown_item_block_publishing_once_text_moved() -> None:
    document = chat()
    poi = document["Categories"]["MatchedDetails"]["billing"]["PointsOfInterest"][0]
    poi["TranscriptItems"][0]["Id"] = "no-such-item"
    with pytest.raises(PublishBlocked):
        documents().redact(document)


@pytest.mark.parametrize(
    "document",
    [{"Channel": "CHAT"}, {"Transcript": ["text"]},
     {"Transcript": [{"Id": "a", "Content": "MBR-12345678", "IssuesDetected": [
         {"CharacterOffsets": {"BeginOffsetChar": 5, "EndOffsetChar": 2}}]}]}],
)  # fmt: skip
def test_malformed_documents_are_not_published(document: dict[str, Any]) -> None:
    with pytest.raises(PublishBlocked):
        documents().redact(document)


def test_pii_mask_mode_uses_the_pii_token() -> None:
    published, _ = documents(MaskMode.PII).redact(chat())
    assert published["Transcript"][1]["Content"] == "Card [PII], member [PII], zip [PII]."


@st.composite
def edited_text(draw: st.DrawFn) -> tuple[str, OffsetMap, str]:
    """A text, disjoint spans replaced by tokens of random length, and the new text."""
    text = draw(st.text(alphabet="abc ", min_size=0, max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    edits, parts, cursor = [], [], 0
    for begin, end in zip(cuts[::2], cuts[1::2], strict=False):
        token = "[" + "X" * draw(st.integers(1, 8)) + "]"
        parts.extend((text[cursor:begin], token))
        edits.append((begin, end, len(token)))
        cursor = end
    parts.append(text[cursor:])
    return text, OffsetMap(tuple(edits)), "".join(parts)


@given(edited_text(), st.data())
def test_unmasked_text_keeps_its_place_and_ranges_cover_what_they_covered(
    case: tuple[str, OffsetMap, str], data: st.DataObject
) -> None:
    text, offsets, new = case
    begin = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(begin, len(text)))
    new_begin, new_end = offsets.begin(begin), offsets.end(end)
    assert 0 <= new_begin <= new_end <= len(new)
    masked = [(b, e) for b, e, _ in offsets.edits]
    if not any(b < end and begin < e for b, e in masked) and all(
        not b < p < e for p in (begin, end) for b, e in masked
    ):
        assert new[new_begin:new_end] == text[begin:end]
