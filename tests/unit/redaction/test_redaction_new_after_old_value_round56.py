"""Round 56: a customer changing a code names the old value, then the new one right after
it ("old one was 1418 new one 6691", "el viejo es 5969 y el nuevo 2593", "code 6440, le
nouveau 8839", "alte 2859 neue 0598", "a antiga 7567 e a nova 6908"), the new one maybe
typed with look-alike letters ("669l", "o598"). Both are masked. Synthetic values."""

from __future__ import annotations

import re

import pytest

from tests.support.redaction import redact

DIGIT = re.compile(r"[0-9]")


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("reset my PIN please, old one was 1418 new one 6691", "6691"),
        ("reset my PIN please, old one was 1418 new one 669l", "669l"),
        ("my card was eaten, the pin was 7989, new one should be l502", "l502"),
        ("quiero cambiar mi NIP, el viejo es 5969 y el nuevo 25I938", "25I938"),
        ("el pin era 9469 y el nuevo 4o2783", "4o2783"),
        ("le distributeur a gardé ma carte, code 6440, le nouveau 88I839", "88I839"),
        ("ich will meine geheimzahl ändern, alte 2859 neue o598", "o598"),
        ("pin war 3428, neue ist 0865", "0865"),
        ("quero trocar a senha do cartao, a antiga 7567 e a nova 69o8", "69o8"),
    ],
)
def test_the_new_value_after_the_old_one_is_masked(text: str, new: str) -> None:
    out = redact(text)

    assert new not in out
    # the old value and the new, the last thing typed, both masked
    assert out.endswith("]")
    assert not DIGIT.search(out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("order 123456 new one 12 items", "123456 new one 12 items"),
        ("pin 4821, new phone arriving tomorrow", "new phone arriving tomorrow"),
    ],
)
def test_other_numbers_after_new_are_left(text: str, kept: str) -> None:
    assert kept in redact(text)
