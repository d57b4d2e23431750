"""Spanish and Portuguese "caso" as "in case" ("caso precisem", "en caso de que", "nesse
caso") names no case number: a passport after it is still the passport's. "caso" as a case
still owns the number after it. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

PASSPORT = "[PASSPORT_NUMBER]"


@pytest.mark.parametrize(
    "phrase",
    [
        "caso precisem",
        "caso seja necessário",
        "caso necessitem",
        "caso queiram",
        "caso haja dúvida",
        "caso tenham dúvida",
        "en caso de que lo necesiten",
        "em caso de dúvida",
        "nesse caso",
        "neste caso",
        "ese caso",
        "caso sea útil",
        "caso haya dudas",
        "caso tenga dudas",
        "caso quisieran",
        "caso necesiten",
    ],
)
def test_a_passport_after_in_case_is_masked(phrase: str) -> None:
    assert redact(f"passaporte {phrase} N1179844") == f"passaporte {phrase} {PASSPORT}"


@pytest.mark.parametrize(
    "text",
    [
        "passaporte do caso N1179844",  # the case's own reference
        "passaporte, caso sobre N1179844",
        "passaporte caso lo N1179844",  # no verb of "in case" after it
        "pasaporte del caso seado N1179844",  # "sea" only as a word
        "pasaporte del caso hayado N1179844",  # "haya" only as a word
    ],
)
def test_a_case_still_owns_the_number_after_it(text: str) -> None:
    assert redact(text) == text
