"""Round 51: "ups" is the "oops" of German, Spanish and Portuguese and the carrier's name in
English. After a number's first part written in one of those three languages, a lone "ups"
before the next digits is the slip and the digits are the number's rest; after an English
first part, "UPS" in capitals, or "ups" with a word of its own, it stays the carrier's.
Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("Karte 5234 8812", "ups 7720 4419", "ups [CREDIT_DEBIT_NUMBER]"),
        ("meine Kontonummer ist 3021", "ups 8845", "ups [BANK_ACCOUNT_NUMBER]"),
        ("Steuer-ID: 47", "ups 815 209 334", "ups [DE_TAX_ID]"),
        ("mi tarjeta es 5234 8812", "ups 7720 4419", "ups [CREDIT_DEBIT_NUMBER]"),
        ("meu cartão é 5234 8812", "ups 7720 4419", "ups [CREDIT_DEBIT_NUMBER]"),
        ("Karte 5234 8812", "und ups 7720", "und ups [CREDIT_DEBIT_NUMBER]"),
        ("Karte 5234 8812", "Ups... 7720 4419", "Ups... [CREDIT_DEBIT_NUMBER]"),
    ],
)
def test_ups_after_a_first_part_in_german_spanish_or_portuguese_is_the_slip(
    first: str, second: str, masked: str
) -> None:
    out, _ = conversation(first, second)

    assert out[1] == masked


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("card 5234 8812", "ups 7720 4419"),  # English: the carrier and its parcel number
        ("my account number 3021", "ups 8845"),
        ("Karte 5234 8812", "UPS 7720 4419"),  # in capitals, the carrier
        ("Karte 5234 8812", "meine ups 7720"),  # owned: the carrier's account
        ("Karte 5234 8812", "ups Sendung 7720 4419"),  # the parcel named
        ("carte 5234 8812", "ups 7720 4419"),  # French says "oups"
    ],
)
def test_ups_stays_the_carrier_outside_those_languages_or_when_named(
    first: str, second: str
) -> None:
    out, _ = conversation(first, second)

    assert out[1] == second


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Karte 5234 8812", "ups 25 €"),  # a price
        ("Karte 5234 8812", "ups am 12.03.2026"),  # a date
        ("Bestellung 4471", "ups 7720"),  # no value in progress: nothing to continue
    ],
)
def test_ups_before_no_value_rest_keeps_it(first: str, second: str) -> None:
    out, _ = conversation(first, second)

    assert out[1] == second


def test_the_language_flag_is_kept_with_the_marker_and_holds_no_digit() -> None:
    _, markers = conversation("Karte 5234 8812")
    marker = markers[0]
    assert marker is not None and marker.ups_is_oops

    item = marker.to_item()

    restored = PendingNumber.from_item(item)
    assert restored == marker and restored is not None and restored.ups_is_oops
    assert item["ups_is_oops"] == 1
    assert not any(str(value).find("5234") >= 0 for value in item.values())
