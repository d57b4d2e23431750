"""A code told to a caller, the way a fraud is reported ("le dije el código 482913", "je
lui ai donné le code 482913", "passei o código 482913", "I gave him the code 482913"): the
verb that gave it away makes it the card's or the bank's code, unless a reference's word
right after it says whose code it was. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "llamaron del banco y le dije el código 482913",
        "le di el código 482913",
        "le pasé el código 482913",
        "je lui ai donné le code 482913",
        "j'ai communiqué le code 482913",
        "passei o código 482913 pro golpista",
        "eu dei o código 482913",
        "eu disse o código 482913",
        "I gave him the code 482913",
        "I told them the code 482913",
        # a reference's word beyond the reach says nothing of this code
        "di el código 12345678 y luego del envío no supe nada",
    ],
)
def test_a_code_told_to_someone_is_masked(text):
    assert "482913" not in redact(text) and "12345678" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "di el código 12345678 del envío",  # the parcel's code
        "le pasé el código 12345678 del pedido",  # the order's
        "el código 482913 no me llegó",  # no verb gave it away
        "le dije el código de pedido 482913",  # the word is the order's code's
    ],
)
def test_a_reference_code_or_no_verb_stays(text):
    out = redact(text)

    assert "482913" in out or "12345678" in out
