"""Round 42: a value's word, then words saying it comes in parts and why ("my cpf in bits bc
of the app: 482 175"), then its first groups: the reason does not move the value away from
its word, and the next messages' groups are its rest. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (
            ("sending my cpf in bits bc of the app: 482 175", "946 27"),
            ["sending my cpf in bits bc of the app: [BR_CPF]", "[BR_CPF]"],
        ),
        (
            ("my cpf in bits because the app keeps cutting: 482 175", "946 27"),
            ["my cpf in bits because the app keeps cutting: [BR_CPF]", "[BR_CPF]"],
        ),
        (
            ("mi cpf en partes por culpa de la app: 482 175", "946 27"),
            ["mi cpf en partes por culpa de la app: [BR_CPF]", "[BR_CPF]"],
        ),
        (
            ("mon cpf en morceaux à cause de l appli : 482 175", "946 27"),
            ["mon cpf en morceaux à cause de l appli : [BR_CPF]", "[BR_CPF]"],
        ),
        (
            ("meine steuer id in teilen wegen der app: 104 711", "382 64"),
            ["meine steuer id in teilen wegen der app: [DE_TAX_ID]", "[DE_TAX_ID]"],
        ),
        (
            ("meu cpf em partes porque o app corta: 482 175", "946 27"),
            ["meu cpf em partes porque o app corta: [BR_CPF]", "[BR_CPF]"],
        ),
    ],
)  # fmt: skip
def test_a_reason_for_the_parts_keeps_the_value_by_its_word(texts, masked):
    out, _ = conversation(*texts)

    assert out == masked


@pytest.mark.parametrize(
    "texts",
    [
        # no parts announced: a long clause moves the digits away from the word
        ("my cpf is in the app because the site keeps cutting it at 12 times",),
        # parts announced, but digits inside the reason: a count, not the value
        ("my cpf in bits bc of the app it was 12 times slower",),
        # parts said far from the word (past its reach): the digits are not the value's
        ("my cpf is stored at the bank and i sent it in bits bc of the app: 12 times",),
        # an instalment, not a value in parts
        ("my card in two parts because of the fees, paid 150 today",),
    ],
)  # fmt: skip
def test_other_clauses_after_the_word_start_nothing(texts):
    out, _ = conversation(*texts)

    assert out[-1] == texts[-1]
