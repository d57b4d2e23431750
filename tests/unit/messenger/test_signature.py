"""X-Hub-Signature-256 over the exact raw bytes.

Equivalent mutants left alive by ``make mutation``: encoding the header with
``.encode(errors="replace")`` or ``.encode("UTF-8", ...)`` instead of ``"utf-8"`` (the
default codec and another spelling of the same one).
"""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given, settings
from hypothesis import strategies as st

from connect_privacy.messenger.signature import sign, signature_is_valid

SECRET = "synthetic-app-secret"
# Meta's wire form: non-ASCII escaped as lowercase \u sequences.
BODY = (
    b'{"object":"page","entry":[{"id":"1","messaging":'
    b'[{"message":{"text":"\\u00e4\\u00f6\\u00e5"}}]}]}'
)


def test_sign_matches_an_independent_hmac() -> None:
    expected = hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert sign(BODY, SECRET) == f"sha256={expected}"


def test_a_valid_signature_is_accepted() -> None:
    assert signature_is_valid(BODY, sign(BODY, SECRET), SECRET)


def test_surrounding_whitespace_and_uppercase_hex_are_tolerated() -> None:
    assert signature_is_valid(BODY, f"  {sign(BODY, SECRET).upper()} ", SECRET)


def test_the_decoded_text_does_not_verify() -> None:
    decoded = BODY.decode("unicode_escape").encode()  # what re-serialising would hash
    assert not signature_is_valid(BODY, sign(decoded, SECRET), SECRET)


def test_missing_empty_or_legacy_sha1_signatures_are_rejected() -> None:
    sha1 = "sha1=" + hmac.new(SECRET.encode(), BODY, hashlib.sha1).hexdigest()
    for header in (None, "", "sha256=", sha1, sign(BODY, SECRET)[7:]):
        assert not signature_is_valid(BODY, header, SECRET)


def test_non_ascii_headers_are_rejected_not_raised() -> None:
    assert not signature_is_valid(BODY, "sha256=ä" + "0" * 63, SECRET)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.text(max_size=80))
def test_only_the_right_digest_verifies(body: bytes, header: str) -> None:
    assert signature_is_valid(body, sign(body, SECRET), SECRET)
    if header.strip().lower() != sign(body, SECRET):
        assert not signature_is_valid(body, header, SECRET)


def test_a_header_that_is_not_valid_unicode_is_refused_not_raised() -> None:
    # A lone surrogate cannot be encoded as UTF-8; the check must answer False, not crash
    # (mutation testing: dropping errors="replace" went unnoticed).
    assert signature_is_valid(BODY, "sha256=\ud800" + "0" * 63, SECRET) is False
