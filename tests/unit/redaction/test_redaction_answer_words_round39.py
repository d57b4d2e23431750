"""The words around a customer's answer to an agent's question, and the agent's words for a
user name or a password (round 39).

A customer answering an agent says how sure they are after the value ("pretty sure",
"seguro", "normalement", "ziemlich sicher", "se não me engano"), and opens it with a cry
("mmm", "hum", "oh sorry es ist") or a word pointing at the one sent now ("ok this one",
"celle-ci", "diese hier"). An agent asks for a user name as the customer's handle or name on
a site ("your handle", "Ihr Name auf der Seite", "votre nom sur le site"), in German's
compounds ("Anmeldename", "Kontopasswort"), and in German's "Tippen Sie ... ein". Synthetic
values.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.agent_question import asked_again, asked_for, read_asking
from connect_privacy.redaction.continuation import redact_in_conversation
from tests.support.redaction import OFFLINE, answers_to

NOW = 1_764_115_200.0


def answered(question: str, answer: str) -> str:
    return answers_to(OFFLINE, question, [answer])[0]


# -- sure of the value, after it -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What is the login name on the account?", "qa_tester71 pretty sure", "qa_tester71"),
        ("What's your passport number?", "K8812047 if i remember right", "K8812047"),
        ("¿Me da el número de pasaporte?", "XQA402118 seguro", "XQA402118"),
        ("¿Me da el número de pasaporte?", "XQA402118 si no me equivoco", "XQA402118"),
        ("Pouvez-vous me donner le code BIC ?", "QWERFRPP normalement", "QWERFRPP"),
        ("Pouvez-vous me donner le code BIC ?", "QWERFRPP si je me trompe pas", "QWERFRPP"),
        ("Bitte nennen Sie den BIC Ihrer Bank.", "QWERDEFF ziemlich sicher", "QWERDEFF"),
        ("Bitte nennen Sie den BIC.", "QWERDEFF wenn ich mich nicht irre", "QWERDEFF"),
        ("Pode me informar o nº do passaporte?", "TR441755 certeza", "TR441755"),
        ("Qual é o número do passaporte?", "TR441755 se não me engano", "TR441755"),
        # digits closed the same way
        ("¿Me da su número de licencia?", "470-119-705 seguro", "470-119-705"),
    ],
)  # fmt: skip
def test_a_value_closed_with_how_sure_the_customer_is_is_masked(
    question: str, answer: str, value: str
) -> None:
    seen = answered(question, answer)
    assert value not in seen
    assert "[" in seen


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a reference asked for stays visible, however sure its sender
        ("What is the order number?", "4289117 pretty sure"),
        ("Quel est le numéro de commande ?", "4289117 normalement"),
        # a sentence, no value of the kind asked
        ("What is the login name on the account?", "not sure"),
        ("¿Me da el número de pasaporte?", "no estoy seguro"),
        ("Bitte nennen Sie den BIC.", "bin nicht sicher"),
    ],
)  # fmt: skip
def test_what_is_no_value_stays_however_sure(question: str, answer: str) -> None:
    assert answered(question, answer) == answer


# -- a cry or a pointing word before it ---------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("May I have your SWIFT/BIC?", "sure thing QWERGB2L", "QWERGB2L"),
        ("May I have your SWIFT/BIC?", "ok this one QWERGB2LXXX", "QWERGB2LXXX"),
        ("Ahora necesito el SWIFT/BIC.", "mmm QWERES2SXXX", "QWERES2SXXX"),
        ("Ahora necesito el SWIFT/BIC.", "ok esta QWERES2S", "QWERES2S"),
        ("Quel est votre code BIC ?", "ok celui-ci QWERFRPP", "QWERFRPP"),
        ("Wie lautet Ihr BIC?", "oh sorry es ist QWERDEFFXXX", "QWERDEFFXXX"),
        ("Wie lautet Ihr BIC?", "ok diese hier QWERDEFF", "QWERDEFF"),
        ("Pode me informar o nº do passaporte?", "hum A378811", "A378811"),
        ("Qual é o seu PIN?", "ai desculpa é 514434", "514434"),
        ("Quel est votre code BIC ?", "c QWERFRPPXXX", "QWERFRPPXXX"),
    ],
)  # fmt: skip
def test_a_value_after_a_cry_or_a_pointing_word_is_masked(
    question: str, answer: str, value: str
) -> None:
    assert value not in answered(question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the login name on the account?", "this one?"),
        ("Ahora necesito el nombre de usuario.", "mmm no sé"),
        ("Quel est le numéro de commande ?", "c 42897"),
        ("Wie lautet Ihr Passwort?", "oh nein"),
    ],
)  # fmt: skip
def test_a_cry_or_a_pointing_word_alone_or_before_a_reference_stays(
    question: str, answer: str
) -> None:
    assert answered(question, answer) == answer


# -- the agent's words for a user name or a password -------------------------------------


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Can you tell me the handle you use to sign in?", "USERNAME"),
        ("And your handle on the site?", "USERNAME"),
        ("Und Ihr Name auf der Seite?", "USERNAME"),
        ("Et votre nom sur le site ?", "USERNAME"),
        ("¿Y su nombre en la app?", "USERNAME"),
        ("E o seu nome no site?", "USERNAME"),
        ("Als Nächstes brauche ich den Anmeldenamen.", "USERNAME"),
        ("Darf ich das Kontopasswort haben?", "PASSWORD"),
        ("Tippen Sie das Einmalpasswort ein.", "PASSWORD"),
    ],
)  # fmt: skip
def test_the_site_name_handle_and_compounds_ask_for_their_value(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == entity


@pytest.mark.parametrize(
    "question",
    [
        # "handle" as a verb, a name on a card or a parcel
        "Can you handle the refund today?",
        "We will handle it on the site.",
        "Is the name on the parcel right?",
    ],
)
def test_handle_as_a_verb_and_other_names_ask_for_no_user_name(question: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is None or marker.entity_type != "USERNAME"


def test_a_handle_asked_for_masks_the_bare_answer() -> None:
    assert answered("And your handle on the site?", "k hahn.sofia49") == "k [USERNAME]"


# -- a value judged not valid, asked again ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "again", "answer", "value"),
    [
        ("What is the login name?", "That number isn't valid, can you check it once more?",
         "ok this one qa.tester", "qa.tester"),
        ("¿Me da el número de pasaporte?", "Ese número no es válido, ¿lo revisa una vez más?",
         "XQA402119", "XQA402119"),
        ("Quel est votre mot de passe ?", "Ce numéro n'est pas valide, vous pouvez revérifier ?",
         "Hund-298x", "Hund-298x"),
        ("Wie lautet Ihr BIC?", "Diese Nummer ist ungültig, können Sie sie nochmal prüfen?",
         "QWERDEFF", "QWERDEFF"),
        ("Qual é o número do passaporte?", "Esse número não é válido, pode verificar mais uma vez?",
         "TR441756", "TR441756"),
    ],
)  # fmt: skip
def test_a_value_judged_not_valid_is_awaited_again(
    question: str, again: str, answer: str, value: str
) -> None:
    asking = read_asking(again, NOW)
    assert asking.marker is None
    assert asking.again
    last = asked_for(question, NOW)
    assert last is not None
    pending = asked_again(last.to_item(), NOW + 10)
    result, _ = redact_in_conversation(OFFLINE, answer, pending, NOW + 20)
    assert value not in result.text


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        # validity asked for, no judgement of a value sent
        ("Until when is the card valid?", "CREDIT_DEBIT_EXPIRY"),
        ("¿Hasta cuándo es válida la tarjeta?", "CREDIT_DEBIT_EXPIRY"),
        # judged, but what is asked is a new value
        ("That card isn't valid. What's the number of the new card?", "CREDIT_DEBIT_NUMBER"),
    ],
)  # fmt: skip
def test_validity_asked_for_or_a_new_value_asked_still_names_it(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == entity


# -- formal requests ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Para la verificación, le ruego que facilite el núm. de pasaporte.", "PASSPORT_NUMBER"),
        ("Facilíteme la CLABE de dieciocho dígitos.", "MX_CLABE"),
        ("Para verificação, queira indicar o número que consta no passaporte.", "PASSPORT_NUMBER"),
    ],
)  # fmt: skip
def test_a_formal_request_names_its_value(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == entity


def test_a_formal_request_for_a_reference_leaves_its_answer() -> None:
    assert answered("Le ruego que facilite el número de pedido.", "48213") == "48213"


# -- the user name and the e-mail address together ----------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Which username and email are you using?",
         "qa.tester71 and then qa.tester71@mail.example.com", "qa.tester71"),
        ("¿Qué usuario y qué correo estás usando?",
         "qa_tester71 y luego qa.tester.privado.1990@correo.example.com", "qa_tester71"),
        ("Quel identifiant et quelle adresse e-mail utilisez-vous ?",
         "qa_tester71 et puis qa@mail.example.fr", "qa_tester71"),
        ("Welchen Nutzernamen und welche E-Mail verwendest du?",
         "qa_tester71 und dann qa.tester.privat.1990@mail.example.de", "qa_tester71"),
        ("Qual usuário e qual e-mail você está usando?",
         "qa.tester71 e depois qa.tester@mail.example.com.br", "qa.tester71"),
    ],
)  # fmt: skip
def test_a_user_name_before_its_e_mail_address_is_masked(
    question: str, answer: str, value: str
) -> None:
    seen = answered(question, answer)
    assert value not in seen
    assert "@" not in seen


@pytest.mark.parametrize(
    "answer",
    [
        # no user name's shape before the address
        "dunno and then qa@mail.example.com",
        "same as qa@mail.example.com",
    ],
)
def test_words_before_an_e_mail_address_stay(answer: str) -> None:
    seen = answered("Which username and email are you using?", answer)
    assert seen.split()[0] == answer.split()[0]


# -- a value put right, and more words around it -------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Wie lautet Ihr BIC?", "QWERDEFF müsste stimmen", "QWERDEFF"),
        ("Wie lautet Ihr BIC?", "bitte sehr QWERDEFF", "QWERDEFF"),
        ("Wie lautet Ihr BIC?", "korrektur QWERDEFF", "QWERDEFF"),
        ("Wie lautet Ihr BIC?", "nee, richtig ist QWERDEFF", "QWERDEFF"),
        ("Indique o BIC do banco, por favor.", "lá vai: QWERPTPL", "QWERPTPL"),
        ("Indique o BIC do banco, por favor.", "aliás QWERPTPL desculpa", "QWERPTPL"),
        ("Indique o BIC do banco, por favor.", "QWERPTPL obg", "QWERPTPL"),
        ("¿Me da el código SWIFT?", "mejor dicho QWERESMM perdón", "QWERESMM"),
        ("Quel est votre code BIC ?", "plutôt QWERFRPP pardon", "QWERFRPP"),
        ("What's the SWIFT code?", "actually its QWERGB2L sorry", "QWERGB2L"),
    ],
)  # fmt: skip
def test_a_value_put_right_or_presented_is_masked(question: str, answer: str, value: str) -> None:
    assert value not in answered(question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Können Sie mir Ihren Login bestätigen?", "korrektur folgt"),
        ("Indique o BIC do banco, por favor.", "aliás obrigado"),
        ("What is the order number?", "actually its 4289117 sorry"),
    ],
)  # fmt: skip
def test_correcting_words_without_a_value_or_before_a_reference_stay(
    question: str, answer: str
) -> None:
    assert answered(question, answer) == answer
