"""Answers to an agent's question for a reference, read as the relay reads them (round 38).

Asked for a branch, a model, a flight or an order, customers answer with chat's own words
before the value: French "d'acc" (d'accord) opening the answer is no account's "acc" (read
without the agent's question it still is), Brazilian "blz" (beleza) in lower case no
Bankleitzahl; they say they look it up on "the card" or are "checking"
first, and say where they read it ("on the email", "d'après le mail", "laut Mail"). None of
these names a value: the reference stays. A question for an amount "of the debit" or on the
"account statement", or for a German compound reference ("Rechnungsnummer", "Baujahr"),
asks for a reference too. A typing slip's word ("faute de frappe") leads a retyped PIN.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for
from tests.support.redaction import OFFLINE_WITH_CUSTOM, answers_to


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Vous pouvez m'envoyer le numéro de la succursale ?", "d'acc 585", "585"),
        ("Merci de saisir le n° de facture.", "d'acc FAC-2023-96945", "2023-96945"),
        ("Merci de saisir la quantité commandée.", "d\u2019acc 11", "11"),
    ],
)
def test_french_dacc_is_assent_not_an_account(question: str, answer: str, value: str) -> None:
    assert value in answers_to(OFFLINE_WITH_CUSTOM, question, [answer])[0]


@pytest.mark.parametrize("text", ["acc 12345678", "d'acc, mon compte 12345678"])
def test_an_account_named_is_still_masked(text: str) -> None:
    assert "12345678" not in OFFLINE_WITH_CUSTOM.redact(text).text


@pytest.mark.parametrize(
    ("question", "hold", "answer", "value"),
    [
        ("Could you send me the zipcode?", "checking", "40563-0676", "40563-0676"),
        ("What is the flight you were on, please?", "still checking", "BA 2978", "2978"),
        ("Introduzca el vuelo en el que iba.", "espera q veo la tarjeta", "mmm IB 7177", "7177"),
        (
            "¿Cuál es el folio del reporte, por favor?",
            "espera q veo la tarjeta",
            "CAS-03639-E8",
            "03639",
        ),
        (
            "Vous pouvez m'envoyer la date de la réservation ?",
            "attendez je regarde la carte",
            "15-03",
            "15-03",
        ),
        (
            "Wissen Sie das Modell auf dem Etikett noch?",
            "warte ich guck auf die karte",
            "MX 480",
            "480",
        ),
        (
            "Consegue me enviar o ID do pedido?",
            "peraí vou olhar o cartão",
            "sim sim 137812",
            "137812",
        ),
    ],
)
def test_looking_it_up_on_the_card_keeps_the_reference_question(
    question: str, hold: str, answer: str, value: str
) -> None:
    assert value in answers_to(OFFLINE_WITH_CUSTOM, question, [hold, answer])[1]


@pytest.mark.parametrize(
    ("question", "hold", "answer", "value"),
    [
        # a number's word announces the card itself
        ("What is the flight you were on, please?", "wait my card number is", "4111 1111", "4111"),
        # a question for a customer's value is no reference's
        (
            "¿A qué número le devolvemos la llamada?",
            "espera q veo la tarjeta",
            "ahi va 5512345678",
            "5512345678",
        ),
        # the account named with its own word
        ("Could you send me the zipcode?", "checking account", "12345678", "12345678"),
    ],
)
def test_a_card_or_account_announced_is_still_masked(
    question: str, hold: str, answer: str, value: str
) -> None:
    assert value not in answers_to(OFFLINE_WITH_CUSTOM, question, [hold, answer])[1]


@pytest.mark.parametrize(
    ("answer", "value"), [("blz 2016", "2016"), ("blz A50", "A50"), ("blz CAS-60029-C9", "60029")]
)
def test_lower_case_blz_opening_a_reference_answer_is_beleza(answer: str, value: str) -> None:
    assert value in answers_to(OFFLINE_WITH_CUSTOM, "Digite o ano do modelo.", [answer])[0]


@pytest.mark.parametrize("answer", ["BLZ 37040044", "blz 370 400 44", "blz nr 37040044"])
def test_a_bankleitzahl_is_still_masked(answer: str) -> None:
    seen = answers_to(OFFLINE_WITH_CUSTOM, "Qual o número do pedido?", [answer])[0]
    assert "370" not in seen


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Please enter your order number.", "#922411554 on the email", "922411554"),
        ("Veuillez saisir votre numéro de commande.", "812120994 d'après le mail", "812120994"),
        ("Können Sie mir die Bestellreferenz geben?", "679672679 laut mail", "679672679"),
        ("Digite o número do seu pedido.", "#15148740183 pelo email", "15148740183"),
        ("¿Cuál es el número de pedido?", "812120994 según el correo", "812120994"),
    ],
)
def test_a_reference_read_on_the_email_stays(question: str, answer: str, value: str) -> None:
    assert value in answers_to(OFFLINE_WITH_CUSTOM, question, [answer])[0]


def test_digits_named_an_email_are_still_masked() -> None:
    seen = answers_to(
        OFFLINE_WITH_CUSTOM, "Please enter your order number.", ["my email 922411554"]
    )
    assert "922411554" not in seen[0]


@pytest.mark.parametrize(
    "question",
    [
        "Could you give me the amount of the debit?",
        "¿Qué importe aparece en el estado de cuenta?",
        "Merci d'indiquer le montant du débit.",
        "Nennen Sie mir bitte die Höhe der Abbuchung.",
        "Consegue me enviar o valor do débito?",
        "What amount shows on the account statement?",
        "Bitte das Baujahr eingeben.",
        "Nennen Sie mir bitte die Softwareversion.",
        "Schicken Sie mir bitte die Fallnummer?",
        "Schicken Sie mir bitte die Referenznummer?",
        "Schicken Sie mir bitte den Modellnamen?",
        "What is the time of the appointment, please?",
        "Você sabe o horário do agendamento?",
    ],
)
def test_questions_for_an_amount_or_a_reference_await_a_reference(question: str) -> None:
    marker = asked_for(question, 0.0)
    assert marker is not None and marker.entity_type == "REFERENCE"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("What is your debit card number?", "CREDIT_DEBIT_NUMBER"),
        ("Qual o número do cartão de débito?", "CREDIT_DEBIT_NUMBER"),
        ("What is the account number on your statement?", "BANK_ACCOUNT_NUMBER"),
        ("Kannst du mir die Kontonummer geben?", "BANK_ACCOUNT_NUMBER"),
    ],
)
def test_questions_for_a_card_or_an_account_await_it(question: str, entity: str) -> None:
    marker = asked_for(question, 0.0)
    assert marker is not None and marker.entity_type == entity


@pytest.mark.parametrize(
    "retyped",
    ["faute de frappe, 9753", "error de dedo 9753", "Tippfehler: 9753", "erro de digitação 9753"],
)
def test_a_typing_slip_leads_the_pin_typed_again(retyped: str) -> None:
    seen = answers_to(
        OFFLINE_WITH_CUSTOM,
        "Entrez votre code confidentiel pour continuer.",
        ["ok zéro, un, trois, zéro", retyped],
    )
    assert "9753" not in seen[1]


def test_a_retyped_value_of_another_length_is_no_pin() -> None:
    seen = answers_to(
        OFFLINE_WITH_CUSTOM,
        "Entrez votre code confidentiel pour continuer.",
        ["ok zéro, un, trois, zéro", "faute de frappe, 97531234567"],
    )
    assert "97531234567" in seen[1]
