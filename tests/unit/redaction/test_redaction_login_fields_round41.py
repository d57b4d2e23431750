"""Round 41: a login's two fields handed over without a connective. Straight after the words
of a login that refused them, as "user / password" ("can't log in. jdoe_77 /
sunflowerlisboa"), and after the user name's own field, each value after its word ("usuario
ana.r clave girasolverano"). A password of letters alone is taken there, when it is longer
than a device's or an app's name, and when it is not a word said of a password. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("cant log in. jdoe_77 / sunflowerlisboa tried like 4 times",
         "cant log in. [USERNAME] / [PASSWORD] tried like 4 times"),
        # a password that is one already: the user name before it was left
        ("can't log in. kevingarcia / Sol#8812 tried twice",
         "can't log in. [USERNAME] / [PASSWORD] tried twice"),
        ("no puedo entrar, ana.r / girasolverano", "no puedo entrar, [USERNAME] / [PASSWORD]"),
        ("j'arrive pas à me connecter : lea.costa / tournesolbleu",
         "j'arrive pas à me connecter : [USERNAME] / [PASSWORD]"),
        ("komm nicht rein: max.m / sonnenblumen", "komm nicht rein: [USERNAME] / [PASSWORD]"),
        ("não consigo entrar. joao_p / girassolazul",
         "não consigo entrar. [USERNAME] / [PASSWORD]"),
        # ten letters: the least a password of letters alone is taken at
        ("can't log in. jdoe_77 / abcdefghij", "can't log in. [USERNAME] / [PASSWORD]"),
    ],
)  # fmt: skip
def test_a_pair_after_a_failed_login_is_masked(said: str, masked: str) -> None:
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "can't log in: desktop / notebook",
        "no puedo entrar: app / web",
        "can't log in on phone / computer",
        # nine letters, one short of a password of letters alone
        "can't log in. laptop / abcdefghi",
        # a pair of numbers is no login
        "não consigo entrar. 10 / 20",
    ],
)
def test_words_after_a_failed_login_are_kept(said: str) -> None:
    assert redact(said) == said


@pytest.mark.parametrize(
    ("said", "masked"),
    [
        ("user jdoe_77 password sunflowerfield", "user [USERNAME] password [PASSWORD]"),
        ("no puedo entrar, usuario ana.r clave maracujamariposa, ya lo intente 3 veces",
         "no puedo entrar, usuario [USERNAME] clave [PASSWORD], ya lo intente 3 veces"),
        ("impossible de me connecter : identifiant lea.costa mdp tournesolbleu, essayé 3 fois",
         "impossible de me connecter : identifiant [USERNAME] mdp [PASSWORD], essayé 3 fois"),
        ("Login klappt nicht, Benutzer max.m Passwort sonnenfeld, schon 3 mal probiert",
         "Login klappt nicht, Benutzer [USERNAME] Passwort [PASSWORD], schon 3 mal probiert"),
        ("não consigo entrar, usuário joao_p senha girassolazul, tentei 2 vezes",
         "não consigo entrar, usuário [USERNAME] senha [PASSWORD], tentei 2 vezes"),
        # six letters: the least taken
        ("usuario ana.r clave abcdef ya", "usuario [USERNAME] clave [PASSWORD] ya"),
    ],
)  # fmt: skip
def test_a_password_of_letters_after_the_user_name_is_masked(said: str, masked: str) -> None:
    assert redact(said) == masked


@pytest.mark.parametrize(
    "said",
    [
        "user name and password incorrect please help",
        "usuario y contraseña incorrecta otra vez",
        "identifiant et mot de passe invalide encore",
        "Benutzer und Passwort vergessen leider",
        # five letters: a word of the sentence
        "usuario ana clave abcde ya",
    ],
)
def test_prose_after_the_user_name_and_password_words_is_kept(said: str) -> None:
    assert redact(said) == said


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("user jdoe_77 password forgotten again", "password forgotten again"),
        ("usuario ana.r contraseña olvidada hoy", "contraseña olvidada hoy"),
        ("utilisateur lea.costa mdp oublié encore", "mdp oublié encore"),
        ("Benutzer max.m Passwort abgelaufen heute", "Passwort abgelaufen heute"),
        ("usuário joao_p senha expirou ontem", "senha expirou ontem"),
    ],
)
def test_a_word_said_of_the_password_is_kept(said: str, kept: str) -> None:
    assert redact(said).endswith(kept)


def test_masking_is_idempotent() -> None:
    once = redact("cant log in. jdoe_77 / sunflowerlisboa tried like 4 times")

    assert redact(once) == once
