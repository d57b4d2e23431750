"""Round 21, over messages: an e-mail address's user name after "address" alone ("my address
is moreau.kim", then "example.com"), in five languages: only a user name no street has, two
runs of letters joined by a dot or an underscore, maybe digits after. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "masked"),
    [
        ("my address is moreau.kim", "my address is [EMAIL]"),
        ("my address is kim_moreau7", "my address is [EMAIL]"),
        ("my address is Kim.Moreau", "my address is [EMAIL]"),
        ("my address is kim.moreau1234", "my address is [EMAIL]"),  # four digits: the most
        ("mon adresse est kim.moreau", "mon adresse est [EMAIL]"),
        ("meine Adresse ist kim.moreau", "meine Adresse ist [EMAIL]"),
        ("mi dirección es kim.moreau", "mi dirección es [EMAIL]"),
        ("mi direccion es kim.moreau", "mi direccion es [EMAIL]"),
        ("meu endereço é kim.moreau", "meu endereço é [EMAIL]"),
        ("meu endereco é kim.moreau", "meu endereco é [EMAIL]"),
    ],
)
def test_a_user_name_after_address_then_its_domain_are_masked(first: str, masked: str) -> None:
    out, pending = conversation(first, "example.com")

    assert pending[0] is not None
    assert pending[0].entity_type == "EMAIL"
    assert out == [masked, "[EMAIL]"]


@pytest.mark.parametrize(
    "first",
    [
        "my address is kimmoreau",  # letters alone: a word as often
        "my address is apt.3",  # no letters after the dot
        "my address is kim.moreau12345",  # five digits
        "my address is kim-moreau",  # a dash: a hyphenated word
        "my address is 12 main st",  # a street
        "my address is kim.moreau and my phone",  # not ending the message
        "my addresses kim.moreau",  # no "address" word
    ],
)
def test_what_no_street_lacks_after_address_stays(first: str) -> None:
    out, _ = conversation(first, "example.com")

    assert out[0] == first
