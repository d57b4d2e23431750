"""Round 50: a password named after its value right after the login it goes with
("jdoe_77 is my login, girasolazul la clave", ``password_after_login``), and a login pair of
a handle or an address and a password of letters alone ("login: jdoe_77 / girasolverano",
``login_pair``), in the five languages; adverbs and device words stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

USER, PASSWORD, EMAIL = "[USERNAME]", "[PASSWORD]", "[EMAIL]"


@pytest.mark.parametrize(
    "said",
    [
        "jdoe_77 is my login, {} is what i set",
        "jdoe_77 es mi login y {} la clave que puse",
        "jdoe_77 c'est mon login et {} le mdp",
        "jdoe_77 ist mein Login und {} das PW",
        "jdoe_77 é meu login e {} a senha",
        "jdoe_77 es mi usuario, {} es lo que puse",
    ],
)
def test_a_password_after_its_login_is_masked(said: str) -> None:
    for password in ("girassolazul", "Kiwi*77x"):
        assert redact(said.format(password)) == said.replace("jdoe_77", USER).format(PASSWORD)


@pytest.mark.parametrize(
    "said",
    [
        "i forgot my login and then the password",
        "mi usuario y luego la clave",
        "mon identifiant et ensuite le mdp",
        "my login and afterwards the password",
        "mein Login und dann das Passwort",
    ],
)
def test_an_adverb_between_login_and_password_stays(said: str) -> None:
    assert redact(said) == said


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("login: jdoe_77 / girasolverano", f"login: {USER} / {PASSWORD}"),
        ("usuario: ana.r / sonnenblumen", f"usuario: {USER} / {PASSWORD}"),
        ("login: ana.r@example.com / girasolverano", f"login: {EMAIL} / {PASSWORD}"),
    ],
)
def test_letters_after_a_handle_in_a_login_pair_are_masked(said: str, masked: str) -> None:
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "login: web / app",
        "login: desktop / notebookpc",
        "login: jdoe_77 / phone",
    ],
)
def test_words_or_short_letters_in_a_login_pair_stay(said: str) -> None:
    assert PASSWORD not in redact(said)
