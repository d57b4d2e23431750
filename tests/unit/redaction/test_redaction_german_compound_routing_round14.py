"""Round 14: a bank code said in German compound number words ("vierundneunzig
siebenhundertsechsunddreißig eins null drei") after its word: such a word leaves its digits
far apart in the spelled view, up to 24 blanks between two, as ``spelled_runs`` reads them.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "said",
    [
        "vierundneunzig siebenhundertsechsunddreißig eins null drei",
        "vierundneunzig siebenhundertsechsunddreissig einhundertdrei",
        "sechsundsechzig siebenhundertsiebenundsiebzig achtzehn",
    ],
)
def test_bank_code_in_german_compound_words(said):
    assert redact(f"die bankleitzahl ist {said}") == "die bankleitzahl ist [BANK_ROUTING]"


@pytest.mark.parametrize(("blanks", "whole"), [(24, True), (25, False)])
def test_blanks_between_the_parts_of_a_bank_code(blanks, whole):
    out = redact("BLZ 1234" + " " * blanks + "5678")

    assert ("5678" not in out) is whole, out
