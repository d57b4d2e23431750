"""IBANs whose country code is typed in lower case or apart from its check digits ("gb82",
"es-91", "DE\\n89", "at  61"), split over lines, spaces and dashes: masked whole when the
check digits and the country's length hold. Words that are also country codes ("es",
"at", "de") before other numbers stay."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE


@pytest.mark.parametrize(
    "value",
    [
        "gb82\nwest\n1234 5698 - 7654 32",
        "gb82  west\n1234 - 5698 - 7654 32",
        "GB\n82\nWEST 1234-5698 7654\n32",
        "de  89\n3704 0044 0532 0130 00",
        "es-91-2100 0418 4502 0005 1332",
    ],
)
def test_a_broken_iban_with_its_country_apart_or_in_lower_case_is_masked(value):
    text = f"my iban {value} thanks"
    assert OFFLINE.redact(text).text == "my iban [INTERNATIONAL_BANK_ACCOUNT_NUMBER] thanks"


@pytest.mark.parametrize(
    "text",
    [
        "mi pedido es 12 34 56 78 y llega mañana",
        "see you at 10 30 today, order 4521",
        "o pedido de 12 unidades chegou",
    ],
)
def test_a_word_like_a_country_code_before_numbers_stays(text):
    assert OFFLINE.redact(text).text == text


def test_an_iban_whose_groups_are_joined_by_words_between_dashes_is_masked_whole():
    text = "new iban GB82 - then - WEST - then - 1234 - then - 5698 - then - 7654 - then - 32"
    assert OFFLINE.redact(text).text == "new iban [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"
