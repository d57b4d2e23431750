"""Round 23, German first: a German passport's serial after "Pass" in threes with noise
between them, the same throughout ("pass FCL 👉 ZW1 👉 FJP", "HJ1 dann GZL dann CV5", "GZ8
... FG6 ... FT1"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "pass CFG 👉 HJ4 👉 KLM",
        "Pass HJ4 dann CFG dann KL7",
        "Pass HJ4 und CFG und KL7",
        "pass CF4 ... GH5 ... JK6",
        "pass CF4->GH5->JK6",
        "pass CFG 👉 HJK 👉 LMN",  # letters alone, of the alphabet without vowels
    ],
)
def test_a_german_passport_in_threes_with_noise_between_is_masked(text):
    assert redact(text).endswith("[PASSPORT_NUMBER]")


@pytest.mark.parametrize(
    "text",
    [
        # the noise differs between the threes; four marks are no separator
        "pass CF4 👉 GH5 ... JK6",
        "pass CF4 .... GH5 .... JK6",
        # a vowel, a serial's lead it never has, a word between of another kind
        "pass CA4 👉 GH5 👉 JK6",
        "pass AF4 👉 GH5 👉 JK6",
        "pass CF4 oder GH5 oder JK6",
        # within a message "pass" is a boarding pass
        "my boarding pass CF4 👉 GH5 👉 JK6",
    ],
)
def test_other_threes_with_noise_after_pass_stay(text):
    assert "[PASSPORT_NUMBER]" not in redact(text)
