"""An e-mail address whose "@" is written as French chat says it: "arobaz" (round 35).

"arobase" and "arobas" were read; "arobaz" is the same word spelt as said. The word alone,
or in a sentence about the sign, is no address.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "joliveira arobaz example pt com",
        "oui joliveira arobaz example point fr",
        "c'est m.dupont arobaz gmail.com",
    ],
)
def test_an_address_with_its_at_said_arobaz_is_masked(text: str) -> None:
    assert "[EMAIL]" in redact(text)
    assert "example" not in redact(text) and "gmail" not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["arobaz", "le mot arobaz vient du signe", "tape arobaz puis le domaine"],
)
def test_the_word_alone_is_no_address(text: str) -> None:
    assert redact(text) == text
