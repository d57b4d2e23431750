"""Round 49b: a value's first part inside a sentence that goes on, in the five languages.
A copula that says the digits are what the customer has ("is what i have on file"), a
foreign id's country or an article between the value's word and the digits ("Steuer-ID
aleman:", "carte, la 3782"), a question after them ("is that you?"), a phone's two-digit
area code past any hour, and an IBAN's head after where money goes ("payment to GB33") all
start the marker; the rest sent next is masked. Counts, times and codes start nothing.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest", "entity"),
    [
        # a copula saying the digits are what the customer has
        ("CLABE 8157 is what i have on file, order 5512 late", "oops 8157-3382", "MX_CLABE"),
        # a Spanish "cuenta" is read as a CLABE, as ending a message
        ("cuenta 4471 es la que tengo registrada, gracias", "y 5512 9930", "MX_CLABE"),
        ("NIF 278 é o que ta cadastrado, pedido atrasado", "ops 706 584", "PT_NIF"),
        ("tel +33 6 c'est ce que vous avez, merci", "oups 08 39 41 27", "PHONE"),
        (
            "Kontonummer 1234 ist das, was ich angegeben habe",
            "und 5678 9012",
            "BANK_ACCOUNT_NUMBER",
        ),
        # a foreign id's country between the word and the digits
        ("les comparto mi Steuer-ID aleman: 16-879. Saludos", "lo demas es 051", "DE_TAX_ID"),
        ("NIF portugais c'est 246, je l'ai envoyé hier", "la suite 130-350", "PT_NIF"),
        ("DNI espagnol c'est 67-873 si besoin", "648-G", "ES_DNI"),
        # an article or the owner's word between them
        (
            "faut une nouvelle carte, la 3782 volée le 11/01/2026",
            "et 825178",
            "CREDIT_DEBIT_NUMBER",
        ),
        # a question after the digits asks about them
        ("they asked for my account number 1991, is that you?", "and 8493", "BANK_ACCOUNT_NUMBER"),
        # a phone's two-digit area code no hour can be
        ("me pueden marcar al 55 despues de las 6pm porfa", "25817432", "PHONE"),
        # an IBAN's head after where money comes from or goes
        ("the payment to GB33 failed again", "oops 4455 6677", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"),
    ],
)
def test_a_first_part_inside_a_sentence_and_its_rest_are_masked(
    first: str, rest: str, entity: str
) -> None:
    (masked_first, masked_rest), _ = conversation(first, rest)

    assert f"[{entity}]" in masked_first
    assert not any(c.isdigit() for c in masked_rest)


@pytest.mark.parametrize(
    ("first", "rest", "entity"),
    [
        ("CNPJ = 28 es el que tengo registrado, el pedido atrasado", "739 208 0001 46", "BR_CNPJ"),
        ("Steuer-ID 10 ist das, was ihr habt", "123 456 789", "DE_TAX_ID"),
        ("NIF 27 é o que ta cadastrado", "8 123 456", "PT_NIF"),
    ],
)
def test_two_digits_the_words_after_put_on_record_are_a_first_part(
    first: str, rest: str, entity: str
) -> None:
    (masked_first, masked_rest), _ = conversation(first, rest)

    assert f"[{entity}]" in masked_first
    assert not any(c.isdigit() for c in masked_rest)


@pytest.mark.parametrize(
    "text",
    [
        "cuenta 12 es la que uso para todo",  # used, not on record
        "das Finanzamt will meine Steuer-ID 10 nochmal",  # two digits, no words of record
    ],
)
def test_two_digits_without_words_of_record_start_nothing(text: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert "1" in masked
    assert marker is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("cpf 482 is wrong", "482"),  # a copula naming the digits something else
        ("cuenta 3071 es el saldo que veo", "3071"),  # "el saldo": no "el que"
        ("cuenta 4471 es la que uso para todo", "4471"),  # what it is used for, not on record
        ("call me at 10 tomorrow", "10"),  # an hour: a two-digit first part no phone's
        ("me pueden marcar al 18 despues", "18"),  # an hour too
        ("my phone 45 minutes on hold", "45"),  # counted minutes
        ("mi telefono 30 minutos esperando", "30"),
        ("refund for my GB20 order never came", "GB20"),  # no preposition of money's way
        ("the flight from DE19 was late", "DE19"),  # no payment's word
    ],
)
def test_an_hour_a_count_or_a_named_code_starts_nothing(text: str, kept: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert kept in masked
    assert marker is None
