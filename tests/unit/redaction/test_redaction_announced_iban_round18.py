"""Round 18, over messages: an IBAN announced by its word alone ("the iban", then its start,
then its rest) is as long as its country says, and its start stays an IBAN even when its
country and digits look like an NI number's prefix ("BE70 3106"). Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, continue_pending
from tests.support.redaction import conversation

_IBAN = "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
_MASK = f"[{_IBAN}]"


def _marker(pending: PendingNumber | None) -> tuple[str, int, int]:
    assert pending is not None
    return pending.entity_type, pending.seen, pending.complete


@pytest.mark.parametrize(
    ("start", "rest", "seen", "complete"),
    [
        ("ES12 3456 7890", "1234 5678 9012", 12, 24),  # Spain: 24 characters
        ("FR12 3456 7890 1234", "5678 9012 345", 16, 27),  # France: 27
        ("IT12 X345 6789 0123", "4567 8901 234", 16, 27),  # Italy, its CIN a letter
        ("BE12 3456", "7890 1234", 8, 16),  # Belgium: 16
    ],
)
def test_an_announced_iban_waits_for_its_country_s_length(
    start: str, rest: str, seen: int, complete: int
) -> None:
    out, pending = conversation("here is the iban", start, rest)

    assert out[1:] == [_MASK, _MASK]
    assert _marker(pending[1]) == (_IBAN, seen, complete)
    assert pending[2] is None  # whole: the next message is not the IBAN's


def test_after_the_whole_iban_the_next_digits_stay() -> None:
    out, _ = conversation("the iban", "BE12 3456", "7890 1234", "55512")

    assert out[3] == "55512"


@pytest.mark.parametrize(
    "start",
    [
        "XX12 3456",  # no country of the IBAN registry
        "ESP1 2345",  # no check digits after the country
        "Es12 3456",  # a country in capitals only
        "1234 5678",  # digits first: the country is not known
    ],
)
def test_an_iban_start_without_a_known_country_keeps_the_shortest_length(start: str) -> None:
    _, pending = conversation("iban", start)

    assert pending[0] is not None and pending[0].complete == 15
    assert pending[1] is None or pending[1].complete == 15


def test_a_started_iban_keeps_the_length_its_start_gave() -> None:
    # a Belgian IBAN half seen: a next part opening like a country does not reset it
    pending = PendingNumber(_IBAN, 8, 16, 1, 2000.0)

    carried = continue_pending("ES12 3456", pending, 1000.0)

    assert carried.pending is None  # sixteen of sixteen


def test_an_announced_iban_s_start_is_not_taken_for_an_ni_number() -> None:
    out, pending = conversation("el iban", "BE12 3456", "7890 1234")

    assert out[1:] == [_MASK, _MASK]
    assert _marker(pending[1]) == (_IBAN, 8, 16)


def test_a_new_value_named_after_a_continued_one_still_starts() -> None:
    # the card's rest, then the NI number's start: that start is the marker kept
    _, pending = conversation("my card is 4111 1111", "1111 1111 and my ni is AB 12")

    assert pending[1] is not None
    assert pending[1].entity_type == "UK_NATIONAL_INSURANCE_NUMBER"


def test_a_value_announced_after_a_continued_one_is_the_marker_kept() -> None:
    # a few words between the card's parts, naming the IBAN instead: nothing of it seen yet
    _, pending = conversation("my card is 4111 1111", "wait my iban")

    assert _marker(pending[1]) == (_IBAN, 0, 15)


def test_only_an_iban_s_length_follows_its_country() -> None:
    # an NI number whose prefix is also an IBAN country (Switzerland) keeps its nine
    _, pending = conversation("my ni number", "CH1234")

    assert _marker(pending[1]) == ("UK_NATIONAL_INSURANCE_NUMBER", 6, 9)
