"""An address typed without its domain's ending ("maria.lopez85@gmail") is masked: a name
with a letter, an at sign and one word of three characters or more with nothing glued
after it. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("or email jrodriguez@test", "or email [EMAIL]"),
        ("send it to maria.lopez85@gmail please", "send it to [EMAIL] please"),
        ("email: jo@host.", "email: [EMAIL]."),
        ("mail ab@cde", "mail [EMAIL]"),
    ],
)
def test_an_address_without_its_domains_ending_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "meet me @home",  # no name before the at sign
        "see you@5",  # no word after it
        "x@y",  # a one-letter name and host
        "4@5 pm",
        "12@home",  # no letter in the name
        "foo@bar@baz",  # at signs in a row: no address
        "a@bc",  # one-letter name
        "ab@cd",  # a two-letter host
    ],
)
def test_what_is_no_address_stays(text: str) -> None:
    assert "[EMAIL]" not in redact(text)


def test_a_whole_address_keeps_its_domain_ending() -> None:
    assert redact("mail me at a.b@example.com") == "mail me at [EMAIL]"
