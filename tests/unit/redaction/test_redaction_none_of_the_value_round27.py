"""Round 27: a message saying the customer has none of a value ("no ssn sorry", "hab keine
Steuer-ID", "ohne IBAN") announces nothing: the digits of the next message ("for 2020 55
1234", a tax form's) are not that value's. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "no ssn sorry",
        "i have no ssn",
        "without a ssn",
        "without an ssn",
        "hab keine Steuer-ID",
        "kein Konto",
        "ohne IBAN",
        "sin cuenta",
        "sem conta",
        "sans IBAN",
        "pas de IBAN",
    ],
)
def test_a_value_said_to_be_missing_is_not_awaited(text: str) -> None:
    out, markers = conversation(text)

    assert out == [text]
    assert markers == [None]


@pytest.mark.parametrize(
    "text",
    [
        "my ssn sorry",
        "know ssn",  # "no" inside a word
        "no my ssn is",  # "no, my ssn is": a possessive, not an article
        "no, the ssn",
    ],
)
def test_a_value_word_not_negated_awaits_the_value(text: str) -> None:
    out, _ = conversation(text, "123 45 6789")

    assert out == [text, "[SSN]"]
