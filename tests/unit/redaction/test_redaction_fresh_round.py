"""How a new author writes PII: word orders, glued and abbreviated context words (issue 14).

Sentences are written here from what customers of the five markets type, not copied
from any corpus. All values are synthetic: test card numbers, made-up identifiers
whose check digits were computed for the test.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import redact_in_conversation
from tests.support.redaction import OFFLINE, redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("exp0627 and the cvv is 123", "0627"),
        ("vence0930, la tarjeta es de débito", "0930"),
        ("valable jusqu'à: expi 11/28", "11/28"),
        ("Ablauf122029 steht vorne", "122029"),
        ("val0131 no verso", "0131"),
    ],
)
def test_an_expiry_typed_onto_its_word_or_abbreviated_is_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the crd is 4111 1111 1111 1111",
        "my creditcard: 4111-1111-1111-1111",
        "ma crte 4111 1111 1111 1111",
        "KK-Nr. 4111 1111 1111 1111",
    ],
)
def test_misspelt_card_words_still_introduce_a_card(text: str) -> None:
    assert "1111" not in redact(text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("ok here's my crd 4111 1111", "1111 1111"),
        ("Kartennr ist 5500 0000", "0000 0004"),
        ("die kk-nr: 4111 1111", "1111 1111"),
    ],
)
def test_a_card_split_after_a_misspelt_word_is_masked_in_the_next_message(
    first: str, second: str
) -> None:
    _, pending = redact_in_conversation(OFFLINE, first, None, 0.0)
    assert pending is not None
    following, _ = redact_in_conversation(OFFLINE, second, pending, 5.0)
    assert following.text.strip() == "[CREDIT_DEBIT_NUMBER]"


def test_groups_joined_by_n_then_are_one_card() -> None:
    assert "4111" not in redact("card 4111 1111 n then 1111 n 1111 thx")


@pytest.mark.parametrize("word", ["passwot", "paswort", "passwod"])
def test_a_password_word_with_its_last_letter_wrong_still_counts(word: str) -> None:
    assert "Tulip#4471" not in redact(f"geht nicht, {word} Tulip#4471 wird abgelehnt")


def test_a_dni_spelled_with_commas_is_masked() -> None:
    # 12345678Z: the check letter of 12345678 is Z.
    text = "mi dni: uno, dos, tres, cuatro, cinco, seis, siete, ocho - Z"
    assert "ocho" not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("return label 1Z999AA10123456784 9261 2900 1234 5678 95", "9261 2900 1234 5678 95"),
        ("etiqueta de devolución 9261 2900 1234 5678 95", "9261 2900 1234 5678 95"),
        ("facture payée, réf 82 53 14 76 90", "82 53 14 76 90"),
    ],
)
def test_label_and_abbreviated_reference_numbers_stay(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("X4821937 is my passport, it expires in may", "[PASSPORT_NUMBER]"),
        ("C01X00T47 ist mein Reisepass", "[PASSPORT_NUMBER]"),
        ("12AB34567 c'est mon passeport", "[PASSPORT_NUMBER]"),
        ("AA1234567 (pasaporte) para el vuelo", "[PASSPORT_NUMBER]"),
        ("B0123456 es el número de mi licencia", "[DRIVER_ID]"),
        ("T-123456 7 é o número da minha carteira", "[DRIVER_ID]"),
        ("K1234567890 ist meine Führerscheinnummer", "[DRIVER_ID]"),
        ("021000021 is the routing, the account follows", "[BANK_ROUTING]"),
        ("12345678 c'est le numéro de compte", "[BANK_ACCOUNT_NUMBER]"),
        ("4821 is my pin", "[PIN]"),
        ("quatro dois um sete é o pin do cartão", "[PIN]"),
        ("36 574 261 809 (Steuer-ID) für die Rechnung", "[DE_TAX_ID]"),
        ("234567890 is my social", "[SSN]"),
        ("123456789 é o meu contribuinte", "[PT_NIF]"),
    ],
)
def test_a_value_typed_before_the_word_that_names_it_is_masked(text: str, token: str) -> None:
    assert redact(text).startswith(token)


@pytest.mark.parametrize(
    "text",
    [
        "retiré 150000 de la cuenta ayer",  # an amount taken from the account
        "Office2019 license expired",  # a product, no verb or bracket naming it
        "I paid 4500 to the bank",
        "version 10.2.14 is the pin pad firmware",
        "1234 ist die Hausnummer, nicht die PIN-Pad-Nummer",
    ],
)
def test_numbers_beside_those_words_without_naming_them_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "the 3 digits on the back are 7, 3, 9",
        "the numbers on the back of my card: eight one four",
        "los tres números del reverso son cuatro cinco seis",
        "les trois chiffres au dos: 482",
        "die drei Zahlen hinten sind 5 1 7",
        "os números de trás são 6 0 2",
    ],
)
def test_the_security_code_named_by_where_it_is_printed_is_masked(text: str) -> None:
    assert "[CREDIT_DEBIT_CVV]" in redact(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("card expires march twenty seven", "seven"),
        ("exp june two thousand twenty eight", "eight"),
        ("vence en abril veintiocho", "veintiocho"),
        ("expire en mars vingt-neuf", "neuf"),
        ("gültig bis Mai sechsundzwanzig", "sechsundzwanzig"),
        ("validade junho vinte e nove", "nove"),
    ],
)
def test_an_expiry_year_said_as_a_number_word_is_masked(text: str, year: str) -> None:
    assert year not in redact(text)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("my pin is 4821 or maybe 4812", "4812"),
        ("cvv 123 ou 132", "132"),
        ("PIN 0815 oder 5180?", "5180"),
        ("el pin es 2580 o 2850, no me acuerdo", "2850"),
    ],
)
def test_a_second_guess_at_a_pin_or_security_code_is_masked_too(text: str, second: str) -> None:
    assert second not in redact(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("bic cobadeffxxx please", "cobadeffxxx"),
        ("swift: deutdeff500", "deutdeff500"),
        ("IBAN DE89370400440532013000 bic cobadeff", "cobadeff"),
        ("IBAN DE89370400440532013000 (Swift Cobadeff)", "Cobadeff"),
    ],
)
def test_a_bic_typed_in_lower_case_after_its_word_is_masked(text: str, code: str) -> None:
    assert code not in redact(text)


@pytest.mark.parametrize(
    "text",
    ["bic required for this transfer", "wire it, the bic is Customer service's job"],
)
def test_words_shaped_like_a_bic_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("account 12345678, and the refund of £1884.00 please", "£1884.00"),
        ("conta 12345678 e o reembolso de 250,00 reais", "250,00"),
        ("la factura vence 12/27, la pago con transferencia", "12/27"),
        ("my subscription expires 03/26", "03/26"),
        ("o pin que usei no caixa em 2024-11-28 era 4821", "2024-11-28"),
    ],
)
def test_references_amounts_and_dates_next_to_pii_words_stay(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes with the card word nearer, or a card's usual length
        "order 5512 paid with my card 4111 1111 1111 1111",
        "the invoice was paid by card, it expires 12/27",
    ],
)
def test_a_card_word_nearer_than_the_reference_still_wins(text: str) -> None:
    masked = redact(text)
    assert "[CREDIT_DEBIT_NUMBER]" in masked or "[CREDIT_DEBIT_EXPIRY]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "mi curp es BOXW31O82OHNERXNO9",  # BOXW310820HNERXN09 with O for 0
        "curp: boxw3lo820hnerxn09",
        "BOXW3IO820HNERXNO9 es la curp de mi hijo",
    ],
)
def test_a_curp_with_look_alike_letters_in_its_digits_is_masked(text: str) -> None:
    assert "[MX_CURP]" in redact(text)


def test_two_look_alike_letters_between_numbers_are_digits() -> None:
    assert "[PHONE]" in redact("me liga no +55 lI 9876O-1234 amanhã")


def test_a_spanish_article_between_numbers_stays_a_word() -> None:
    assert redact("son 2 lo 3 unidades") == "son 2 lo 3 unidades"


@pytest.mark.parametrize("text", ["pasap X1234567 para el vuelo", "passp. X1234567 exp soon"])
def test_a_shortened_passport_word_introduces_a_passport(text: str) -> None:
    assert "[PASSPORT_NUMBER]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "303-1234567-1234567 die Bestellung kam nicht",
        "0612345678 (pedido) no llegó",
        "06 12 34 56 78 c'est le numéro de commande",
    ],
)
def test_a_number_followed_by_a_reference_noun_is_not_a_phone(text: str) -> None:
    assert "[PHONE]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "llámame al 612345678 el pedido no llegó",  # a phone word before it decides
        "call me 612 34 56 78, order 555 is late",  # a comma starts a new clause
    ],
)
def test_a_phone_before_a_reference_noun_in_a_new_clause_is_still_a_phone(text: str) -> None:
    assert "[PHONE]" in redact(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("06/27 is the expiry date", "[CREDIT_DEBIT_EXPIRY]"),
        ("0627 es la fecha de vencimiento", "[CREDIT_DEBIT_EXPIRY]"),
        ("11/28 ist das Ablaufdatum", "[CREDIT_DEBIT_EXPIRY]"),
        ("Tulip#4471 is my password", "[PASSWORD]"),
        ("Azur_88x c'est mon mot de passe", "[PASSWORD]"),
        ("Praia@2023 é a minha senha", "[PASSWORD]"),
    ],
)
def test_an_expiry_or_password_typed_before_its_noun_is_masked(text: str, token: str) -> None:
    assert redact(text).startswith(token)


@pytest.mark.parametrize(
    "text",
    [
        "v2.3.1 is the password manager version",
        "ana@example.com is the password reset address",
        "hello is my password hint",  # letters only: a word
    ],
)
def test_versions_addresses_and_words_before_a_password_noun_stay(text: str) -> None:
    assert "[PASSWORD]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("cartão 5500 OOOO 0000 0004", "[CREDIT_DEBIT_NUMBER]"),
        ("vence el 06 del 27", "[CREDIT_DEBIT_EXPIRY]"),
        ("expires 06 of 2027", "[CREDIT_DEBIT_EXPIRY]"),
        ("mi licencia es B0123456", "[DRIVER_ID]"),
        ("my license is D1234567", "[DRIVER_ID]"),
    ],
)
def test_more_shapes_customers_type(text: str, token: str) -> None:
    assert token in redact(text)


@pytest.mark.parametrize(
    "text",
    ["lol 10 lol 20 lol", "my license plate is ABC1234", "el pedido vence el 06 de 2027"],
)
def test_their_look_alikes_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the card expired 06/25, can i still use it", "06/25"),
        ("usuario: ana_lopez pass: Sol2024!", "Sol2024!"),
        ("login=ana pass=Brisa#77 (sorry)", "Brisa#77"),
        ("el cripto es 123", "123"),
    ],
)
def test_past_tense_expiry_form_labels_and_cripto(text: str, value: str) -> None:
    assert value not in redact(text)


def test_a_boarding_pass_label_is_not_a_password() -> None:
    assert "BP12345678" in redact("boarding pass: BP12345678 gate 12")
