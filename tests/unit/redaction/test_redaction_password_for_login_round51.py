"""Round 51: answers the agent's question reads more of.

- Asked for the login, a customer may send the password: one word with a password's mark
  inside it ("!$#%&*@+?="), letters and digits, is masked as the password; a user name's
  shape stays a user name, and a reply stays.
- "good", "fine" opening an answer ("gut, ...", "bien, ...", "bom ...") are words any answer
  may hold.

Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE, answers_to


@pytest.mark.parametrize(
    "question",
    [
        "What's your username?",
        "¿Cuál es su usuario?",
        "Quel est votre identifiant ?",
        "Wie lautet Ihr Benutzername?",
        "Qual é o seu usuário?",
    ],
)
@pytest.mark.parametrize("answer", ["here u go Lune*402Q", "hmm pomme@77z", "ok this one Sol$18!"])
def test_a_password_sent_for_the_login_is_masked(question: str, answer: str) -> None:
    (seen,) = answers_to(OFFLINE, question, [answer])

    assert "[PASSWORD]" in seen
    assert not any(char.isdigit() for char in seen)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("ok mara_k77", "ok [USERNAME]"),
        ("ok thanks!", "ok thanks!"),
        ("which one?", "which one?"),
        # a mark but no digit: no password's shape
        ("wait what?", "wait what?"),
    ],
)
def test_a_login_answer_without_a_password_mark_is_read_as_before(
    answer: str, expected: str
) -> None:
    (seen,) = answers_to(OFFLINE, "What's your username?", [answer])

    assert seen == expected


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Please send the one-time password.", "good, kiwi4821"),
        ("¿Me das la contraseña temporal?", "bien, kiwi4821"),
        ("Geben Sie das Einmalpasswort aus der SMS ein.", "gut, kiwi4821"),
        ("Qual é a senha temporária?", "bom kiwi4821"),
    ],
)
def test_a_password_after_good_is_masked(question: str, answer: str) -> None:
    (seen,) = answers_to(OFFLINE, question, [answer])

    assert "[PASSWORD]" in seen and "4821" not in seen


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Please don't share your password here.",
            "oops i already sent it before, its Lune*402Q 🙈",
        ),
        ("Por favor no comparta su contraseña aquí.", "uy ya la mandé antes, es Lune*402Q 🙈"),
        ("Merci de ne pas partager votre mot de passe.", "oups déjà envoyé, c'était Lune*402Q 😬"),
        (
            "Teilen Sie Ihr Passwort bitte niemals hier.",
            "ups hab ich schon gemacht, war Lune*402Q 🙈",
        ),
        ("Por favor não partilhe a sua palavra-passe.", "ops já mandei antes, era Lune*402Q 🙈"),
    ],
)
def test_a_marked_password_ending_a_longer_answer_is_masked(question: str, answer: str) -> None:
    (seen,) = answers_to(OFFLINE, question, [answer])

    assert "[PASSWORD]" in seen and "402" not in seen


@pytest.mark.parametrize(
    "answer",
    [
        # longer than a short answer, its last word no marked password
        "oops i already sent it before, it was the one from 2019 🙈",
        "i think it was something with my dog's name and a year lol",
        # short, a word of the sentence closed by a comma before a plain word
        "earlier, dunno",
    ],
)
def test_a_longer_answer_without_a_marked_password_stays(answer: str) -> None:
    (seen,) = answers_to(OFFLINE, "Please don't share your password here.", [answer])

    assert seen == answer
