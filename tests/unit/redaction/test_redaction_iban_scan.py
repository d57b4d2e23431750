"""The IBAN scan reads only as far as the country's IBAN length, and finds what a check of
every group-aligned prefix with python-stdnum finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban

from connect_privacy.redaction.patterns.banking import find_iban

VALID = (
    "GB82 WEST 1234 5698 7654 32",
    "DE89 3704 0044 0532 0130 00",
    "FR14 2004 1010 0505 0001 3M02 606",
)


def every_aligned_prefix(text: str) -> list[tuple[int, int]]:
    """The longest valid IBAN ending at a group boundary, from each two-letter start."""
    found = []
    position = 0
    while position < len(text) - 3:
        ends = [
            end
            for end in range(position + 15, len(text) + 1)
            if (end == len(text) or not text[end].isalnum())
            and (position == 0 or not text[position - 1].isalnum())
            and iban.is_valid(text[position:end])
            and all(c.isalnum() or c in " -" for c in text[position:end])
        ]
        if ends:
            found.append((position, max(ends)))
            position = max(ends)
        else:
            position += 1
    return found


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*VALID, "GB82 WEST", "1234", "XX12 3456 7890 1234 56", "AB", "see"]),
        min_size=1,
        max_size=6,
    )
)
def test_every_valid_iban_is_found_whole(pieces: list[str]) -> None:
    text = " ".join(pieces)

    found = sorted((span.begin, span.end) for span in find_iban(text))

    assert found == every_aligned_prefix(text)
