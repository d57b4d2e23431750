"""The offline ``patterns`` detector: each entity type in the forms people type, and
the harmless numbers it must leave alone."""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.telemetry import MemoryCounter

ZWSP, NBSP, EN_DASH = "\u200b", "\u00a0", "\u2013"
FULLWIDTH = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})
ARABIC_INDIC = str.maketrans({str(d): chr(0x0660 + d) for d in range(10)})


@pytest.fixture(scope="module")
def redact():
    redactor = build_redactor(
        RedactionSettings(engines=frozenset({Engine.PATTERNS})),
        comprehend_client=None,
        counter=MemoryCounter(),
    )
    return redactor.redact


CARD_FORMS = [
    "4111111111111111",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "4111.1111.1111.1111",
    "4111/1111/1111/1111",
    NBSP.join(["4111"] * 4),
    EN_DASH.join(["4111"] * 4),
    ZWSP.join(["4111"] * 4),
    "4111\u200b1111\u200d1111\u00ad1111",
    "4111 1111 1111 1111".translate(FULLWIDTH),
    "4111111111111111".translate(ARABIC_INDIC),
    " ".join("4111111111111111"),
    "four one one one one one one one one one one one one one one one",
    "Four-One-One-One one one one one  one one one one - one one one one",
    "4 one 1 one 1 one 1 one 1 one 1 one 1 one 1 one",
    "four triple one one one one one one one one one one one one",
    "2221000000000009",  # Mastercard 2-series, low end
    "2720 9900 0000 0007",  # Mastercard 2-series, high end
    "5555 5555 5555 4444",
    "3782 822463 10005",  # Amex 4-6-5
    "6011 1111 1111 1117",
    "3530 1113 3330 0000",
    "3056 9309 0259 04",  # Diners 14
    "4222222222222",  # Visa 13
    "4111 1111 1111 1111 003",  # Visa 19... or a card plus three digits: either way masked
]


@pytest.mark.parametrize("card", CARD_FORMS)
def test_card_numbers_are_masked_in_every_form(redact, card):
    result = redact(f"my card is {card} thanks")

    assert result.text == "my card is [CREDIT_DEBIT_NUMBER] thanks"


def test_card_followed_by_cvv_in_one_run_masks_the_card(redact):
    result = redact("4111 1111 1111 1111 123")

    assert result.text.startswith("[CREDIT_DEBIT_NUMBER]")


def test_card_with_a_typo_is_masked_after_card_words(redact):
    assert redact("card number 4111 1111 1111 1112").text == "card number [CREDIT_DEBIT_NUMBER]"


def test_entity_after_emoji_is_masked_at_code_point_offsets(redact):
    result = redact("😀👋🏽🇬🇧 card 4111111111111111 ok")

    assert result.text == "😀👋🏽🇬🇧 card [CREDIT_DEBIT_NUMBER] ok"
    assert result.entities[0].begin == "😀👋🏽🇬🇧 card ".__len__()


