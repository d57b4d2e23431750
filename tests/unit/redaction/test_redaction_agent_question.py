"""An agent's question names the value the customer's bare answer is (``agent_question``).

The question leaves the marker a customer's own "my number is" would; the customer's answer,
bare or after a filler, is then masked as that value, and an answer to a question about a
reference (an order, a parcel) stays as typed.
"""

from __future__ import annotations

import re

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import ASKED_WINDOW_SECONDS, asked_for
from connect_privacy.redaction.continuation import (
    WINDOW_SECONDS,
    PendingNumber,
    redact_in_conversation,
)
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import answers_to as converse

NOW = 1_764_115_200.0
DIGIT = re.compile(r"[0-9]")


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("What number should we call you on?", "PHONE"),
        ("Could you please confirm the phone number on the account?", "PHONE"),
        ("Thanks! To verify, could you give me the last 4 digits of your card?",
         "CREDIT_DEBIT_NUMBER"),
        ("And the 3 digits on the back?", "CREDIT_DEBIT_CVV"),
        ("Please enter your 10-digit account number.", "BANK_ACCOUNT_NUMBER"),
        ("Your number please", "PHONE"),
        ("What's your username?", "USERNAME"),
        ("Could you send me your passport number?", "PASSPORT_NUMBER"),
        ("¿Cuál es su número de teléfono?", "PHONE"),
        ("¿Me pasas tu DNI?", "ES_DNI"),
        ("¿Cuál es tu número?", "PHONE"),
        ("Pouvez-vous m'indiquer votre numéro de téléphone ?", "PHONE"),
        ("Merci de me communiquer votre numéro de sécurité sociale.", "FR_NIR"),
        ("Quel est votre code PIN ?", "PIN"),
        ("Könnten Sie mir bitte Ihre Kontonummer nennen?", "BANK_ACCOUNT_NUMBER"),
        ("Wie lautet Ihre Handynummer?", "PHONE"),
        ("Bitte geben Sie Ihre Steuer-ID an.", "DE_TAX_ID"),
        ("Und Ihre IBAN bitte", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"),
        ("Pode me informar o seu CPF?", "BR_CPF"),
        ("Qual é o seu número de telefone?", "PHONE"),
        ("e o NIF?", "PT_NIF"),
    ],
)  # fmt: skip
def test_a_request_for_a_value_awaits_that_value(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == entity
    assert (marker.seen, marker.follow_ups) == (0, 0)  # nothing of it seen yet
    assert marker.expires_at == NOW + ASKED_WINDOW_SECONDS


@pytest.mark.parametrize(
    "message",
    [
        "What's the order number?",
        "Quel est le numéro de commande ?",
        "Qual é o número do pedido?",
        "What is the tracking number on the parcel?",
        "Can I get your zip code?",
        "What's your date of birth?",
        "Und die Bestellnummer?",
        "¿Fecha de la compra?",
    ],
)
def test_a_request_for_a_reference_awaits_a_reference(message: str) -> None:
    marker = asked_for(message, NOW)

    assert marker is not None
    assert marker.entity_type == "REFERENCE"


@pytest.mark.parametrize(
    "message",
    [
        "Is there anything else I can help with?",
        "Hello there",
        # statements, not requests: the agent tells, the customer has nothing to give
        "Your card ending in 4242 has been blocked.",
        "I have updated the phone number on your account.",
        "Ich habe Ihre IBAN gespeichert.",
    ],
)
def test_no_value_asked_leaves_no_marker(message: str) -> None:
    assert asked_for(message, NOW) is None


def test_a_request_naming_a_value_and_a_reference_awaits_the_value() -> None:
    # safer to mask an order number than to show a phone
    marker = asked_for("Could you confirm the order number and the phone number on it?", NOW)

    assert marker is not None and marker.entity_type == "PHONE"


def test_the_first_request_naming_a_value_decides() -> None:
    marker = asked_for("Thanks for waiting. Could I have your card number? And the expiry.", NOW)

    assert marker is not None and marker.entity_type == "CREDIT_DEBIT_NUMBER"


def test_a_long_pasted_text_is_not_read() -> None:
    policy = "Our terms. " * 60 + "Please confirm your phone number?"

    assert asked_for(policy, NOW) is None


def test_the_marker_outlives_a_customers_own_but_not_the_session() -> None:
    # The customer fetches the card first: longer than the two minutes between two parts.
    assert WINDOW_SECONDS < ASKED_WINDOW_SECONDS <= 600


def test_the_marker_holds_the_kind_counts_and_flags_only() -> None:
    marker = asked_for("Could you confirm the phone number 0151 on file?", NOW)

    assert marker is not None and marker.asked
    item = marker.to_item()
    assert set(item) == {"entity_type", "seen", "complete", "follow_ups", "expires_at", "asked"}
    assert PendingNumber.from_item(item) == marker


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("What number should we call you on?", ["ya its 0151", "28128295"]),
        ("¿Me confirma su número de cuenta, por favor?", ["claro", "0049 1500 44 0123456789"]),
        ("Wie lautet Ihre Handynummer?", ["0151 28128295"]),
        ("Could you give me the last 4 digits of your card?", ["4242"]),
        ("Qual é o seu número de telefone?", ["é o 11 9", "8765 4321"]),
    ],
)
def test_a_bare_answer_to_the_question_reaches_the_agent_without_a_digit(
    redactor, question: str, answers: list[str]
) -> None:
    for seen in converse(redactor, question, answers):
        assert not DIGIT.search(seen), seen


