"""Round 55: a BIC after its word split anywhere across noise, not where a statement splits
it ("ABC/DDEFG ... HIJ", "AB ... CDDEFG", "AB CD | US.WZ", "ABCDP ➡️ TL/JXXX"), is masked when
its groups make a valid code of eight or eleven and noise stands somewhere between them
(plain separators alone are read as before); words in capitals stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("bic ABC/DDEFG ... HIJ für die Überweisung", "bic [SWIFT_CODE] für die Überweisung"),
        ("bic AB ... CDDEFG bitte", "bic [SWIFT_CODE] bitte"),
        ("they need swift AB CD | US.WZ, invoice", "they need swift [SWIFT_CODE], invoice"),
        ("swift WH\nZDES VA para la transferencia", "swift [SWIFT_CODE] para la transferencia"),
        ("swift ABCDP ➡️ TL/JXXX para o debito", "swift [SWIFT_CODE] para o debito"),
        ("bic ABCDFR | LI pour le prélèvement", "bic [SWIFT_CODE] pour le prélèvement"),
    ],
)
def test_a_bic_split_anywhere_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "swift PLEASE SEND IT",  # words in capitals, no code's length
        "bic ABC/DQQFG ... HIJ",  # QQ is no country
        "the swift app says OK | NO | SE | HACE",  # words in capitals
        "bic AB CD.US.WZ",  # plain separators only: one throughout, as before
    ],
)
def test_capitals_that_make_no_code_stay(text: str) -> None:
    assert redact(text) == text