POSITIVES = [
    ("my ssn is 123-45-6789", "SSN", "123-45-6789"),
    ("SSN 123 45 6789", "SSN", "123 45 6789"),
    ("social security number 078051121", "SSN", "078051121"),
    ("ssn one two three four five six seven eight nine", "SSN", None),
    ("my itin is 912-70-1234", "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER", "912-70-1234"),
    ("routing number 021000021", "BANK_ROUTING", "021000021"),
    ("the ABA is 011000015", "BANK_ROUTING", "011000015"),
    ("account number 12345678901", "BANK_ACCOUNT_NUMBER", "12345678901"),
    ("iban GB82 WEST 1234 5698 7654 32", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", None),
    ("iban gb82west12345698765432 thanks", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", None),
    ("IBAN DE89-3704-0044-0532-0130-00", "INTERNATIONAL_BANK_ACCOUNT_NUMBER", None),
    ("swift code DEUTDEFF", "SWIFT_CODE", "DEUTDEFF"),
    ("the bic is NWBKGB2L for the wire", "SWIFT_CODE", "NWBKGB2L"),
    ("email jo.smith+shop@example.co.uk please", "EMAIL", "jo.smith+shop@example.co.uk"),
    ("call me on (201) 555-0123", "PHONE", "(201) 555-0123"),
    ("call +44 20 7946 0958", "PHONE", "+44 20 7946 0958"),
    ("ruf mich an: +49 30 901820", "PHONE", "+49 30 901820"),
    ("mon numero 0033 1 42 68 53 00", "PHONE", None),
    ("my ip is 203.0.113.7", "IP_ADDRESS", "203.0.113.7"),
    ("v6 2001:db8:85a3::8a2e:370:7334 here", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    ("mac 00:1A:2B:3C:4D:5E", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E"),
    ("mac 001a.2b3c.4d5e", "MAC_ADDRESS", "001a.2b3c.4d5e"),
    ("key AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY", "AKIAIOSFODNN7EXAMPLE"),
    (
        "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_SECRET_KEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    ("NI number AB 12 34 56 C", "UK_NATIONAL_INSURANCE_NUMBER", "AB 12 34 56 C"),
    ("my sin is 130692544", "CA_SOCIAL_INSURANCE_NUMBER", "130692544"),
    ("social insurance number 130 692 544", "CA_SOCIAL_INSURANCE_NUMBER", "130 692 544"),
    ("NHS number 943 476 5919", "UK_NATIONAL_HEALTH_SERVICE_NUMBER", "943 476 5919"),
    ("vin 1HGCM82633A004352", "VEHICLE_IDENTIFICATION_NUMBER", "1HGCM82633A004352"),
    ("cvv is 123", "CREDIT_DEBIT_CVV", "123"),
    ("the security code is 4321", "CREDIT_DEBIT_CVV", "4321"),
    ("expires 04/29", "CREDIT_DEBIT_EXPIRY", "04/29"),
    ("exp date 11/2027", "CREDIT_DEBIT_EXPIRY", "11/2027"),
    ("valid thru Aug 2028", "CREDIT_DEBIT_EXPIRY", "Aug 2028"),
    ("my pin is 4321", "PIN", "4321"),
    ("PIN: 9 8 7 6", "PIN", "9 8 7 6"),
    ("my password is hunter2!", "PASSWORD", "hunter2!"),
    ("password is now Tr0ub4dor&3", "PASSWORD", "Tr0ub4dor&3"),
    ("pw: correcthorse", "PASSWORD", "correcthorse"),
    ("the wifi password for the router I set up: 'Kx9-mvq2'", "PASSWORD", "Kx9-mvq2"),
    ("password changed, so now I use Gx7#pLq2 everywhere", "PASSWORD", "Gx7#pLq2"),
    ("passport number 123456789", "PASSPORT_NUMBER", "123456789"),
    ("my passport is GB1234567", "PASSPORT_NUMBER", "GB1234567"),
    ("driver's license D1234567", "DRIVER_ID", "D1234567"),
    ("DL# 123-4567-8901", "DRIVER_ID", "123-4567-8901"),
]


@pytest.mark.parametrize(("text", "entity_type", "value"), POSITIVES)
def test_each_entity_type_is_detected_and_masked(redact, text, entity_type, value):
    result = redact(text)

    assert entity_type in {s.entity_type for s in result.entities}
    assert f"[{entity_type}]" in result.text
    if value is not None:
        assert value not in result.text


def test_the_contact_lens_test_ssn_is_redacted(redact):
    # The Contact Lens validation guide tells users to test with this value.
    assert redact("123-45-6789").text == "[SSN]"


HARD_NEGATIVES = [
    "order #2015550123 hasn't arrived",
    "order number 8005550199",
    "case number 05445198",
    "ticket 12345678 any update?",
    "tracking 1Z999AA10123456784",
    "USPS tracking 9400 1000 0000 0000 0000 00",
    "the tracking number is 9205 5000 0000 0000 0000 00",
    "I was charged $1,234.56 on 03/14/2024",
    "refund €49.99 please",
    "delivered on 2024-03-05 at 10:30",
    "can you call at 9:30-11:00 tomorrow",
    "appointment March 3, 2024 at 2:45 PM",
    "app version 10.8.38",
    "firmware 1.2.3.4 broke it",
    "ISBN 978-0-306-40615-7",
    "my zip is 94103",
    "deliver to 94103-1234",
    "reference 1234 5678 9012 3456 from the previous ticket",
    "invoice INV-004512 for 12 items",
    "the package weighs 12 lbs and was 30% off",
    "flight BA 117 was cancelled",
    "I forgot my password and need a reset",
    "my password is not working",
    "password reset done. Order 998877665 shipped",
    "my password stopped working after I paid order 12345678",
    "is the pin required?",
    "my account is locked",
    "I need 3 units by Friday",
    "PLEASE HELP MY BANK TRANSFER FAILED",
    "call me back please",
    "thanks so much!! 😀",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_harmless_numbers_and_words_are_left_alone(redact, text):
    result = redact(text)

    assert result.text == text, result.entities


def test_two_ibans_in_a_row_are_both_masked(redact):
    # Found by the idempotence property: a greedy IBAN match swallowed the second one.
    text = "GB82 WEST 1234 5698 7654 32 GB82 WEST 1234 5698 7654 32"

    assert redact(text).text == "[INTERNATIONAL_BANK_ACCOUNT_NUMBER] " * 1 + (
        "[INTERNATIONAL_BANK_ACCOUNT_NUMBER]"
    )
