"""Which keys are originals, how events name them, and what an audit line may say."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connect_privacy.vault.events import (
    ObjectRef,
    UnsupportedEvent,
    eventbridge_key,
    object_refs,
    s3_notification_key,
)
from connect_privacy.vault.keys import KeyLayout, ObjectKind, redacted_location
from tests.conftest import read_event
from tests.support.vault import eventbridge, notification

LAYOUT = KeyLayout("Analysis/", "connect/example/CallRecordings/")


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("Analysis/Voice/2026/11/26/c1_analysis_2026-11-26T00:10:00Z.json", "original_analysis"),
        ("Analysis/Chat/2026/11/26/c1_analysis_2026-11-26T00:10_UTC.json", "original_analysis"),
        ("Analysis/Email/2026/11/26/c1_analysis_20261126T00:10_UTC.json", "original_analysis"),
        ("Analysis/Voice/Redacted/2026/11/26/c1_analysis_redacted_x.json", "redacted_analysis"),
        ("Analysis/Chat/Redacted/2026/11/26/c1_analysis_redacted_x.json", "redacted_analysis"),
        (
            "Analysis/Voice/Redacted/2026/11/26/c1_call_recording_redacted_x.wav",
            "redacted_analysis",
        ),
        ("Analysis/Voice/", "other"),
        ("Analysis/Voice/2026/", "other"),
        ("Analysis/Video/2026/11/26/c1.json", "other"),
        ("analysis/Voice/2026/11/26/c1.json", "other"),
        ("Other/Analysis/Voice/2026/11/26/c1.json", "other"),
        ("connect/example/CallRecordings/2026/11/26/c1_20261126T00:10_UTC.wav", "call_recording"),
        ("connect/example/ChatTranscripts/2026/11/26/c1_20261126T00:10_UTC.json", "other"),
    ],
)
def test_classifies_contact_lens_keys(key: str, kind: str) -> None:
    assert LAYOUT.classify(key) == ObjectKind(kind)


def test_a_custom_prefix_moves_the_originals_with_it() -> None:
    layout = KeyLayout("connect/example/Analysis/")
    assert layout.classify("connect/example/Analysis/Chat/2026/11/26/c_analysis.json") == (
        ObjectKind.ORIGINAL_ANALYSIS
    )
    assert layout.classify("Analysis/Chat/2026/11/26/c_analysis.json") == ObjectKind.OTHER


def test_recordings_are_only_recognised_when_configured() -> None:
    key = "connect/example/CallRecordings/2026/11/26/c1_20261126T00:10_UTC.wav"
    assert KeyLayout("Analysis/").classify(key) == ObjectKind.OTHER
    assert LAYOUT.recording_contact(key) == ("c1", date(2026, 11, 26))


def test_a_recording_is_matched_to_its_analysis_on_the_same_or_next_day() -> None:
    assert LAYOUT.redacted_analysis_prefixes("c1", date(2026, 12, 31)) == (
        "Analysis/Voice/Redacted/2026/12/31/c1_analysis_redacted_",
        "Analysis/Voice/Redacted/2027/01/01/c1_analysis_redacted_",
    )
    assert LAYOUT.recording_prefixes("c1", date(2027, 1, 1)) == (
        "connect/example/CallRecordings/2027/01/01/c1_",
        "connect/example/CallRecordings/2026/12/31/c1_",
    )


def test_audit_location_keeps_the_folder_and_a_digest_not_the_file_name() -> None:
    location = redacted_location("Analysis/Chat/2026/11/26/c0ffee_analysis_x.json")
    assert location["key_prefix"] == "Analysis/Chat/2026/11/26/"
    assert len(location["key_sha256"]) == 16
    assert "c0ffee" not in str(location)


@pytest.mark.parametrize(
    ("encoded", "key"),
    [
        ("Analysis/Chat/2026/11/26/a+b.json", "Analysis/Chat/2026/11/26/a b.json"),
        ("Analysis/Chat/2026/11/26/a%2Bb.json", "Analysis/Chat/2026/11/26/a+b.json"),
        (
            "Analysis/Chat/x_2026-11-26T00%3A10_UTC.json",
            "Analysis/Chat/x_2026-11-26T00:10_UTC.json",
        ),
        ("Analysis/Chat/caf%C3%A9+%F0%9F%98%80.json", "Analysis/Chat/café 😀.json"),
        ("Analysis/Chat/100%25.json", "Analysis/Chat/100%.json"),
    ],
)
def test_notification_keys_are_form_decoded(encoded: str, key: str) -> None:
    assert s3_notification_key(encoded) == key


def test_eventbridge_keys_are_used_as_they_are() -> None:
    for key in ("Analysis/Chat/a+b.json", "Analysis/Chat/100%25.json", "Analysis/Chat/a b.json"):
        assert eventbridge_key(key) == key
        assert object_refs(eventbridge("bucket", key))[0].key == key


@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=80))
def test_any_key_survives_a_notification_round_trip(name: str) -> None:
    key = f"Analysis/Voice/2026/11/26/{name}"
    assert object_refs(notification("bucket", key))[0].key == key


def test_canonical_events_name_the_same_object() -> None:
    expected = (
        "Analysis/Chat/2026/11/26/"
        "c0ffee00-0000-4000-8000-000000000001_analysis_2026-11-26T00:10_UTC.json"
    )
    [from_s3] = object_refs(read_event("s3_object_created"))
    [from_eventbridge] = object_refs(read_event("eventbridge_s3_object_created"))
    assert (
        from_s3
        == from_eventbridge
        == ObjectRef("amazon-connect-example-bucket", expected, "096fKKXTRTtl3on89fVO.nfljtsv6qko")
    )


def test_every_record_of_a_notification_is_returned_in_order() -> None:
    first, second = notification("b", "Analysis/Chat/1"), notification("b", "Analysis/Chat/2")
    event = {"Records": first["Records"] + second["Records"]}
    assert [ref.key for ref in object_refs(event)] == ["Analysis/Chat/1", "Analysis/Chat/2"]


def test_unversioned_events_carry_no_version() -> None:
    event = notification("b", "Analysis/Chat/1")
    event["Records"][0]["s3"]["object"]["versionId"] = None
    assert object_refs(event)[0].version_id is None


@pytest.mark.parametrize(
    "event",
    [
        {"Records": []},
        {"Service": "Amazon S3", "Event": "s3:TestEvent", "Bucket": "b"},
        {"detail-type": "Object Deleted", "source": "aws.s3", "detail": {}},
        {"Records": [{"eventName": "ObjectRemoved:Delete", "s3": {}}]},
    ],
)
def test_events_about_anything_but_a_created_object_name_nothing(event: dict[str, object]) -> None:
    assert object_refs(event) == []


@pytest.mark.parametrize(
    "event",
    [
        {"hello": "world"},
        {"Records": "not a list"},
        {"detail-type": "Object Created", "source": "aws.s3", "detail": {"bucket": {}}},
        {"Records": [{"eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": "b"},
                      "object": {"key": "bad%FFutf8"}}}]},
    ],
)  # fmt: skip
def test_malformed_events_are_refused(event: dict[str, object]) -> None:
    with pytest.raises(UnsupportedEvent):
        object_refs(event)
