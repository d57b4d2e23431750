"""Answers of digits to an agent's question, and references the agent asked for (round 31).

The expiry asked for is masked with words around it, and the security code sent after it;
an answer the customer types again after a correction is the same value; a request without
its verb ("Now the expiry date") is read; a question for a year, a store, a postcode or a
tracking code leaves its answer visible.
"""

from __future__ import annotations

import re

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import (
    WINDOW_SECONDS,
    PendingNumber,
    continue_pending,
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


# -- the expiry asked for, with words around it, and the code after it -------------------


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the expiry date?", "yeah Jun/28"),
        ("¿Cuál es la fecha de caducidad?", "mira, 12/30"),
        ("Et elle expire quand ?", "c'est le 9/31"),
        ("Wann läuft die Karte ab?", "Nov/26 glaub ich"),
        ("Informe a validade (MM/AA).", "Maio/33 kkk"),
    ],
)
def test_the_expiry_asked_for_is_masked_after_a_filler(
    redactor, question: str, answer: str
) -> None:
    (seen,) = converse(redactor, question, [answer])

    assert DIGIT.search(seen) is None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Now the expiry date and the three-digit code on the back.", "10 27, 539"),
        ("Ahora la fecha de vencimiento y el código de atrás.", "09-33, 256"),
        ("Maintenant la date d'expiration et le cryptogramme.", "03/31 ; neuf six huit sept"),
        ("Jetzt noch Ablaufdatum und Prüfziffer.", "bitte: 12/32 / 945"),
        ("Agora a validade e o código de trás.", "07/28, um meia um"),
    ],
)
def test_the_code_sent_after_the_expiry_asked_for_is_masked(
    redactor, question: str, answer: str
) -> None:
    (seen,) = converse(redactor, question, [answer])

    assert DIGIT.search(seen) is None
    assert not re.search(r"(?i)neuf|six|huit|sept|um|meia", seen.split()[-1])


@pytest.mark.parametrize(
    "answer",
    [
        "my order 4471 came 12/30",  # digits before the date: not the expiry's answer
        "the parcel came on 12/05/2025 and the box was open, can you help me please",
    ],
)
def test_a_date_in_another_answer_stays(redactor, answer: str) -> None:
    (seen,) = converse(redactor, "What's the expiry date?", [answer])

    assert "12/" in seen


def test_a_long_past_month_is_no_expiry(redactor) -> None:
    (seen,) = converse(redactor, "What's the expiry date?", ["sorry it says 03/14"])

    assert "03/14" in seen


def test_four_digits_after_the_expiry_are_its_code_but_five_are_not() -> None:
    pending = asked_for("Now the expiry date and the code on the back.", NOW)
    four = continue_pending("10 27, 5391", pending, NOW + 10)
    five = continue_pending("10 27, 53910", pending, NOW + 10)

    assert [span.entity_type for span in four.spans] == [
        "CREDIT_DEBIT_EXPIRY",
        "CREDIT_DEBIT_CVV",
    ]
    assert [span.entity_type for span in five.spans] == ["CREDIT_DEBIT_EXPIRY"]


# -- the answer typed again ------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answers", "retyped"),
    [
        ("c quoi ton transit?", ["bah 177751716", "pardon je me suis trompé c'est 182150344"],
         "182150344"),
        ("Und die Bankleitzahl dazu?", ["6490 8740", "vertippt: 6210 2722"], "6210 2722"),
        ("What's your account number?", ["7090 / 0460 / 6215", "wait, 8668.3920.3849"],
         "8668.3920.3849"),
        ("¿Cuál es su número de cuenta?", ["766143500966", "espera, mal: 766143500967"],
         "766143500967"),
        ("Qual é o número da conta?", ["123456789012", "pera não, 123456789013"],
         "123456789013"),
        ("und das ablaufdatum?", ["klar: 10/2030", "vertippt: 02/26"], "02/26"),
        ("e vence quando?", ["06/2033", "pera não, 06.32"], "06.32"),
    ],
)  # fmt: skip
def test_an_answer_typed_again_after_a_correction_is_masked(
    redactor, question: str, answers: list[str], retyped: str
) -> None:
    seen = converse(redactor, question, answers)

    assert all(DIGIT.search(text) is None for text in seen)


