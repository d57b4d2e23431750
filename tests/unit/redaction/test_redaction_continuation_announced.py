"""A message that names a number and holds none of it ("quiero cambiar mi móvil",
"meine Steuer-ID:") announces the value: the next messages' leading groups are that
value, even when the first of them has only a few digits. Amounts, dates, counts and
references after such a message stay."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("announce", "parts", "kind"),
    [
        ("quiero cambiar mi móvil", ("es el 612", "34 56 78"), "PHONE"),
        ("meine neue Handynummer lautet", ("0171 23", "456 78"), "PHONE"),
        ("so my new number", ("it's 415", "555 0132"), "PHONE"),
        ("numéro de carte bancaire", ("4970 1012", "3456 7890"), "CREDIT_DEBIT_NUMBER"),
        ("cpf do titular", ("123.456", ".789-09"), "BR_CPF"),
        ("my itin is", ("912 70", "1234"), "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER"),
    ],
)
def test_parts_after_a_message_naming_the_number_are_masked(announce, parts, kind):
    out, markers = conversation(announce, *parts)

    assert out[0] == announce
    assert not any(c.isdigit() for c in out[1] + out[2])
    assert markers[0] is not None and markers[0].entity_type == kind
    assert markers[0].seen == 0


@pytest.mark.parametrize(
    ("announce", "after"),
    [
        ("mi tarjeta no funciona", "12/05 la rechazaron"),  # a date
        ("can you look at my card", "250 € twice"),  # an amount
        ("ma carte bancaire", "$40 de frais"),
        ("wo ist meine Karte", "2 Wochen schon"),  # a count
        # the end of a card, not its start (a number alone would be a PIN's answer)
        ("my card ending in", "4242 ok"),
        ("el número de pedido", "77120 porfa"),  # a reference
        ("mi cuenta", "the order 55120 never came"),  # a reference word leads in
        ("mi teléfono se rompió hace", "three days"),
    ],
)
def test_what_follows_a_naming_message_and_is_not_its_value_stays(announce, after):
    out, _ = conversation(announce, after)

    assert out[1] == after


def test_a_message_holding_digits_announces_nothing():
    # "4111... is my card": a value typed before its word is whole, not announced
    out, markers = conversation("4111 1111 1111 1111 is my card", "cvv later 7 days")

    assert markers[0] is None
    assert out[1] == "cvv later 7 days"


@pytest.mark.parametrize(
    ("announce", "answer"),
    [
        ("ok here is the pin", "7391"),
        ("qual é a senha do cartão?", "é 8264"),
        ("je vous donne le code pin", "c'est 5027 🙏"),
        ("die alte Geheimzahl war", "1840"),
    ],
)
def test_a_pin_sent_after_the_message_that_names_it_is_masked(announce, answer):
    out, markers = conversation(announce, answer)

    assert not any(c.isdigit() for c in out[1])
    assert markers[0] is not None and markers[0].entity_type == "PIN"


@pytest.mark.parametrize(
    ("announce", "after"),
    [
        ("i forgot my pin", "order 4412 never came"),  # a reference of its own
        ("mi pin no funciona", "pedido 88120 sigue sin llegar"),
        ("blocked my pin", "3 times already"),  # a count
        ("cambié el pin", "el 14/06"),  # a date
    ],
)
def test_a_reference_count_or_date_after_a_pin_word_stays(announce, after):
    out, _ = conversation(announce, after)

    assert out[1] == after
