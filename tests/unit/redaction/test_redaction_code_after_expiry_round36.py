"""The security code in the message after the expiry the agent asked for (round 36).

"Please send the expiration date and the security code": the expiry comes first, the code
alone in the next message ("rest is 032", "und 355", "e quatro sete um", "162 sorry zu früh
abgeschickt"). A French request elided before its verb ("merci d'envoyer") is read.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from connect_privacy.redaction.agent_question import asked_for
from tests.support.redaction import OFFLINE_WITH_CUSTOM, answers_to


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("Please send the expiration date and the security code.", ["ya its 12/27", "rest is 032"]),
        ("Please send the expiration date and the security code.",
         ["ya its 12/27", "rest is zero six five"]),
        ("¿Me envía la fecha de caducidad y el CVV?", ["sí 12/27", "y 4411"]),
        ("Merci d'envoyer la date de validité et le cryptogramme.", ["ouais 12/27", "et l39"]),
        ("Bitte schicken Sie das Ablaufdatum und die Prüfnummer.", ["ok 12/27", "und 355"]),
        ("Bitte schicken Sie das Ablaufdatum und die Prüfnummer.",
         ["12/27", "162 sorry zu früh abgeschickt"]),
        ("Me envie a data de validade e o código de segurança.", ["é 12/27", "e quatro sete um"]),
    ],
)  # fmt: skip
def test_the_code_after_the_expiry_is_masked(redactor, question, answers):  # type: ignore[no-untyped-def]
    seen = answers_to(redactor, question, answers)
    assert "[CREDIT_DEBIT_EXPIRY]" in seen[0]
    assert "[CREDIT_DEBIT_CVV]" in seen[1]
    assert not any(c.isdigit() for c in seen[1])


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        ("and 2 more things", "2"),  # one digit: a count
        ("and 250 dollars", "250"),  # a word that is no sending too early: an amount
        ("12345", "12345"),  # five digits: no code's
        ("order 123", "123"),  # a word before the digits: another value
    ],
)
def test_other_digits_after_the_expiry_stay(redactor, answer, kept):  # type: ignore[no-untyped-def]
    seen = answers_to(redactor, "Please send the expiration date.", ["12/27", answer])
    assert kept in seen[1]


@pytest.mark.parametrize(
    "request_",
    ["Merci d'envoyer le cryptogramme.", "Merci d'indiquer le cryptogramme."],
)
def test_a_french_request_elided_before_its_verb_is_read(request_):  # type: ignore[no-untyped-def]
    marker = asked_for(request_, 0.0)
    assert marker is not None and marker.entity_type == "CREDIT_DEBIT_CVV"


def test_thanks_for_having_sent_is_no_request():  # type: ignore[no-untyped-def]
    assert asked_for("Merci d'avoir envoyé le cryptogramme.", 0.0) is None
