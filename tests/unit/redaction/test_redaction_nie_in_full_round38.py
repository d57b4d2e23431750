"""The NIE named in full, not by its initials (round 38).

"número de identidad de extranjero Z 123", then "4567 L": the Spanish foreigner's number said
in words, in any of the five languages, names the value as "nie" does, and its start and the
rest sent apart are masked. The words alone, with no such value, mask nothing.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "named",
    [
        "número de identidad de extranjero",
        "my foreigner identity number",
        "numéro d'identité d'étranger",
        "Ausländer-Identitätsnummer",
        "número de identidade de estrangeiro",
    ],
)
def test_a_nie_named_in_full_and_sent_in_two_parts_is_masked(named: str) -> None:
    masked, _ = conversation(f"{named} Y 204", "3318 K")
    assert "204" not in masked[0] and "3318" not in masked[1]


def test_a_whole_nie_named_in_full_is_masked() -> None:
    assert redact("identidad de extranjero X1234567L") == "identidad de extranjero [ES_NIE]"


@pytest.mark.parametrize(
    "text",
    [
        "la identidad de extranjero no me la dieron, tengo 3 hijos",
        "numéro d'identité d'étranger perdu depuis 2019",
    ],
)
def test_the_words_alone_mask_nothing(text: str) -> None:
    assert redact(text) == text
