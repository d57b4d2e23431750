"""A BIC in a form's bank field ("banque : BNPAFRPPXXX", "banco: CGDIPTPL") is masked: the
label right before the code names it, as a BIC word would. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("banque : BNPAFRPPXXX", "banque : [SWIFT_CODE]"),
        ("banque : BNPAFRPP", "banque : [SWIFT_CODE]"),
        ("banco: CGDIPTPL", "banco: [SWIFT_CODE]"),
        ("Bank=COBADEFFXXX", "Bank=[SWIFT_CODE]"),
        ("banca:  BCITITMM", "banca:  [SWIFT_CODE]"),
    ],
)
def test_a_bic_in_a_bank_field_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "banque BNPAFRPP",  # no field's colon: a word beside the name
        "bank: TRACKING",  # a word in capitals, no BIC
        "banco: SANTANDER",  # a bank's name
        "banque : le code BNPAFRPP",  # a word between the label and the code
    ],
)
def test_a_code_not_in_a_bank_field_stays(text: str) -> None:
    assert redact(text) == text
