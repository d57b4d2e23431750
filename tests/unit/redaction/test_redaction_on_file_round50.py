"""Round 50: a value's first part inside a sentence that says it is on file ("my account
4821 is on file, ...", "meine Kontonummer 4821 ist hinterlegt"), that it is all the customer
has ("cpf 482 é tudo que eu tenho"), or asks for it again ("cpf 482 de novo"), and an
American id named by its country after its word ("SSN américain: 092."): the digits are
masked and the rest awaited. A copula that names the digits otherwise ("is wrong"), a
day ("de nov"), a count and an order's number stay. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my account 4821 is on file, why was I charged", "4821"),
        ("mon compte 4821 est enregistré mais rien ne marche", "4821"),
        ("meine Kontonummer 4821 ist hinterlegt, trotzdem nichts", "4821"),
        ("mi cuenta 4821 está registrada pero no funciona", "4821"),
        ("meu cpf 482 está cadastrado mas nao consigo", "482"),
        # two digits said to be what is on file are the value's, not a count
        ("my SSN 48 is on file, the rest is coming", "48"),
        ("meu cpf 48 está cadastrado mas nao consigo", "48"),
    ],
)
def test_digits_said_to_be_on_file_start_a_value(text: str, value: str) -> None:
    masked, markers = conversation(text)

    assert value not in masked[0]
    assert markers[0] is not None and markers[0].seen == len(value)


@pytest.mark.parametrize(
    "text",
    [
        "cpf 482 é tudo que eu tenho",
        "CLABE 482 é tudo que eu tenho",
        "a receita pede meu cpf 482 de novo, ja mandei 24 vezes",
    ],
)
def test_portuguese_all_i_have_and_again_start_a_value(text: str) -> None:
    masked, markers = conversation(text)

    assert "482" not in masked[0]
    assert markers[0] is not None


@pytest.mark.parametrize(
    "text",
    [
        "salut! mon SSN américain: 092. aussi la remise n'est pas passée",
        "mi SSN americano 092, y la factura sigue mal",
        "meu SSN americano: 092. e o desconto nao foi aplicado",
    ],
)
def test_an_american_id_named_by_its_country_after_its_word_starts_a_value(text: str) -> None:
    masked, markers = conversation(text)

    assert "092" not in masked[0]
    assert markers[0] is not None and markers[0].entity_type == "SSN"


def test_the_rest_after_on_file_is_masked() -> None:
    masked, markers = conversation(
        "meine Kontonummer 4821 ist hinterlegt, trotzdem nichts", "5678 9012"
    )

    assert masked[1] == "[BANK_ACCOUNT_NUMBER]"
    assert markers[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "my account 4821 is wrong",  # a copula that names the digits otherwise
        "o cpf 482 de nov passado",  # a day of November
        "mi pedido 4821 está registrado pero no llega",  # an order's number
        "mein Konto 3 Tage hinterlegt",  # a count of days
        "cpf 482 é o erro que aparece",  # what the digits are: an error
    ],
)
def test_what_is_no_value_on_file_stays(text: str) -> None:
    masked, markers = conversation(text)

    assert masked[0] == text
    assert markers[0] is None
