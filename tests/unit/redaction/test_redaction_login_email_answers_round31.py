"""Answers of letters and digits to an agent's question, as the opened splits write them
(round 33): an e-mail in two messages, a request in the informal imperative, an account's
word owning the next value's, fillers and the value's own word before the answer."""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.telemetry import MemoryCounter

NOW = 1_764_115_200.0


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


def _answers(redactor, question: str, *messages: str) -> list[str]:  # type: ignore[no-untyped-def]
    pending = asked_for(question, NOW)
    masked = []
    for message in messages:
        result, pending = redact_in_conversation(redactor, message, pending, NOW + 5)
        masked.append(result.text)
    return masked


@pytest.mark.parametrize(
    ("question", "user", "domain"),
    [
        ("Could I take a contact email?", "mikeweber@", "icloud.com"),
        ("¿Me escribes tu correo?", "ashley.fischer@", "gmail.com"),
        ("Je peux avoir votre courriel ?", "ok jose.l@", "videotron.ca"),
        ("Wie lautet Ihre E-Mail-Adresse?", "k.meier77@", "web.de"),
        ("Qual é o seu e-mail?", "ana_souza@", "uol.com.br"),
    ],
)  # fmt: skip
def test_an_email_asked_for_may_come_in_two_messages(
    redactor,
    question: str,
    user: str,
    domain: str,  # type: ignore[no-untyped-def]
) -> None:
    first, second = _answers(redactor, question, user, domain)
    assert user.split()[-1].rstrip("@") not in first
    assert domain not in second


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a reference read in the e-mail is asked for, not the e-mail
        ("Do you have the order number from the confirmation email?", "should be 4928086774"),
        ("Fügen Sie die Trackingnummer aus der Mail ein.", "ja TBA13231284466"),
        # a word of letters alone, no '@' nor mark: a reply
        ("Could I take a contact email?", "ok thanks"),
        # letters alone, no '@' nor mark: a reply
        ("Could I take a contact email?", "hold on"),
    ],
)  # fmt: skip
def test_no_email_answer_is_guessed(redactor, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    assert _answers(redactor, question, answer) == [answer]


@pytest.mark.parametrize(
    ("question", "answer", "values"),
    [
        ("mándame el usuario y la clave que pusiste", "t.lopez, Gato.9748$", ("t.lopez", "Gato")),
        ("envoie le login et le mdp que t'as mis", "thecarmenx", ("thecarmenx",)),
        ("schick mir login und pw die du benutzt hast", "lena_ber88 und Luna_8321*",
         ("lena_ber88", "Luna_8321")),
        ("manda o login e a senha que vc colocou", "mike.ramo, tiger_4598$",
         ("mike.ramo", "tiger_4598")),
        ("Send me the login and the pw you used", "dani.webe ... Hund_8159#",
         ("dani.webe", "Hund_8159")),
        ("what's the account username, the one you log in with", "themarcx", ("themarcx",)),
        ("con que usuario entras?", "este.. theemilyx", ("theemilyx",)),
        ("tu te connectes avec quel login?", "alors thekevinx", ("thekevinx",)),
        ("c'est quoi ton nom d'utilisateur?", "bah thenicox", ("thenicox",)),
        ("c'est quoi ton nom d'utilisateur?", "oui, mon login c'est le joao_mar78",
         ("joao_mar78",)),
        ("which login name do you use?", "user name should be julie1452 i think",
         ("julie1452",)),
        ("Wie lautet dein Benutzername?", "also lena.b", ("lena.b",)),
        ("Qual é o seu usuário?", "então joao77", ("joao77",)),
    ],
)  # fmt: skip
def test_a_login_answered_is_masked(
    redactor,
    question: str,
    answer: str,
    values: tuple[str, ...],  # type: ignore[no-untyped-def]
) -> None:
    (masked,) = _answers(redactor, question, answer)
    for value in values:
        assert value not in masked


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("mándame el usuario", "USERNAME"),
        ("envoie le login", "USERNAME"),
        ("schick mir deinen Benutzernamen", "USERNAME"),
        ("manda o login", "USERNAME"),
        ("what's the account username", "USERNAME"),
        ("Could I take a contact email?", "EMAIL"),
        # the account's own number: "number" alone does not own it
        ("what's the account number", "BANK_ACCOUNT_NUMBER"),
        # "tel" after "passeport" is French's "such as", no phone owned
        ("Indiquez le numéro de passeport tel qu'il figure sur le document.", "PASSPORT_NUMBER"),
    ],
)  # fmt: skip
def test_the_request_awaits(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == entity


@pytest.mark.parametrize(
    "statement",
    [
        "el sistema manda el usuario por correo",  # no imperative opening the sentence
        "il envoie le login demain",
        "Please paste the tracking code from the email.",
    ],
)
def test_no_login_nor_email_is_awaited(statement: str) -> None:
    marker = asked_for(statement, NOW)
    assert marker is None or marker.entity_type not in ("USERNAME", "EMAIL")


def test_masking_an_answer_again_changes_nothing(redactor) -> None:  # type: ignore[no-untyped-def]
    (masked,) = _answers(redactor, "mándame el usuario y la clave", "t.lopez, Gato.9748$")
    assert _answers(redactor, "mándame el usuario y la clave", masked) == [masked]
