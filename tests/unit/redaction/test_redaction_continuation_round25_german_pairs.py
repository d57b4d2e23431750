"""Round 25, German: a PIN read out in pairs after "PIN vergessen", each pair one long word
("achtundsechzig, dreizehn"). The spelled view leaves a word's length in blanks after its
digits, so the gap between two pairs may be sixteen characters. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "die alte war achtundsechzig, dreizehn",
        "die alte war einundachtzig siebenunddreißig sechsundfünfzig",
        # sixteen blanks between the pairs: the longest gap two pairs read out leave
        "die alte war siebenundsiebzig, dreizehn",
    ],
)
def test_a_forgotten_pin_read_out_in_german_pairs_is_masked(text):
    masked, _ = conversation("PIN vergessen", text)
    assert masked[1] == "die alte war [PIN]"


def test_pairs_seventeen_blanks_apart_are_not_one_pin():
    masked, _ = conversation("PIN vergessen", "die alte war siebenundsiebzig,  dreizehn")
    assert "[PIN]" not in masked[1]
