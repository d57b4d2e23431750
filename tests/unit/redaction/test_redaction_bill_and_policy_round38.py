"""A bill's and an insurance policy's numbers are no customer's (round 38).

Portuguese "conta" and Spanish "cuenta" are an account and also the bill of a place or a
service ("a conta do hospital", "la cuenta del hotel", "a conta de luz"): the number after
that is an invoice's. An insurance policy named in French or German ("police", "Polizze")
makes the number after it a reference, as "póliza" and "apólice" do.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import OFFLINE_WITH_CUSTOM


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sobre a conta do hospital F2467598", "F2467598"),
        ("sobre a conta do hospital FAC-819934, o cpf do titular é 123.456.789-09", "819934"),
        ("la cuenta del hotel 48213", "48213"),
        ("la cuenta de la luz 9876543", "9876543"),
        ("a conta de água 55501234", "55501234"),
    ],
)
def test_a_bill_of_a_place_or_a_service_is_kept(text: str, value: str) -> None:
    assert value in OFFLINE_WITH_CUSTOM.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a conta do banco 12345678", "12345678"),
        ("minha conta 12345678", "12345678"),
        ("mi cuenta 012345678901234567", "012345678901234567"),
        ("sobre a conta do hospital F2467598, o cpf do titular é 123.456.789-09", "123.456.789-09"),
    ],
)
def test_an_account_or_an_id_is_still_masked(text: str, value: str) -> None:
    assert value not in OFFLINE_WITH_CUSTOM.redact(text).text


@pytest.mark.parametrize(
    "text", ["schaden zur police 515-662350", "numéro de police 515-662350", "Polizze 515-662350"]
)
def test_a_policy_number_is_kept(text: str) -> None:
    assert "515-662350" in OFFLINE_WITH_CUSTOM.redact(text).text


def test_the_phone_after_a_policy_is_still_masked() -> None:
    masked = OFFLINE_WITH_CUSTOM.redact("schaden zur police 515-662350: tel 0151 2345678").text
    assert "515-662350" in masked and "2345678" not in masked
