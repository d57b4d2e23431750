"""Round 56: a value's first part after words saying it comes in parts and a colon ("i'll
send it in pieces since the app cuts: 417"), and a phone's country code ending a message
("my number is +33"), start a value whose rest comes in the next messages; a word that only
starts like a month ("declaration 2027") makes no expiry. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "parts",
    [
        ("i'll send it in pieces since the app cuts me off: 417", "5520", "93"),
        ("te lo paso en trozos porque se corta: 73", "118 40", "256"),
        ("je l'envoie par morceaux sinon ça coupe : 6604", "1127", "8"),
        ("ich schick es in Teilen sonst bricht es ab: 382", "7710", "45"),
        ("vou mandar em partes porque corta: 5012", "33 87", "9"),
    ],
)  # fmt: skip
def test_a_first_part_after_words_saying_it_comes_in_parts_and_its_rest_are_masked(
    parts: tuple[str, str, str],
) -> None:
    texts, _ = conversation(*parts)

    assert parts[0].rsplit(":", 1)[1].strip() not in texts[0]
    assert texts[1:] == ["[PII]", "[PII]"]


@pytest.mark.parametrize(
    "text",
    [
        "te lo pago en 3 partes: 300 €",
        "je paie en deux parties : 45 %",
    ],
)
def test_an_amount_after_words_saying_in_parts_stays(text: str) -> None:
    texts, markers = conversation(text)

    assert texts == [text]
    assert markers == [None]


@pytest.mark.parametrize(
    "parts",
    [
        ("whats ur number? mine is +33", "6 12 34 56 78"),
        ("me podéis llamar? +34", "612 34 56 78"),
        ("vous pouvez me rappeler ? +33", "6 98 76 54 32"),
        ("können Sie mich zurückrufen? +49151", "23456789"),
        ("podem ligar-me? +351", "912 345 678"),
    ],
)  # fmt: skip
def test_a_country_code_ending_a_message_starts_a_phone(parts: tuple[str, str]) -> None:
    texts, _ = conversation(*parts)

    assert "+3" not in texts[0] and "+4" not in texts[0]
    assert texts[1] == "[PHONE]"


@pytest.mark.parametrize("text", ["+1", "totally agree +1", "prices went up +15 %", "rating +99"])
def test_a_plus_without_a_calling_code_stays(text: str) -> None:
    texts, markers = conversation(text)

    assert texts == [text]
    assert markers == [None]


@pytest.mark.parametrize(
    "text",
    [
        "declaration 2027",
        "déclaration 2028",
        "decision 2029",
        "marketing 2030",
    ],
)
def test_a_word_starting_like_a_month_makes_no_expiry(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", ["december 2029", "Sept 2030", "dezembro 2031", "févr. 2029"])
def test_a_month_named_whole_still_makes_an_expiry(text: str) -> None:
    assert redact(text) != text
