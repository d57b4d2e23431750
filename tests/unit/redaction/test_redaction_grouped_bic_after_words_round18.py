"""A BIC in groups a few words after its word ("BIC der Bank COBA DE FF"): the word
between, read case-insensitively with the BIC word, is no bank code, so the code after it
is found. Further than the gap, or in small letters, it stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("BIC der Bank COBA DE FF", "BIC der Bank [SWIFT_CODE]"),
        ("bic da conta BNPA-FR-PP", "bic da conta [SWIFT_CODE]"),
        ("BIC der bank COBA - DE - FF500", "BIC der bank [SWIFT_CODE]"),
    ],
)
def test_a_grouped_bic_after_a_few_words_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "bic para el pago COBA DE FF",  # thirteen characters between: past the gap
        "BIC der bank coba de ff",  # small letters: words
        "BIC der bank wird nachgereicht",
    ],
)
def test_a_far_or_lower_case_group_stays(text: str) -> None:
    assert redact(text) == text
