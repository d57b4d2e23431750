"""An agent who cannot read the answer asks for it again without naming it; the value last
asked for is then awaited anew (``agent_question.read_asking`` and ``asked_again``)."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import (
    ASKED_WINDOW_SECONDS,
    asked_again,
    asked_for,
    read_asking,
)

NOW = 1_764_115_000.0


@pytest.mark.parametrize(
    "message",
    [
        "Hmm, that doesn't look right, could you send it again?",
        "Sorry, a digit seems to be missing. Can you retype it?",
        "Please re-enter it in one go.",
        "No me sale, ¿lo puedes mandar otra vez?",
        "¿Me lo puedes repetir, por favor?",
        "Parece incompleto, ¿podría volver a enviarlo?",
        "Désolé, il semble incomplet, pouvez-vous le renvoyer ?",
        "Pouvez-vous l'écrire de nouveau ?",
        "Die scheint unvollständig zu sein, können Sie sie nochmal schicken?",
        "Bitte wiederholen Sie die Angabe.",
        "Desculpa, não consegui ler direito, pode mandar de novo?",
        "Pode repetir por favor?",
    ],
)
def test_a_request_for_the_value_again_naming_none_is_told(message: str) -> None:
    asking = read_asking(message, NOW)
    assert asking.marker is None
    assert asking.again and asking.request


@pytest.mark.parametrize(
    "message",
    [
        "Could you try again later?",
        "Please try logging in again.",
        "¿Puede intentarlo de nuevo en unos minutos?",
        "Pouvez-vous réessayer plus tard ?",
        "Können Sie es später erneut versuchen?",
        "Pode tentar novamente amanhã?",
    ],
)
def test_what_the_customer_is_to_do_again_asks_for_no_value(message: str) -> None:
    asking = read_asking(message, NOW)
    assert asking.marker is None and not asking.again
    assert asking.request  # a request all the same: it is what a later "again" is about


def test_a_request_again_that_names_the_value_awaits_that_value() -> None:
    asking = read_asking("Could you send the card number again?", NOW)
    assert asking.marker is not None and asking.marker.entity_type == "CREDIT_DEBIT_NUMBER"
    assert not asking.again


@pytest.mark.parametrize("message", ["Thanks, one moment.", "Okay, all done on my side."])
def test_a_message_asking_nothing_is_no_request(message: str) -> None:
    asking = read_asking(message, NOW)
    assert asking.marker is None and not asking.again and not asking.request


def test_a_long_message_is_not_read() -> None:
    asking = read_asking("Could you send it again? " + "x" * 600, NOW)
    assert asking.marker is None and not asking.again and not asking.request


def test_the_value_asked_again_is_awaited_whole_for_the_whole_window() -> None:
    first = asked_for("What number should we call you on?", NOW - 100)
    assert first is not None
    answered = {**first.to_item(), "seen": 4, "follow_ups": 1}  # as read back, part answered

    again = asked_again({name: str(value) for name, value in answered.items()}, NOW)

    assert again is not None
    assert (again.entity_type, again.seen, again.complete, again.follow_ups) == (
        "PHONE", 0, first.complete, 0,
    )  # fmt: skip
    assert again.asked and again.expires_at == NOW + ASKED_WINDOW_SECONDS


UNKNOWN_KIND = {"entity_type": "NOPE", "seen": "0", "complete": "1", "follow_ups": "0",
                "expires_at": "1"}  # fmt: skip


@pytest.mark.parametrize("kept", [None, {}, {"entity_type": "PHONE"}, UNKNOWN_KIND])
def test_nothing_is_awaited_again_without_a_value_asked_before(kept) -> None:
    assert asked_again(kept, NOW) is None
