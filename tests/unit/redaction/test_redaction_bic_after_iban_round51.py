"""Round 51: the BIC sent right after the IBAN, as a customer answers an agent who asked for
both, joined by an "and", a pause typed ("..."), or told as the second, the other one, or, the
IBAN told as the first, as what comes then, in the five languages (``banking._beside_iban``).
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

IBAN = "DE89370400440532013000"
MASKED_IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{IBAN} and BNPAFRPP", f"{MASKED_IBAN} and [SWIFT_CODE]"),
        (f"first one {IBAN} second BNPAFRPP", f"first one {MASKED_IBAN} second [SWIFT_CODE]"),
        (f"{IBAN} ... NTTIDENJXXX", f"{MASKED_IBAN} ... [SWIFT_CODE]"),
        (f"el primero {IBAN} el otro CGDIPTPL", f"el primero {MASKED_IBAN} el otro [SWIFT_CODE]"),
        (f"d'abord {IBAN} puis BNPAFRPP", f"d'abord {MASKED_IBAN} puis [SWIFT_CODE]"),
        (f"erst {IBAN} dann BNPAFRPP", f"erst {MASKED_IBAN} dann [SWIFT_CODE]"),
        (f"{IBAN} und NTTIDENJ", f"{MASKED_IBAN} und [SWIFT_CODE]"),
        (f"primeiro {IBAN} depois CGDIPTPL", f"primeiro {MASKED_IBAN} depois [SWIFT_CODE]"),
        (f"{IBAN} o outro CGDIPTPL", f"{MASKED_IBAN} o outro [SWIFT_CODE]"),
    ],
)
def test_a_bic_told_after_the_iban_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a word in capitals after the IBAN, not a bank's code
        (f"{IBAN} and THANKYOU", "THANKYOU"),
        (f"{IBAN} dann BITTESCHNELL", "BITTESCHNELL"),
        # "then" after an IBAN not told as the first leads on to anything
        (f"wire to {IBAN} then BNPAFRPP", "BNPAFRPP"),
        # no IBAN before it: a code in capitals after "and then" is not vouched for
        ("my order said FRAGILE and then NTTIDENJ", "NTTIDENJ"),
    ],
)
def test_a_code_not_right_after_an_iban_stays(text: str, kept: str) -> None:
    assert kept in redact(text)
