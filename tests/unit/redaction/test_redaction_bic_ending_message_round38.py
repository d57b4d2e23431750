"""A lower-case BIC of letters only as the BIC word's value at the end of a message (round 38).

Bank codes hold vowels as words do ("LOYD", "CAIX"), so a code of letters after "swift" or
"bic" was kept unless it read as no word. When it is the value the message ends with and
its fifth and sixth letters are a market served, it is the code.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "swift baiaesmm",
        "bic: caixesbb",
        "código swift aiobbrsp",
        "code swift ouvafrpp",
        "BIC eurodeff",
        "mi bic es caixesbb",
        "o swift é itaubrsp!",
    ],
)
def test_a_letter_bic_ending_the_message_is_masked(text: str) -> None:
    assert redact(text).endswith("[SWIFT_CODE]") or redact(text).endswith("[SWIFT_CODE]!")


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that goes on after the word
        "swift baiaesmm transfer tomorrow, ok?",
        # a word whose fifth and sixth letters name no market served
        "thanks for the swift response",
        "swift delivery",
        "bic required",
    ],
)
def test_a_word_after_the_bic_word_stays(text: str) -> None:
    assert "[SWIFT_CODE]" not in redact(text)
