"""Round 39: a user name visibly cut short after its word ("user marie_f", "login kate_")
has its rest sent as letters alone ("erreira"); a reply or a word of chat is never taken
for it. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (("user marie_f", "erreira"), ["user [USERNAME]", "[USERNAME]"]),
        (("login kate_", "lopez"), ["login [USERNAME]", "[USERNAME]"]),
        (("user sofia_", "brown"), ["user [USERNAME]", "[USERNAME]"]),
        (("mi usuario es ana_", "lopez"), ["mi usuario es [USERNAME]", "[USERNAME]"]),
        (
            ("mon identifiant c'est lea.d", "ubois"),
            ["mon identifiant c'est [USERNAME]", "[USERNAME]"],
        ),
        (("Benutzer jonas.", "Becker"), ["Benutzer [USERNAME]", "[USERNAME]"]),
        (("meu login é joao_", "silva"), ["meu login é [USERNAME]", "[USERNAME]"]),
        # a wait between the parts keeps the marker
        (("user jane.r", "sorry", "ossini"), ["user [USERNAME]", "sorry", "[USERNAME]"]),
    ],
)
def test_the_letters_rest_of_a_cut_user_name_is_masked(messages, masked):
    assert conversation(*messages)[0] == masked


@pytest.mark.parametrize(
    "messages",
    [
        # a reply or a word of chat after the cut name, in the five languages
        ("user jane.r", "thanks"),
        ("user marie_f", "gracias"),
        ("login kate_", "merci"),
        ("Benutzer lena.k", "danke"),
        ("meu login é joao_", "obrigado"),
        ("user jane.r", "oops"),
        ("user lea_d", "wrong"),
        # a name that ends whole leaves no rest of letters alone
        ("user jdoe", "brown"),
        ("login rosa77", "lopez"),
        # more than one word is no rest
        ("user marie_f", "erreira please"),
    ],
)
def test_what_follows_a_name_not_cut_or_a_reply_stays(messages):
    assert conversation(*messages)[0][1] == messages[1]
