"""Round 9: the number a bank asks for to confirm who is writing, after "verification" (and
"código de verificación", "code de vérification", "Bestätigungscode", "código de
verificação"), is a secret like a PIN: masked, in digits or in words. A date after it stays.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "verification: 3875",
        "verification: thirty-eight seventy-five",
        "verification: 74 eight 3",
        "verification number is 190377",
        "mi código de verificación es 4410",
        "le code de vérification: 4410",
        "Bestätigungscode 4410",
        "o código de verificação é 4410",
    ],
)
def test_a_verification_number_is_masked(text):
    masked = redact(text)

    assert not any(c.isdigit() for c in masked) and "[" in masked


def test_a_date_after_the_verification_number_stays():
    masked = redact("verification code 4410, the order arrived 12/03/2025")

    assert "4410" not in masked and "12/03/2025" in masked


def test_verification_without_a_number_changes_nothing():
    text = "verification failed on 12.03.2025 at the store"
    assert redact(text) == text
