"""A BIC in its printed groups beside an IBAN whose bank code is four capitals (GB, IE, NL
print one: "GB98 MIDL 0700 ..."): the IBAN's head was read as digits only, so the grouped
code beside it was never looked at."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

IBAN = "GB98MIDL07009312345678"  # synthetic, valid mod 97


@pytest.mark.parametrize(
    "code", ["MIDL-GB-2L-345", "MIDL - GB - 2L - 345", "MIDL GB 2L", "MIDL.GB.2L"]
)
def test_a_grouped_bic_beside_a_lettered_iban_is_masked(code: str) -> None:
    text = f"wire details: {code} / {IBAN}"
    assert redact(text) == "wire details: [SWIFT_CODE] / [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize("words", ["PLEASE HELP", "ABCD-EF-GH", "SEND ASAP"])
def test_capitals_that_are_no_bic_stay(words: str) -> None:
    text = f"wire details: {words} / {IBAN}"
    assert redact(text) == f"wire details: {words} / [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"
