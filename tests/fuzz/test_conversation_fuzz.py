"""Work per character of a whole conversation turn (issue 17, Must show 3).

``test_redaction_hardening`` checks the pattern detectors alone; this checks what the
inbound worker runs per message once numbers are carried across messages: the pending
marker continued, a new one started, the redactor's passes. Work is counted (Python lines
plus calls into C), never timed: a message four times longer must cost about four times
the work. Hypothesis builds the messages from pieces that wake every continuation rule.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation
from connect_privacy.telemetry import MemoryCounter
from tests.support.work_count import work_done

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM})),
    comprehend_client=None,
    counter=MemoryCounter(),
)
PIECES = [
    "1",
    "4111",
    " ",
    "-",
    ".",
    "/",
    "+",
    "\n",
    "[PII]",
    "A",
    "x",
    "card ",
    "my card is ",
    "iban ",
    "GB82 ",
    "dni ",
    "X1234",
    "phone ",
    "ssn ",
    "ending in ",
    "last four ",
    "order ",
    "sorry ",
]
MARKERS = [
    None,
    PendingNumber("CREDIT_DEBIT_NUMBER", 8, 16, 0, 2000.0),
    PendingNumber("INTERNATIONAL_BANK_ACCOUNT_NUMBER", 4, 22, 1, 2000.0),
    PendingNumber("ES_DNI", 5, 9, 0, 2000.0),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    unit=st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map("".join),
    pending=st.sampled_from(MARKERS),
)
# every pasted "ssn " is a context word whose value may be a first part inside the sentence:
# each was tried, each try reading the text before it again (ratio 12.5)
@example(unit="GB82 ssn ", pending=None)
def test_a_conversation_turn_costs_work_proportional_to_the_message(
    unit: str, pending: PendingNumber | None
) -> None:
    short = unit * (300 // len(unit) + 1)
    long = unit * (4 * (300 // len(unit) + 1))
    # Uncounted first: the first phone candidate of a process loads libphonenumber's
    # metadata, which counted 80 times a turn's work when this test ran first.
    redact_in_conversation(REDACTOR, long, pending, 1000.0)

    ratio = work_done(redact_in_conversation, REDACTOR, long, pending, 1000.0) / max(
        work_done(redact_in_conversation, REDACTOR, short, pending, 1000.0), 1
    )

    assert ratio < 6, (unit, ratio)
