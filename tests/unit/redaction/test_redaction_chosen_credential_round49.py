"""Round 49: a user name or a password named by how the customer chose it ("the username i
picked is X", "le mot que j'ai mis pour me connecter X"): the relative clause between the
noun and the value hid it from the rules that read a value after its noun. A name needs a
handle's shape, a password letters with digits or symbols, and a bare "word" a clause that
says it is for signing in. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

USER = "[USERNAME]"
PASSWORD = "[PASSWORD]"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the username i picked is zq.rolf", "zq.rolf"),
        ("the user name I chose was tkw_44", "tkw_44"),
        ("el usuario que elegí es ana.s92", "ana.s92"),
        ("mon identifiant que j'ai choisi c'est mlx88", "mlx88"),
        ("der Benutzername, den ich gewählt habe, ist jo.kr", "jo.kr"),
        ("o usuário que eu escolhi é bru_ta7", "bru_ta7"),
    ],
)  # fmt: skip
def test_a_user_name_after_a_clause_of_choosing_is_masked(text: str, value: str) -> None:
    masked = text.replace(value, USER)
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the secret word i set was Qorvex71#", "Qorvex71#"),
        ("the word i use to log in is Tiger#55", "Tiger#55"),
        ("le mot que j'ai mis pour me connecter Lune8vert_3", "Lune8vert_3"),
        ("la palabra secreta que puse fue Rio$8812", "Rio$8812"),
        ("das Wort, das ich zum Anmelden benutze, ist Hase#2020", "Hase#2020"),
        ("das Kennwort, das ich gewählt habe, war Nuage42!", "Nuage42!"),
        ("a palavra secreta que eu criei é Sol#8812", "Sol#8812"),
        ("a palavra que uso pra entrar kiwi_2291", "kiwi_2291"),
    ],
)  # fmt: skip
def test_a_password_after_a_clause_of_choosing_is_masked(text: str, value: str) -> None:
    masked = text.replace(value, PASSWORD)
    assert redact(text) == masked
    assert redact(masked) == masked


@pytest.mark.parametrize(
    "text",
    [
        # a name of letters alone is prose: what happened to it
        "the username i picked is unavailable",
        "el usuario que elegí es incorrecto",
        # a bare word not said to be for signing in is any word
        "the word i picked was Paris2024",
        "le mot que j'ai mis dans la lettre 2024-05",
        "das Wort, das ich gewählt habe, ist Haus12",
        # a password of letters alone is what is said of it
        "the secret word i set was forgotten",
        "la contraseña que elegí es larga",
        "le mot que j'utilise pour me connecter marche",
    ],
)
def test_prose_after_a_clause_of_choosing_stays(text: str) -> None:
    assert redact(text) == text
