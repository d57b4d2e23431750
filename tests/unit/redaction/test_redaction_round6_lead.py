"""Round 6, the lead's part: an account announced, then "found it", then the number; a
second guess after "and then"; a bank's code and a Swiss clearing number; a licence
called "registro de conducir"; an NI number after "NI:" in any grouping; a CURP's first
letters alone; a value with an arrow and a demonstrative before its copula; credentials
on a command line. Each with what must stay as typed."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "texts",
    [
        ("número de cuenta... un momento", "ya lo encontré", "462904396382"),
        ("numéro de compte... une seconde", "ok trouvé", "336279463910"),
        ("my account number", "found it", "12345678"),
        ("Kontonummer, Moment", "gefunden", "532013000"),
        ("número da conta", "achei", "12345678"),
    ],
)
def test_found_it_between_an_announced_number_and_its_digits_keeps_the_marker(texts):
    out, _ = conversation(*texts)

    assert out[:2] == list(texts[:2])
    assert not any(c.isdigit() for c in out[2])


def test_found_it_does_not_make_a_reference_the_announced_number():
    out, _ = conversation("my account number", "found it", "order 12345 arrived")

    assert out[2] == "order 12345 arrived"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I tried pin 0418 and then 9014 and both failed", "I tried pin [PIN] and then [PIN]"),
        ("mi pin 0418 y luego 9014", "mi pin [PIN] y luego [PIN]"),
        ("PIN 0418 und dann 9014", "PIN [PIN] und dann [PIN]"),
    ],
)
def test_a_second_guess_after_then_is_masked_too(text, expected):
    assert redact(text).startswith(expected)


def test_a_second_guess_after_puis_is_masked_too():
    # (the deobfuscated view reads "puis" between groups as noise: one value, masked whole)
    assert not any(c.isdigit() for c in redact("code pin 0418 puis 9014"))


def test_a_count_after_then_stays():
    assert redact("pin 0418 and then 2 more tries") == "pin [PIN] and then 2 more tries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("y el código del banco 036815", "y el código del banco [BANK_ROUTING]"),
        ("IBAN suisse, clearing 00910", "IBAN suisse, clearing [BANK_ROUTING]"),
        ("Clearing-Nr. 00762", "Clearing-Nr. [BANK_ROUTING]"),
        ("registro de conducir 62200839", "registro de conducir [DRIVER_ID]"),
    ],
)
def test_bank_codes_and_licences_named_as_in_their_markets(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "value", ["SK 🙂 77 🙂 70 | 14 | B", "YE / 17 / 52 / 59 / B", "MY9-423-01D", "AB 12 34 56 C"]
)
def test_an_ni_number_after_ni_colon_in_any_grouping(value):
    assert redact(f"NI: {value}. DOB not relevant I hope") == (
        "NI: [UK_NATIONAL_INSURANCE_NUMBER]. DOB not relevant I hope"
    )


@pytest.mark.parametrize("text", ["NI: the claim was 12/03 and 45 items", "ni: no idea"])
def test_ni_colon_before_no_ni_number_masks_nothing(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    "texts",
    [
        ("CURP WOXP", "851202HMCRRS09"),
        ("CURP WOKQ.851202", "HMCRRS09"),
        ("mi CURP es DICP 670507", "HGTCRD01"),
    ],
)
def test_a_curp_typed_over_two_messages_from_its_first_letters(texts):
    out, markers = conversation(*texts)

    assert "[MX_CURP]" in out[0] and out[1] == "[MX_CURP]"
    assert not any(c.isalnum() for c in out[0].split("[MX_CURP]")[0][-1:])
    assert markers[-1] is None


@pytest.mark.parametrize("texts", [("mi CURP OK?", "gracias"), ("mi curp por favor", "ok")])
def test_words_after_a_curp_word_are_no_curp(texts):
    out, _ = conversation(*texts)

    assert out == list(texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6008 <- essa é a senha que coloquei", "[PIN] <- essa é a senha que coloquei"),
        ("4821 - that is my pin", "[PIN] - that is my pin"),
        ("1234 <- es mi pin", "[PIN] <- es mi pin"),
    ],
)
def test_an_arrow_and_a_demonstrative_before_the_copula_name_the_value(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text", ["order 5512 - this is the pin?", "123 - esa es la cantidad", "6008 <- c'est le total"]
)
def test_an_arrow_before_no_pin_word_names_nothing(text):
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "curl -u admin:Falke!68 https://api.example.com/x",
            "curl -u [USERNAME]:[PASSWORD] https://api.example.com/x",
        ),
        ("curl --user=admin:s3cr3t-Kx https://x", "curl --user=[USERNAME]:[PASSWORD] https://x"),
    ],
)
def test_credentials_on_a_command_line(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", ["run it with -u 10:30 please", "re-use 12:30 slot"])
def test_a_time_after_dash_u_is_no_credential(text):
    assert redact(text) == text
