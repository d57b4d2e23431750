"""Round 19, over messages: a second password guess sent alone after the message that tried
one ("tried password Sol#8812", then "and Nuage42!"), and digits alone after the customer
checks that the agent asked for the number ("you asked for the number?", then "20481736").
Each with the marker it leaves; synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation

_PASSWORD = "[PASSWORD]"
_DICTATED = "[PII]"


def _marker(pending: PendingNumber | None) -> tuple[str, int, int, int]:
    assert pending is not None
    return pending.entity_type, pending.seen, pending.complete, pending.follow_ups


@pytest.mark.parametrize(
    ("first", "second", "masked"),
    [
        ("i cant login, tried password Sol#8812", "and Nuage42!", "and [PASSWORD]"),
        ("tried password Sol#8812", "or maybe Tigre_771", "or maybe [PASSWORD]"),
        ("tried password Sol#8812", "also Rio.1825x", "also [PASSWORD]"),  # the adverb alone
        ("probé la contraseña Sol#8812", "y luna.2299", "y [PASSWORD]"),
        (
            "j'ai essayé le mot de passe Sol#8812",
            "et peut-être Kiwi_2024",
            "et peut-être [PASSWORD]",
        ),
        ("hab versucht: Passwort Sol#8812", "und dann Hund.2024", "und dann [PASSWORD]"),
        ("tentei a senha Sol#8812", "e gato*67gato", "e [PASSWORD]"),
        ("tried password Sol#8812", "and 'Nuage42!'", "and '[PASSWORD]'"),  # quoted
        ("tried password Sol#8812", "and saudade9836", "and [PASSWORD]"),  # a companion guess
    ],
)
def test_a_second_guess_after_a_tried_password_is_masked(
    first: str, second: str, masked: str
) -> None:
    out, pending = conversation(first, second)

    assert "Sol#8812" not in out[0]
    assert _marker(pending[0]) == ("PASSWORD", 1, 2, 0)
    assert out[1] == masked
    assert _marker(pending[1]) == ("PASSWORD", 1, 2, 1)


def test_the_marker_ends_after_two_more_guesses() -> None:
    out, pending = conversation(
        "tried password Sol#8812", "and Nuage42!", "or Tigre_771", "or Mond#4242"
    )

    assert out[1:3] == ["and [PASSWORD]", "or [PASSWORD]"]
    assert _marker(pending[2]) == ("PASSWORD", 1, 2, 2)
    assert out[3] == "or Mond#4242"
    assert pending[3] is None


@pytest.mark.parametrize(
    "second",
    [
        "and 12345678",  # a plain number: as often an account's
        "and thanks!",  # a word with a mark, no password
        "and Ticket#4411",  # a reference's word and its number
        "and Nuage42! still fails",  # more than the guess: not this rule's
        "Nuage42 and",  # no word that adds to a list before it
    ],
)
def test_what_is_no_further_guess_stays(second: str) -> None:
    out, _ = conversation("tried password Sol#8812", second)

    assert out[1] == second


def test_a_password_not_ending_the_message_leaves_no_marker() -> None:
    out, pending = conversation("tried password Sol#8812 yesterday night", "and Nuage42!")

    assert pending[0] is None
    assert out[1] == "and Nuage42!"


def test_a_mark_after_the_password_still_leaves_the_marker() -> None:
    _, pending = conversation("tried password Sol#8812 :((")

    assert _marker(pending[0]) == ("PASSWORD", 1, 2, 0)


def test_a_guess_without_a_password_before_it_stays() -> None:
    out, pending = conversation("my order is late", "and Nuage42!")

    assert pending[0] is None
    assert out[1] == "and Nuage42!"


def test_a_word_naming_a_pin_and_a_password_keeps_the_password_marker() -> None:
    # "senha" names both: letters in the value make it the password, its digits no PIN's start
    out, pending = conversation("não consigo entrar, tentei a senha Kiwi*74", "e Lua!2024x")

    assert _marker(pending[0]) == ("PASSWORD", 1, 2, 0)
    assert out[1] == "e [PASSWORD]"


def test_a_pin_of_digits_alone_keeps_its_own_marker() -> None:
    _, pending = conversation("minha senha é 12")

    assert pending[0] is not None and pending[0].entity_type == "PIN"


def test_the_password_marker_survives_the_sessions_table() -> None:
    _, pending = conversation("tried password Sol#8812")
    assert pending[0] is not None

    assert PendingNumber.from_item(pending[0].to_item()) == pending[0]


@pytest.mark.parametrize(
    "first",
    [
        "you asked for the number?",
        "ok u need my number??",
        "you wanted the number ?",
        "me pediste el número?",
        "vous m'avez demandé le numéro ?",
        "tu veux mon numéro?",
        "Sie wollten die Nummer?",
        "você pediu o número?",
    ],
)
def test_digits_alone_after_checking_the_agent_asked_for_the_number_are_masked(
    first: str,
) -> None:
    out, pending = conversation(first, "20481736")

    assert out[1] == _DICTATED
    assert pending[0] is not None and pending[0].entity_type == "PII"


@pytest.mark.parametrize(
    "first",
    [
        "you asked for the number",  # not a question: a statement about the past
        "you asked for the order number?",  # a reference's number
        "the number?",  # no one said who asked
    ],
)
def test_digits_after_no_check_of_the_agents_question_stay(first: str) -> None:
    out, _ = conversation(first, "20481736")

    assert out[1] == "20481736"
