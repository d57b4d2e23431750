"""Round 31: digits after a phone's word and an ending word ("el móvil acaba en 616", "le
portable finit par 085", "die Handynummer endet auf 0151", "my mobile ends in 415") are the
phone's, and its rest may come in the next message; a card's ending still starts nothing of
its own. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

PHONE = "[PHONE]"


@pytest.mark.parametrize(
    ("first", "masked"),
    [
        ("and my mobile ends in 415", f"and my mobile ends in {PHONE}"),
        ("y el móvil acaba en 616", f"y el móvil acaba en {PHONE}"),
        ("et le portable finit par 085", f"et le portable finit par {PHONE}"),
        ("und die handynummer endet auf 0151", f"und die handynummer endet auf {PHONE}"),
        ("e o celular terminado em 119", f"e o celular terminado em {PHONE}"),
    ],
)
def test_a_phone_ending_is_masked_and_its_rest_follows(first: str, masked: str) -> None:
    out, markers = conversation(first, "3015086")

    assert out[0] == masked
    assert markers[0] is not None and markers[0].entity_type == "PHONE"
    assert out[1] == PHONE


@pytest.mark.parametrize(
    "whole", ["y el móvil acaba en 616932", "und die handynummer endet auf 0123419"]
)
def test_a_longer_phone_ending_alone_is_masked(whole: str) -> None:
    out, _ = conversation(whole)

    assert out[0].endswith(PHONE)


@pytest.mark.parametrize(
    "said",
    [
        "the phone call ends in 2 minutes",  # a duration's unit after the digits
        "mi contrato de móvil acaba en 2027",  # a year
        "the mobile plan ends on 12/08",  # a date
    ],
)
def test_other_endings_after_a_phone_word_stay(said: str) -> None:
    out, _ = conversation(said)

    assert out[0] == said


def test_a_card_ending_starts_no_number_of_its_own() -> None:
    _, markers = conversation("my card ends in 4155")

    assert markers[0] is None or markers[0].entity_type != "PHONE"
