"""Round 53: an IBAN begun with its country's capitals alone after its word ("iban FR",
"IBAN: DE", "el iban" and "ES" on the next line), or run into its digits after an account's
word ("le RIB: FR27682901"), in the five languages: the capitals are masked, and the marker
waits for as many characters as that country's IBAN has, so the next parts are masked to
the last. A country's code in lower case, or after no value's word, stays. Synthetic
values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "messages",
    [
        ("iban FR", "7630 0060 0001", "1234 5678 9018 9"),
        ("IBAN: DE", "8937 0400 4405 3201", "3000"),
        ("el iban\nES", "9121 0004 1845 0200", "051332"),
        ("le rib en deux fois GB", "82 WEST 1234 5698 7654 32"),
        ("IBAN kommt in Teilen: AT", "6119 0430 0234", "5732 01"),
        ("meu iban PT", "5000 0201 2312 3456 7890", "154"),
    ],
)  # fmt: skip
def test_an_iban_begun_with_its_country_alone_is_masked_to_its_last_part(
    messages: tuple[str, ...],
) -> None:
    masked, markers = conversation(*messages)
    country = messages[0][-2:]
    assert country not in masked[0][-2:]
    for text, out in zip(messages[1:], masked[1:], strict=True):
        assert not any(c.isdigit() for c in out), (text, out)
    assert markers[-1] is None


@pytest.mark.parametrize(
    "messages",
    [
        ("le RIB: FR7630006000", "01123456789018 9"),
        ("mi cuenta ES9121000418", "45 0200 0513 32"),
        ("Konto DE8937040044", "0532013000"),
    ],
)  # fmt: skip
def test_an_account_given_as_its_iban_start_waits_for_the_whole_iban(
    messages: tuple[str, ...],
) -> None:
    masked, markers = conversation(*messages)
    assert messages[0].split()[-1] not in masked[0]
    assert not any(c.isdigit() for c in masked[1])
    assert markers[0] is not None and markers[0].entity_type == "INTERNATIONAL_BANK_ACCOUNT_NUMBER"


def test_the_marker_holds_the_country_length_not_the_country() -> None:
    _, markers = conversation("iban ES")
    marker = markers[0]
    assert marker is not None
    assert (marker.seen, marker.complete) == (2, 24)
    assert "ES" not in str(marker.to_item())


@pytest.mark.parametrize(
    "text",
    [
        "iban de mi madre",  # a word, not a country's capitals
        "my account at the DE branch is closed",  # no value ends the message
        "el iban de la factura ES",  # an invoice's, not the customer's
    ],
)
def test_a_country_word_that_begins_no_iban_stays(text: str) -> None:
    masked, _ = conversation(text)
    assert masked[0] == text
