"""An e-mail address after its word with a space where its "@" belongs ("email jdoe73
example.com"): a keyboard that hides the sign, or autocorrect that ate it. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("email jdoe73 example.com", "email [EMAIL]"),
        ("e-mail ana.lopez post.test", "e-mail [EMAIL]"),
        ("E-Mail jonas_k  mail.example.de", "E-Mail [EMAIL]"),
        ("my email is jdoe73 example.com.", "my email is [EMAIL]."),
        ("mi correo es ana_lopez7 correo.example.es y ya", "mi correo es [EMAIL] y ya"),
        ("mon courriel : j.martin example.fr", "mon courriel : [EMAIL]"),
        ("meu email jdoe+news example.com.br", "meu email [EMAIL]"),
        ("email jdoeI9 example.net", "email [EMAIL]"),  # a look-alike digit in the name
    ],
)
def test_a_marked_name_and_a_domain_after_the_word_are_the_address(
    text: str, expected: str
) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "email support example.com",  # a name of letters alone: a word
        "mail sent to jdoe7 example.com",  # the name not right after the word
        "email jdoe73 example",  # no dot in the domain
        "email jdoe73 v2.3",  # no top-level domain of letters
        "email jdoe73 example.com-old",  # the domain runs on
        "email jdoe73    example.com",  # four spaces: two words apart
    ],
)
def test_without_a_marked_name_right_after_the_word_and_a_domain_nothing_is_masked(
    text: str,
) -> None:
    assert redact(text) == text


def test_the_name_then_the_domain_in_the_next_message_is_still_paired() -> None:
    out, _ = conversation("email jdoe73", "example.com")
    assert out == ["email [EMAIL]", "[EMAIL]"]
