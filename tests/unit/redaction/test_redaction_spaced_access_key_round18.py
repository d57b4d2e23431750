"""An AWS access key ID read out in groups ("AKIA ABCD1234 EFGH5678", "AKIA-ABCD-1234-
EFGH-5678"): its prefix and exactly sixteen characters after it, split by blanks, dots or
dashes. A group too short or too long, or another separator, stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("clave de acceso AKIA ABCD1234 EFGH5678", "clave de acceso [AWS_ACCESS_KEY]"),
        ("key AKIA-ABCD-1234-EFGH-5678 ok", "key [AWS_ACCESS_KEY] ok"),
        ("zugriffsschlüssel ASIA.ABCD1234.EFGH5678", "zugriffsschlüssel [AWS_ACCESS_KEY]"),
        ("key AKIA - ABCD1234 - EFGH5678", "key [AWS_ACCESS_KEY]"),
    ],
)
def test_an_access_key_in_groups_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "key AKIA ABCD1234 EFGH567",  # fifteen characters
        "key AKIA ABCD1234 EFGH56789",  # seventeen
        "key AKIA ABCD1234 EFGH5678x",  # a small letter glued on
        "key AKIA: ABCD1234 EFGH5678",  # a colon is no group's separator
        "key AKIB ABCD1234 EFGH5678",  # no key's prefix
        "key AKIA ABC DEFG1234 EFGH5",  # sixteen, but a group of three: words, not a key
    ],
)
def test_a_near_miss_stays(text: str) -> None:
    assert redact(text) == text
