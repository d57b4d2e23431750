"""Round 9: a message that is an SSN's or ITIN's first two groups and nothing else ("997-92",
"123-45") starts the number: masked, and the next message's digits ("1234") end it. The
area and group must be issued ones; an SSN area starting 2-6 is left, as a card read out
in threes starts that way. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

ITIN = "[US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER]"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("997-92", "1234"), [ITIN, ITIN]),
        (("919-84", "then 1234"), [ITIN, f"then {ITIN}"]),
        (("123-45", "6789"), ["[SSN]", "[SSN]"]),
    ],
)
def test_the_first_groups_alone_start_the_number(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    # the marker holds a kind and counts only
    assert markers[0] is not None and markers[0].seen == 5 and markers[0].complete == 9


@pytest.mark.parametrize("text", ["933-12", "666-12", "000-12", "123-00", "497-10"])
def test_groups_never_issued_or_a_card_start_are_not_an_ssn(text):
    out, markers = conversation(text)

    assert out == [text]
    assert markers[0] is None or markers[0].entity_type not in ("SSN", ITIN[1:-1])
