"""Round 51: a CURP typed in pieces after its word with O/o for 0 and l/I for 1 in its date
or its last digit ("CURP ROL M9l O5l 7MD FSP R08"): the pieces were joined but the
look-alikes left letters where the format wants digits. They are read as digits there
only, and the check digit validates the reading. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my curp is ROL M9l O5l 7MD FSP R08", "ROL M9l O5l 7MD FSP R08"),
        ("y mi curp por si acaso TEB A8O Ol1 OHN LRR L05", "TEB A8O Ol1 OHN LRR L05"),
        ("ma CURP mexicaine : ROLM-9l-O5l7-MDFSPR-O8", "ROLM-9l-O5l7-MDFSPR-O8"),
        ("CURP TEB A8O o11 0HN LRR LO5, danke", "TEB A8O o11 0HN LRR LO5"),
        ("meu curp é ROLM 9lO5l7 MDFSPR 08", "ROLM 9lO5l7 MDFSPR 08"),
    ],
)  # fmt: skip
def test_a_curp_in_pieces_with_lookalike_digits_is_masked(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[MX_CURP]")


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check digit: no CURP, whatever the look-alikes
        "my curp is ROL M9l O5l 7MD FSP R09",
        # look-alikes in the letters' places stay letters: not read as a date
        "curp? no idea, ask LOLO OLIO",
    ],
)  # fmt: skip
def test_a_reading_the_check_digit_refuses_stays(text: str) -> None:
    assert redact(text) == text
