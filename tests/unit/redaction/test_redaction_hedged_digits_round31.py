"""The first digits of a number answered in parts, hedged or led by a country code (round 33).

Asked for a number, customers send its first group with a conditional copula or a discourse
word before it ("das wäre 48", "that would be 61", "ce serait 07", "alors 07", "pues 55",
"então 21"), a hedge after it ("37 glaub ich", "0170 müsste stimmen", "61 i think", "07 je
crois", "52 creo", "11 acho"), or a phone's country code and its plus alone ("okay +1",
"vale +52"). Those are the number's start; a count, a duration, one digit without a plus
are not.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, continue_pending
from connect_privacy.redaction.patterns.answered_digits import bare_answer, country_code_answer

NOW = 1_764_115_200.0


def _asked(entity: str, complete: int) -> PendingNumber:
    return PendingNumber(entity, 0, complete, 0, NOW + 300.0, asked=True)


@pytest.mark.parametrize(
    "view",
    [
        "das wäre 48",
        "wäre 48",
        "that would be 61",
        "ce serait 07",
        "alors 07",
        "pues 55",
        "então 21",
        "ähm 37 glaub ich",
        "ja 97 glaube ich",
        "0170 müsste stimmen",
        "61 i think",
        "07 je crois",
        "07 il me semble",
        "52 creo",
        "11 acho",
    ],
)
def test_a_hedged_first_group_is_a_bare_answer(view: str) -> None:
    assert bare_answer(view)


@pytest.mark.parametrize(
    "view",
    ["das wäre 12 tage", "so 12 days", "alors 07 heures", "37 glaub ich nicht mehr", "wäre 4"],
)
def test_words_that_say_more_than_a_hedge_are_no_bare_answer(view: str) -> None:
    assert not bare_answer(view)


@pytest.mark.parametrize("view", ["+1", "okay +1", "sure: +1", "vale +52", "das wäre +49 🙏"])
def test_a_country_code_with_its_plus_answers_a_phone(view: str) -> None:
    assert country_code_answer(view)


@pytest.mark.parametrize("view", ["ok 1", "+1 day", "+1234", "plus one", "I got +1 more"])
def test_one_digit_without_its_plus_or_with_words_is_no_country_code(view: str) -> None:
    assert not country_code_answer(view)


@pytest.mark.parametrize(
    ("entity", "complete", "answer", "value"),
    [
        ("BANK_ACCOUNT_NUMBER", 12, "das wäre 48", "48"),
        ("CREDIT_DEBIT_NUMBER", 16, "ähm 37 glaub ich", "37"),
        ("PHONE", 10, "alors 07", "07"),
        ("PHONE", 10, "okay +1", "1"),
        ("PHONE", 10, "vale +52", "52"),
        ("DE_TAX_ID", 11, "ähm 98 glaub ich", "98"),
    ],
)
def test_the_first_group_starts_the_number_asked(
    entity: str, complete: int, answer: str, value: str
) -> None:
    carried = continue_pending(answer, _asked(entity, complete), NOW + 10)
    assert [answer[span.begin : span.end] for span in carried.spans] == [value]
    assert carried.pending is not None


@pytest.mark.parametrize(
    ("entity", "answer"),
    [("BANK_ACCOUNT_NUMBER", "okay +1"), ("PHONE", "ok 1"), ("PHONE", "+1 day")],
)
def test_one_digit_starts_a_phone_only_after_its_plus(entity: str, answer: str) -> None:
    assert not continue_pending(answer, _asked(entity, 12), NOW + 10).spans


def test_masking_the_answer_again_changes_nothing() -> None:
    pending = _asked("PHONE", 10)
    carried = continue_pending("das wäre 48", pending, NOW + 10)
    masked = "das wäre " + "█" * 2
    assert not continue_pending(masked, pending, NOW + 10).spans
    assert carried.spans
