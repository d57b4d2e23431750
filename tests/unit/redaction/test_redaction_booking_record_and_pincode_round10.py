"""Round 10: a booking record ("PNR GPWDV5") after a passport number is the airline's, not
part of the passport (it ends the passport's pieces); India's six-digit "pincode" is a postal
code, not a PIN, unless a card or a bank is named. Synthetic values."""

from __future__ import annotations

from tests.support.redaction import redact


def test_a_pnr_after_a_passport_stays():
    assert (
        redact("Passport No: Z6514281 , PNR GPWDV5")
        == "Passport No: [PASSPORT_NUMBER] , PNR GPWDV5"
    )


def test_passport_pieces_are_still_joined():
    assert redact("passport P88 . 260 . 17 thanks") == "passport [PASSPORT_NUMBER] thanks"


def test_an_indian_pincode_stays_and_the_phone_after_it_is_masked():
    out = redact("my pincode is 176520 and alternate number 91 | 8179 | 60 | 0799")

    assert out == "my pincode is 176520 and alternate number [PHONE]"


def test_a_card_pincode_is_masked():
    assert redact("my card pincode is 176520") == "my card pincode is [PIN]"
    assert (
        redact("der Pincode meiner EC-Karte ist 482913") == "der Pincode meiner EC-Karte ist [PIN]"
    )


def test_a_four_digit_pincode_is_a_pin():
    assert redact("my pincode is 4829") == "my pincode is [PIN]"
