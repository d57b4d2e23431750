"""Round 39: a login's two fields written as one pair after a word for access, in the five
languages ("mon accès banque en ligne c'est x / y"). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def redact(text: str) -> str:
    return conversation(text)[0][0]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "svp gardez-le mais mon accès banque en ligne c'est jdoe280 / SOLAR.6612",
            "svp gardez-le mais mon accès banque en ligne c'est [USERNAME] / [PASSWORD]",
        ),
        (
            "my online banking access is jdoe_77 / verano_Haus47",
            "my online banking access is [USERNAME] / [PASSWORD]",
        ),
        (
            "mis datos de acceso del banco son ana.r / Perro.81!",
            "mis datos de acceso del banco son [USERNAME] / [PASSWORD]",
        ),
        (
            "meine Zugangsdaten sind tom.k31 / DRACHE.3395",
            "meine Zugangsdaten sind [USERNAME] / [PASSWORD]",
        ),
        (
            "meu acesso do banco é joao99 / Sol#8812",
            "meu acesso do banco é [USERNAME] / [PASSWORD]",
        ),
        ("acceso: ana.r / Perro.81!", "acceso: [USERNAME] / [PASSWORD]"),
    ],
)
def test_a_login_pair_after_a_word_for_access_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a second field of letters alone is no password
        "my access is read / write",
        "mon accès c'est lundi / mardi",
        # digits alone on the left: no user name
        "the access is 10 / 20",
        # no verb or colon between the word and the pair
        "access jdoe_77 and then / Sol#8812",
    ],
)
def test_pairs_of_words_or_numbers_stay(text):
    assert redact(text) == text
