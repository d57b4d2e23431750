"""Portuguese "cento" (101 to 199 said in words: "cento e três", "cento e dezenove") begins
with French "cent": read as "cent" and a stray "o", the number was lost, and a CPF read in
threes ("quinhentos e cinquenta e quatro, cento e três, ...") reached the agent."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns.normalize import spell
from tests.support.redaction import redact


def digits_said(text: str) -> str:
    return "".join(c for c in spell(text) if c.isdigit())


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("cento e três", "103"),
        ("cento e dezenove", "119"),
        ("cento e vinte e um", "121"),
        ("cem", "100"),
        ("cent trois", "103"),  # French, as before
        ("quatre cents", "400"),
        ("ciento tres", "103"),
    ],
)
def test_a_hundred_and_its_rest_read_as_three_digits(text: str, digits: str) -> None:
    assert digits_said(text) == digits


def test_a_cpf_read_in_threes_is_masked() -> None:
    text = (
        "meu cpf é quinhentos e cinquenta e quatro cento e três setecentos e vinte e um"
        " vinte e três"
    )
    assert redact(text) == "meu cpf é [BR_CPF]"


def test_a_price_in_cento_stays() -> None:
    assert redact("paguei cento e dezenove reais") == "paguei cento e dezenove reais"
