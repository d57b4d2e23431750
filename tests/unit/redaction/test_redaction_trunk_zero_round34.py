"""Round 34: a phone's trunk 0 and first digits after a copula and an article, alone in a
message and maybe after a "yes" ("oui c'est le 012", "sí es el 011", "ja es ist die 0151
2218", "sim é o 021"): a phone's start, masked, its rest awaited in the next message of
digits alone. Two digits after "le" or "el" are a day of the month. Not in English, which
names a phone with no article: "ya its 0151" is a phone only after the agent asked for one.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        ("oui c'est le 012", "oui c'est le"),
        ("oui, c'est le 011-1529", "oui, c'est le"),
        ("sí es el 011", "sí es el"),
        ("es el 0221", "es el"),
        ("ja es ist die 0151 2218", "ja es ist die"),
        ("ist die 030", "ist die"),
        ("sim é o 021", "sim é o"),
    ],
)
def test_a_trunk_zero_after_its_article_starts_a_phone(first: str, lead: str) -> None:
    out, markers = conversation(first, "2184 6411")

    assert out[0] == f"{lead} [PHONE]"
    assert markers[0] is not None and markers[0].entity_type == "PHONE"
    assert out[1] == "[PHONE]"


@pytest.mark.parametrize(
    "said",
    [
        "oui c'est le 01",  # a day of the month
        "sí es el 20",
        "es el 20 de mayo",
        "yes it's the 1500 one",  # words after the digits, no trunk 0
        "ya its 0151",  # English: no article names a phone
        "ja es ist die 030 Vorwahl",
    ],
)
def test_no_phone_start_without_a_trunk_zero_ending_the_message(said: str) -> None:
    _, markers = conversation(said)

    assert markers[0] is None or markers[0].entity_type != "PHONE"
