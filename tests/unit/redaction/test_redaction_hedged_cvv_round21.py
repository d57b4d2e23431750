"""Round 21: a security code the customer can hardly read, given after a hedge ("i think
it's", "je crois que c'est", "ich glaube es ist", "creo que es", "acho que é") further from
the code's word than a value usually stands. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.patterns import banking
from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "the code on the back is scratched but i think its 318",
            "the code on the back is scratched but i think its [CREDIT_DEBIT_CVV]",
        ),
        (
            "the cvv got scratched at the till, i guess it's 318",
            "the cvv got scratched at the till, i guess it's [CREDIT_DEBIT_CVV]",
        ),
        (
            "le cryptogramme est illisible mais je crois que c'est 318",
            "le cryptogramme est illisible mais je crois que c'est [CREDIT_DEBIT_CVV]",
        ),
        (
            "le cryptogramme est tout effacé, je pense que c'est trois un huit",
            "le cryptogramme est tout effacé, je pense que c'est [CREDIT_DEBIT_CVV]",
        ),
        (
            "die Prüfziffer ist total verblasst, ich glaube es ist 318",
            "die Prüfziffer ist total verblasst, ich glaube es ist [CREDIT_DEBIT_CVV]",
        ),
        (
            "die Prüfziffer ist total verblasst, ich denke dass es 318",
            "die Prüfziffer ist total verblasst, ich denke dass es [CREDIT_DEBIT_CVV]",
        ),
        (
            "el código de seguridad está muy borrado, creo que es 318",
            "el código de seguridad está muy borrado, creo que es [CREDIT_DEBIT_CVV]",
        ),
        (
            "o código de segurança está apagado no cartão, acho que é 318",
            "o código de segurança está apagado no cartão, acho que é [CREDIT_DEBIT_CVV]",
        ),
        (
            "o código de segurança está apagado no cartão, penso que é 318",
            "o código de segurança está apagado no cartão, penso que é [CREDIT_DEBIT_CVV]",
        ),
    ],
)
def test_a_code_after_a_hedge_far_from_its_word_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "the security code page crashed, i think its 2024 version",  # four digits: a year
        "the code on the back is scratched but i think its 500 dollars",  # an amount
        "the code on the back is scratched but i think its 500€",
        "the code on the back is scratched but i think its $500",
        "the page with the worn off stuff is gone but i think its 318",  # no code word
    ],
)
def test_a_hedged_number_that_is_no_code_stays(text: str) -> None:
    assert redact(text) == text


def test_the_hedge_reaches_no_further_than_its_gap_from_the_code_word() -> None:
    gap = banking._HEDGE_GAP
    near = "cvv" + "." * gap + "i think its 318"
    far = "cvv" + "." * (gap + 1) + "i think its 318"

    assert redact(near).endswith("[CREDIT_DEBIT_CVV]")
    assert redact(far) == far
