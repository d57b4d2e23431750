"""A booking named in chat's shorthand: "résa", "resa", "reser", "rsv" (round 37).

"résa SFD6T3 passeport 12AB34567": the first code is the booking's, named before it; only
the passport's is masked. A code named a passport's alone is still masked.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from tests.support.redaction import OFFLINE_WITH_CUSTOM


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    "text",
    [
        "résa SFD6T3 passeport 12AB34567",
        "ma resa SFD6T3, passeport 12AB34567",
        "rsv SFD6T3 passport 12AB34567",
        "reser SFD6T3 pasaporte 12AB34567",
        "reser SFD6T3 passaporte 12AB34567",
    ],
)
def test_the_booking_stays_and_the_passport_is_masked(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    masked = redactor.redact(text).text
    assert "SFD6T3" in masked and "12AB34567" not in masked


@pytest.mark.parametrize("text", ["mon passeport SFD6T3", "passeport 12AB34567 résa SFD6T3"])
def test_a_passport_named_is_still_masked(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    masked = redactor.redact(text).text
    assert "passeport [PASSPORT_NUMBER]" in masked


@pytest.mark.parametrize(
    "text", ["résa ONO8E6 passeport 52V - P76 - 335", "booking XK4P2Q passport 44I S54 104"]
)
def test_a_passport_in_pieces_after_a_booking_and_its_code_is_masked(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    masked = redactor.redact(text).text
    assert masked.endswith(("passport [PASSPORT_NUMBER]", "passeport [PASSPORT_NUMBER]"))


@pytest.mark.parametrize("text", ["vuelo DL 2248 5566", "vuelo: DL 2248 556"])
def test_a_flight_code_after_its_word_is_no_licence(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "DRIVER_ID" not in redactor.redact(text).text
