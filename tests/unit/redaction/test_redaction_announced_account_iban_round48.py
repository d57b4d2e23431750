"""Round 48: an account announced without digits ("nouveau rib", "my new account"), then
given as an IBAN's start ("FR86 2772 5024 9780"): the marker becomes an IBAN's of that
country's length, as when the account was asked for, so the rest in the next message is
masked; once whole, the next message's digits stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "parts",
    [
        ("j'ai changé de banque, nouveau rib", "FR76 3000 6000 0112", "3456 7890 189"),
        ("my new account", "GB82 WEST 1234", "5698 7654 32"),
        ("nueva cuenta", "ES91 2100 0418", "4502 0005 1332"),
        ("neues Konto", "DE89 3704 0044", "0532 0130 00"),
        ("conta nova", "PT50 0002 0123 1234", "5678 9015 4"),
    ],
)  # fmt: skip
def test_an_iban_given_for_an_announced_account_is_masked_to_its_end(
    parts: tuple[str, str, str],
) -> None:
    texts, markers = conversation(*parts)

    assert texts[1:] == [IBAN, IBAN]
    assert markers[1] is not None
    assert markers[1].entity_type == "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
    assert markers[2] is None


@pytest.mark.parametrize(
    "parts",
    [
        ("nouveau rib", "FR76 3000 6000 0112 3456 7890 189", "12 jours"),
        ("my new account", "GB82 WEST 1234 5698 7654 32", "3 days ago"),
    ],
)  # fmt: skip
def test_nothing_after_a_whole_iban_is_masked(parts: tuple[str, str, str]) -> None:
    texts, _ = conversation(*parts)

    assert texts[1:] == [IBAN, parts[2]]
