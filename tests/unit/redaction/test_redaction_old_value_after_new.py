"""The old value named right after a new one is the customer's too, of the same kind: "new
pin 7375. old one was 6985". A code's old value may have another length; any other kind's
has about as many digits. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("new pin 7375. old one was 6985", "new pin [PIN]. old one was [PIN]"),
        ("new pin 7375, the previous one was 698512", "new pin [PIN], the previous one was [PIN]"),
        ("new pin 7375 and the old is 6985", "new pin [PIN] and the old is [PIN]"),
        ("nip nuevo 8553, el viejo era 9080", "nip nuevo [PIN], el viejo era [PIN]"),
        ("pin nuevo 8553; el anterior es 9080", "pin nuevo [PIN]; el anterior es [PIN]"),
        ("neue PIN 4821, die alte war 1234", "neue PIN [PIN], die alte war [PIN]"),
        ("senha nova 956802, a antiga era 7498", "senha nova [PIN], a antiga era [PIN]"),
        (
            "account 12345678, the old one was 87654321",
            "account [BANK_ACCOUNT_NUMBER], the old one was [BANK_ACCOUNT_NUMBER]",
        ),
        # two digits fewer: still about as many
        (
            "account 12345678, the old one was 876543",
            "account [BANK_ACCOUNT_NUMBER], the old one was [BANK_ACCOUNT_NUMBER]",
        ),
    ],
)
def test_the_old_value_after_a_new_one_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("new pin 7375, the old one was 12/03", "new pin [PIN], the old one was 12/03"),
        ("new pin 7375. old one was 2 weeks ago", "new pin [PIN]. old one was 2 weeks ago"),
        ("new pin 7375, old order was 12345678", "new pin [PIN], old order was 12345678"),
        ("new pin 7375, the old one was 12", "new pin [PIN], the old one was 12"),
        # not a code: an old value of another length is no old account number
        (
            "account 12345678, the old one was 87654",
            "account [BANK_ACCOUNT_NUMBER], the old one was 87654",
        ),
        ("new pin 7375 ... old one was 6985", "new pin [PIN] ... old one was 6985"),
    ],
)
def test_what_is_no_old_value_stays(text: str, masked: str) -> None:
    assert redact(text) == masked
