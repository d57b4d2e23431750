"""Round 51: a NIE, a DNI or an RFC whose letters the customer sets apart from its digits
with noise ("X 👉 1234561 next J", "dni 30112847 despues M", "GOML luego 850312 | K47").
The noise between digits was blanked already, not the noise between a value's letters and
its digits; the parts are now read across it and the whole validated by its check letter
(NIE, DNI) or its format and birth date (RFC); its digits may come in groups themselves.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my nie is X 👉 1234561 next J", "X 👉 1234561 next J"),
        ("mi NIE: Y | 7003218 y luego P, gracias", "Y | 7003218 y luego P"),
        ("mon NIE Z et puis 5550912 puis M", "Z et puis 5550912 puis M"),
        ("meine NIE X danach 9081726 dann S bitte", "X danach 9081726 dann S"),
        ("meu NIE Y aí 2468013 e depois N", "Y aí 2468013 e depois N"),
        # the control letter alone set apart
        ("nie X1234561 ... J", "X1234561 ... J"),
        # the digits in groups, noise between them too, or the letter glued to the first
        ("my nie was X after that 123 then 4561 / J before", "X after that 123 then 4561 / J"),
        ("mon NIE X12 / 34561 ensuite J. merci", "X12 / 34561 ensuite J"),
        ("meine NIE:\nZ danach 555 / 0912 danach M", "Z danach 555 / 0912 danach M"),
    ],
)  # fmt: skip
def test_a_nie_split_by_noise_is_masked_whole(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[ES_NIE]")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the dni 30112847 then M", "30112847 then M"),
        ("el dni es 55087134 despues H", "55087134 despues H"),
        ("ma carte d'identité espagnole: 71230098 👉 H", "71230098 👉 H"),
        ("spanischer Ausweis 30112847 dann M", "30112847 dann M"),
        ("o documento espanhol 55087134 depois H", "55087134 depois H"),
        ("my dni 30 next 112 😅 847 next M and phone", "30 next 112 😅 847 next M"),
    ],
)  # fmt: skip
def test_a_dni_with_its_letter_set_apart_is_masked_in_a_message_about_documents(
    text: str, value: str
) -> None:
    assert redact(text) == text.replace(value, "[ES_DNI]")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rfc GOML 👉 850312 💳 K47", "GOML 👉 850312 💳 K47"),
        ("mi rfc PEJA luego 900101 despues AB3", "PEJA luego 900101 despues AB3"),
        ("RFC de la empresa BAR ... 970228 | Q21", "BAR ... 970228 | Q21"),
        ("mein RFC LOSR danach 880715 dann H2A", "LOSR danach 880715 dann H2A"),
        ("meu RFC GOML depois 850312 e depois K47", "GOML depois 850312 e depois K47"),
    ],
)  # fmt: skip
def test_an_rfc_split_by_noise_is_masked_whole(text: str, value: str) -> None:
    assert redact(text) == text.replace(value, "[MX_RFC]")


def test_a_nie_sent_after_the_message_that_names_it_is_masked() -> None:
    seen, _ = conversation("I lived in Spain so I still have a NIE", "Z 🙂 5550912 then M")
    assert seen[1] == "[ES_NIE]"


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check letter: not a NIE, not a DNI
        "X 👉 1234561 next K",
        "the dni 30112847 then A",
        # a date that is none: not an RFC's
        "GOML 👉 851342 💳 K47",
        # the last character of an RFC is its check digit or an A
        "ABCD then 850312 then XYZ",
        # orders, dates, prices and counts stay
        "order 4471 then 20 items, size X then 42",
        "on 12/03/2025 at 14:30, total 49.90 EUR",
        "ticket Y-2024 then 7 days",
        "order 123 4561 then J and size X 12 items",
        # a date in groups between words is no RFC's birth date
        "fui cobrada duas vezes, dia 11/12/25 e dia 2025-04-24",
    ],
)  # fmt: skip
def test_other_letters_and_numbers_stay(text: str) -> None:
    assert redact(text) == text
