"""Numbers split across messages (issue 14 item 4): the marker and its use."""

from __future__ import annotations

import json

import pytest

from connect_privacy.redaction.continuation import (
    MAX_FOLLOW_UPS,
    WINDOW_SECONDS,
    PendingNumber,
)
from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("my card is 4111 1111", "1111 1111"),
            ["my card is [CREDIT_DEBIT_NUMBER]", "[CREDIT_DEBIT_NUMBER]"],
        ),
        (
            ("hey my card number is 4000 0042", "6052", "sorry the last digits 3075"),
            [
                "hey my card number is [CREDIT_DEBIT_NUMBER]",
                "[CREDIT_DEBIT_NUMBER]",
                "sorry the last digits [CREDIT_DEBIT_NUMBER]",
            ],
        ),
        (("my cell is 07700", "900651 thats it"), ["my cell is [PHONE]", "[PHONE] thats it"]),
        (
            ("mi telefono es +52 81", "3207", "3798"),
            ["mi telefono es [PHONE]", "[PHONE]", "[PHONE]"],
        ),
        (
            ("iban GB67", "YOTW", "4250-4980-666893"),
            [
                "iban [INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
                "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
                "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
            ],
        ),
        (("dni 08118", "240E"), ["dni [ES_DNI]", "[ES_DNI]"]),
        (("my social is 57060", "0536"), ["my social is [SSN]", "[SSN]"]),
    ],
)
def test_the_rest_of_a_number_in_the_next_messages_is_masked(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    # the value is complete: nothing left pending but the end of a card of 19 digits
    assert markers[-1] is None or (markers[-1].seen, markers[-1].complete) == (16, 19)


def test_the_marker_holds_the_kind_and_counts_never_a_digit():
    _, markers = conversation("my card is 4111 1111")
    marker = markers[0]

    assert marker == PendingNumber("CREDIT_DEBIT_NUMBER", 8, 16, 0, 1005.0 + WINDOW_SECONDS)
    stored = json.dumps(marker.to_item())
    assert "4111" not in stored and "1111" not in stored
    assert PendingNumber.from_item(json.loads(stored)) == marker


@pytest.mark.parametrize(
    "item",
    [{}, {"entity_type": "SHOE", "seen": 1, "complete": 2, "follow_ups": 0, "expires_at": 1}],
)
def test_a_malformed_stored_marker_is_no_marker(item):
    assert PendingNumber.from_item(item) is None


def test_an_expired_marker_masks_nothing():
    out, _ = conversation("my card is 4111 1111", "1111 1111", seconds_between=WINDOW_SECONDS + 1)

    assert out[1] == "1111 1111"


def test_a_message_that_does_not_continue_the_number_ends_the_marker():
    out, markers = conversation("my card is 4111 1111", "ok thanks", "1111 1111")

    assert out[1:] == ["ok thanks", "1111 1111"]
    assert markers[1] is None


def test_the_window_is_bounded_in_messages():
    texts = ("o meu nif é 12", *["3"] * (MAX_FOLLOW_UPS + 2))
    out, _ = conversation(*texts)

    assert out[1 : MAX_FOLLOW_UPS + 1] == ["[PT_NIF]"] * MAX_FOLLOW_UPS
    assert out[MAX_FOLLOW_UPS + 1] == "3"


@pytest.mark.parametrize(
    ("texts", "second"),
    [
        (("my card is 4111 1111", "order 12345678 never came"), "order 12345678 never came"),
        # not alone: a four-digit number alone is a PIN's answer (banking._bare_code)
        (("card ending in 4242", "1234 ok"), "1234 ok"),
        (("my card is 4111 1111 1111 1111", "1234 ok"), "1234 ok"),  # already whole
    ],
)
def test_references_endings_and_whole_values_start_nothing(texts, second):
    out, _ = conversation(*texts)

    assert out[1] == second


def test_only_as_many_digits_as_the_value_lacks_are_taken():
    out, _ = conversation("my card is 4111 1111 1111", "1111 and my zip is 94103")

    assert out[1] == "[CREDIT_DEBIT_NUMBER] and my zip is 94103"
