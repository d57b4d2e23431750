"""Round 20, over messages: the next password guess after "y también" (Spanish, written with
its accent or without), and after a message whose tried password is followed by the verb put
last ("hab Passwort Sol#8812 probiert", then "und Nuage42!"). Synthetic values only."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


def _marker(pending: PendingNumber | None) -> tuple[str, int, int, int]:
    assert pending is not None
    return pending.entity_type, pending.seen, pending.complete, pending.follow_ups


@pytest.mark.parametrize("also", ["también", "tambien"])
def test_a_guess_after_y_tambien_is_masked(also: str) -> None:
    out, pending = conversation("probé la contraseña Sol#8812", f"y {also} Nuage42!")

    assert out[1] == f"y {also} [PASSWORD]"
    assert _marker(pending[1]) == ("PASSWORD", 1, 2, 1)


@pytest.mark.parametrize(
    "first",
    [
        "komm nicht rein, hab Passwort Sol#8812 probiert",
        "hab Passwort Sol#8812 ausprobiert",
        "hab Passwort Sol#8812 versucht :(",
        "tried password Sol#8812 tried",  # the verb alone is enough, in any language's order
    ],
)
def test_a_tried_password_before_the_verb_put_last_leaves_the_marker(first: str) -> None:
    out, pending = conversation(first, "und Nuage42!")

    assert "Sol#8812" not in out[0]
    assert _marker(pending[0]) == ("PASSWORD", 1, 2, 0)
    assert out[1] == "und [PASSWORD]"


@pytest.mark.parametrize(
    "first",
    [
        "hab Passwort Sol#8812 probiert und so",  # more words after the verb
        "hab Passwort Sol#8812 gestern",  # a word that is no trying verb
        "hab Passwort Sol#8812 probierte",  # a longer word than the verb
    ],
)
def test_a_password_before_other_words_leaves_no_marker(first: str) -> None:
    _, pending = conversation(first)

    assert pending[0] is None
