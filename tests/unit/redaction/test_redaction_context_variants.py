"""Context words as customers really type them: misspelt, shortened, borrowed (issue 14).

Synthetic values only, written for these tests. Each case names the failure class it
guards: a value that must not stay visible, and the hard negatives that must stay.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.telemetry import MemoryCounter

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS})),
    comprehend_client=None,
    counter=MemoryCounter(),
)


def visible(text: str, value: str) -> bool:
    return value in text


@pytest.mark.parametrize(
    ("case", "text", "values"),
    [
        # passwords: misspelt words, "pass" for password, punctuation right after the word
        ("misspelt senha", "esqueci a sneha, era gato_azul77", ["gato_azul77"]),
        ("misspelt password", "my pasword is Lemon#2024x", ["Lemon#2024x"]),
        ("'pass' with a connective", "j'ai mis le pass en Nuage42! hier", ["Nuage42"]),
        ("'pass' in Portuguese", "mudei o pass pra Sol#8812 ontem", ["Sol#8812"]),
        ("question mark after the word", "a senha? acho que era Verde_7788 sim", ["Verde_7788"]),
        ("an @ inside a password", "palavra-passe: lua@551abc", ["lua@551abc"]),
        # PIN words
        ("French 'code secret'", "le code secret de ma carte est 8305", ["8305"]),
        ("doubled n in pin", "pinn 4096 please unblock", ["4096"]),
        # expiry: misspelt words and months with a spelled year
        ("misspelt expiry", "card 4111 1111 1111 1111 expirey 03/29", ["03/29"]),
        ("transposed expiration", "expiratoin 0730", ["0730"]),
        ("misspelt vencimiento", "vencimeinto 11.2028", ["11.2028"]),
        ("French 'valide jusqu'au'", "valide jusqu'au 0528", ["0528"]),
        ("German without umlaut", "gueltig bis 09/27", ["09/27"]),
        ("German misspelt", "gültg bis 042029", ["042029"]),
        ("German abbreviation", "Ablaufdat. 12/2030", ["12/2030"]),
        ("month then spelled year", "exp March two nine", ["two nine"]),
        ("Spanish month, spelled year", "vence mayo/tres uno", ["tres uno"]),
        ("German month abbreviation", "gültig bis Mrz. drei null", ["drei null"]),
        ("'until' word after a card", "Karte 4111 1111 1111 1111 bis 7/28", ["7/28"]),
        ("month after a card", "visa 4111 1111 1111 1111 until June two eight", ["two eight"]),
        (
            "SSN word further back",
            "asked for my social security number on the phone today, so I typed 536 22 1804",
            ["1804"],
        ),
        ("misspelt security code", "secuirty code 904", ["904"]),
        ("ccv for cvv", "ccv 317", ["317"]),
        ("misspelt routing", "rounting 021000021", ["021000021"]),
        ("misspelt account", "acount 88997766", ["88997766"]),
        ("misspelt social security", "socail security 536 22 1804", ["1804"]),
        ("misspelt licence", "drivers lisence D1234-56789", ["D1234-56789"]),
        ("spelled expiry with 'slash'", "exp zero six slash two eight", ["zero six", "two eight"]),
        ("spelled expiry with '/'", "vence cero tres / dos nueve", ["cero tres", "dos nueve"]),
        ("spelled MMYYYY", "gültig bis null neun zwei null zwei sieben", ["neun", "sieben"]),
        ("French 'code confidentiel'", "code confidentiel 5521", ["5521"]),
        ("German 'Gültigkeit'", "Gültigkeit 08/29", ["08/29"]),
        ("Brazilian 'habilitação'", "habilitação 04718265930", ["04718265930"]),
        ("Spanish 'seguro social'", "mi seguro social es 536221804", ["536221804"]),
        # routing and account words
        ("sort code as s/c", "s/c 20-00-00 acc 55779911", ["20-00-00", "55779911"]),
        ("spelled sort code", "sort code two zero, one one, 45", ["two zero", "45"]),
        ("spelled BLZ", "BLZ eins null null, fünf null null, 00", ["eins null", "00"]),
        ("agência as ag, c/c", "ag 1234 c/c 998877-1", ["1234", "998877-1"]),
        ("Kontonr.", "Kontonr. 4455667788", ["4455667788"]),
        # identity documents
        ("misspelt pasaporte", "pasaprote K12345678", ["K12345678"]),
        ("German passport, letters first", "Reisepass CFGHJ1K2L", ["CFGHJ1K2L"]),
        ("German 'Pass'", "Pass: LMNPR7T3V für den Check-in", ["LMNPR7T3V"]),
        ("Fuehrerschein", "Fuehrerschein B072X123456", ["B072X123456"]),
        ("FS-Nr.", "FS-Nr. B072X123456", ["B072X123456"]),
        ("Spanish 'carnet'", "carnet T98765432 para el coche", ["T98765432"]),
        ("passport word, then 'number'", "passport number 07kq55120", ["07kq55120"]),
        # UK National Insurance number with dots or double spaces
        ("NINO with dots", "NI AB.12.34.56.C", ["12.34.56"]),
        ("NINO with double spaces", "NI no TW  98  76  54  A", ["98  76  54"]),
        # e-mails spelled the French way, or with "pt" for the dot
        ("arrobase", "mon mail : toto arrobase exemple.fr", ["toto"]),
        ("'pt' for the dot", "ecris moi: luc arobase exemple pt fr", ["luc"]),
        # joining words between groups
        (
            "'after that' between groups",
            "visa 4111 after that 1111 after that 1111 after that 1111",
            ["1111"],
        ),
        ("'danach' between groups", "Karte 5105 danach 1051 danach 0510 danach 5100", ["0510"]),
    ],
)
def test_values_are_masked(case: str, text: str, values: list[str]) -> None:
    masked = REDACTOR.redact(text).text
    assert not [v for v in values if visible(masked, v)], (case, masked)


@pytest.mark.parametrize(
    ("case", "text", "kept"),
    [
        ("boarding pass then a flight", "boarding pass for flight BA2490 lost", ["BA2490"]),
        ("'pass' without a connective", "I pass 12 stores daily", ["12"]),
        ("a date after 'bis' is no expiry", "Lieferung bis 5.06. bitte", ["5.06"]),
        ("a sort code word is not a CVV word", "sort code 40-11-62", ["sort code"]),
        ("version after a password word", "password reset broke app v2.3.1", ["v2.3.1"]),
        ("a parcel number is no VIN", "numéro JKZ10000000000009 perdu", ["JKZ10000000000009"]),
        ("a number after a carrier", "DHL 3398127456 steht seit Tagen", ["3398127456"]),
        ("an invoice number", "Rechnungsnr. 2031/55817, 3 Stück", ["2031/55817", "3 Stück"]),
        ("a time after a phone", "rappelez au 06 12 34 56 78 après 9:40", ["9:40"]),
        ("a German company suffix", "Bericht der Muster AG 2024 liegt vor", ["2024"]),
        ("a VIN after a model word", "model Civic 1HGCM82633A004352", ["[VEHICLE"]),
        ("an e-mail stays an e-mail", "password link sent to ana@example.com", ["[EMAIL]"]),
    ],
)
def test_hard_negatives_stay(case: str, text: str, kept: list[str]) -> None:
    masked = REDACTOR.redact(text).text
    assert all(k in masked for k in kept), (case, masked)


def test_a_model_number_long_after_a_phone_word_starts_no_pending_number() -> None:
    text = "mi móvil es un Pixel Fold 10"
    result, pending = redact_in_conversation(REDACTOR, text, None, 0.0)
    assert pending is None
    assert result.text == text


def test_a_phone_start_right_after_its_word_still_starts_one() -> None:
    result, pending = redact_in_conversation(REDACTOR, "mi móvil es el 612 34", None, 0.0)
    assert pending is not None
    assert "612" not in result.text
