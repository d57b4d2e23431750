"""Round 40: a handle named as the user of a back office ("mi usuario de consola jdoe_77",
"meu usuário do console ana_santos", "utilisateur du portail lea.costa") is the customer's
login, as one named by an app or a site is. A word, or a name with no digit, dot or
underscore, is still no handle. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("said", "lead"),
    [
        ("ya sé. mi usuario de consola jdoe_77", "ya sé. mi usuario de consola"),
        ("mi usuario del panel jdoe.sp4", "mi usuario del panel"),
        ("meu usuário do console ana_santos", "meu usuário do console"),
        ("meu usuário do painel jdoe77", "meu usuário do painel"),
        ("mon utilisateur de la console lea.costa", "mon utilisateur de la console"),
        ("utilisateur du portail jdoe_x9", "utilisateur du portail"),
    ],
)
def test_a_back_office_user_name_is_masked(said: str, lead: str) -> None:
    out, _ = conversation(said)

    assert out[0] == f"{lead} [USERNAME]"


@pytest.mark.parametrize(
    "said",
    [
        "mi usuario de consola es bueno",
        "el usuario de la consola admin",
        "meu usuário do console travou",
    ],
)
def test_a_word_after_the_back_office_is_kept(said: str) -> None:
    out, _ = conversation(said)

    assert out == [said]
