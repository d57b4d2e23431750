"""Numbers sent over several messages in Spanish, French, German and Portuguese: "je vous
l'envoie en deux fois", "te lo mando en dos veces", "mando em duas vezes", "in zwei
Schritten" announce a card in parts (never "je paie en deux fois", an instalment); an
Argentine CBU or CVU (22 digits) and a Portuguese NIB (21) are followed until whole.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

CARD = "[CREDIT_DEBIT_NUMBER]"
ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("je vous l'envoie en deux fois 5105", "puis 1051 0510 5100"),
            ["je vous l'envoie en deux fois " + CARD, "puis " + CARD],
        ),
        (
            ("te lo mando en dos veces 4111 1111", "1111 1111"),
            ["te lo mando en dos veces " + CARD, CARD],
        ),
        (
            ("vou mandar em duas vezes 5105 1051", "0510 5100"),
            ["vou mandar em duas vezes " + CARD, CARD],
        ),
        (
            ("ich schicke sie in zwei Schritten 4111", "1111 1111 1111"),
            ["ich schicke sie in zwei Schritten " + CARD, CARD],
        ),
    ],
)
def test_a_card_announced_in_two_goes_is_masked_in_both(texts, expected):
    out, _ = conversation(*texts)

    assert out == expected


def test_an_instalment_announces_nothing():
    out, _ = conversation("je paie en deux fois 5105", "puis 2184")

    assert out == ["je paie en deux fois 5105", "puis 2184"]


@pytest.mark.parametrize(
    "texts",
    [
        ("cbu 258", "3137577112629860334"),
        ("cbu 05601313167830679", "77652"),
        ("cvu 610 9840 3177 6613", "2980 248"),
        ("nib 0035 0651 00", "01234567 891"),
    ],
)
def test_a_long_account_is_followed_until_whole(texts):
    out, markers = conversation(*texts)

    assert all(c not in "".join(out) for c in "0123456789")
    assert out[1] == ACCOUNT
    assert markers[-1] is None
