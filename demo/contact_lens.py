"""A stand-in for Contact Lens's post-chat output: an original and a redacted analysis file.

After a chat ends, Contact Lens writes ``Analysis/Chat/YYYY/MM/DD/<contactId>_analysis_<ts>.json``
(``ContentMetadata.Output`` "Raw") and its redacted twin under ``Analysis/Chat/Redacted/``
(``_analysis_redacted_``) into the instance bucket
(https://docs.aws.amazon.com/connect/latest/adminguide/example-contact-lens-output-locations.html).
The stand-in builds both from the chat as the Connect simulator recorded it. It cannot run
Contact Lens's own PII detection, and does not pretend to: the redacted file masks nothing
beyond what the relay already masked in flight, which is also what Contact Lens would find
here, and it cannot know the operator's custom identifiers (``MBR-...``) at all. That gap is
what the publish function closes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from demo.connect_sim import Contact


@dataclass(frozen=True)
class AnalysisFiles:
    contact_id: str
    original_key: str
    original: bytes
    redacted_key: str
    redacted: bytes


def analysis_files(
    contact: Contact, *, instance_id: str, account_id: str, at: datetime | None = None
) -> AnalysisFiles:
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    day = moment.strftime("%Y/%m/%d")
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    base = f"{contact.contact_id}_analysis"
    return AnalysisFiles(
        contact_id=contact.contact_id,
        original_key=f"Analysis/Chat/{day}/{base}_{stamp}.json",
        original=_document(contact, instance_id, account_id, output="Raw"),
        redacted_key=f"Analysis/Chat/Redacted/{day}/{base}_redacted_{stamp}.json",
        redacted=_document(contact, instance_id, account_id, output="Redacted"),
    )


def _document(contact: Contact, instance_id: str, account_id: str, *, output: str) -> bytes:
    messages = [item for item in contact.items if item["Type"] == "MESSAGE"]
    participants = {item["ParticipantId"]: item["ParticipantRole"] for item in messages}
    metadata: dict[str, Any] = {"Output": output}
    if output == "Redacted":
        metadata["RedactionTypes"] = ["PII"]
        metadata["RedactionTypesMetadata"] = {
            "PII": {"RedactionMaskMode": "PII", "RedactionEntitiesRequested": ["ALL"]}
        }
    transcript = []
    for item in messages:
        entry = {
            "AbsoluteTime": item["AbsoluteTime"],
            "Content": item["Content"],
            "ContentType": item["ContentType"],
            "Id": item["Id"],
            "ParticipantId": item["ParticipantId"],
            "ParticipantRole": item["ParticipantRole"],
            "Type": "MESSAGE",
        }
        if output == "Redacted":
            entry["Redaction"] = {"CharacterOffsets": []}
        transcript.append(entry)
    document = {
        "AccountId": account_id,
        "Channel": "CHAT",
        "ContentMetadata": metadata,
        "CustomerMetadata": {"ContactId": contact.contact_id, "InstanceId": instance_id},
        "JobStatus": "COMPLETED",
        "LanguageCode": "en-US",
        "Participants": [
            {"ParticipantId": pid, "ParticipantRole": role} for pid, role in participants.items()
        ],
        "Transcript": transcript,
        "Version": "CHAT-2022-11-30",
    }
    return json.dumps(document, indent=2).encode()
