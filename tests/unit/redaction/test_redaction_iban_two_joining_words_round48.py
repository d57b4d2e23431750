"""Round 48: an IBAN dictated with two joining words between its groups ("IT60 und dann
X054 ...", "GB82 and then WEST ..."), amid noise, is read as one with a single joining word
is; what follows a whole IBAN after such words stays. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "my iban GB82 and then WEST 1234 and then 5698 7654 32 thanks",
            f"my iban {IBAN} thanks",
        ),
        (
            "meine IBAN IT60 und dann X054 | 2811 🙏 1010\n0000 / 0123 🙏 456 danke",
            f"meine IBAN {IBAN} danke",
        ),
        ("mi iban ES91 y luego 2100 0418 y luego 4502 0005 1332", f"mi iban {IBAN}"),
        ("mon iban FR76 et puis 3000 6000 et puis 0112 3456 7890 189", f"mon iban {IBAN}"),
        ("o iban PT50 e depois 0002 0123 e depois 1234 5678 9015 4", f"o iban {IBAN}"),
    ],
)
def test_an_iban_with_two_joining_words_between_groups_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "iban GB82 WEST 1234 5698 7654 32 and then 3 items",
            f"iban {IBAN} and then 3 items",
        ),
        (
            "iban DE89 3704 0044 0532 0130 00 und dann 2 Tage",
            f"iban {IBAN} und dann 2 Tage",
        ),
    ],
)
def test_what_follows_a_whole_iban_after_joining_words_stays(text: str, masked: str) -> None:
    assert redact(text) == masked
