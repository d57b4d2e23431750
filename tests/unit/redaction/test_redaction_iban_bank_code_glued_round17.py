"""Round 17: an IBAN in capitals whose bank code follows the check digits unbroken, its
line broken inside or after the code ("GB82WEST \\n1234 ...", "NL91AB \\nNA04 ..."), with
no IBAN word. Synthetic values: the standard's examples."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_MASK = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "text",
    [
        "here:\nGB82WEST \n1234 5698 7654 32",
        "here:\nGB82WE \nST1234 569876 5432",
        "here:\nNL91AB \nNA0417 164300",
    ],
)
def test_an_iban_broken_after_its_glued_bank_code_is_masked(text: str) -> None:
    assert redact(text) == f"here:\n{_MASK}"


@pytest.mark.parametrize(
    "text",
    [
        # one digit wrong: the check digits fail
        "here:\nGB82WEST \n1234 5698 7654 33",
        # the bank code in lower case after capitals: a word glued on, not a code
        "here:\nGB82west \n1234 5698 7654 32",
    ],
)
def test_characters_that_make_no_glued_iban_stay(text: str) -> None:
    assert _MASK not in redact(text)
