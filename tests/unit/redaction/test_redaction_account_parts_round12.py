"""Round 12: an account over several messages. A few digits after the account word, then
a wait ("account 588 hang on kids"), start the account: the rest ("right 31616") is
masked. A New Zealand account's bank-branch-base ("02-6699-7922322") waits for its two-
or three-digit suffix sent alone; a count after it stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

ACCOUNT = "[BANK_ACCOUNT_NUMBER]"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("account 588 hang on kids", "right 31616"),
            [f"account {ACCOUNT} hang on kids", f"right {ACCOUNT}"],
        ),
        (("acc 02-6699-7922322", "00"), [f"acc {ACCOUNT}", ACCOUNT]),
        (("acc 02-6699-7922322", "002"), [f"acc {ACCOUNT}", ACCOUNT]),
    ],
)
def test_account_parts(texts, expected):
    out, markers = conversation(*texts)

    assert out == expected
    assert markers[0] is not None and markers[0].entity_type == ACCOUNT[1:-1]


@pytest.mark.parametrize(
    "texts",
    [
        ("acc 02-6699-7922322", "3 items"),
        ("account 588 hang on", "order 12345"),
        ("account 588 is closed", "12 euros"),
    ],
)
def test_a_count_an_order_or_an_amount_after_stays(texts):
    out, _ = conversation(*texts)

    assert out[1] == texts[1]
