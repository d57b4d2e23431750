"""Numbers split across messages: the mutants of continuation.py that outlived rounds 8-13.

Rounds 8 to 13 added the bare starts (digits sent with no word saying what they are) and
their rests. A mutation run at 4d65e9e left mutants alive there because the tests checked
what the agent sees and not the marker kept between messages, nor the kind and detector of
the spans (which name the mask token and the metric). Each case below is a conversation
through ``redact_in_conversation`` asserting those; mutant names are mutmut's,
``x_<function>__mutmut_<n>``.

Equivalent mutants, left alive (no input tells them apart from the code):
- ``_has_part_lead`` 14: the "done" word checked from two characters before the last
  digit, not one: that differs only when the part is a single digit right after the lead
  word ("then 7 passt"), and every rest needs two digits at least;
- ``_card_start`` 10 and ``_phone_digits`` 15: see ``test_redaction_continuation_survivors.py``.

Import-time only (mutmut's forked runner imports the module before it turns a mutant on):
``_head`` 1, ``_tail`` 1 and ``_part_lead`` 1 (``re.compile(None)`` raises at import: the
relay would not start, nothing leaks).
"""

from __future__ import annotations

from connect_privacy.redaction.continuation import (
    WINDOW_SECONDS,
    PendingNumber,
    redact_in_conversation,
)
from tests.support.redaction import OFFLINE

START = 1000.0
SECONDS_BETWEEN = 5.0
CARD = "CREDIT_DEBIT_NUMBER"
ACCOUNT = "BANK_ACCOUNT_NUMBER"
DICTATED = "PII"  # parts read out with no word saying what the number is


def _talk(*texts: str) -> list[tuple[str, list[tuple[str, str, float]], PendingNumber | None]]:
    """Each message's masked text, its spans' (kind, detector, score) and the marker left."""
    pending: PendingNumber | None = None
    out = []
    for i, text in enumerate(texts, start=1):
        result, pending = redact_in_conversation(
            OFFLINE, text, pending, START + SECONDS_BETWEEN * i
        )
        spans = [(s.entity_type, s.detector, s.score) for s in result.entities]
        out.append((result.text, spans, pending))
    return out


def _expires(started_at_message: int) -> float:
    return START + SECONDS_BETWEEN * started_at_message + WINDOW_SECONDS


# --- A card's bare start, then its rest as digits alone ----------------------------------


def test_a_bare_card_rest_is_masked_as_a_card_by_the_continuation_and_counted():
    _, (text, spans, marker) = _talk("3528", "1234")

    assert text == f"[{CARD}]"
    assert spans == [(CARD, "continuation", 0.9)]
    assert marker == PendingNumber(CARD, 8, 16, 1, _expires(1), unnamed=True)


def test_a_bare_card_rest_that_completes_sixteen_digits_ends_the_marker():
    *_, (text, _, marker) = _talk("3528", "1234", "5678 9012")

    assert text == f"[{CARD}]"
    assert marker is None


def test_a_bare_card_rest_up_to_nineteen_digits_is_a_card_and_not_past_them():
    (_, (nineteen, _, _)) = _talk("3528", "123456789012347")
    (_, (twenty, _, _)) = _talk("3528", "9876543210987654")

    assert nineteen == f"[{CARD}]"
    assert twenty == "9876543210987654"


# --- Short numbers read out in parts -----------------------------------------------------


def test_a_part_after_a_short_number_counts_its_digits_onto_the_marker():
    _, (text, spans, marker) = _talk("212", "67")

    assert text == f"[{DICTATED}]"
    assert spans == [(DICTATED, "continuation", 0.9)]
    assert marker == PendingNumber(DICTATED, 5, 19, 1, _expires(1), unnamed=True)


def test_parts_that_reach_nineteen_digits_are_masked_and_end_the_marker():
    _, (text, _, marker) = _talk("12", "12345678901234567")

    assert text == f"[{DICTATED}]"
    assert marker is None


def test_a_part_after_a_lead_word_may_end_with_a_done_word():
    _, (text, _, _) = _talk("212", "then 67 passt")

    assert text == f"then [{DICTATED}] passt"


def test_a_part_with_its_lead_and_done_words_is_read_up_to_forty_eight_characters():
    forty_eight = "." * 16 + "then 12  34  56  78  9 passt!!!!"
    forty_nine = "." * 16 + "then 12  34  56  78  9  passt!!!!"

    _, (masked, _, _) = _talk("212", forty_eight)
    _, (kept, _, marker) = _talk("212", forty_nine)

    assert (len(forty_eight), len(forty_nine)) == (48, 49)
    assert masked == "." * 16 + f"then [{DICTATED}] passt!!!!"
    assert kept == forty_nine
    assert marker is None


# --- Bare fragments: a year is no part ---------------------------------------------------


def test_a_year_with_a_full_stop_after_a_long_bare_fragment_is_no_part_of_it():
    _, (text, _, marker) = _talk("0127998390089", "2024.")

    assert text == "2024."
    assert marker is None


# --- The routing number, then the account -----------------------------------------------


def test_routing_and_account_announced_leave_a_marker_for_a_twelve_digit_account():
    ((_, _, marker),) = _talk("routing and account below")

    assert marker == PendingNumber(ACCOUNT, 0, 12, 0, _expires(1))


def test_the_account_sent_whole_after_the_routing_is_masked_as_an_account():
    *_, (text, spans, marker) = _talk("routing and account below", "011000015", "880021466978")

    assert text == f"[{ACCOUNT}]"
    assert spans == [(ACCOUNT, "continuation", 0.9)]
    assert marker is None


def test_a_word_after_the_routing_is_no_account_and_ends_the_marker():
    *_, (text, spans, marker) = _talk("routing and account below", "011000015", "5abc")

    assert (text, spans, marker) == ("5abc", [], None)
