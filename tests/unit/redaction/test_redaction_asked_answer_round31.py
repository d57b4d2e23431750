"""The answer to an agent's question for a value of letters and digits (``asked_answer``).

A user name, a password, a SWIFT code, a licence or a passport number asked for comes back
among fillers ("ok", "c'est le", "sollte ... sein", "kkk"): the one word of the value's
shape is masked; a reply of words alone stays. The value may be typed again after an
apology or the question asked again; another value after it stays.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.redaction.patterns.asked_answer import answered_value, corrects
from connect_privacy.redaction.patterns.secrets import find_username
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import answers_to as converse

NOW = 1_764_115_200.0


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Do you have the SWIFT code handy?", "SWIFT_CODE"),
        ("And the SWIFT/BIC of your bank?", "SWIFT_CODE"),
        ("¿Me pasas el código SWIFT de tu banco?", "SWIFT_CODE"),
        ("Et le code BIC de votre banque ?", "SWIFT_CODE"),
        ("Haben Sie den BIC zur Hand?", "SWIFT_CODE"),
        ("Qual é o código swift do banco?", "SWIFT_CODE"),
        ("whats the user name", "USERNAME"),
        ("wats ur DL number", "DRIVER_ID"),
        ("mit welchem Benutzernamen melden Sie sich an?", "USERNAME"),
        ("Welche Nummer steht auf Ihrem Führerschein?", "DRIVER_ID"),
        ("Quel numéro figure sur votre permis de conduire ?", "DRIVER_ID"),
        ("What number is printed on your driving licence?", "DRIVER_ID"),
        # the generic number without a value printed on it stays a phone's
        ("What number can we reach you on?", "PHONE"),
        ("Welche Nummer dürfen wir anrufen?", "PHONE"),
        ("Do you have your phone number handy?", "PHONE"),
        ("whats your mobile", "PHONE"),
        # a number on a value farther than the reach is the customer's own again
        ("Which number should we use for the callback regarding your driving licence?", "PHONE"),
    ],
)  # fmt: skip
def test_the_question_names_the_value_asked_for(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)
    assert marker is not None
    assert marker.entity_type == entity


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("What's your username?", "ok its rafa_m72", "rafa_m72"),
        ("¿Cuál es tu usuario?", "creo que tomi.k9 jaja", "tomi.k9"),
        ("Quel est votre identifiant ?", "d'accord, c'est le noe_b33", "noe_b33"),
        ("Wie lautet Ihr Benutzername?", "ähm lenafuchs genau", "lenafuchs"),
        ("Qual é o seu usuário?", "ok é o duda.r4 👍", "duda.r4"),
        ("What password did you try?", "Kiwi#2207? lol", "Kiwi#2207?"),
        ("¿Qué contraseña usaste?", "ahí va Perro.81!", "Perro.81!"),
        ("Mit welchem Passwort haben Sie es versucht?", "sollte Wolke7mond sein", "Wolke7mond"),
        ("qual senha você está usando?", "isso gato_7412", "gato_7412"),
        ("¿cuál es la clave que usas?", "es Lima-4455", "Lima-4455"),
        ("Do you have the SWIFT code handy?", "yep QWERGB2L", "QWERGB2L"),
        ("Tienes a mano el swift?", "sí es el bnkaesmmxxx", "bnkaesmmxxx"),
        ("Et le code BIC ?", "c'est ABCDFRPP kkk", "ABCDFRPP"),
        ("Können Sie mir Ihre Führerscheinnummer geben?", "klar: M12Z4455", "M12Z4455"),
        ("¿Qué número sale en tu licencia de conducir?", "sí es el Q9912345 jaja", "Q9912345"),
        ("Quel est votre numéro de passeport ?", "c'est le 17xk44021", "17xk44021"),
        ("Qual o número do passaporte?", "r55123 kkk", "r55123"),
    ],
)  # fmt: skip
def test_the_one_value_among_fillers_is_masked(
    redactor, question: str, answer: str, value: str
) -> None:
    (seen,) = converse(redactor, question, [answer])
    assert value not in seen
    # the fillers stay as typed
    assert answer.split(value)[0] in seen


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's your username?", "ok thanks"),
        ("What's your username?", "which one?"),
        ("¿Cuál es tu usuario?", "no me acuerdo"),
        ("What password did you try?", "yes!"),
        ("What password did you try?", "the same as always"),
        ("Do you have the SWIFT code handy?", "tomorrow"),  # no country's letters
        ("Do you have the SWIFT code handy?", "perfectly"),  # neither 8 nor 11
        ("Können Sie mir Ihre Führerscheinnummer geben?", "klar: AB123"),  # three digits
        ("Quel est votre numéro de passeport ?", "c'est le ab12"),  # too short
        # two candidates: which one is the value is not known
        ("What's your username?", "rafa_m72 or rafa_m27"),
        # longer than an answer: prose, left to the finders that read its words
        ("What's your username?", "ok " * 20 + "tomi.k9"),
    ],
)  # fmt: skip
def test_a_reply_without_one_value_of_the_shape_stays(redactor, question: str, answer: str) -> None:
    assert converse(redactor, question, [answer]) == [answer]


def test_an_answer_up_to_its_longest_is_read() -> None:
    assert answered_value("ok " * 19 + "tomi.k9", "USERNAME") is not None  # 64 characters
    assert answered_value("ok " * 20 + "tomi.k9", "USERNAME") is None


def test_a_plain_word_answer_is_a_user_name_only_in_lower_case_and_long_enough() -> None:
    assert answered_value("ok lenafuchs", "USERNAME") == (3, 12)
    assert answered_value("ok Lenafuchs", "USERNAME") is None
    assert answered_value("ok lenaf", "USERNAME") is None  # five letters: a word's length


def test_a_value_typed_again_after_an_apology_is_masked(redactor) -> None:
    seen = converse(
        redactor, "Quel est votre identifiant ?", ["c'est noe_b33", "dsl faute de frappe noebeau"]
    )
    assert "noe_b33" not in seen[0]
    assert "noebeau" not in seen[1]


def test_a_plain_word_after_an_answer_stays_without_an_apology(redactor) -> None:
    seen = converse(redactor, "Quel est votre identifiant ?", ["c'est noe_b33", "ok parfait"])
    assert seen[1] == "ok parfait"


def test_a_value_as_long_as_the_answer_retyped_after_the_question_again_is_masked(
    redactor,
) -> None:
    pending = asked_for("What password did you try?", NOW)
    first, pending = redact_in_conversation(redactor, "Kiwi#2207 i think", pending, NOW + 10)
    assert asked_for("That didn't work, could you try once more?", NOW + 20) is None  # kept
    again, _ = redact_in_conversation(redactor, "it should be Kiwi#2270", pending, NOW + 30)
    assert "Kiwi#2207" not in first.text
    assert "Kiwi#2270" not in again.text


def test_another_value_after_the_answer_stays(redactor) -> None:
    # a product's model after the password: longer or shorter than it by more than two
    seen = converse(redactor, "What password did you try?", ["Kiwi#2207#lime", "é o TX41-B"])
    assert "Kiwi#2207#lime" not in seen[0]
    assert seen[1] == "é o TX41-B"


def test_a_pin_asked_for_with_a_logins_word_answered_with_letters_is_a_password(
    redactor,
) -> None:
    (seen,) = converse(redactor, "qual senha você está usando?", ["isso gato_7412"])
    assert seen == "isso [PASSWORD]"
    (digits,) = converse(redactor, "qual senha você está usando?", ["7412"])
    assert "7412" not in digits


def test_a_question_back_keeps_the_question_awaiting_its_answer(redactor) -> None:
    seen = converse(
        redactor, "Et le code BIC de votre banque ?", ["le numéro en entier ??", "abcdfrpp"]
    )
    assert seen[1] != "abcdfrpp"


def test_the_marker_after_an_answer_holds_a_count_only(redactor) -> None:
    pending = asked_for("What's your username?", NOW)
    _, kept = redact_in_conversation(redactor, "ok its rafa_m72", pending, NOW + 10)
    assert kept is not None
    item = kept.to_item()
    assert item["seen"] == item["complete"] == len("rafam72")
    assert "rafa" not in repr(item)


def test_masking_the_answer_twice_changes_nothing(redactor) -> None:
    (seen,) = converse(redactor, "What's your username?", ["ok its rafa_m72"])
    (again,) = converse(redactor, "What's your username?", [seen])
    assert again == seen


def test_an_apology_opens_a_correction() -> None:
    assert corrects("sorry wrong one, it's x_9")
    assert corrects("desculpa digitei errado x_9")
    assert not corrects("ok it's x_9")


def test_a_user_name_after_an_arrow_label_is_found() -> None:
    text = "benutzername -> mara.k88"
    assert [text[span.begin : span.end] for span in find_username(text)] == ["mara.k88"]
