"""Round 48: a phone's word, then a device named after an indefinite article and a few digits
("el cel era un iPhone 68", "my phone is an iPhone 12"): the digits are the model's, no phone
starts. A number that opens with a trunk 0, has more than four digits, or follows a word for
which number or line it is ("a new 412", "un fijo 912") still starts one. Synthetic values
only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    "text",
    [
        "my phone is an iPhone 12",
        "el cel era un iPhone 68",
        "mon portable c'est un Galaxy 23",
        "mein Handy ist ein Galaxy 24",
        "o celular é um Moto 52",
        "la poliza cubre el 26% no? el celular era un FritzBox 7590",
    ],
)
def test_a_model_named_after_an_article_starts_no_phone(text: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert masked == text
    assert marker is None


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("my phone is an iPhone 0412", "my phone is an iPhone "),
        ("el cel era un iPhone 61234", "el cel era un iPhone "),
        ("my cell is a new 412", "my cell is a new "),
        ("mi cel es un fijo 912", "mi cel es un fijo "),
        ("mon portable c'est une ligne 612", "mon portable c'est une ligne "),
        ("meine Handynummer ist eine 0171", "meine Handynummer ist eine "),
        ("o meu celular é 119", "o meu celular é "),
    ],
)  # fmt: skip
def test_a_phone_start_after_an_article_is_still_masked(text: str, head: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert masked == head + "[PHONE]"
    assert marker is not None
    assert marker.entity_type == "PHONE"
