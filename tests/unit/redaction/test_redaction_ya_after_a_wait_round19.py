"""Round 19, over messages: "ya" (Spanish: there, got it) before the digits the customer
went to fetch ("espera que la busco", then "ya: 6011", "1168 1193") continues the dictation,
as "listo" and "voilà" do. Synthetic values (a scheme's test card)."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize("lead", ["ya", "ya:", "Ya,"])
def test_digits_after_ya_continue_a_dictation(lead: str) -> None:
    out, pending = conversation("espera que la busco", f"{lead} 6011", "1111 1111", "1117")

    assert out[1:] == [f"{lead} [PII]", "[PII]", "[PII]"], out
    assert pending[-1] is None  # sixteen digits: the card is in


@pytest.mark.parametrize(
    "second",
    [
        "yay 6011",  # another word
        "ya 3 cuotas",  # a count, then what it counts
    ],
)
def test_ya_before_a_count_or_another_word_ends_the_dictation(second: str) -> None:
    out, _ = conversation("espera que la busco", second)

    assert out[1] == second, out
