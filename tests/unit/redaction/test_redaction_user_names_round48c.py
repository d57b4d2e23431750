"""Round 48c: a user name told by the words around it. Beside the password's label ("login:
JoseRamos password ...", "usuario MartaRamos y la contraseña ...") a name of two joined
capitalised words is taken; recalled after a hedge and a past verb ending the message ("no
me acuerdo del usuario, creo q era kevin_weber") a handle or such a name is. Words of prose
in the same places stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "login: PedroVaz password Qx#72mnbv still locked",
            "login: [USERNAME] password [PASSWORD] still locked",
        ),
        (
            "usuario AnaLuz y la contraseña Qx#72mnbv pero me dice bloqueado",
            "usuario [USERNAME] y la contraseña [PASSWORD] pero me dice bloqueado",
        ),
        (
            "identifiant LeaRoux et mdp Qx#72mnbv mais le compte est bloqué",
            "identifiant [USERNAME] et mdp [PASSWORD] mais le compte est bloqué",
        ),
        (
            "Benutzer TimBeck und Passwort Qx#72mnbv trotzdem gesperrt",
            "Benutzer [USERNAME] und Passwort [PASSWORD] trotzdem gesperrt",
        ),
        (
            "usuário RuiMota e a senha Qx#72mnbv e nada",
            "usuário [USERNAME] e a senha [PASSWORD] e nada",
        ),
    ],
)
def test_a_joined_name_before_the_password_label_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "no me acuerdo del usuario, creo q era zed_quxo",
            "no me acuerdo del usuario, creo q era [USERNAME]",
        ),
        (
            "forgot my username, i think it was PedroVaz",
            "forgot my username, i think it was [USERNAME]",
        ),
        (
            "j'ai oublié mon identifiant, je crois que c'était lea.r77",
            "j'ai oublié mon identifiant, je crois que c'était [USERNAME]",
        ),
        (
            "Benutzername vergessen, ich glaube es war timb88",
            "Benutzername vergessen, ich glaube es war [USERNAME]",
        ),
        (
            "esqueci o usuário, acho que era rui_m4",
            "esqueci o usuário, acho que era [USERNAME]",
        ),
    ],
)
def test_a_recalled_name_ending_the_message_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # letters alone in one case are words, not a joined name
        "usuario bloqueado y la contraseña tampoco funciona",
        "my login and password both fail",
        # what happened to the login, not its name
        "my login stopped working, i think it was hacked",
        "no me acuerdo del usuario, creo que era otro",
        # the hedge's value does not end the message
        "mi usuario, creo que era ana_r2 o algo así, no sé",
    ],
)
def test_prose_around_the_name_words_stays(text: str) -> None:
    assert redact(text) == text


def test_masking_twice_changes_nothing() -> None:
    once = redact("login: PedroVaz password Qx#72mnbv still locked")
    assert redact(once) == once
