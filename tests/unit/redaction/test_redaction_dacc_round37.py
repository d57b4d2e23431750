"""French "d'acc" (d'accord, "OK") opens an answer as "ok" does (round 37).

"d'acc K842481430273" after "le numéro de votre permis ?": the value the agent asked for,
after a filler, masked as asked.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from tests.support.redaction import OFFLINE_WITH_CUSTOM
from tests.support.redaction import answers_to as converse


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Quel est le numéro inscrit sur votre permis ?", "d'acc K842481430273", "K842481430273"),
        ("Vous pourriez m'envoyer le pseudo de connexion ?", "d'acc anagarc964", "anagarc964"),
        ("Puis-je avoir le numéro inscrit sur votre passeport ?", "d'acc 12KJ41579", "12KJ41579"),
    ],
)
def test_a_value_asked_for_after_dacc_is_masked(
    redactor, question: str, answer: str, value: str
) -> None:  # type: ignore[no-untyped-def]
    (seen,) = converse(redactor, question, [answer])
    assert value not in seen and seen.startswith("d'acc")
