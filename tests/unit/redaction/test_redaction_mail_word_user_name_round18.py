"""Round 18, over messages: "mail" alone names an e-mail address (German's "Mail", chat's
shorthand everywhere): its user name after it, then its domain alone. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_EMAIL = "[EMAIL]"


@pytest.mark.parametrize(
    ("first", "masked"),
    [
        ("mail jane.doe73", f"mail {_EMAIL}"),
        ("Mail: kmartin", f"Mail: {_EMAIL}"),  # letters only, in a label and a value
        ("meine Mail ist j_martin", f"meine Mail ist {_EMAIL}"),
    ],
)
def test_a_user_name_after_mail_then_its_domain_is_an_email(first: str, masked: str) -> None:
    out, pending = conversation(first, "example.org")

    assert out == [masked, _EMAIL]
    assert pending[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "mail sent",  # a participle, no user name
        "i will mail you later",  # the verb, in a sentence
        "check my mail please",
        "mailbox jane.doe73",  # another word that starts with it
    ],
)
def test_mail_in_other_messages_starts_nothing(text: str) -> None:
    out, pending = conversation(text)

    assert out == [text] and pending == [None]
