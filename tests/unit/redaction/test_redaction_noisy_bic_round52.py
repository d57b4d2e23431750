"""A BIC after its word whose statement groups are set apart by noise (an emoji, a pipe, a
joining word, a line's end) is masked in the five languages; capitals that make no code, a
country no country has, and words in capitals stay. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my swift is WXYZ | GB and then 2L", "my swift is [SWIFT_CODE]"),
        ("swift code HSBQ and US 🙏 3K | NYC thanks", "swift code [SWIFT_CODE] thanks"),
        ("el bic es ABCD y luego ES // 1X", "el bic es [SWIFT_CODE]"),
        ("bic BBXY 😅 MX luego KV y MAD", "bic [SWIFT_CODE]"),
        (
            "le code bic de ma banque c'est ABCD 👉 FR || 2P je crois",
            "le code bic de ma banque c'est [SWIFT_CODE] je crois",
        ),
        ("BIC QWRT ensuite FR et 4B ensuite PAR", "BIC [SWIFT_CODE]"),
        ("BIC PJKC dann noch DE\nJ2, ab dem 3.3. bitte", "BIC [SWIFT_CODE], ab dem 3.3. bitte"),
        ("neue BIC GRTM 🙏 DE und dann UD bitte", "neue BIC [SWIFT_CODE] bitte"),
        ("o swift é HHBT 🙏 BR então T6 / RIO", "o swift é [SWIFT_CODE]"),
        ("bic NLDB 👉 PT a seguir SN", "bic [SWIFT_CODE]"),
        ("o swift do meu banco e RWTQ - BR // S4", "o swift do meu banco e [SWIFT_CODE]"),
    ],
)
def test_a_bic_split_by_noise_is_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "swift WXYZ | QQ and then 2L",  # QQ is no country's code
        "bic ABCD | FR",  # four letters and a country: no location
        "the swift app says OKAY | SO and NO",  # words in capitals
        "bic ABCD\n\nFR 2L",  # a blank line between: no one code
        "swift transfer of 120 EUR | ref 3345 on 12/03",  # amounts and dates stay
        "order ABCD | FR and 2L shipped",  # no BIC word
    ],
)
def test_capitals_that_make_no_code_stay(text: str) -> None:
    assert redact(text) == text
