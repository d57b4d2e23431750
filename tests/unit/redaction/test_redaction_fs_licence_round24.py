""" "FS", as Germans shorten "Führerschein", before a licence number, its groups apart with
noise or a word between them ("FS T41K | 8203 - 57", "FS T41K dann 8203 und 57"): masked.
Only in capitals ("fs" is "for sure") and before a licence-long value. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "FS T41K | 8203 - 57",
        "FS T41K dann 8203 und 57",
        "FS: T41K820357",
        "FS 12345",  # five characters: the shortest
    ],
)
def test_a_licence_after_fs_is_masked(text: str) -> None:
    assert redact(text) == text[: text.index(" ") + 1] + "[DRIVER_ID]"


@pytest.mark.parametrize(
    "text",
    [
        "fs T41K820357 right",  # lower case: "for sure"
        "FSX T41K820357",  # part of a longer word
        "FS 1234 gekauft",  # four characters: a model, not a licence
        "FS Klasse B",  # its class
    ],
)
def test_no_licence_after_fs_stays(text: str) -> None:
    assert redact(text) == text
