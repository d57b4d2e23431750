"""Round 51: what an agent's message asks for, read in more of the ways agents put it.

- A value judged short or not found, and asked for again ("a digit is missing there. Can
  you send it again?", "no lo encuentro, ¿me lo mandas otra vez?", "da fehlt wohl eine
  Ziffer, können Sie es nochmal schicken?") asks for the value last asked for again, even
  when the judgement is a sentence of its own. Asked only to check it ("können Sie
  nachsehen?"), the customer's own marker goes on: a retyped code is read there.
- An invitation to send ("go ahead with the card number", "allez-y avec la carte",
  "adelante con", "schießen Sie los mit der Karte") and German's "wie heißt ...", "wie ist
  ..." are requests.
- German's "Benutzerkennung", "Nutzerkennung" name a user name.

Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import read_asking
from tests.support.redaction import OFFLINE, answers_to

NOW = 1_764_115_000.0


@pytest.mark.parametrize(
    "message",
    [
        "Sorry, I think a digit is missing there. Can you send it again?",
        "That one seems incomplete, could you type it once more?",
        "Hmm, I can't find it. Could you resend it?",
        "Mmm no lo encuentro, ¿me lo mandas otra vez?",
        "Falta un dígito, ¿puede enviarlo de nuevo?",
        "Il manque un chiffre, vous pouvez le renvoyer ?",
        "Je ne le trouve pas. Pouvez-vous le retaper ?",
        "Da fehlt wohl eine Ziffer, können Sie es nochmal schicken?",
        "Hmm, das klappt nicht. Können Sie es erneut eingeben?",
        "Não encontro, pode mandar de novo?",
        "Falta um dígito. Pode enviar novamente?",
    ],
)
def test_a_value_judged_short_or_not_found_is_asked_for_again(message: str) -> None:
    asking = read_asking(message, NOW)

    assert asking.marker is None
    assert asking.again and asking.request


@pytest.mark.parametrize(
    "message",
    [
        # asked to check, judged or not: no value is asked for again
        "Can you check your inbox?",
        "¿Puede revisar la carpeta de spam?",
        "Pouvez-vous vérifier vos spams ?",
        "Können Sie Ihren Spam-Ordner prüfen?",
        "Pode verificar a caixa de spam?",
        "Ich glaube, da fehlt eine Ziffer, können Sie nachsehen?",
        # judged, and the customer's own doing again
        "That didn't work, could you try again later?",
    ],
)
def test_a_check_without_a_value_judged_asks_for_nothing_again(message: str) -> None:
    asking = read_asking(message, NOW)

    assert asking.marker is None and not asking.again


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Go ahead with the card number and the security code.", "CREDIT_DEBIT_NUMBER"),
        ("Allez-y avec la carte et le code au dos.", "CREDIT_DEBIT_NUMBER"),
        ("Adelante con el número de tarjeta.", "CREDIT_DEBIT_NUMBER"),
        ("Schießen Sie los mit Karte und Sicherheitscode.", "CREDIT_DEBIT_NUMBER"),
        ("wie heißt dein nutzername", "USERNAME"),
        ("wie ist Ihre Telefonnummer", "PHONE"),
        ("Bitte geben Sie Ihre Benutzerkennung ein.", "USERNAME"),
        ("Ihre Nutzerkennung bitte", "USERNAME"),
    ],
)
def test_more_ways_of_asking_await_the_value_named(question: str, kind: str) -> None:
    asking = read_asking(question, NOW)

    assert asking.marker is not None and asking.marker.entity_type == kind


@pytest.mark.parametrize(
    "question",
    ["Go ahead, I'm listening.", "Wie ist das passiert?", "Allez-y, je vous écoute."],
)
def test_an_invitation_naming_no_value_awaits_none(question: str) -> None:
    assert read_asking(question, NOW).marker is None


@pytest.mark.parametrize(
    "answer", ["äh zora_kl44", "klar: mbauer", "ist tkrause", "tkrause glaub ich"]
)
def test_a_user_name_answered_to_the_german_question_is_masked(answer: str) -> None:
    for question in ("wie heißt dein nutzername", "Bitte geben Sie Ihre Benutzerkennung ein."):
        (seen,) = answers_to(OFFLINE, question, [answer])
        assert "[USERNAME]" in seen, (question, answer)


@pytest.mark.parametrize(
    "answer", ["ok danke", "welche?", "welcher denn?", "die alte oder die neue?"]
)
def test_a_reply_to_the_german_question_stays(answer: str) -> None:
    (seen,) = answers_to(OFFLINE, "wie heißt dein nutzername", [answer])

    assert seen == answer


@pytest.mark.parametrize(
    "question",
    ["wie ist die Bestellnummer", "Go ahead with the order number.", "Allez-y avec la date."],
)
def test_a_reference_asked_in_these_ways_keeps_its_digits(question: str) -> None:
    (seen,) = answers_to(OFFLINE, question, ["40517739"])

    assert seen == "40517739"
