"""A value followed by a word that names it is whole as typed, not the start of a
number split over messages: "20001 <- plz" after a tax id, "2800 c'est le code
postal" after a card word. Only a plea to wait or a word saying more is coming
("and", "y luego", "und dann") keeps a trailing value pending."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation

CARD = "[CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ("steuernummer hab ich nicht, wohnort 80331 = plz", "80331"),
        ("nif 123456789, 4470 é o código postal", "4470"),
        ("la tarjeta ya la di, 28013 codigo postal", "28013"),
        ("my social is done, 90210 my zip", "90210"),
        ("carte ok, 75011 arrondissement", "75011"),
        ("cpf enviado, 01310 bairro", "01310"),
    ],
)
def test_a_trailing_value_named_by_the_words_after_it_starts_nothing(first, kept):
    out, markers = conversation(first, "12 itens")

    assert kept in out[0]
    assert markers[0] is None
    assert out[1] == "12 itens"


@pytest.mark.parametrize(
    "first",
    [
        "my card is 4111 1111 and",
        "mi tarjeta es 4111 1111 y luego",
        "ma carte 4111-1111 et puis",
        "meine Kartennummer 4111 1111 und dann",
        "número do cartão 4111 1111 e depois",
    ],
)
def test_a_word_saying_more_is_coming_keeps_the_value_pending(first):
    out, markers = conversation(first, "1111 1111")

    assert not any(c.isdigit() for c in out[0] + out[1])
    assert markers[0] is not None and markers[0].entity_type == "CREDIT_DEBIT_NUMBER"
