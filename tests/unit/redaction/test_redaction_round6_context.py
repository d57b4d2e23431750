"""Round 6: values whose context lies outside the message's words (a reply that is the
value alone), misspelt context words, and identifiers typed in pieces after their word.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("099", "[CREDIT_DEBIT_CVV]"),
        ("980 👍", "[CREDIT_DEBIT_CVV] 👍"),
        ("5109.", "[PIN]."),
        ("1089", "[PIN]"),
        ("184505 !", "[PIN] !"),
        ("9/26", "[CREDIT_DEBIT_EXPIRY]"),
        ("02/2028", "[CREDIT_DEBIT_EXPIRY]"),
        ("123-45-6789", "[SSN]"),
        ("123863937!!", "[SSN]!!"),
        ("132 342 405", "[SSN]"),  # a NIF too: nine digits alone read as the first kind
        ("88812356905.", "[DE_TAX_ID]."),
    ],
)
def test_a_reply_that_is_the_value_alone_is_masked(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "10001",  # five digits: a postcode
        "12",
        "order 4821 please",  # a number with words is read by its words
        "2 Stück",
        "1234 ok",
        "2019",  # a recent year alone: the answer to "what year?"
    ],
)
def test_a_number_with_words_or_of_a_postcode_length_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pssword Lapin79!", "pssword [PASSWORD]"),
        ("cryto 193", "cryto [CREDIT_DEBIT_CVV]"),
        ("valdiade 0629", "valdiade [CREDIT_DEBIT_EXPIRY]"),
        ("caducidd 0632", "caducidd [CREDIT_DEBIT_EXPIRY]"),
        ("expiraiton 1028", "expiraiton [CREDIT_DEBIT_EXPIRY]"),
        ("la date d'expiratoin c'est 1/32", "la date d'expiratoin c'est [CREDIT_DEBIT_EXPIRY]"),
        ("scoial 467 - 82 - 3509", "scoial [SSN]"),
        ("passporrt X1234567", "passporrt [PASSPORT_NUMBER]"),
    ],
)
def test_a_context_word_one_slip_away_still_names_the_value(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "please validate 0627 units",  # "validate" is a word, not "validade" misspelt
        "the outing 1234 was fun",
        "numéro de sécurité sociale demandé, commande 48213",
    ],
)
def test_real_words_near_a_context_word_are_not_mended(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("RFC: HOU - B97 - 021 - 6DC - 8", "RFC: [MX_RFC]"),
        ("CURP PUSV luego 7310 luego 25MJ luego CRRR luego 92", "CURP [MX_CURP]"),
        ("mi CURP: BIMD-7205-20MD-FSDG-90", "mi CURP: [MX_CURP]"),
        ("d.n.i 8680 y luego 3596 | D", "d.n.i [ES_DNI]"),
        (
            "passport# JP1T ✅ 1LRT ✅ C (renewed 2010)",
            "passport# [PASSPORT_NUMBER] (renewed 2010)",
        ),
        ("reisepassnr P88 . 260 . 17", "reisepassnr [PASSPORT_NUMBER]"),
        ("ppt N598174 / dob not needed right?", "ppt [PASSPORT_NUMBER] / dob not needed right?"),
        # (a phone's label may win the merge: masked whole either way)
        ("permis n° 622/232/550/433 délivré le 5-12-25", "permis n° [PHONE] délivré le 5-12-25"),
        ("führerschein nr E38 - 0T4 - 01Z - 26", "führerschein nr [DRIVER_ID]"),
    ],
)
def test_an_identifier_typed_in_pieces_after_its_word_is_masked_whole(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "me cambiaron al vuelo DL 2248 17/7 12h",  # a flight's code, then a date and time
        "passport expires 2029-03-01",
        "RFC: pedido 4821 - 5531 llega mañana",  # pieces that fail the RFC's format
    ],
)
def test_pieces_that_are_no_identifier_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("sec cde 316", "sec cde [CREDIT_DEBIT_CVV]"),
        (
            "expiry 03/29 security no. 650",
            "expiry [CREDIT_DEBIT_EXPIRY] security no. [CREDIT_DEBIT_CVV]",
        ),
        ("612984 c'est le code de la carte", "[PIN] c'est le code de la carte"),
        (
            "ag 2331 cc 60270675 banco do brasil",
            "ag [BANK_ROUTING] cc [BANK_ACCOUNT_NUMBER] banco do brasil",
        ),
        ("routing 348 y la cuenta", "routing [BANK_ROUTING] y la cuenta"),
        ("code swift hynzchxa", "code swift [SWIFT_CODE]"),
        (
            "swift/bic: kukbdeqe iban: DE60.0625.4738.8377.5109.85",
            "swift/bic: [SWIFT_CODE] iban: [INTERNATIONAL_BANK_ACCOUNT_NUMBER]",
        ),
        ("cc# 2221 4590 2289 8891 xp 082032", "cc# [CREDIT_DEBIT_NUMBER] xp [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_bank_and_card_values_after_shorthand_words(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "my social security no. is on file, order 4821",
        "cc: the team, order 60270675",  # "cc" with no bank in the message
        "bic required for the transfer",
        "swift business account please",
        "routing 3 times through the hub",
    ],
)
def test_shorthand_words_without_their_value_leave_the_numbers(text):
    assert redact(text) == text


def test_the_card_code_after_its_words_is_masked_whatever_its_label():
    # four digits after "código de la tarjeta": the PIN, or an Amex security code
    assert "4471" not in redact("el código de la tarjeta es 4471")
    assert "4471" not in redact("der Code der Karte ist 4471")


@pytest.mark.parametrize(
    "text",
    [
        "license no 707-110-507 exp 1/14",
        "passeport n° S3921226 expire le 10.11",
        "reisepass nr S6786793 läuft ab am 5.10",
        "my subscription expires 03/26",
    ],
)
def test_a_document_date_or_a_long_past_one_is_no_card_expiry(text):
    assert "[CREDIT_DEBIT_EXPIRY]" not in redact(text)


@pytest.mark.parametrize(
    "text", ["exp 06/27", "card 4111 1111 1111 1111 exp 0627", "vence 06/2031"]
)
def test_a_card_expiry_is_still_masked(text):
    assert "[CREDIT_DEBIT_EXPIRY]" in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pass: DJpeBQnUEdAH user maria", "pass: [PASSWORD] user maria"),
        ("a senha (tem maiuscula) -> NgdvQfWPWtyh", "a senha (tem maiuscula) -> [PASSWORD]"),
        ("numero de seguirdad 123", "numero de seguirdad [CREDIT_DEBIT_CVV]"),
        ("Sicherheitsnummer 321", "Sicherheitsnummer [CREDIT_DEBIT_CVV]"),
    ],
)
def test_random_case_passwords_and_security_numbers_in_every_language(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text", ["my PlayStation password is not working", "McDonald order 48213 was cold"]
)
def test_a_name_with_one_case_flip_is_no_password(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "documento nacional de identidad 91631127 y luego R",
            "documento nacional de identidad [ES_DNI]",
        ),
        ("d.n.i. cero cuatro ocho nueve siete seis cero cuatro ... F", "d.n.i. [ES_DNI]"),
        ("meine steuernr. ist 43024968157", "meine steuernr. ist [DE_TAX_ID]"),
        (
            "numero da carta: C2238541 (esta na frente)",
            "numero da carta: [DRIVER_ID] (esta na frente)",
        ),
    ],
)
def test_identifier_words_in_their_long_and_short_forms(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("482 - security code", "[CREDIT_DEBIT_CVV] - security code"),
        ("4821 é a minha senha", "[PIN] é a minha senha"),
        ("cvvv 482", "cvvv [CREDIT_DEBIT_CVV]"),
        ("validez 06/27", "validez [CREDIT_DEBIT_EXPIRY]"),
    ],
)
def test_values_named_after_a_dash_or_two_determiners(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "passport renewal fee was 130 dollars",
        "code promo ETE2024",
        "promo code 4821 did not work",
        "cita con Valdez 06/27",
    ],
)
def test_words_and_promo_codes_near_context_words_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("o codigo que coloquei na loja 834 e continua dando errado", "834"),
        ("X1234567 is the passport i travelled on (flight LA5026)", "LA5026"),
    ],
)
def test_a_reference_word_nearer_than_the_context_word_owns_the_number(text, kept):
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("P88 . 260 . 17 es mi pasaporte", "[PASSPORT_NUMBER] es mi pasaporte"),
        ("HOU-B97-021-6DC-8 es mi RFC", "[MX_RFC] es mi RFC"),
        ("BIMD-7205-20MD-FSDG-90 (curp)", "[MX_CURP] (curp)"),
        ("el RFC de la empresa: HOU-B97-021-6DC-8", "el RFC de la empresa: [MX_RFC]"),
    ],
)
def test_pieces_before_their_naming_words_or_a_few_words_after_them(text, masked):
    assert redact(text) == masked


def test_pieces_before_a_word_that_does_not_name_them_stay():
    text = "pedido 4821 - 5531 - 77 llega, y el pasaporte lo llevo"
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "what is bcizuszl?? my bank says thats your bic",
            "what is [SWIFT_CODE]?? my bank says thats your bic",
        ),
        (
            "que es sozlmxq4?? mi banco dice que es su bic",
            "que es [SWIFT_CODE]?? mi banco dice que es su bic",
        ),
    ],
)
def test_a_lower_case_bic_named_later_in_the_message(text, masked):
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    ["thanks for the swift reply, my thoughts are", "the bic is required for the transfer"],
)
def test_words_in_a_message_about_a_bic_stay(text):
    assert redact(text) == text
