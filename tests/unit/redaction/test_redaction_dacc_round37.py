"""French "d'acc" (d'accord, "OK") is assent, never an account's shorthand (round 37).

"d'acc F2025/0106" after "le n° de facture ?" answers with the invoice: "acc" after "d'"
names no account, and the reference stays visible. The same "d'acc" before a value the agent
asked for ("d'acc K842481430273" after "le numéro de votre permis ?") is a filler, and the
value is masked as asked. "acc 12345678" and "mon acc 12345678" still name an account.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.patterns.context import ACCOUNT_WORDS
from connect_privacy.telemetry import MemoryCounter
from tests.support.redaction import answers_to as converse


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


@pytest.mark.parametrize("text", ["d'acc 48213377", "D’acc 48213377", "ok d'acc"])
def test_dacc_is_no_account_word(text: str) -> None:
    assert ACCOUNT_WORDS.search(text) is None


@pytest.mark.parametrize("text", ["acc 48213377", "mon acc 48213377", "acc: 48213377"])
def test_acc_alone_still_names_an_account(text: str) -> None:
    assert ACCOUNT_WORDS.search(text) is not None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Vous retrouvez le n° de facture ?", "d'acc F2025/0106"),
        ("Pouvez-vous me préciser le numéro de dossier ?", "d'acc CS-472809"),
        ("Pouvez-vous me préciser le code de suivi ?", "d'acc 1ZCHXDKJ6515166684"),
        ("Vous pouvez m'envoyer le modèle indiqué sur l'étiquette ?", "d’acc TX4320"),
    ],
)
def test_a_reference_after_dacc_stays_visible(redactor, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    assert converse(redactor, question, ["deux secondes", answer]) == ["deux secondes", answer]


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