def test_the_same_digits_retyped_alone_after_the_agent_asks_again_are_masked(redactor) -> None:
    pending = asked_for("Bitte nennen Sie die Bankleitzahl Ihrer Bank.", NOW)
    first, pending = redact_in_conversation(redactor, "müsste 18170807 sein", pending, NOW + 10)
    assert asked_for("Da scheint eine Ziffer zu fehlen, nochmal bitte?", NOW + 20) is None
    again, _ = redact_in_conversation(redactor, "1817...0807", pending, NOW + 30)

    assert DIGIT.search(first.text) is None
    assert DIGIT.search(again.text) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "thanks, 3 items arrived",  # other digits: a count
        "ok my order was 4471 2210",  # words that correct nothing
        "sorry, 12345",  # a correction with fewer digits than the answer
    ],
)
def test_other_digits_after_the_answer_stay(redactor, follow_up: str) -> None:
    seen = converse(redactor, "What's your account number?", ["766143500966", follow_up])

    assert DIGIT.search(seen[0]) is None
    assert DIGIT.search(seen[1]) is not None


def test_the_retyped_answer_marker_holds_counts_only_and_expires(redactor) -> None:
    pending = asked_for("What's your account number?", NOW)
    _, kept = redact_in_conversation(redactor, "766143500966", pending, NOW + 10)

    assert kept is not None and kept.asked
    assert (kept.entity_type, kept.seen, kept.complete) == ("BANK_ACCOUNT_NUMBER", 12, 12)
    assert PendingNumber.from_item(kept.to_item()) == kept
    late, _ = redact_in_conversation(
        redactor, "sorry 766143500967", kept, NOW + 10 + WINDOW_SECONDS + 1
    )
    assert "766143500967" in late.text


# -- requests read, and references asked for ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Now the expiry date and the three-digit code on the back.", "CREDIT_DEBIT_EXPIRY"),
        ("Ahora la fecha de vencimiento y el código de atrás.", "CREDIT_DEBIT_EXPIRY"),
        ("Maintenant la date d'expiration et le cryptogramme.", "CREDIT_DEBIT_EXPIRY"),
        ("Jetzt noch Ablaufdatum und Prüfziffer.", "CREDIT_DEBIT_EXPIRY"),
        ("Agora a validade e o código de trás.", "CREDIT_DEBIT_EXPIRY"),
        ("whats the last four on the card you used", "CREDIT_DEBIT_NUMBER"),
        ("whats your whatsapp number?", "PHONE"),
    ],
)
def test_a_request_without_its_verb_is_read(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None and marker.entity_type == entity


@pytest.mark.parametrize(
    "statement",
    [
        "Now your card is blocked.",  # no article after "now": the agent tells
        "I'll check the expiry date now.",  # "now" does not open the sentence
        "Jetzt ist die Karte gesperrt.",
    ],
)
def test_a_statement_opening_with_now_asks_nothing(statement: str) -> None:
    assert asked_for(statement, NOW) is None


@pytest.mark.parametrize(
    "question",
    [
        "whats the model",
        "¿Cuál es su código ZIP?",
        "Qual o código de rastreio?",
        "Quel est le code de suivi ?",
        "what year was the account opened?",
        "en que año abriste la cuenta?",
        "depuis quand avez-vous ce compte ?",
        "seit wann hast du das konto?",
        "desde que ano tem a conta?",
        "Bitte geben Sie die Filialnummer ein.",
        "Fügen Sie die Trackingnummer aus der Mail ein.",
        "Haben Sie ein Aktenzeichen vom letzten Mal?",
    ],
)
def test_a_question_for_a_reference_or_a_year_awaits_a_reference(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None and marker.entity_type == "REFERENCE"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("tu peux me taper le code reçu par sms ?", "CREDIT_DEBIT_CVV"),  # "reçu" tells
        ("me passa um telefone caso a conversa caia?", "PHONE"),  # "caso" tells
        ("Wann läuft die Karte ab?", "CREDIT_DEBIT_EXPIRY"),  # a bare "when" asks the expiry
        ("What's the security code?", "CREDIT_DEBIT_CVV"),
    ],
)
def test_a_reference_word_not_owning_the_value_leaves_the_value_asked(
    question: str, entity: str
) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None and marker.entity_type == entity


