"""Round 21b: the kinds of account German writes as one word name an account as "Konto"
does ("Girokonto 92802675", "Sparkonto 466048O"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "word",
    [
        "Girokonto",
        "sparkonto",
        "Tagesgeldkonto",
        "Festgeldkonto",
        "Gehaltskonto",
        "Geschäftskonto",
        "geschaftskonto",
        "Gemeinschaftskonto",
    ],
)
def test_a_compound_account_word_names_the_number_after_it(word: str) -> None:
    assert redact(f"mein {word} 73019264") == f"mein {word} [BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("sparkonto 730192O", "sparkonto [BANK_ACCOUNT_NUMBER]"),  # a look-alike letter
        ("girokonto 730.19264.881", "girokonto [BANK_ACCOUNT_NUMBER]"),  # dotted groups
    ],
)
def test_a_compound_account_word_reads_the_shapes_konto_reads(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "auf dem sparkonto sind 500 euro",  # an amount
        "girokonto seit 2019",  # a year
        "girokontoauszug 73019264",  # another word that starts with it
        "bausparkonto-Vertrag",  # no number
    ],
)
def test_what_a_compound_account_word_does_not_name_stays(text: str) -> None:
    assert redact(text) == text
