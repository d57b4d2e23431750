"""Round 15, Spanish and Portuguese: a BIC copied in the groups a statement prints it in
("BIC ABCD ESMM 123", "swift QWER-BR-2X") after a BIC word. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "BIC ABCD ESMM 123 para la transferencia",
        "swift QWER-BR-2X",
        "el swift es ZXCV.PT.PL",
        "bic  MNOP  MXAB  A1B",
        "BIC ABCD - ESMM - 123",
        "código swift ABCD ES MM 123",
        # twelve characters between the word and the code
        "BIC del banco: ABCD ESMM",
    ],
)
def test_a_grouped_bic_after_a_bic_word_is_masked(text: str) -> None:
    out = redact(text)

    assert "[SWIFT_CODE]" in out
    assert "ESMM" not in out and "2X" not in out and "PL" not in out and "A1B" not in out


@pytest.mark.parametrize(
    "text",
    [
        # lower case: words, not a code copied from a statement
        "bic abcd esmm 123",
        "bic para el pago",
        # no such country
        "BIC ABCD QQMM 123",
        # thirteen characters between the word and the code
        "BIC de mi banco ABCD ESMM",
        # no BIC word
        "ref ABCD ESMM 123",
        # three spaces between groups are not a statement's grouping
        "BIC ABCD   ESMM",
    ],
)
def test_groups_that_are_not_a_bic_stay(text: str) -> None:
    assert redact(text) == text


def test_a_four_digit_number_after_a_grouped_bic_is_not_its_branch() -> None:
    assert redact("BIC ABCD ESMM 1234") == "BIC [SWIFT_CODE] 1234"
