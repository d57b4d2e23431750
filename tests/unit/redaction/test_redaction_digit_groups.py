"""Digit arithmetic done in C: group spans are those a regular expression match gives,
the Luhn check is python-stdnum's."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from connect_privacy.redaction.patterns.cards import luhn_valid
from connect_privacy.redaction.patterns.digit_groups import digit_group_spans


@settings(max_examples=300, deadline=None)
@given(
    view=st.text(alphabet="0123456789 -./+(\u0663\uff14a", max_size=60),
    data=st.data(),
)
def test_spans_are_those_of_each_ascii_digit_run(view: str, data: st.DataObject) -> None:
    begin = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(begin, len(view)))

    expected = [m.span() for m in re.finditer(r"[0-9]+", view[begin:end], re.ASCII)]

    assert digit_group_spans(view, begin, end) == [(b + begin, e + begin) for b, e in expected]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=24))
def test_the_luhn_check_is_python_stdnums(digits: str) -> None:
    assert luhn_valid(digits) is luhn.is_valid(digits)
