"""Round 21: a BIC printed right after an IBAN, as a bank's details give them ("BE19 3141
5926 5312 / QRTZFRPX"), whatever the BIC's country, and a transfer named in French, German,
Spanish or Portuguese as a bank word. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_BE_IBAN = "BE19 3141 5926 5312"
_BOTH = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER] {} [SWIFT_CODE]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"pour le virement : {_BE_IBAN} / QRTZFRPX", "pour le virement : " + _BOTH.format("/")),
        (
            f"für die Überweisung: {_BE_IBAN}, QRTZFRPX",
            "für die Überweisung: " + _BOTH.format(",").replace(" ,", ","),
        ),
        (f"transferencia: {_BE_IBAN} | QRTZFRPX", "transferencia: " + _BOTH.format("|")),
        (f"transferência {_BE_IBAN} - QRTZFRPX", "transferência " + _BOTH.format("-")),
        (f"wire to {_BE_IBAN} ; QRTZFRPX", "wire to " + _BOTH.format(";")),
        (
            f"wire to {_BE_IBAN}   QRTZFRPX",
            "wire to [INTERNATIONAL_BANK_ACCOUNT_NUMBER]   [SWIFT_CODE]",
        ),
    ],
)
def test_a_bic_right_after_an_iban_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_a_bic_of_the_ibans_country_needs_a_transfer_word_in_any_language() -> None:
    text = "virement FR14 2004 1010 0505 0001 3M02 606 / QRTZFRPX"

    assert redact(text) == "virement " + _BOTH.format("/")


@pytest.mark.parametrize(
    "text",
    [
        f"wire to {_BE_IBAN} / BUSINESS",  # a word in capitals that passes the BIC check
        f"wire to {_BE_IBAN} then QRTZFRPX",  # a word between: not printed beside it
        f"wire to {_BE_IBAN}    QRTZFRPX",  # four spaces: no longer beside it
        f"wire to {_BE_IBAN} //QRTZFRPX",  # two separators
    ],
)
def test_a_code_not_right_after_the_iban_stays(text: str) -> None:
    assert redact(text).endswith(text[-8:])


def test_letters_alone_after_a_transfer_word_without_an_iban_stay() -> None:
    assert redact("pour le virement : QRTZFRPX") == "pour le virement : QRTZFRPX"
