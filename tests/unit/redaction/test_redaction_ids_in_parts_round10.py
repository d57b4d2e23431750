"""Round 10: identifiers sent in parts without their word. A CPF's nine digits as printed
(3-3-3), then its two check digits; a French NIR's printed first groups ("2 50 02"), then
the rest; its fourteen last digits alone when a leading 1 or 2 passes the key; an IBAN's
country and check digits alone ("PT50"), then the rest. The marker holds no digit; a count
after the CPF's nine digits stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def _holds_none_of(marker: object, value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    return digits not in repr(marker) and (len(digits) < 4 or digits[:4] not in repr(marker))


@pytest.mark.parametrize(
    ("first", "rest", "entity"),
    [
        ("667-498-897", "94", "BR_CPF"),
        ("2 50 02", "84 369 506 31", "FR_NIR"),
        ("2 50 02 84 369", "506 31", "FR_NIR"),
        ("PT50", "0002 0123 1234 5678 9015 4", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"),
    ],
)
def test_the_parts_are_masked(first: str, rest: str, entity: str) -> None:
    out, markers = conversation(first, rest)

    assert out[0] == f"[{entity}]" and out[1] == f"[{entity}]"
    assert markers[0] is not None and _holds_none_of(markers[0], first)


def test_a_nir_without_its_first_digit_passing_the_key_is_masked() -> None:
    out, _ = conversation("2", "50 02 84 369 506 31")

    assert out[1] == "[FR_NIR]"


def test_a_count_after_a_cpf_head_stays() -> None:
    out, _ = conversation("667-498-897", "2 items please")

    assert out[1] == "2 items please"


def test_a_date_with_a_lone_first_digit_is_no_nir() -> None:
    out, markers = conversation("2.10.27", "12")

    assert out == ["2.10.27", "12"] and markers[0] is None
    # "12" alone may start a number read out in parts (round 12), never a NIR
    assert markers[1] is None or markers[1].entity_type == "PII"
