"""Words around a value of letters and digits answered to the agent's question (round 35).

A wait before the answer ("sekunde", "une seconde") is no user name, and the answer after it
is still awaited; the answer may be presented to "vous" ("tenez X"), assented to in chat's
short forms ("va X", "blz X"), hedged without its subject ("think its X"), or told to be
used ("my bad, use X"); a value corrected after it may own the mistake ("error mío, es X"),
say the first was the old one ("c'était l'ancien. X") or wait politely ("non attendez, X").
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from connect_privacy.redaction.patterns.asked_answer import answered_value
from tests.support.redaction import OFFLINE_WITH_CUSTOM
from tests.support.redaction import answers_to as converse


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("question", "wait", "answer"),
    [
        ("Wie lautet Ihr Benutzername?", "sekunde", "hier juliasi022"),
        ("What's your username?", "second", "here tomsmith4"),
        ("¿Cuál es tu usuario?", "segundito", "aquí ana.gil5"),
        ("Quel est votre identifiant ?", "seconde", "voici lbrun77"),
        ("Qual é o seu usuário?", "minutinho", "segue joao_p8"),
    ],
)  # fmt: skip
def test_a_wait_is_no_user_name_and_the_answer_after_it_is_masked(
    redactor, question: str, wait: str, answer: str
) -> None:
    waited, answered = converse(redactor, question, [wait, answer])
    assert waited == wait
    assert "[USERNAME]" in answered
    assert not any(c.isdigit() for c in answered)


@pytest.mark.parametrize(
    "text",
    [
        "tenez npereira72", "tenga npereira72", "tome npereira72", "bitte schön npereira72",
        "va npereira72", "blz npereira72", "oki npereira72",
        "think its npereira72", "guess its npereira72", "crois que c'est npereira72",
        "use npereira72", "usa npereira72", "utilisez npereira72", "nimm npereira72",
        "tenta npereira72",
    ],
)  # fmt: skip
def test_new_opening_words_lead_the_user_name(text: str) -> None:
    assert answered_value(text, "USERNAME") == (text.index("npereira72"), len(text))


@pytest.mark.parametrize(
    "text",
    [
        # a reply of words: nothing of a user name's shape follows the new words
        "tenez merci", "va bien", "think so", "use the app", "nimm das", "tenta de novo",
        # a new word before other words is still no answer
        "use my old email", "tenez je cherche npereira72",
    ],
)  # fmt: skip
def test_new_opening_words_before_a_reply_mask_nothing(text: str) -> None:
    assert answered_value(text, "USERNAME") is None


@pytest.mark.parametrize(
    ("question", "first", "again", "value"),
    [
        ("Quel est votre identifiant ?", "psmith50", "oups c'était l'ancien. ruiz.ana",
         "ruiz.ana"),
        ("What's your username?", "psmith50", "oops that was the old one. ruiz.ana",
         "ruiz.ana"),
        ("¿Cuál es tu usuario?", "psmith50", "perdón era el anterior: ruiz.ana", "ruiz.ana"),
        ("Wie lautet Ihr Benutzername?", "psmith50", "ups das war der alte. ruiz.ana",
         "ruiz.ana"),
        ("Qual é o seu usuário?", "psmith50", "opa era o antigo. ruiz.ana", "ruiz.ana"),
        ("¿Y el código SWIFT / BIC del banco?", "HPJLUSBNM33", "error mío, es EFZIUSNU",
         "EFZIUSNU"),
        ("And the SWIFT code?", "HPJLUSBNM33", "my mistake, it's EFZIUSNU", "EFZIUSNU"),
        ("Et le code BIC ?", "HPJLUSBNM33", "mon erreur c'est EFZIUSNU", "EFZIUSNU"),
        ("Und der BIC?", "HPJLUSBNM33", "mein Fehler, EFZIUSNU", "EFZIUSNU"),
        ("E o código swift?", "HPJLUSBNM33", "erro meu, é EFZIUSNU", "EFZIUSNU"),
        ("which password are you putting in?", "Haus6214?", "my bad, use perro.13678$",
         "perro.13678$"),
        ("Quel mot de passe avez-vous reçu ?", "Sommer#lobo64", "non attendez, pluie#sommer100",
         "pluie#sommer100"),
        ("Wie lautet Ihr Passwort?", "Sommer#lobo64", "nein warten Sie, pluie#sommer100",
         "pluie#sommer100"),
    ],
)  # fmt: skip
def test_a_value_corrected_after_the_answer_is_masked(
    redactor, question: str, first: str, again: str, value: str
) -> None:
    seen = converse(redactor, question, [first, again])
    assert first not in seen[0]
    assert value not in seen[1]


@pytest.mark.parametrize(
    ("question", "first", "again"),
    [
        # no correction: another value, of another length, after the answer stays
        ("Quel est votre identifiant ?", "psmith50", "c'était pour ruiz.ana"),
        ("¿Y el código SWIFT / BIC del banco?", "HPJLUSBNM33", "es el banco HSBC"),
    ],
)  # fmt: skip
def test_another_value_after_the_answer_without_a_correction_stays(
    redactor, question: str, first: str, again: str
) -> None:
    assert converse(redactor, question, [first, again])[1] == again
