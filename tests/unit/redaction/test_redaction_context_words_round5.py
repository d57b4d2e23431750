"""Context words of round 5 (issue 14): expiry form labels and German spellings, an expiry
listed before its noun without a verb, British licences as printed, BICs typed in lower
case after "is" or a colon, and a BIC word after a code in capitals.

Sentences are written here from what customers of the five markets type, not copied from
any corpus. All values are synthetic.
"""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MM/YY: 04/29", "04/29"),
        ("card form says mm / yyyy 11/2031", "11/2031"),
        ("fecha mm/aaaa 07/2030 y el resto igual", "07/2030"),
        ("MM/JJ 09/28 steht drauf", "09/28"),
        ("ex. date 10-27 i think", "10-27"),
        ("die karte laeuft ab 02/31 glaube ich", "02/31"),
        ("das ablaufdatun ist 05/29", "05/29"),
    ],
)
def test_expiry_labels_and_spellings_are_context(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cvv 118, 09/30 the expiry date and the zip you already have", "09/30"),
        ("o cvv é 402 e 11/2029 a validade", "11/2029"),
        ("el pin no, 03/28 la fecha de vencimiento sí", "03/28"),
        ("12/31 das Verfallsdatum, die Nummer schicke ich gleich", "12/31"),
    ],
)
def test_an_expiry_listed_before_its_noun_needs_no_verb(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "5 the expiry of the warranty was a surprise",  # a count, not a month and year
        "order 12/30 the expiry date is what i asked about",  # a reference word before it
    ],
)
def test_a_number_that_is_not_a_month_and_year_stays_before_the_expiry_noun(text: str) -> None:
    # The first has no month/year shape; the second may be masked (both values look alike)
    # but its text outside the value stays.
    assert "the expiry" in redact(text)
    if text.startswith("5 "):
        assert redact(text).startswith("5 ")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my licence, its MORGA 753116 SM9IJ", "MORGA 753116 SM9IJ"),
        ("driving licence no. JONES-610128-AB1CD", "JONES-610128-AB1CD"),
        ("licence: SMITH702154JW9XY and the NI no follows", "SMITH702154JW9XY"),
        ("fs-nummer lautet K4471203X", "K4471203X"),
    ],
)
def test_driving_licences_as_printed_are_masked(text: str, value: str) -> None:
    assert value not in redact(text)


def test_a_licence_word_alone_does_not_take_an_ordinary_code() -> None:
    assert redact("the licence key is ABCDE-12345") == "the licence key is ABCDE-12345"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the bic is bkrtdeff", "bkrtdeff"),
        ("swift of the receiving bank: bnpafrpp", "bnpafrpp"),
        ("o bic do banco do meu pai é cgdiptpl", "cgdiptpl"),
        ("is NWBKGB2L right? my bank app shows it as the swift", "NWBKGB2L"),
        ("c'est bien BNPAFRPPXXX ? la banque dit que c'est le bic", "BNPAFRPPXXX"),
    ],
)
def test_a_bic_named_by_its_word_is_masked_in_any_case(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "the swift code is required for the transfer",
        "el bic es obligatorio para la transferencia",
        "le bic est obligatoire ?",
        "is the swift code necessary for a domestic transfer? my bank says business only",
    ],
)
def test_words_after_a_bic_word_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a senha de seis numeros do aplicativo 402913", "402913"),
        ("routin no 021000021", "021000021"),
    ],
)
def test_pin_and_routing_context_reach(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cartão 4111 1111 1111 1111 / val 09/30 / cód 4471", "4471"),
        ("tarjeta visa, cod: 318", "318"),
        ("die drei Zahlen auf der Rueckseite: 552", "552"),
    ],
)
def test_short_forms_of_the_security_code_are_context(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("cod postal 28013 por favor", "28013"),
        ("cód. área 011 y el resto", "011"),
        ("cod. pais 351, o resto é 912 345 678", "351"),
    ],
)
def test_cod_before_a_postal_area_or_country_code_stays(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("card ending soon, the date on it is 04/2031", "04/2031"),
        ("mi tarjeta nueva, fecha 11/33", "11/33"),
        ("numéro de carte plus tard, la date c'est mars 2032", "mars 2032"),
        ("kartennummer kommt gleich, datum 07/2029", "07/2029"),
    ],
)
def test_a_date_after_a_card_that_no_calendar_day_reads_is_its_expiry(
    text: str, value: str
) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "my card was charged twice, date 08/29",
        "la tarjeta se cobró dos veces, fecha 12/05",
        "la date du paiement 2026-03-14, carte refusée",
        "the date 04/2031 is when my lease ends",  # no card before it
    ],
)
def test_a_date_that_may_be_a_day_or_has_no_card_before_it_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the code i type at the atm is 4821", "4821"),
        ("o código que uso no caixa eletrônico é 7305", "7305"),
        ("el código que pongo en el cajero es 4471", "4471"),
    ],
)
def test_code_at_a_cash_machine_is_a_pin(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("le code wifi de la box est Sapin#7710", "Sapin#7710"),
        ("WLAN-Schlüssel: tanne_4471x", "tanne_4471x"),
        ("a senha do wi-fi é casa2020!", "casa2020!"),
        ("wifi key for the router -> Gato_9921", "Gato_9921"),
    ],
)
def test_a_wifi_key_is_a_password(text: str, value: str) -> None:
    assert value not in redact(text)


def test_a_mixed_case_password_after_a_customer_area_is_masked() -> None:
    text = "passwort vom kundenbereich: Tanne.Fuchs42"
    assert "Tanne.Fuchs42" not in redact(text)
    text = "contraseña del área de cliente: Rio.Verde77"
    assert "Rio.Verde77" not in redact(text)


def test_a_reference_after_a_customer_word_near_a_password_word_stays() -> None:
    text = "password reset for customer AB12345 please"
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("021000021 routing, 000123456789 account, thanks", "000123456789"),
        ("ok: 20-44-91 sort code; 41990312 account", "20-44-91"),
        ("4471 -> pin", "4471"),
        ("12 345 678 903 <- steuer-id", "12 345 678 903"),
    ],
)
def test_values_labelled_in_a_list_or_by_an_arrow_are_masked(text: str, value: str) -> None:
    assert value not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "i have 3 accounts, 2 cards",
        "order 88412231 account, shipped yesterday",
        "costs 25 pin, which is cheap",
    ],
)
def test_counts_and_references_before_a_noun_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mein Pass hat die Nummer C4J7K2L90, gültig bis 2031", "C4J7K2L90"),
        ("Passnummer: T22000129", "T22000129"),
        ("my pass has the number X7731206Q", "X7731206Q"),
    ],
)
def test_a_pass_that_has_a_number_is_a_passport(text: str, value: str) -> None:
    assert value not in redact(text)


def test_a_boarding_pass_number_stays() -> None:
    text = "boarding pass number AB1234567 for gate 12"
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("blz sieben null null ... fünf null zwei ... eins null", "sieben"),
        ("sort code zero eight ... nine zero ... seven one, thanks", "nine"),
    ],
)
def test_a_bank_code_spelled_with_pauses_is_masked(text: str, spoken: str) -> None:
    assert spoken not in redact(text)
