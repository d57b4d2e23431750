"""Round 17: an IBAN dictated a character at a time without its word, each letter a
capital of its own, each digit a word or a digit. Synthetic values: the standard's
examples (GB82 WEST 1234 5698 7654 32, DE89 3704 0044 0532 0130 00, NL91 ABNA 0417 1643 00)."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_MASK = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "text",
    [
        "ok G B eight two - W E S T - one two three four - five six nine eight - seven six"
        " five four - three two",
        # the bank code typed whole in capitals
        "G B eight two WEST one two three four five six nine eight seven six five four three two",
        # commas between groups, "oh" for zero, "double" and "triple"
        "D E eight nine, three seven oh four, double oh four four, oh five three two, oh one"
        " three, triple oh",
        # "O" alone is the letter, digits typed among the words
        "N L nine one A B N A 0417 one six four three oh oh",
    ],
)
def test_a_dictated_iban_is_masked(text: str) -> None:
    out = redact(text)
    assert _MASK in out
    assert "W E S T" not in out
    assert "three two" not in out
    assert "oh oh" not in out


def test_the_shortest_iban_dictated_is_masked() -> None:
    # fifteen characters, Norway's (NO93 8601 1117 947)
    text = "its N O nine three eight six oh one one one one seven nine four seven thanks"
    assert redact(text) == f"its {_MASK} thanks"


@pytest.mark.parametrize(
    "text",
    [
        # one digit wrong: the check digits fail
        "G B eight two W E S T one two three four five six nine eight seven six five four"
        " three three",
        # the country in lower case: words, not letters read out
        "g b eight two W E S T one two three four five six nine eight seven six five four"
        " three two",
        # a word that says no character cuts the number short
        "G B eight two W E S T one two three four and then five six nine eight seven six five"
        " four three two",
        # a bank code of five capitals is no group of an IBAN read out
        "G B eight two WESTX one two three four five six nine eight seven six five four three two",
    ],
)
def test_characters_that_make_no_iban_stay(text: str) -> None:
    assert _MASK not in redact(text)
