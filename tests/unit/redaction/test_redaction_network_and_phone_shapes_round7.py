"""Round 7 shapes: an NI number with a slash between its pairs; a MAC typed without
separators or with mixed ones after its word; an IPv6 address short of a group after "IP";
a phone after "j'ai reçu un sms du" (the verb, not a receipt); look-alike letters as an
area code in parentheses ("(Il) 98235-0463"); digits said aloud with commas between them.
Twelve digits a few words after "mac", a receipt's number and a clock time stay."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la box affiche MAC AE1BE2F793D1", "la box affiche MAC [MAC_ADDRESS]"),
        ("mac 12:f1-13 c1 50 b5 please", "mac [MAC_ADDRESS] please"),
        (
            "el router dice IP 2001:db8:49eb:c035:1ab0:20ec y MAC c2:a4:3a:7d:a5:b8",
            "el router dice IP [IP_ADDRESS] y MAC [MAC_ADDRESS]",
        ),
        (
            "j'ai reçu un sms du 01 / 22 / 56 / 17 / 95 qui me demandait mon code",
            "j'ai reçu un sms du [PHONE] qui me demandait mon code",
        ),
        ("recebi sms do (Il) 98235-0463 pedindo", "recebi sms do [PHONE] pedindo"),
        ("mi celu 011 15-2217-5132", "mi celu [PHONE]"),
        (
            "NI is NP/24/95/58/B and my payroll no. is 438884",
            "NI is [UK_NATIONAL_INSURANCE_NUMBER] and my payroll no. is 438884",
        ),
        ("mon gsm 012 / 88 😅 54 / 61", "mon gsm [PHONE]"),
        (
            "my number is four, one, five, five, five, five, two, six, seven, one",
            "my number is [PHONE]",
        ),
    ],
)
def test_the_value_is_masked(text, expected):
    assert OFFLINE.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "the mac costs 1299 dollars, order 123456789012",
        "reçu 01 22 56 17 95",
        "meeting at 10:30:00:12:45 ip",
        "il (lo) 2024 dit",
        "gsm network 4G in store 0127",
        "delivered AB/12/03/24 to the store",
    ],
)
def test_the_number_stays(text):
    assert OFFLINE.redact(text).text == text