def test_without_the_question_the_same_answer_shows_digits(redactor) -> None:
    pending = None
    shown = []
    for offset, answer in enumerate(["ya its 0151", "28128295"], start=1):
        result, pending = redact_in_conversation(redactor, answer, pending, NOW + 10 * offset)
        shown.append(result.text)

    assert any(DIGIT.search(text) for text in shown)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the order number?", "44182290"),
        ("What's the order number?", "3811"),  # a PIN's shape, without the question
        ("What's the order number?", "247918 i think"),
        ("Und die Bestellnummer?", "3160639001"),  # a phone's digits, written as an order's
        ("Obrigado! Ainda preciso do número do pedido.", "ah 3332 7890810"),
        ("What is the tracking number on the parcel?", "its 7741 2290 1182"),
        ("Quel est le numéro de commande ?", "c'est le 44182290"),
        ("Merci. Et juste le début de votre code postal ?", "75000"),
    ],
)
def test_an_answer_about_a_reference_stays_as_typed(redactor, question: str, answer: str) -> None:
    [seen] = converse(redactor, question, [answer])

    assert seen == answer


def test_without_the_question_the_references_digits_are_guessed_a_value(redactor) -> None:
    for answer in ("3811", "3160639001"):
        result, _ = redact_in_conversation(redactor, answer, None, NOW)
        assert DIGIT.search(result.text) is None


@pytest.mark.parametrize(
    "answer",
    [
        "(11) 98651-6095",  # written as a phone: the customer gave another number
        "02O 7946 O313",
        "+49 151 28128295",
        "4111 1111 1111 1111",  # a card's number passes Luhn: no order number does by chance
        "my phone is 0151 28128295",  # named by the customer
    ],
)
def test_a_value_answered_to_a_question_for_a_reference_is_still_masked(
    redactor, answer: str
) -> None:
    [seen] = converse(redactor, "What's your order number?", [answer])

    assert not DIGIT.search(seen.replace("0151 28128295", "").replace("O", "0")) or "[" in seen
    assert "[" in seen


def test_the_reference_marker_spares_one_answer_only(redactor) -> None:
    answers = ["let me look", "3811", "and my pin is 4821", "4821"]

    seen = converse(redactor, "What's the order number?", answers)

    assert seen[:2] == ["let me look", "3811"]
    assert "4821" not in seen[2] and "4821" not in seen[3]


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("What's your username on the app?", ["let me check", "brb", "juju-rocks81"]),
        ("Pouvez-vous confirmer le numéro de compte ?",
         ["celui de la banque ?", "ok c'est 70043395050"]),
        ("Pode confirmar a agência?", ["do banco?", "6537-6"]),
    ],
)  # fmt: skip
def test_the_question_still_awaits_its_answer_after_a_word_or_a_question_back(
    redactor, question: str, answers: list[str]
) -> None:
    seen = converse(redactor, question, answers)

    assert seen[:-1] == answers[:-1]
    assert answers[-1].split()[-1] not in seen[-1]


@pytest.mark.parametrize(
    "answer",
    ["i think its tigre76x", "mmm es Sunshine!8039", "c'est Lune!4827!", "Hund_818!"],
)
def test_a_password_answered_to_the_question_for_it_is_masked(redactor, answer: str) -> None:
    [seen] = converse(redactor, "And do you remember your password?", [answer])

    assert seen.split()[-1].startswith("[")


@pytest.mark.parametrize("answer", ["yes!", "no i forgot it", "it's the same as my email"])
def test_words_answered_to_the_question_for_a_password_stay(redactor, answer: str) -> None:
    [seen] = converse(redactor, "And do you remember your password?", [answer])

    assert seen == answer


def test_an_answer_after_the_window_is_not_taken_for_the_value(redactor) -> None:
    pending = asked_for("What number should we call you on?", NOW)
    later = NOW + ASKED_WINDOW_SECONDS + 1

    result, _ = redact_in_conversation(redactor, "ya its 0151", pending, later)

    assert "PHONE" not in {span.entity_type for span in result.entities}
