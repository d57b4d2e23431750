"""Round 22, French: a social security number read out from its first digit, the sex ("1"
or "2"), sent alone after the number's word, then its groups. Synthetic values."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


@pytest.mark.parametrize("sex", ["1", "2", "1 "])
def test_the_sex_digit_alone_after_the_nir_word_starts_the_number(sex: str) -> None:
    out, pending = conversation("le numéro de sécu", sex, "85 03 75 116 238", "41")

    assert [text.strip() for text in out[1:]] == ["[FR_NIR]"] * 3
    marker = pending[1]
    assert isinstance(marker, PendingNumber)
    assert (marker.entity_type, marker.seen) == ("FR_NIR", 1)
    assert pending[-1] is None


@pytest.mark.parametrize("digit", ["3", "0", "9"])
def test_another_lone_digit_after_the_nir_word_is_no_sex_digit(digit: str) -> None:
    out, _ = conversation("le numéro de sécu", digit)

    assert out[1] == digit


def test_a_lone_digit_after_another_kind_of_number_word_stays() -> None:
    out, _ = conversation("my ssn", "1")

    assert out[1] == "1"


def test_the_sex_digit_with_a_word_after_it_is_a_count() -> None:
    out, _ = conversation("le numéro de sécu", "2 articles")

    assert out[1] == "2 articles"
