"""Round 55: a message after a number that may still be in progress ("routing ... account
40110983") is not that number's rest when its words say what its digits are: a year after
the word that dates it ("opened in 2019", "since 2021", "desde 2020", "depuis 2018", "seit
2016", "aberta em 2017"), an error's code after the words that name it ("the error says
E6899", "el error dice 4021", "l'erreur affiche 4021", "der Fehler zeigt Code 1742", "o erro
diz 5120"). The rest after a plain lead is still masked. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("routing 021000021 account 40110983", "its a checking account opened in 2019"),
        ("sort code 20-00-00 acc 73104495", "been with you since 2021 fwiw"),
        ("cuenta 0049 1500 0512", "la tengo desde 2020"),
        ("mon compte 3000 4028 37", "je suis client depuis 2018"),
        ("mein Konto 5320 1874", "Kunde seit 2016"),
        ("conta 0033 4521 88", "aberta em 2017"),
    ],
)  # fmt: skip
def test_a_dated_year_after_an_account_is_kept(value: str, said: str) -> None:
    assert conversation(value, said)[0][1] == said


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("routing 021000021 account 401.098.335.1", "the error says E6899 lol"),
        ("routing 021000021 account 401.098.335.1", "the error says code 6189"),
        ("routing 021000021 account 4810.5865.718", "the error says ERR-4956"),
        ("mi cuenta 0049 1500 0512", "el error dice 4021"),
        ("mon compte 3000 4028 37", "l'erreur affiche 4021"),
        ("mein Konto 5320 1874", "der Fehler zeigt Code 1742"),
        ("minha conta 0033 4521 88", "o erro diz 5120"),
    ],
)  # fmt: skip
def test_an_error_code_after_an_account_is_kept(value: str, said: str) -> None:
    assert conversation(value, said)[0][1] == said


def test_the_rest_of_an_account_after_a_plain_lead_is_still_masked() -> None:
    masked = conversation("my acct 4255 0501 25", "sorry the last digits 3075")[0]
    assert "3075" not in masked[1]


def test_a_hesitation_before_the_rest_is_no_error_word() -> None:
    masked = conversation("my acct 4255 0501 25", "err 3075")[0]
    assert "3075" not in masked[1]
