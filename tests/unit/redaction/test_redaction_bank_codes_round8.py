"""Round 8: bank codes of other markets and a BIC beside its IBAN: Australia's BSB, India's
IFSC, Argentina's CBU/CVU, a BIC of capitals whose country is the IBAN's, an IBAN after
its word with the bank code glued to the check digits.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "bsb is 062-000 and acct 1234 5678",
            "bsb is [BANK_ROUTING] and acct [BANK_ACCOUNT_NUMBER]",
        ),
        ("BSB: 123456", "BSB: [BANK_ROUTING]"),
        ("IFSC code SBIN0001234", "IFSC code [BANK_ROUTING]"),
        ("ifsc: hdfc0a12b3c please", "ifsc: [BANK_ROUTING] please"),
        ("mi cbu 0170099220000067797370", "mi cbu [BANK_ACCOUNT_NUMBER]"),
        ("CVU: 0000003100010000000001", "CVU: [BANK_ACCOUNT_NUMBER]"),
        (
            "bank details: IE29AIBK93115212345678 / AIBKIE2D",
            "bank details: [INTERNATIONAL_BANK_ACCOUNT_NUMBER] / [SWIFT_CODE]",
        ),
        (
            "bank details: IE29 AIBK 9311 5212 3456 78 / AIBKIEDD",
            "bank details: [INTERNATIONAL_BANK_ACCOUNT_NUMBER] / [SWIFT_CODE]",
        ),
        # after the word "iban", the bank code's letters glued to the check digits, in any
        # case, broken over lines
        ("iban ie29aibk\n9311-52123-456 - 78", "iban [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        ("iban ie-29A IBK\n93 115212 345678", "iban [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"),
        # read out: the country's letters apart, the digits in words
        (
            "mon iban F R sept six - 3000 - six zéro zéro zéro - 0112 - 3456 - 7890 - 189",
            "mon iban [INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
        ),
    ],
)
def test_a_bank_code_after_its_word_or_beside_its_iban_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the IFSC's fifth character is a zero; without it, eleven capitals are no code
        ("IFSC code SBINX001234", "SBINX001234"),
        ("the IFSC is on the cheque, order 1234567", "1234567"),
        # capitals whose letters 5-6 are not the IBAN's country stay
        ("bank transfer ACCEPTED for IE29AIBK93115212345678", "ACCEPTED"),
        # the store's number next to a BSB stays: only the code after the word is masked
        ("bsb 062-000, store 4521", "store 4521"),
        # letters and digits after the word "iban" that fail the check digits stay
        ("my iban? ie29aibk 9311, order 4521", "my iban? ie29aibk 9311, order 4521"),
        ("iban? a b 12 3456, order 4521", "iban? a b 12 3456, order 4521"),
    ],
)
def test_what_is_not_a_bank_code_stays(text, kept):
    assert kept in redact(text)
