"""Round 48: an IBAN typed in groups of three splits its check digits ("iban FR7", "IT9 1S3"),
or typed apart from them ("IBAN DE 89 3704"): the country's capitals before the digits are the
IBAN's first characters, so its length is its country's and its rest, over the next
messages, is masked to the last character ("C1"), in every language. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

IBAN = "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    "parts",
    [
        ("iban FR7", "630 006 000 011 234 567 890 189"),
        ("mi iban es ES9 121", "000 418 450 200 051 332"),
        ("mon IBAN : IT6 0X0", "542 811 101 000 000 123 456"),
        ("meine IBAN NL9", "1AB NA0 417 164 300"),
        ("o meu iban é BR1 500 000", "000 000 010 932 840 814 P2"),
        ("IBAN DE 89 3704", "0044 0532 0130 00"),
    ],
)  # fmt: skip
def test_an_iban_started_with_one_check_digit_is_masked_to_its_end(
    parts: tuple[str, str],
) -> None:
    (first, second), (_, marker) = conversation(*parts)

    assert first.endswith(IBAN)
    assert second == IBAN
    assert marker is None


@pytest.mark.parametrize(
    "parts",
    [
        ("iban PT5 000 020 123 123 456 789 015", "4"),
        ("iban BR1 500 000 000 000 010 932 840 814", "P2"),
        ("l'iban IT6 0X0 542 811 101 000 000 123", "456"),
    ],
)  # fmt: skip
def test_the_last_characters_of_an_iban_in_threes_are_masked(parts: tuple[str, str]) -> None:
    (first, second), _ = conversation(*parts)

    assert first.endswith(IBAN)
    assert second == IBAN


def test_an_iban_announced_then_typed_in_threes_runs_to_its_country_length() -> None:
    texts, markers = conversation(
        "je vous envoie l'iban en morceaux", "BR1 500 000 000 000 010 932 840 814", "P2"
    )

    assert texts[1:] == [IBAN, IBAN]
    assert markers[-1] is None


@pytest.mark.parametrize(
    "parts",
    [
        ("iban PT50 0002 0123 1234 5678 9015 4", "8 days ago"),
        ("iban FR7", "630 006 000 011 234 567 890 189", "3 times"),
    ],
)  # fmt: skip
def test_nothing_past_a_whole_iban_is_masked(parts: tuple[str, ...]) -> None:
    texts, _ = conversation(*parts)

    assert texts[-1] == parts[-1]


@pytest.mark.parametrize("text", ["iban QQ7", "iban de 7"])
def test_no_country_before_one_digit_starts_no_iban(text: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert masked == text
    assert marker is None
