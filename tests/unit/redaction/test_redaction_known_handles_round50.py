"""Round 50: a user name named after it ("'jdoe_77' is my username", ``handle_first``) or
after the place the customer goes by it ("on the forum i'm jdoe.m12", ``known_as_handle``),
in the five languages; words of prose, levels and counts there stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

USER = "[USERNAME]"


@pytest.mark.parametrize(
    "said",
    [
        "'{}' is my username and i forgot the password",
        "'{}' es mi usuario y no recuerdo la contraseña",
        "'{}' c'est mon identifiant",
        "'{}' ist mein Benutzername",
        "'{}' é o meu usuário, esqueci a senha",
        "{} is my login",
        "{} ist mein benutzername",
    ],
)
def test_a_handle_before_its_user_name_word_is_masked(said: str) -> None:
    assert redact(said.format("jdoe_77")) == said.format(USER)


@pytest.mark.parametrize(
    "said",
    [
        "'abc' c'est mon identifiant",
        "'jdoe.m12' is my username",
    ],
)
def test_any_quoted_handle_before_its_word_is_masked(said: str) -> None:
    value = said.split("'")[1]
    assert redact(said) == said.replace(value, USER)


@pytest.mark.parametrize(
    "said",
    [
        "nothing is my username",
        "this is my username",
        "order 4821 is my login problem",
    ],
)
def test_a_word_or_a_number_before_the_word_stays(said: str) -> None:
    assert redact(said) == said


@pytest.mark.parametrize(
    "said",
    [
        "in the game they know me as {}",
        "on the forum i'm {}",
        "en el juego me conocen como {}",
        "en el foro soy {}",
        "sur le forum je suis {}",
        "dans le jeu on m'appelle {}",
        "im Forum heiße ich {}",
        "im Spiel bin ich {}",
        "no jogo sou o {}",
        "no fórum me chamam de {}",
    ],
)
def test_a_handle_after_the_place_it_is_used_is_masked(said: str) -> None:
    for handle in ("jdoe_77", "jdoe.m12", "jdoe77"):
        assert redact(said.format(handle)) == said.format(USER)


@pytest.mark.parametrize(
    "said",
    [
        "in the game i'm a healer",
        "in the game i'm level 50",
        "on the app i am 2 days late",
        "en el juego soy nuevo",
        "sur le forum je suis inscrit",
        "im Spiel bin ich neu",
        "no jogo sou o melhor",
        "in the game they know me as jdoe",
    ],
)
def test_prose_and_counts_after_a_place_stay(said: str) -> None:
    assert redact(said) == said
