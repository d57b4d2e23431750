"""A bare code followed by the close of a dictation ("8248 das wars", "c'est tout", "eso es
todo", "é isso", "that's it") is the code asked for, as a bare one is. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("8248 das wars", "[PIN] das wars"),
        ("5009 das ist alles", "[PIN] das ist alles"),
        ("8248 c'est tout", "[PIN] c'est tout"),
        ("8248 eso es todo", "[PIN] eso es todo"),
        ("8248 é isso", "[PIN] é isso"),
        ("8248 é só isso", "[PIN] é só isso"),
        ("8248 that's it", "[PIN] that's it"),
    ],
)
def test_a_bare_code_closed_by_a_closing_phrase_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text", ["2019 das wars", "12 c'est tout", "8248 c'est tout ce que je sais du colis"]
)
def test_a_year_a_count_or_a_sentence_after_the_close_stays(text):
    assert redact(text) == text
