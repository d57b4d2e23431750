"""A BIC in groups that a copula hands over further from its word than the words
``_GROUPED_BIC`` reads ("le bic de la banque c'est BNPA FR PP", "el swift del banco es
COBA-DE-FF"). Without the copula, past its reach, in small letters or with no country
the code stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("le bic de la banque c'est BNPA FR PP", "le bic de la banque c'est [SWIFT_CODE]"),
        (
            "le bic de la banque c'est BNPA - FR - PP - 123",
            "le bic de la banque c'est [SWIFT_CODE]",
        ),
        ("el swift del banco es COBA-DE-FF", "el swift del banco es [SWIFT_CODE]"),
        (
            "the BIC of my bank in Paris is BNPA  FR  PP",
            "the BIC of my bank in Paris is [SWIFT_CODE]",
        ),
        (
            "BIC der Hausbank meiner Eltern: COBA DE FF 500",
            "BIC der Hausbank meiner Eltern: [SWIFT_CODE]",
        ),
    ],
)
def test_a_grouped_bic_a_copula_hands_over_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no copula and past the near reach
        "bic para el pago COBA DE FF",
        # a copula, but past the far reach (over thirty-two characters between)
        "bic de la banque de mes parents à Lyon c'est BNPA FR PP",
        # small letters: words
        "le bic de la banque c'est bnpa fr pp",
        # no such country
        "le bic de la banque c'est BNPA QQ PP",
    ],
)
def test_a_far_lower_case_or_invalid_group_stays(text: str) -> None:
    assert redact(text) == text
