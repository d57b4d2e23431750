"""Round 37: a card security code's first two digits read out apart ("cvv 3 0", then "9"),
and a password typed in chunks a few spaces apart, with longer chunks or digits fused with a
password's mark ("praia 6442#", "CHUVA  .2454"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_CVV = "[CREDIT_DEBIT_CVV]"
_PW = "[PASSWORD]"


@pytest.mark.parametrize(
    ("texts", "masked"),
    [
        (("the cvv is 4-1", "7"), [f"the cvv is {_CVV}", _CVV]),
        (("cvv 2 6", "5"), [f"cvv {_CVV}", _CVV]),
        (("cvc 7 3", "1 8"), [f"cvc {_CVV}", _CVV]),  # four digits, two by two
        (("el cvv es 6.2", "0"), [f"el cvv es {_CVV}", _CVV]),
        (("o cvv 5-5", "3-9"), [f"o cvv {_CVV}", _CVV]),
        (("cvv 52", "7"), [f"cvv {_CVV}", _CVV]),  # joined, as before
    ],
)
def test_a_code_begun_with_two_digits_apart(texts: tuple[str, ...], masked: list[str]) -> None:
    assert conversation(*texts)[0] == masked


def test_two_digits_apart_count_as_two() -> None:
    _, markers = conversation("cvv 3 0")
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen, markers[0].complete) == (
        "CREDIT_DEBIT_CVV",
        2,
        3,
    )


@pytest.mark.parametrize(
    "texts",
    [
        ("cvv 3 days", "ok"),  # a word after the digit
        ("cvv 3 0 is wrong", "9"),  # a sentence after the digits
        ("cvv 1 2 3 4 5", "6"),  # more than a code's head
    ],
)
def test_digits_apart_in_a_sentence_stay(texts: tuple[str, ...]) -> None:
    assert conversation(*texts)[0][0] == texts[0]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("password vela_q  orto51", f"password {_PW}"),  # two spaces between chunks
        ("password riva 8812#", f"password {_PW}"),  # digits fused with a mark
        ("kennwort BERG  .5521", f"kennwort {_PW}"),
        ("palavra-passe Lua 47#", f"palavra-passe {_PW}"),
        ("contraseña RIO - .9043", f"contraseña {_PW}"),
        ("mot de passe QW7rtY  ZxcvBN", f"mot de passe {_PW}"),
    ],
)
def test_a_password_in_chunks_spaced_apart(text: str, masked: str) -> None:
    assert conversation(text)[0] == [masked]


@pytest.mark.parametrize(
    "text",
    [
        "password expired 2024!",
        "password reset 10:30",
        "password ticket #4521",  # a number's mark before it
        "password at 50%",
        "kennwort tiger 1066?",  # a question mark is a sentence's
        "mot de passe oublié depuis 2 jours",
        "mdp et erreur ERR-7088",  # a chunk of eight: an error code, not a password's
        "passwort geht nicht seit version 2.3.1",
    ],
)
def test_a_sentence_about_a_password_stays_whole(text: str) -> None:
    masked = conversation(text)[0][0]
    assert "ERR-" in masked or masked == text
