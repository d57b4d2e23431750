"""The rest of a user name cut short after its joiner, a word alone next (round 38).

"user marie_f", then "erreira": the customer hit send one or two letters into the name's
next piece, so its rest is a plain word that alone would be a reply. The piece before
vouches for it; a name not visibly cut ("login jlopez") does not, and a capitalised word
or one with a space stays.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("user marie_f", "erreira"),
        ("usuario pablo.g", "arcia"),
        ("identifiant luc-", "martin"),
        ("Benutzername: jonas.k", "ellner"),
        ("login ana_", "souza"),
    ],
)
def test_the_rest_of_a_name_cut_short_is_masked(first: str, rest: str) -> None:
    masked, _ = conversation(first, rest)
    assert masked[1] == "[USERNAME]"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # not cut after a joiner: the name may be whole
        ("login jlopez", "lopez"),
        # the next message is no word alone in small letters
        ("user marie_f", "Gracias"),
        ("user marie_f", "ya te lo mando"),
    ],
)
def test_other_next_messages_stay(first: str, second: str) -> None:
    masked, _ = conversation(first, second)
    assert masked[1] == second
