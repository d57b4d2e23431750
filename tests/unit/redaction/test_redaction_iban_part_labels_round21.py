"""Round 21, over messages: an IBAN sent in parts the customer labels ("iban part one NL91",
"part two ABNA 0417", "and the last bit 1643 00"; "Teil eins", "Teil zwei"). The label's
number word is no digit of the IBAN, before its country code or its bank's capitals too.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

_IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("parts", "labels"),
    [
        (
            ("iban part one NL91", "part two ABNA 0417", "and the last bit 1643 00"),
            ("iban part one", "part two", "and the last bit"),
        ),
        (
            ("iban part one GB82 WEST", "part two 1234 5698", "and the last bit 7654 32"),
            ("iban part one", "part two", "and the last bit"),
        ),
        (
            ("iban Teil eins DE89 3704", "Teil zwei 0044 0532", "Teil drei 0130 00"),
            ("iban Teil eins", "Teil zwei", "Teil drei"),
        ),
    ],
)
def test_an_iban_in_labelled_parts_is_masked_and_its_labels_stay(
    parts: tuple[str, ...], labels: tuple[str, ...]
) -> None:
    out, _ = conversation(*parts)

    assert out == [f"{label} {_IBAN}" for label in labels]
