"""Round 49: a phone's country code typed without "+" and cut from the rest by a noise word
or a line break ("44 space 117 496 0020", "49\n30 dann 1234 / 5678"): the national number
was masked and its code left. A group of a country's code is masked with the number it
opens when the two, with a "+", are a number the plan allocates; a national number written
with its trunk 0 has no code before it, and another group before a phone stays. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

PHONE = "[PHONE]"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("and the old one was 44 space 117 496 0020", f"and the old one was {PHONE}"),
        ("the old one 44 then 20 7946 0424", f"the old one {PHONE}"),
        (
            "l'ancien 44\n20 7946 | 0424 vous pouvez le supprimer",
            f"l'ancien {PHONE} vous pouvez le supprimer",
        ),
        ("el antiguo 44\n20 7946 0424 ya no va", f"el antiguo {PHONE} ya no va"),
        ("die alte 49\n30 dann 1234 / 5678 bitte löschen", f"die alte {PHONE} bitte löschen"),
        ("o antigo 49 depois 30 1234 5678 pode apagar", f"o antigo {PHONE} pode apagar"),
    ],
)  # fmt: skip
def test_a_country_code_before_its_national_number_is_masked_with_it(
    text: str, masked: str
) -> None:
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # the national number with its trunk 0 takes no code before it
        ("kids 44 then 020 7946 0424", f"kids 44 then {PHONE}"),
        # a group that is no country code the plan knows
        ("page 12 and then 20 7946 0424", f"page 12 and then {PHONE}"),
        ("piso 34 espacio 0912 345 678", f"piso 34 espacio {PHONE}"),
    ],
)  # fmt: skip
def test_a_group_that_opens_no_international_number_stays(text: str, masked: str) -> None:
    assert redact(text) == masked
