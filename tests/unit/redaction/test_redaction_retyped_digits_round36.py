"""The digits answered to the agent's question typed again (round 36, ``continuation``).

After "a digit is missing" or "that didn't match", the customer types the code again: as
many digits as the first answer, or as many as the value asked for has; after the first
said in words or typed with a letter for a digit; offered as another try; in groups joined
by marks or emoji. A PIN said in words is no login's password.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from tests.support.redaction import OFFLINE_WITH_CUSTOM, answers_to


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("question", "answers", "entity"),
    [
        # the first was a digit short: the retyped code has the code's three
        ("And the CVV?", ["it's 26", "my bad, 262"], "CREDIT_DEBIT_CVV"),
        # a digit too many, then the PIN's four
        ("For security, please type your PIN.", ["umm 72613", "my bad, 7261"], "PIN"),
        # the first said in words: its digits are counted
        ("What's the security code on the back?", ["umm two-eight-three", "sorry 876"],
         "CREDIT_DEBIT_CVV"),
        ("Bitte geben Sie Ihre PIN ein.", ["eins, zwei, sieben, neun", "mein fehler, o114"],
         "PIN"),
        # a letter typed for a digit in the first
        ("Por segurança, digite seu PIN.", ["hmm 759 7I4", "opa 7484"], "PIN"),
        # offered as another try, in the five languages
        ("And the CVV?", ["it's 283", "ah ok try 876"], "CREDIT_DEBIT_CVV"),
        ("¿Y el CVV?", ["es 283", "vale prueba 876"], "CREDIT_DEBIT_CVV"),
        ("Et le cryptogramme ?", ["c'est 283", "ok essayez 876"], "CREDIT_DEBIT_CVV"),
        ("Und die Prüfnummer?", ["ist 283", "ok versuch 876"], "CREDIT_DEBIT_CVV"),
        ("Por segurança, digite seu PIN.", ["claro 9371", "ah ok tenta 7484"], "PIN"),
        # in groups joined by an emoji
        ("Por segurança, digite seu PIN.", ["claro nove-três-sete-um-nove-dois",
                                             "ah ok tenta 791 👉 599"], "PIN"),
    ],
)  # fmt: skip
def test_the_code_typed_again_is_masked(redactor, question, answers, entity):  # type: ignore[no-untyped-def]
    seen = answers_to(redactor, question, answers)
    assert f"[{entity}]" in seen[0]
    assert f"[{entity}]" in seen[1]
    assert not any(c.isdigit() for c in seen[1])


@pytest.mark.parametrize(
    ("question", "answers", "kept"),
    [
        # neither as many digits as the first nor as the code asked for
        ("For security, please type your PIN.", ["umm 72613", "my bad, 726"], "726"),
        ("For security, please type your PIN.", ["umm 72613", "ah ok try 72"], "72"),
        # another try offered without a word of correction: the order's digits
        ("And the CVV?", ["it's 283", "the order is 876"], "876"),
    ],
)  # fmt: skip
def test_other_digits_after_the_code_stay(redactor, question, answers, kept):  # type: ignore[no-untyped-def]
    assert kept in answers_to(redactor, question, answers)[1]


@pytest.mark.parametrize(
    "answer",
    [
        "isso gato_7412",  # digits joined to a word: a login's password
        "hmm Hund*253Z",  # joined through a mark
    ],
)
def test_a_password_answered_to_a_pin_question_stays_a_password(redactor, answer):  # type: ignore[no-untyped-def]
    seen = answers_to(redactor, "Qual senha você colocou da última vez?", [answer])
    assert "[PASSWORD]" in seen[0]
    assert "Hund" not in seen[0] and "gato" not in seen[0]


def test_a_pin_said_in_words_is_the_pin(redactor):  # type: ignore[no-untyped-def]
    seen = answers_to(redactor, "Bitte geben Sie Ihre PIN ein.", ["eins, zwei, sieben, neun 👍"])
    assert seen[0].startswith("[PIN]") and "PASSWORD" not in seen[0]
