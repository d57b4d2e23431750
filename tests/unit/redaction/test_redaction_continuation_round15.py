"""Round 15, over messages: an expiry's month alone after its word, its year in the next
message ("expiration 07", then "27"); a NIR read out in its printed groups over four
messages. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation

_EXPIRY = "CREDIT_DEBIT_EXPIRY"


@pytest.mark.parametrize("month", ["01", "07", "12"])
@pytest.mark.parametrize("word", ["expiration", "Ablauf", "exp", "vence"])
def test_an_expiry_month_after_its_word_waits_for_its_year(word: str, month: str) -> None:
    out, pending = conversation(f"{word} {month}", "31")

    assert out == [f"{word} [{_EXPIRY}]", f"[{_EXPIRY}]"]
    first = pending[0]
    assert isinstance(first, PendingNumber)
    assert (first.entity_type, first.seen, first.complete) == (_EXPIRY, len(month), 4)
    assert pending[1] is None


def test_a_four_digit_year_ends_the_expiry_too() -> None:
    out, pending = conversation("une autre carte", "4111 1111 1111 1111", "expiration 07", "2031")

    assert out[2:] == [f"expiration [{_EXPIRY}]", f"[{_EXPIRY}]"]
    assert pending[-1] is None


@pytest.mark.parametrize("number", ["00", "13", "25"])
def test_a_number_no_month_reads_after_an_expiry_word_starts_nothing(number: str) -> None:
    out, pending = conversation(f"expiration {number}", "31")

    assert out == [f"expiration {number}", "31"]
    assert pending[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "ça expire dans 12 jours",  # a word after it names it: a count of days
    ],
)
def test_a_whole_expiry_or_a_named_number_leaves_no_marker(text: str) -> None:
    _, pending = conversation(text)

    assert pending == [None]


def test_a_nir_read_out_in_its_groups_is_followed_for_four_messages() -> None:
    out, pending = conversation("numéro de sécu", "2 75", "04", "13", "314", "514 69")

    assert out[1:5] == ["[FR_NIR]"] * 4
    marker = pending[4]
    assert isinstance(marker, PendingNumber)
    assert (marker.entity_type, marker.follow_ups) == ("FR_NIR", 4)
    # a fifth message no longer continues it
    assert "514 69" in out[5]


def test_a_nir_ends_over_three_messages_after_its_word() -> None:
    out, pending = conversation("numéro de sécu", "1 84", "07 21 512", "333 41")

    assert out[1:] == ["[FR_NIR]"] * 3
    assert pending[-1] is None
