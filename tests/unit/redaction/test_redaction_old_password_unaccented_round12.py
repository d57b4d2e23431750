"""Round 12: the old or the new password said with the verb typed without its accent
("l'ancien c'etait Bleu581.", "o antigo e Sol#8812"). A year said so stays. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("l'ancien c'etait Nuage42x", "l'ancien c'etait [PASSWORD]"),
        ("l'ancien etait cafe1402?", "l'ancien etait [PASSWORD]"),
        ("o antigo e Sol#8812", "o antigo e [PASSWORD]"),
    ],
)
def test_the_old_password_with_an_unaccented_verb_is_masked(text, masked):
    assert redact(text) == masked


def test_an_old_year_stays():
    assert redact("l'ancien c'etait 2019") == "l'ancien c'etait 2019"
