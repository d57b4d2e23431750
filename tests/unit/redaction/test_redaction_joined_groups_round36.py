"""The groups of a number asked for, joined by words or marks, masked as one value (round 36).

"204 then 019 👉 24" answered to the question for an account is one account: one mask
over its groups and the joints between them, not three masks that show its shape and the
words between. A group after marks alone goes on with a number already typed in groups
("636 e 764 .. 96"), not with a number in one group ("1234 // 12345").
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Redactor
from tests.support.redaction import OFFLINE_WITH_CUSTOM, answers_to


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("question", "answer", "masked"),
    [
        ("Please enter your bank account number.", "sure 204 then 019 👉 24",
         "sure [BANK_ACCOUNT_NUMBER]"),
        ("Nennen Sie mir bitte die Bankleitzahl.", "ist 125 und 880 dann 54", "ist [BANK_ROUTING]"),
        ("Me passa o número da conta por favor?", "é 595 😂 400 depois 86",
         "é [BANK_ACCOUNT_NUMBER]"),
        # one group after marks alone, after the number typed in two
        ("Por favor, digite o número da conta.", "é 636 e 764 .. 96", "é [BANK_ACCOUNT_NUMBER]"),
    ],
)  # fmt: skip
def test_the_groups_and_their_joints_are_one_mask(redactor, question, answer, masked):  # type: ignore[no-untyped-def]
    assert answers_to(redactor, question, [answer])[0] == masked


def test_one_group_after_a_number_in_one_group_is_another_value(redactor):  # type: ignore[no-untyped-def]
    # the account, then its bank code: not joined into one (round 35's second value)
    seen = answers_to(redactor, "What's your account number?", ["976230 // 12345"])[0]
    assert seen == "[BANK_ACCOUNT_NUMBER] // [BANK_ROUTING]"
