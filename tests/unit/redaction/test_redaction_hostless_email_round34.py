"""An address spelled without its domain's ending ("felix.moreau90(at)gmail", "ana arroba
hotmail"): masked when its "@" is one nobody writes in prose (in brackets, wrapped in
dashes, or a word that only names it); a plain "at" needs the ending ("at work")."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("email felix.moreau90(at)gmail (all lowercase)", "email [EMAIL] (all lowercase)"),
        ("felix.moreau90 [at] hotmail", "[EMAIL]"),
        ("mi correo es ana.lopez arroba hotmail", "mi correo es [EMAIL]"),
        ("mon mail c'est j_martin arobase orange", "mon mail c'est [EMAIL]"),
        ("meine mail: k.weber ät gmx", "meine mail: [EMAIL]"),
        ("o email é joao.silva-at-uol", "o email é [EMAIL]"),
        # with its ending, as before
        ("email felix.moreau90(at)gmail(dot)com", "email [EMAIL]"),
    ],
)
def test_an_address_spelled_without_its_ending_is_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mail: jmurphy at gmail",  # a plain "at": "I'm at work" is English
        "meet me at noon",
        "the price (at) 45",  # no host: digits
        "call me at home",
    ],
)
def test_a_plain_at_or_no_host_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "le mot arobaz vient du signe",  # the sign's word in a sentence about it
        "escribe arroba y luego el dominio",
        "die klammeraffe taste geht nicht",
    ],
)
def test_the_signs_word_between_words_of_prose_stays(text: str) -> None:
    assert redact(text) == text
