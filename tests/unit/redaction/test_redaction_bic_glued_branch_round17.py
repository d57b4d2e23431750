"""Round 17: a BIC in groups with its branch glued to its location ("COBA DE FF500").
Synthetic values."""

from __future__ import annotations

from tests.support.redaction import redact


def test_a_bic_with_its_branch_glued_to_its_location_is_masked() -> None:
    assert redact("the SWIFT/BIC is COBA DE FF500") == "the SWIFT/BIC is [SWIFT_CODE]"


def test_a_bic_branch_of_two_characters_stays() -> None:
    assert "[SWIFT_CODE]" not in redact("bic COBA DE FF50")
