"""Round 29b, English and German: a password in capitals with a digit and a dot, star or hash
after a bare "pass" ("user jdoe_77 pass LION.4821"): no passport prints those, so it is the
password, while "Pass C01X00T47" stays a passport and "pass U.S. customs" prose. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pass LION.4821", "pass [PASSWORD]"),
        ("user jdoe_77 pass LION.4821", "user [USERNAME] pass [PASSWORD]"),
        ("Benutzer jdoe_77 pass KATZE#2290", "Benutzer [USERNAME] pass [PASSWORD]"),
        ("pass LION*4821", "pass [PASSWORD]"),
        ("Pass: LION.4821", "Pass: [PASSWORD]"),
        # lower case was a password already
        ("pass Lion.4821", "pass [PASSWORD]"),
    ],
)
def test_a_capital_password_after_pass_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # capitals and digits: a German passport
        ("Pass: C01X00T47", "Pass: [PASSPORT_NUMBER]"),
        ("mein Pass C01X00T47 läuft ab", "mein Pass [PASSPORT_NUMBER] läuft ab"),
        # with a dash: capitals, digits and dashes are still a passport's, no password's
        # (since round 53 read as the passport in groups after German's "Pass")
        ("Pass C01X-00T47", "Pass [PASSPORT_NUMBER]"),
        ("Pass (C01X-00T47)", "Pass (C01X-00T47)"),
        # capitals and dots without a digit: initials
        ("we had to pass U.S. customs", "we had to pass U.S. customs"),
        ("pass ABC.DEF", "pass ABC.DEF"),
        # a version number
        ("pass V1.2", "pass V1.2"),
    ],
)
def test_a_passport_initials_or_version_after_pass_is_no_password(text, masked):
    assert redact(text) == masked
