"""Round 51: a login locked after failed tries ("got locked out after 5 tries"), then the
customer's password as the answer the agent asks for ("what do you need", then "fine.
Tiger71_"). The marker awaited nothing after a lockout, and the answer named no password.
A message saying the login was locked after tries now awaits the password as an asked
question does (a short answer's one word mixing letters with digits or symbols); a mark
closing a word before it ("fine.", "va:") is the sentence's. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("locked", "asked", "answer", "value"),
    [
        ("got locked out after 5 tries", "what do you need", "fine. Tiger71_", "Tiger71_"),
        ("me bloquearon tras 4 intentos", "q necesitas", "va: Perro.81!", "Perro.81"),
        ("compte bloqué après 3 essais", "vous voulez quoi", "bon. Nuage42!", "Nuage42"),
        ("nach 3 Versuchen gesperrt", "was braucht ihr", "na gut. Wolke7mond", "Wolke7mond"),
        ("bloquearam depois de 3 tentativas", "o que vc precisa", "ta bom. gato_7412", "gato_7412"),
    ],
)  # fmt: skip
def test_the_password_answering_after_a_lockout_is_masked(
    locked: str, asked: str, answer: str, value: str
) -> None:
    seen, _ = conversation(locked, asked, answer)
    assert seen[:2] == [locked, asked]
    assert value not in seen[2]
    assert "[PASSWORD]" in seen[2]


def test_the_answer_may_follow_the_lockout_at_once() -> None:
    seen, _ = conversation("too many attempts, locked out", "fine. Tiger71_")
    assert seen[1] == "fine. [PASSWORD]"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        # a block without failed tries, or a card's block: no login awaited
        ("my account is locked", "fine. Tiger71_"),
        ("the road was blocked", "fine. Tiger71_"),
        ("card blocked after 3 tries", "fine. Tiger71_"),
        # after a lockout, words and references stay
        ("got locked out after 5 tries", "can you unlock it?"),
        ("got locked out after 5 tries", "thanks, bye!"),
        ("me bloquearon tras 4 intentos", "ok gracias"),
    ],
)  # fmt: skip
def test_without_a_lockout_after_tries_nothing_is_awaited(first: str, then: str) -> None:
    seen, _ = conversation(first, then)
    assert seen == [first, then]
