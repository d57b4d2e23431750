"""Round 25b: a relative's number ("my husband's number is 415", "die Nummer von meinem
Mann ist 0660") is a phone, and its first digits start one across messages. Synthetic
values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "first",
    [
        "yeah so my husband's number is 415",
        "my husbands number 415",
        "our daughter\u2019s cell number is 415",
        "my mom's no. 415",
        "ja die nummer von meinem mann ist 0660",
        "die Nummer meiner Frau ist 0660",
        "nr. meines Vaters 0660",
        "die nummer von meiner freundin ist 0660",
    ],
)
def test_a_relatives_number_starts_a_phone(first: str) -> None:
    out, markers = conversation(first, "555 0101")

    assert not any(c.isdigit() for c in "".join(out)), out
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


@pytest.mark.parametrize(
    "first",
    [
        "my son's order number is 4151",  # another number of theirs
        "my husband's 415",  # no number word
        "the husband's number is 415",  # no possessive
        "nummer von meinem konto 0660",  # no relative
    ],
)
def test_other_numbers_of_people_start_no_phone(first: str) -> None:
    _, markers = conversation(first)

    assert markers[0] is None or markers[0].entity_type != "PHONE"
