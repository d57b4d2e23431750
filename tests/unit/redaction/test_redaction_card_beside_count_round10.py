"""Round 10: a known card's sixteen digits and a count beside them ("carte 5105 ... , 20
versements") are the card and a count, not an eighteen-digit CLABE (one run in ten passes
its check digit): the count stays. A DNI's check letter before a one-letter conjunction
("68.578.025-Y y el cp") is read with it. Synthetic values."""

from __future__ import annotations

from tests.support.redaction import redact


def test_the_instalment_count_after_a_card_stays() -> None:
    masked = redact("carte 5105108111237768 , 20 versements de $156,50")

    assert masked == "carte [CREDIT_DEBIT_NUMBER] , 20 versements de $156,50"


def test_a_dni_before_a_conjunction_is_masked_and_the_postcode_stays() -> None:
    masked = redact("si correcto, 68.578.025-Y y el codigo postal 29661")

    assert "68.578.025" not in masked and "[ES_DNI] y el codigo postal 29661" in masked
