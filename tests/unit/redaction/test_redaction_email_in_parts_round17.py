"""Round 17, over messages: an e-mail address typed in two goes, its user name after the
word that names it ("email jane.doe73", "adresse mail j_martin", "mi correo es jdoe@"), then
its domain alone ("example.com", "@example.org", "at example.net"). Both parts are masked;
the marker counts parts, never characters. Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber, redact_in_conversation
from connect_privacy.redaction.patterns.email_parts import domain_alone, user_name_ending
from tests.support.redaction import OFFLINE, conversation

_EMAIL = "[EMAIL]"


def _marker(pending: PendingNumber | None) -> tuple[str, int, int]:
    assert pending is not None
    return pending.entity_type, pending.seen, pending.complete


@pytest.mark.parametrize(
    ("first", "masked"),
    [
        ("email nora_vidal", f"email {_EMAIL}"),  # an underscore
        ("my email is nora.vidal", f"my email is {_EMAIL}"),  # a dot, after a copula
        ("E-Mail: nvidal81", f"E-Mail: {_EMAIL}"),  # digits
        ("mi correo es nvid@", f"mi correo es {_EMAIL}"),  # its "@"
        ("my email is nora.vidal at", f"my email is {_EMAIL} at"),  # its "@" said
        ("correo nvidal arroba", f"correo {_EMAIL} arroba"),
        ("adresse mail noravidal", f"adresse mail {_EMAIL}"),  # letters only, as a label
        ("mon courriel c'est n.vidal", f"mon courriel c'est {_EMAIL}"),
        ("endereço de email nora-v", f"endereço de email {_EMAIL}"),
        ("email n.vi", f"email {_EMAIL}"),  # four characters: the shortest
        ("email NORA.v", f"email {_EMAIL}"),  # one lower-case letter is enough
        ("email jkorb", f"email {_EMAIL}"),  # five letters: the fewest alone
        ("my new email noravidal", f"my new email {_EMAIL}"),  # two words before the label
    ],
)
def test_a_user_name_after_an_email_word_is_masked_and_waits(first: str, masked: str) -> None:
    out, pending = conversation(first, "example.com")

    assert out == [masked, _EMAIL]
    assert _marker(pending[0]) == ("EMAIL", 1, 2)
    assert pending[1] is None


@pytest.mark.parametrize(
    "first",
    [
        "email sent.",  # a word, its full stop no dot of a user name
        "email address",  # a word that follows "email"
        "email please",
        "my email is wrong",
        "email changed",  # a participle's ending
        "correo enviado",
        "email confirmation",
        "email promotions",  # a plural noun's ending
        "email newsletter",
        "email n.v",  # three characters
        "email 2024",  # no letter
        "email INC-2093",  # no lower-case letter: a reference
        "email jkor",  # four letters alone
        "send the invoice by email tomorrow",  # letters only in a sentence
        "and my new email noravidal",  # three words before the label
        "my email is noravidal",  # letters only after a copula: an adjective's place
        "E-Mail ist falsch",
        "email incorrect",
        "email nvidal thanks",  # words after it
        "email them at",  # the "@" said is no mark of a user name
        "email nvidal@example.com",  # a whole address: the one-message finder's
    ],
)
def test_no_user_name_leaves_no_email_marker(first: str) -> None:
    _, pending = conversation(first)

    assert pending[0] is None or pending[0].entity_type != "EMAIL"


@pytest.mark.parametrize(
    ("rest", "masked"),
    [
        ("example.com", _EMAIL),
        ("@example.org", f"@{_EMAIL}"),
        ("at example.net", f"at {_EMAIL}"),
        ("arroba mail.example.es", f"arroba {_EMAIL}"),
        ("example.co.uk!", f"{_EMAIL}!"),
        ("at example dot com", f"at {_EMAIL}"),  # its dots said
        ("arroba Example punto es", f"arroba {_EMAIL}"),
    ],
)
def test_the_domain_alone_ends_the_address(rest: str, masked: str) -> None:
    out, pending = conversation("email nora.vidal", rest)

    assert out[1] == masked
    assert pending[1] is None


@pytest.mark.parametrize(
    "rest",
    [
        "example.com thanks",  # words after it
        "it is example.com",  # words before it
        "3.50",  # an amount: no top-level domain
        "examplecom",  # no dot
    ],
)
def test_what_is_not_a_domain_alone_stays_and_drops_the_marker(rest: str) -> None:
    out, pending = conversation("email nora.vidal", rest)

    assert out[1] == rest
    assert pending[1] is None


def test_a_wait_between_the_parts_keeps_the_marker() -> None:
    out, pending = conversation("email nora.vidal", "wait", "example.com")

    assert _marker(pending[1]) == ("EMAIL", 1, 2)
    assert pending[1] is not None and pending[1].follow_ups == 1
    assert out[2] == _EMAIL


def test_the_domain_after_two_waits_is_no_longer_read() -> None:
    out, _ = conversation("email nora.vidal", "wait", "sec", "example.com")

    assert out[3] == "example.com"


def test_the_email_marker_survives_the_sessions_table() -> None:
    _, pending = conversation("email nora.vidal")
    assert pending[0] is not None

    assert PendingNumber.from_item(pending[0].to_item()) == pending[0]


def test_the_parts_are_found_where_they_are() -> None:
    assert user_name_ending("email nora.vidal") == (6, 16)
    assert domain_alone(" @example.com ") == (2, 13)


def test_both_parts_are_counted_as_the_continuation_s_emails_at_its_score() -> None:
    # the detector names the metric and the debug record; the score ranks overlapping spans
    pending = None
    found = []
    for now, text in ((1005.0, "email jane.doe73"), (1010.0, "example.com")):
        result, pending = redact_in_conversation(OFFLINE, text, pending, now)
        found.append([(s.entity_type, s.detector, s.score) for s in result.entities])

    assert found == [[("EMAIL", "continuation", 0.9)], [("EMAIL", "continuation", 0.9)]]
