"""Values of letters and digits answered to the agent's question, and references kept (round 36).

Asked with an adverb before the need ("I just need your user name"), a value is asked for; its
answer may open with a playful yes ("sip", "ouaip"), a slip's cry or the first called wrong
("uy", "mauvais", "errado"), be told to be tried with it ("prueba con"), close with its own
word ("thats my login"); a passport printed in capitals may hold one or two digits only
("P0MNH4ZXY"). A question for a year, a flight or a ticket asks for a reference, and a parcel's
capitals and digits answered to a question for a reference are no licence.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.redaction.patterns.asked_answer import answered_value
from tests.support.redaction import OFFLINE_WITH_CUSTOM
from tests.support.redaction import answers_to as converse

_NOW = 1_764_115_200.0


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    "question",
    [
        "I just need your user name to continue.",
        "We'll only need your passport number.",
        "I still need the SWIFT code.",
    ],
)
def test_an_adverb_before_need_still_asks(question: str) -> None:
    marker = asked_for(question, _NOW)
    assert marker is not None and marker.entity_type != "REFERENCE"


def test_an_adverb_before_need_without_a_value_asks_nothing() -> None:
    assert asked_for("I just need a moment to check.", _NOW) is None


@pytest.mark.parametrize("lead", ["yess", "sip", "sipi", "ouaip", "ouep", "jepp", "simm"])
def test_a_playful_yes_leads_the_passport(lead: str) -> None:
    text = f"{lead} X55792866"
    assert answered_value(text, "PASSPORT_NUMBER") == (len(lead) + 1, len(text))


def test_a_word_that_is_no_yes_leads_nothing() -> None:
    assert answered_value("sipo X55792866", "PASSPORT_NUMBER") is None


@pytest.mark.parametrize(
    "retyped",
    ["uy noebeau", "wrong noebeau", "equivocado noebeau", "mauvais noebeau", "faux noebeau",
     "errado noebeau", "incorreto noebeau"],
)  # fmt: skip
def test_a_value_called_wrong_opens_a_plain_user_name_typed_again(retyped: str) -> None:
    assert answered_value(retyped, "USERNAME", retyped=True) == (
        retyped.index("noebeau"),
        len(retyped),
    )


def test_a_plain_user_name_typed_again_without_an_apology_is_not_taken() -> None:
    assert answered_value("bon noebeau", "USERNAME", retyped=True) is None


@pytest.mark.parametrize(
    "lead", ["try with", "prueba con", "essaie avec", "probier mit", "tenta com"]
)
def test_a_value_told_to_be_tried_with(lead: str) -> None:
    text = f"ah ok {lead} G23743638"
    assert answered_value(text, "PASSPORT_NUMBER") == (text.index("G23"), len(text))


def test_tried_without_the_word_for_with_leads_nothing() -> None:
    assert answered_value("ah ok prueba sin G23743638", "PASSPORT_NUMBER") is None


@pytest.mark.parametrize("value", ["P0MNH4ZXY", "TX1HKZL8H", "CFXLT4KZ"])
def test_a_passport_in_capitals_with_one_or_two_digits(value: str) -> None:
    text = f"jo {value}"
    assert answered_value(text, "PASSPORT_NUMBER") == (3, len(text))


@pytest.mark.parametrize(
    "value",
    [
        "P0MNH4Z",  # seven: shorter than a passport's whole number
        "PASSWORT",  # no digit
        "p0mnh4zxy",  # small letters and two digits: no printed passport
    ],
)
def test_short_digitless_or_small_letters_are_no_printed_passport(value: str) -> None:
    assert answered_value(f"jo {value}", "PASSPORT_NUMBER") is None


@pytest.mark.parametrize(
    "text",
    ["its rosamor682, thats my login", "rosamor682 c'est mon identifiant",
     "rosamor682 es mi usuario", "rosamor682 ist mein login", "rosamor682 é usuario"],
)  # fmt: skip
def test_the_value_named_after_it(text: str) -> None:
    begin = text.index("rosamor682")
    assert answered_value(text, "USERNAME") == (begin, begin + len("rosamor682"))


def test_another_word_after_the_value_is_no_naming() -> None:
    assert answered_value("rosamor682, thats my cat", "USERNAME") is None


@pytest.mark.parametrize(
    "question",
    [
        "Do you have the year you bought it handy?",
        "¿Tienes a mano el año en que lo compró?",
        "Vous avez l'année d'achat sous la main ?",
        "Haben Sie das Jahr des Kaufs zur Hand?",
        "Você tem o ano da compra aí?",
        "Haben Sie die Flugnummer zur Hand?",
        "Hast du die Ticketnummer?",
    ],
)
def test_a_year_a_flight_or_a_ticket_asks_for_a_reference(question: str) -> None:
    marker = asked_for(question, _NOW)
    assert marker is not None and marker.entity_type == "REFERENCE"


def test_a_question_naming_no_reference_leaves_no_marker() -> None:
    assert asked_for("Do you have it handy?", _NOW) is None


def test_a_year_asked_after_an_account_is_not_the_account_s_rest(redactor) -> None:
    pending = asked_for("Please provide your account number.", _NOW)
    result, pending = redact_in_conversation(redactor, "229 450 70", pending, _NOW + 5)
    assert "229" not in result.text
    pending = asked_for("Do you have the year you bought it handy?", _NOW + 10) or pending
    result, _ = redact_in_conversation(redactor, "2024", pending, _NOW + 15)
    assert result.text == "2024"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Can I have the tracking number?", "ya its C3B1941276478"),
        ("¿Me da el número de seguimiento?", "B8B9756748480 creo"),
        ("Quel est le numéro de suivi du colis ?", "c'est A2A1359951900"),
        ("Könnten Sie mir die Sendungsnummer schicken?", "klar: A8D6864049343"),
        ("Qual é o código de rastreio?", "hmm A8B2970464946"),
    ],
)
def test_a_parcel_s_letters_and_digits_answered_to_a_reference_stay(
    redactor, question: str, answer: str
) -> None:
    assert converse(redactor, question, [answer]) == [answer]


def test_a_licence_named_in_the_answer_to_a_reference_is_masked(redactor) -> None:
    (seen,) = converse(
        redactor, "Can I have the tracking number?", ["driver licence C3B1941276478"]
    )
    assert "C3B1941276478" not in seen


@pytest.mark.parametrize(
    "answer",
    [
        "QOTB / 6901 / 02MB 😅 CVNR / 03",
        "es FUXB / 7802 luego 26MP / LJHR 👉 05",
        "QAFP .. 7008 👉 04HM y CZBC 👉 00",
        "sip GOCA 850712 then HDFRRN 09",
    ],
)
def test_a_curp_answered_in_groups_with_joints_is_masked_whole(redactor, answer: str) -> None:
    (seen,) = converse(redactor, "¿Me podría proporcionar su CURP?", [answer])
    assert not any(c.isupper() or c.isdigit() for c in seen.replace("[MX_CURP]", ""))


@pytest.mark.parametrize(
    "answer",
    [
        "QOTB / 6901 / 02MB 😅 CVNR / 0",  # seventeen characters: no whole CURP
        "QOTB / 6901 / 02MB 😅 CVNR / 03 / 7",  # nineteen
    ],
)
def test_groups_that_are_no_whole_curp_are_not_taken_as_one(redactor, answer: str) -> None:
    (seen,) = converse(redactor, "¿Me podría proporcionar su CURP?", [answer])
    assert "CVNR" in seen