@pytest.mark.parametrize(
    ("question", "answer", "kept"),
    [
        ("what year was the account opened?", "2022 i think", "2022"),
        ("seit wann hast du das konto?", "2015", "2015"),
        ("Bitte geben Sie die Filialnummer ein.", "6871", "6871"),
        ("Qual o número do pedido?", "659935052", "659935052"),
        ("Do you have a case reference from last time?", "its INC587321", "INC587321"),
        ("Avez-vous une référence de dossier de la dernière fois ?", "TK416366", "TK416366"),
    ],
)
def test_the_reference_asked_for_stays_as_typed(
    redactor, question: str, answer: str, kept: str
) -> None:
    (seen,) = converse(redactor, question, [answer])

    assert kept in seen


def test_an_ssn_written_as_printed_is_masked_after_a_question_for_a_reference(redactor) -> None:
    (seen,) = converse(redactor, "What's the order number?", ["512-44-7788"])

    assert "512-44-7788" not in seen


# -- the card asked for, and its expiry sent with it ---------------------------------------


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Necesito el número de tarjeta y la fecha de caducidad, por favor.",
         ["5105 1029 0400 4527 y feb 2026"]),
        ("Geben Sie die Kartennummer und danach das Ablaufdatum ein.",
         ["3782 821881 83097 und 0529"]),
        ("Geben Sie die Kartennummer und danach das Ablaufdatum ein.",
         ["5555.5545.2930.2113 und 02-33"]),
        ("Saisissez le numéro de carte puis la date d'expiration.",
         ["3714  498533  56202 et janvier 2031"]),
        ("Il me faut le numéro de carte et la date d'expiration, svp.",
         ["4012.8830.7873.3786", "nov 28"]),
    ],
)  # fmt: skip
def test_the_expiry_sent_with_the_card_asked_for_is_masked(
    redactor, question: str, answers: list[str]
) -> None:
    seen = converse(redactor, question, answers)

    assert all(DIGIT.search(text) is None for text in seen)


@pytest.mark.parametrize(
    ("answers", "kept"),
    [
        # words after the date: the customer tells of something else
        (["5105 1029 0400 4527 and 12/30 it arrived"], "12/30"),
        # a word that is no joint before the digits: an order's
        (["5105 1029 0400 4527 order 1230"], "1230"),
        # three words before it: not the expiry sent after the card
        (["5105 1029 0400 4527", "the parcel came 12/30"], "12/30"),
    ],
)
def test_a_date_told_after_the_card_stays(redactor, answers: list[str], kept: str) -> None:
    seen = converse(redactor, "What's the card number?", answers)

    assert kept in seen[-1]


# -- a date of birth answered to a question asking for it and a value ---------------------

_BIRTH_AND_SSN = "I can help. What's your date of birth and the last four of your social?"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (_BIRTH_AND_SSN, "Jul 13 2022"),
        (_BIRTH_AND_SSN, "October 24, 2015"),
        (_BIRTH_AND_SSN, "6/26 2019"),
        ("¿Su fecha de nacimiento y los últimos cuatro del DNI?", "12/05 1990"),
        ("Qual a data de nascimento e o CPF?", "12/05 1990"),
        ("Ihr Geburtsdatum und die Steuer-ID bitte.", "Mai 3 1985"),
    ],
)
def test_a_date_with_its_year_answered_is_not_the_values_start(
    redactor, question: str, answer: str
) -> None:
    (seen,) = converse(redactor, question, [answer])

    assert seen == answer


@pytest.mark.parametrize(
    "answer",
    [
        "Jul 13 2022 and 4821",  # digits besides the date: the value asked for
        "6/26 2019 4821",
    ],
)
def test_the_value_sent_with_the_date_is_still_masked(redactor, answer: str) -> None:
    (seen,) = converse(redactor, _BIRTH_AND_SSN, [answer])

    assert "4821" not in seen
