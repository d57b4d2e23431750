"""Round 21: a card typed in its printed groups right after an order's reference, in one
run of digits with it ("pedido 7730412 4111 1111 1111 1111 €20,00"). The reference is the
run's first group; a card formed by the later groups is the customer's. Synthetic values
only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "pedido 7730412 4111 1111 1111 1111 €20,00",
            "pedido 7730412 [CREDIT_DEBIT_NUMBER] €20,00",
        ),
        (
            "pedido #77304125 5105.1051.0510.5100 19,90 €",
            "pedido #77304125 [CREDIT_DEBIT_NUMBER] 19,90 €",
        ),
        ("order 7730412 5105  1051  0510  5100", "order 7730412 [CREDIT_DEBIT_NUMBER]"),
        # a reference of five digits is longer than a card's group
        ("order 77304 4111 1111 1111 1111", "order 77304 [CREDIT_DEBIT_NUMBER]"),
        # written whole, as before
        ("order 266580351737 4111111111111111", "order 266580351737 [CREDIT_DEBIT_NUMBER]"),
    ],
)
def test_a_card_in_the_groups_after_a_reference_is_redacted(text: str, masked: str) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # the Luhn digit fails
        "pedido 7730412 4111 1111 1111 1112",
        # Luhn holds, but no card issuer starts so
        "pedido 7730412 9000 0000 0000 0001",
        # the reference alone, one group of fourteen digits
        "pedido 77304125501234",
        # a reference in groups of four like the card's: one reference throughout
        "order 7730 4111 1111 1111 1111",
        # groups of two digits: no printed card
        "pedido 7730412 41 11 11 11 11 11 11 11",
        # a card's digits, but not as a card is printed: another reference's groups of seven
        "pedido 7730412 5105105 1051051",
        # nor from a group of six
        "pedido 7730412 510510 51051051",
    ],
)
def test_groups_after_a_reference_that_form_no_card_stay(text: str) -> None:
    assert redact(text) == text
