"""Numbers that stand beside a named value without being one, and values whose pieces are
set apart by fillers or encodings: a house's number before a phone given whole, a clock
time after a spelled security code, a bank slip's or a document's code after bank details,
a password pasted into a link's e-mail field, a phone after a postcode's sentence, an NI
number or a CURP read out with hesitations. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


def test_a_house_number_before_a_whole_phone_stays():
    out, markers = conversation("a caixa nao chegou no numero 57, liga +55 21 98888-7765")

    assert out == ["a caixa nao chegou no numero 57, liga [PHONE]"]
    assert markers == [None]


def test_a_calling_code_first_part_before_another_whole_phone_awaits_its_rest():
    out, _ = conversation("un sms du +33 6 12 me demande mon portable +33 6 12 34 56 78", "34 56")

    assert out == ["un sms du [PHONE] me demande mon portable [PHONE]", "[PHONE]"]


def test_a_phone_first_part_inside_a_sentence_still_awaits_its_rest():
    out, _ = conversation("mi numero es 612 345, luego te digo el resto", "678")

    assert out == ["mi numero es [PHONE], luego te digo el resto", "[PHONE]"]


@pytest.mark.parametrize("time", ["18h15", "9:30", "18 Uhr"])
def test_a_clock_time_after_a_spelled_security_code_stays(time):
    text = f"abgelehnt, CVC zwei acht sechs, um {time} nochmal probiert"

    assert redact(text) == f"abgelehnt, CVC [CREDIT_DEBIT_CVV], um {time} nochmal probiert"


def test_portuguese_um_ending_a_spelled_code_is_still_a_digit():
    assert redact("o cvv é dois oito um") == "o cvv é [CREDIT_DEBIT_CVV]"


def test_a_bank_slip_code_after_bank_details_stays():
    out, _ = conversation("agencia 4321 conta 1234-567", "boleto F2019-12345 de R$ 310")

    assert out[1] == "boleto F2019-12345 de R$ 310"


def test_a_document_code_glued_to_a_letter_is_no_routing_number():
    assert redact("the wire from the F2019-10009 client failed") == (
        "the wire from the F2019-10009 client failed"
    )
    assert redact("the wire from 201910009 failed") == "the wire from [BANK_ROUTING] failed"


@pytest.mark.parametrize("key", ["email", "mail", "correo"])
def test_a_password_in_a_links_mail_field_is_masked(key):
    text = f"the link https://portal.example.com/reset?{key}=Fjord%21tide2468 keeps loading"

    assert (
        redact(text) == f"the link https://portal.example.com/reset?{key}=[PASSWORD] keeps loading"
    )


@pytest.mark.parametrize(
    "text",
    [
        "https://portal.example.com/reset?email=spring%21sale",  # no digit: a campaign's
        "https://portal.example.com/s?q=tide%212468",  # no mail field
    ],
)
def test_an_encoded_value_that_is_no_password_stays(text):
    assert redact(text) == text


def test_a_phone_after_a_postcodes_sentence_is_masked():
    text = "paket kam nie an, plz 10115. ruft an 0151 23456789 bitte"

    assert redact(text) == "paket kam nie an, plz 10115. ruft an [PHONE] bitte"


@pytest.mark.parametrize(
    "text", ["bestellung 4711 0815 2233", "auftrag vom 14.02. nr 318264503, flug AB 1234"]
)
def test_a_reference_number_after_its_word_stays(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "value",
    ["JT uh 12 / 34|56/A", "JT -- 12\n34 -- 56 -- A", "JT|12 euh 34 • 56 eh A"],
)
def test_an_ni_number_read_out_with_hesitations_is_masked(value):
    text = f"my nat insurance is wrong, it's {value} not that"

    assert redact(text) == "my nat insurance is wrong, it's [UK_NATIONAL_INSURANCE_NUMBER] not that"


@pytest.mark.parametrize("prefix", ["AH", "EH", "HM"])
def test_an_ni_prefix_spelled_like_a_hesitation_is_still_its_prefix(prefix):
    text = f"my NINO is {prefix} || 12 🙏 34\n56 // A"

    assert redact(text) == "my NINO is [UK_NATIONAL_INSURANCE_NUMBER]"


def test_a_flight_read_out_with_hesitations_stays():
    text = "flight BA uh 24 uh 90 uh 12 was late"

    assert redact(text) == text


def test_a_curp_read_out_with_eh_is_masked():
    text = "mi curp es RAMO eh 900712 ✨ MDFLRS eh 07 gracias"

    assert redact(text) == "mi curp es [MX_CURP] gracias"


def test_a_curp_asked_for_with_eh_and_no_value_stays():
    text = "curp? eh no la tengo a la mano"

    assert redact(text) == text
