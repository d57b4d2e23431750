"""Round 7: national identifiers with their word elsewhere or cut short: a Steuer-IdNr in a
message about taxes, an NI number after "NI is" or without its suffix letter, Spain's
"carné" for the driving licence, a German passport of letters only. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "12345678911 steht auf meinem Steuerbescheid",
            "[DE_TAX_ID] steht auf meinem Steuerbescheid",
        ),
        ("vom Finanzamt: 12345678911", "vom Finanzamt: [DE_TAX_ID]"),
        (
            "NI is NP/24/95/58/B and my payroll no. is 438884",
            "NI is [UK_NATIONAL_INSURANCE_NUMBER] and my payroll no. is 438884",
        ),
        ("my NI number? YL.45.73.07", "my NI number? [UK_NATIONAL_INSURANCE_NUMBER]"),
        ("carné L33286201", "carné [DRIVER_ID]"),
        (
            "mein Pass CVTKFKHML, Flug TP1295 am 12.5.",
            "mein Pass [PASSPORT_NUMBER], Flug TP1295 am 12.5.",
        ),
    ],
)
def test_an_identifier_with_its_word_elsewhere_or_cut_short_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the check digit fails: an order's eleven digits next to a tax word stay
        "Steuerbescheid zu Bestellung 12345678912",
        "NI number QQ 12 34 56 C",  # QQ is no issued prefix
        "carne 12345 kg",
        "el carné de socio 123456",
        "my pass is expired",
        "Pass ABCDEFGHI",  # vowels: a word, not a German passport
    ],
)
def test_a_number_without_the_identifiers_shape_or_check_stays(text):
    assert redact(text) == text
