"""Round 40: answers to an agent's question in the five languages. A user name hedged about
its spelling after it ("or maybe with a dot"), a SWIFT code after "yes, I have it" ("sale",
"sei sim"), a card's ending sent alone ("ending in 4242"), and a postcode asked "on the
account", which asks for no account number. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_for
from tests.support.redaction import OFFLINE, answers_to, redact

NOW = 1_764_115_200.0


@pytest.mark.parametrize(
    ("question", "answer", "masked"),
    [
        ("What is your username?", "i think zed_qux41 or maybe with a dot",
         "i think [USERNAME] or maybe with a dot"),
        ("¿Cuál es su usuario?", "creo que pepa-rio7 o con punto",
         "creo que [USERNAME] o con punto"),
        ("Quel est votre identifiant ?", "je crois zoemax19 ou avec un point",
         "je crois [USERNAME] ou avec un point"),
        ("Wie lautet Ihr Benutzername?", "glaub timo.berg4 oder mit punkt",
         "glaub [USERNAME] oder mit punkt"),
        ("Qual é o seu usuário?", "acho que ruy_mota3 ou com underscore",
         "acho que [USERNAME] ou com underscore"),
        ("What is your username?", "maybe qix.vale9 or without a hyphen",
         "maybe [USERNAME] or without a hyphen"),
    ],
)  # fmt: skip
def test_a_user_name_hedged_about_its_spelling_is_masked(question, answer, masked):
    assert answers_to(OFFLINE, question, [answer]) == [masked]


@pytest.mark.parametrize(
    "answer",
    [
        # words alone around the hedge: no value's shape
        "i think so or maybe with a dot",
        "creo que sí o con punto",
        # the hedge with something other than a spelling after it
        "i think zed_qux41 or maybe with a friend",
    ],
)
def test_a_hedge_without_a_user_name_or_about_something_else_stays(answer):
    assert answers_to(OFFLINE, "What is your username?", [answer]) == [answer]


@pytest.mark.parametrize(
    ("question", "answer", "masked"),
    [
        ("¿Me indica el código SWIFT del banco?", "sale, es QWERESMM", "sale, es [SWIFT_CODE]"),
        ("Sabe o código SWIFT do banco?", "sei sim QWERPTPL", "sei sim [SWIFT_CODE]"),
        ("Haben Sie den BIC zur Hand?", "hab ich QWERDEFF", "hab ich [SWIFT_CODE]"),
        ("Avez-vous le code BIC ?", "oui je l'ai QWERFRPP", "oui je l'ai [SWIFT_CODE]"),
        ("Do you have the SWIFT code?", "got it QWERGB2L", "got it [SWIFT_CODE]"),
    ],
)
def test_a_swift_code_after_having_it_at_hand_is_masked(question, answer, masked):
    assert answers_to(OFFLINE, question, [answer]) == [masked]


def test_a_word_after_having_it_at_hand_stays():
    answer = "sei sim obrigado"
    assert answers_to(OFFLINE, "Sabe o código SWIFT do banco?", [answer]) == [answer]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ending in 4821", "ending in [CREDIT_DEBIT_NUMBER]"),
        ("termina en 4821", "termina en [CREDIT_DEBIT_NUMBER]"),
        ("elle finit par 4821", "elle finit par [CREDIT_DEBIT_NUMBER]"),
        ("endet auf 4821", "endet auf [CREDIT_DEBIT_NUMBER]"),
        ("termina em 4821 👍", "termina em [CREDIT_DEBIT_NUMBER] 👍"),
    ],
)
def test_a_card_ending_sent_alone_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "final 2024",  # a year, no ending verb
        "ending in 48213",  # five digits: not the last four alone
        "the season ending in 2024 was great for us",  # prose, longer than an ending alone
        "ending in 12",  # two digits
        "last four 4821",  # no ending verb: "last 4 1234" holds the word's own digit
        "the one ending in 4821",  # points at something named before, maybe an order
        "it ends in 4821",  # so does English "it": an order, a phone or a card
    ],
)
def test_digits_that_are_no_card_ending_alone_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "question",
    [
        "What's the zip code on the account?",
        "¿Qué código postal tiene la cuenta?",
        "Quel code postal sur le compte ?",
        "Welche PLZ ist beim Konto hinterlegt?",
        "Qual o código postal da conta?",
    ],
)
def test_a_postcode_asked_on_the_account_is_no_account_number(question):
    marker = asked_for(question, NOW)
    assert marker is not None and marker.entity_type == "REFERENCE"
    assert answers_to(OFFLINE, question, ["60612 🏠"]) == ["60612 🏠"]


@pytest.mark.parametrize(
    "question",
    [
        "What's the zip code and the account number?",
        "¿Me da el código postal y el número de cuenta?",
        "Could you confirm the account number?",
    ],
)
def test_an_account_number_asked_beside_a_postcode_is_still_awaited(question):
    marker = asked_for(question, NOW)
    assert marker is not None and marker.entity_type != "REFERENCE"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("¿Y la fecha de expiración?", "CREDIT_DEBIT_EXPIRY"),
        ("E a data de expiração?", "CREDIT_DEBIT_EXPIRY"),
    ],
)
def test_a_date_word_before_a_value_word_keeps_the_value_awaited(question, entity):
    marker = asked_for(question, NOW)
    assert marker is not None and marker.entity_type == entity
