"""Round 10: on an address, the ZIP after a US state's code is no phone's start and no card's,
even when the phone on the next line makes a Luhn-valid run with it. Synthetic values."""

from __future__ import annotations

from tests.support.redaction import redact


def test_the_zip_above_the_phone_stays():
    text = "Ship to:\nJordan Miller\n58B Maple Ave\nSpringfield IL 12646\n(203) 540-1216"

    assert redact(text).endswith("Springfield IL 12646\n[PHONE]")


def test_a_phone_split_over_lines_is_still_masked():
    assert "900021" not in redact("my cell 07700 \n900021 if you need to call")
