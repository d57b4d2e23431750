"""Round 51: an IBAN's head after its word, a few words and a colon ("the iban again,
sorry: GB69 LOYD"), or typed without spaces ("my iban is GB69LOYD25"): the head's country
and check digits were read only right after the word, and only groups set apart after
them. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("the iban again because I got it wrong: GB41 NWBK 6016", "GB41 NWBK 6016"),
        ("el iban otra vez, me equivoqué: ES71 2100 04", "ES71 2100 04"),
        ("l'iban encore une fois, pardon : FR14 2004 1010", "FR14 2004 1010"),
        ("die IBAN nochmal, sorry: DE44 5001 05", "DE44 5001 05"),
        ("o iban de novo porque errei: PT50 0002 01", "PT50 0002 01"),
        ("my iban is GB41NWBK6016", "GB41NWBK6016"),
        ("mi iban es ES7121000418", "ES7121000418"),
        ("meine IBAN ist DE4450010517", "DE4450010517"),
    ],
)  # fmt: skip
def test_an_iban_head_after_words_and_a_colon_or_run_together_is_masked(
    text: str, head: str
) -> None:
    assert redact(text) == text.replace(head, _IBAN)


@pytest.mark.parametrize(
    "text",
    [
        # letters in small case run on: a word, not a head
        "iban es1234567",
        # no country of the IBAN registry, or no check digits after it
        "the iban, for the order: AB12345",
        "the iban question again: GB only",
        # the colon in another line than the word
        "the iban is on file\norder: GB12ABCD",
        # a reference after "iban" and a colon, with a digit in the words between
        "iban 2 steps, order: DE12345678",
    ],
)  # fmt: skip
def test_words_references_and_other_lines_after_iban_stay(text: str) -> None:
    assert redact(text) == text
