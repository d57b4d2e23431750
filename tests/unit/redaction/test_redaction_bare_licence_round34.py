"""A driving licence number alone in a message, after words of assent: ten to sixteen
capitals and digits that change over at least twice. The words of assent now take a hedge
without its "that" where the language drops it ("ich glaub X", "i think X") and a
demonstrative before the copula ("ja das ist X", "yes that's X"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("yes it's MORGA753116SM9IJ", "yes it's [DRIVER_ID]"),
        ("oui c'est 12AB34567890", "oui c'est [DRIVER_ID]"),
        ("sí es B072RRE2I55", "sí es [DRIVER_ID]"),
        ("ja das ist B072RRE2I55", "ja das ist [DRIVER_ID]"),
        ("sim é PT12AB345678", "sim é [DRIVER_ID]"),
        ("F0A1B2C3D4", "[DRIVER_ID]"),
    ],
)
def test_a_licence_alone_in_a_message_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a capital and digits: an order's number takes that shape too
        "yep its W123456789",
        "sim é U123456789",
        # an RFC or a CURP whose check failed, and a CURP's tail
        "XAZH911328Z98",
        "GOPA850101HZZRRN",
        "GOPA85010HDFRRN",
        "50101HZZAEI09",
        # a parcel's number, to the UPU's S10 standard
        "CS289123265PT",
        "ok LX100589902US",
        "1ZE83510647470",
        # a prefix then digits: a reference's number
        "ok INV2024001234",
        "yes its ORD20240012345",
        # only one change-over from letters to digits
        "ABCDE12345",
        # nine and seventeen characters
        "ok AB12CD34E",
        "ok AB12CD34EF56GH78J",
        # not alone in its message
        "my order is AB12CD34EF56 and it never came",
        "ja das ist B072RRE2I55 und das andere ist B072RRE2I56",
        # lower case: no printed licence
        "ok w123456789",
    ],
)
def test_a_reference_or_a_code_among_words_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("äh ich glaub C2053FNM8", "äh ich glaub [PASSPORT_NUMBER]"),
        ("i think C2053FNM8", "i think [PASSPORT_NUMBER]"),
        ("i guess X1234567", "i guess [PASSPORT_NUMBER]"),
        ("yes that's C2053FNM8", "yes that's [PASSPORT_NUMBER]"),
        ("oui ça c'est C2053FNM8", "oui ça c'est [PASSPORT_NUMBER]"),
        ("sim isso é X1234567", "sim isso é [PASSPORT_NUMBER]"),
    ],
)
def test_a_hedge_or_a_demonstrative_may_lead_a_bare_value(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "ich glaub schon",
        "i think so",
        "yes that's right",
        "das ist 2020",
        # Spanish, French and Portuguese keep their "que"
        "creo X1234567",
        "je crois 79WJ87284",
        "acho X1234567",
    ],
)
def test_a_hedge_without_a_value_is_kept(text: str) -> None:
    assert redact(text) == text


def test_masking_a_bare_licence_is_idempotent() -> None:
    once = redact("ja das ist B072RRE2I55")
    assert redact(once) == once
