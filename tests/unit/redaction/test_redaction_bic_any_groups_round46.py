"""A BIC after its word typed in groups of any size, one separator repeated: in threes, in
pairs, dashed, dotted, in the five languages. Capitals that make no valid code, a code too
far from its word, and a word in capitals after a whole code stay. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.bic_any_groups import find_bic_in_any_groups
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "the bank says SWIFT/BIC COB ADE FF and the iban",
            "the bank says SWIFT/BIC [SWIFT_CODE] and the iban",
        ),
        ("my swift is BN - PA - FR - PP", "my swift is [SWIFT_CODE]"),
        ("transferencia con bic CA.IXE.SBB.XXX hoy", "transferencia con bic [SWIFT_CODE] hoy"),
        ("überweisung an swift DE.UT.DE.FF.50.0", "überweisung an swift [SWIFT_CODE]"),
        ("le BIC de ma banque BN-PAF-RPP", "le BIC de ma banque [SWIFT_CODE]"),
        ("o swift da minha conta é CG DI PT PL", "o swift da minha conta é [SWIFT_CODE]"),
        # eleven characters with a branch group of letters glued to no whole code
        ("bic COB  ADE  FFX  XX", "bic [SWIFT_CODE]"),
        # in pairs, letters alone, single spaces: no word's vowels
        ("bic ZG CF MX BC XX X", "bic [SWIFT_CODE]"),
        # a branch of digits after a whole code
        ("swift COBA DE FF 500", "swift [SWIFT_CODE]"),
    ],
)
def test_a_bic_in_groups_of_any_size_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # three letters after a whole code and a space: a word, not the branch
        ("my BIC COB ADE FF THX", "COB ADE FF"),
        ("my BIC COB ADE FF XXX", "COB ADE FF XXX"),
        ("my BIC COB-ADE-FF-THX", "COB-ADE-FF-THX"),
    ],
)
def test_three_letters_after_a_whole_code_and_a_space_are_a_word(text: str, code: str) -> None:
    spans = list(find_bic_in_any_groups(text))
    assert [text[s.begin : s.end] for s in spans] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "BIC IS NOT OK AT ALL",  # no eight or eleven characters in whole groups
        "SWIFT CODE NOT WORKING",
        "BIC: NO SE CUAL ES",  # valid letters, but a word's vowels between single spaces
        "thanks for the swift reply. I AM IN THE US NOW",
        "bic para el pago CO-BAD-EFF",  # fourteen characters between: too far, no copula
        "bic CO-BAD EFF",  # two separators: no code copied whole
        "bic COBA ZZ FF",  # ZZ is no country
        "bic co-bad-eff",  # small letters
    ],
)
def test_capitals_that_make_no_code_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("BIC de mi banco ABCD ESMM", "BIC de mi banco [SWIFT_CODE]"),
        ("the swift code of my bank: BNPA FR PP", "the swift code of my bank: [SWIFT_CODE]"),
    ],
)
def test_further_from_its_word_the_bank_it_is_of_names_it(text: str, masked: str) -> None:
    assert redact(text) == masked
