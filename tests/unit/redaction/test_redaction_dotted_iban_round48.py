"""Round 48: an IBAN typed in groups of three joined by dots splits its check digits with a
dot ("BR6.867.428..."): it is read as one with its check digits whole, when the whole
number passes its check and its country's length. A version number ("ES9.1") or an IBAN
whose check fails stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my iban FR7.630.006.000.011.234.567.890.189 thanks", f"my iban {IBAN} thanks"),
        ("mi iban ES9.121.000.418.450.200.051.332", f"mi iban {IBAN}"),
        ("l'iban BR1.500.000.000.000.010.932.840.814.P2 merci", f"l'iban {IBAN} merci"),
        ("IBAN DE8.937.040.044.053.201.300.0", f"IBAN {IBAN}"),
        ("o iban PT5.000.020.123.123.456.789.015.4 obrigado", f"o iban {IBAN} obrigado"),
    ],
)  # fmt: skip
def test_an_iban_in_dotted_threes_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "la versión ES9.1 del manual",
        "v FR7.6 build",
        "iban ES9.121.000.418.450.200.051.333",
    ],
)
def test_a_version_or_a_failed_check_stays(text: str) -> None:
    assert redact(text) == text
