"""Detector families added for issue 14 (synthetic values; none from any corpus).

Each case names the family: values that must not stay visible, and the hard
negatives next to them that must stay exactly as typed.
"""

from __future__ import annotations

import re

import pytest
from stdnum.es import dni, nie

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.continuation import redact_in_conversation
from connect_privacy.telemetry import MemoryCounter

REDACTOR = build_redactor(
    RedactionSettings(engines=frozenset({Engine.PATTERNS})),
    comprehend_client=None,
    counter=MemoryCounter(),
)
DNI = "12345678" + dni.calc_check_digit("12345678")
DNI_WITH_ZERO = "10203040" + dni.calc_check_digit("10203040")
NIE_DIGITS = "1234567"
NIE_LETTER = nie.calc_check_digit("Y" + NIE_DIGITS)


def visible(text: str, value: str) -> bool:
    """Whether any letter or digit of ``value`` survived in ``text``."""
    return any(ch.isalnum() for ch in value) and value in text


@pytest.mark.parametrize(
    ("family", "text", "values"),
    [
        ("expiry and code after a card", "card 5105 1051 0510 5100 09/29 123", ["09/29", "123"]),
        ("card, MMYYYY and code in one run", "pay 4012 8888 8888 1881 072031 456", ["1881", "456"]),
        ("ZIP code then card", "zip and card: 94105 4111 1111 1111 1111", ["4111"]),
        (
            "IBAN with emoji and pipes",
            "IBAN GB82 🙂 WEST | 1234 ; 5698 * 7654 32",
            ["WEST", "5698"],
        ),
        ("IBAN with joining words", "IBAN DE89 3704 and 0044 y 0532 0130 00", ["3704", "0532"]),
        (
            "IBAN look-alike check digits",
            "IBAN FRl4 2004 1010 0505 0001 3M02 606",
            ["2004", "3M02"],
        ),
        (
            "DNI, joining word before the letter",
            f"mi dni 12 y 345 y 678 y {DNI[-1]}",
            ["345", "678"],
        ),
        (
            "DNI look-alike then check letter",
            f"dni {DNI_WITH_ZERO[:-2]}O{DNI_WITH_ZERO[-1]}",
            ["1O2"],
        ),
        ("NIE letter before a look-alike", f"my nie is yI{NIE_DIGITS[1:]}{NIE_LETTER}", ["234567"]),
        ("driving licence abbreviation", "driving lic no AB123456C", ["AB123456C"]),
        ("French licence abbreviation", "n° permis 123456789012", ["123456789012"]),
        ("user name abbreviation", "usr jdoe_77", ["jdoe_77"]),
        ("user name query key u", "https://x.example/login?u=jdoe_77&lang=de", ["jdoe_77"]),
        ("passport word with suffix", "reisepassnummer C01X00T47", ["C01X00T47"]),
        ("look-alike after +", "call +l (2O2) 555-0143", ["555", "0143"]),
        ("look-alike between digit pieces", "senha do cartão 1 - 2 - l - 4 ok", ["l - 4"]),
        ("expiry word alone (de)", "die karte läuft 0728 ab", ["0728"]),
        ("expiry word gültig", "gültig 09/27, danke", ["09/27"]),
        (
            "spelled dots in the local part",
            "mi correo es ana punto ruiz arroba mail punto es",
            ["ana"],
        ),
        (
            "spelled dots in the local part (en)",
            "write to jo dot doe at example dot com",
            ["jo", "doe"],
        ),
        ("phone word nearer than a reference", "order 12345, call me on 0207 946 0958", ["946"]),
        ("phone after a common reference word", "nota: meu telefone 11 98765-4321", ["98765"]),
        (
            "percent-encoded parentheses in a phone",
            "https://x.example/t?tel=%2B49%20%280%29160%201234%205678&b=1",
            ["1234", "5678"],
        ),
        (
            "+country code in a query string",
            "https://x.example/s?nr=%2B4915123456789&x=1",
            ["5123"],
        ),
    ],
)
def test_values_are_masked(family, text, values):
    masked = REDACTOR.redact(text).text
    assert not [v for v in values if visible(masked, v)], (family, masked)


@pytest.mark.parametrize(
    ("family", "text", "kept"),
    [
        (
            "date and time after a reference",
            "order placed 04/23/2024 21:50",
            ["04/23/2024", "21:50"],
        ),
        (
            "query values of non-phone keys",
            "https://shop.example/t?cmd=5037139961&b=2125550143",
            ["5037139961", "2125550143"],
        ),
        ("ZIP+4 after an SSN", "ssn 123-45-6789 zip 90210-1234", ["90210-1234"]),
        ("ZIP after an expiry", "exp 0927 | 90210", ["90210"]),
        (
            "reference after a KEY=value secret",
            "DB_PASSWORD=hunter2x ticket CS-2024-0001",
            ["CS-2024-0001"],
        ),
        (
            "parcel number after a parcel word",
            "el envío 9361 7375 7448 6785 6851 24",
            ["9361 7375 7448 6785 6851 24"],
        ),
        ("member number (pt)", "nº de sócio 265821400", ["265821400"]),
        (
            "a bare number word does not outweigh a reference word",
            "customer number 2025550143",
            ["2025550143"],
        ),
        ("quantities with letters", "12oz of coffee, 1 ou 2 unités", ["12oz", "1 ou 2"]),
    ],
)
def test_hard_negatives_stay(family, text, kept):
    masked = REDACTOR.redact(text).text
    assert all(k in masked for k in kept), (family, masked)


def test_a_phone_written_in_pairs_is_not_a_date():
    assert "28-62" not in REDACTOR.redact("appelez moi au 07-04-36-28-62").text


def conversation(*texts: str) -> list[str]:
    pending, now, out = None, 1000.0, []
    for text in texts:
        now += 5
        result, pending = redact_in_conversation(REDACTOR, text, pending, now)
        out.append(result.text)
    return out


@pytest.mark.parametrize(
    "texts",
    [
        ("numéro de sécu 1 85 05 78", "006 084", "36"),  # NIR: 15 digits over three messages
        ("el número es 4012 8888 8888", "1881"),  # digits outrun a phone: a card
        ("mon numéro 0033 6 12", "34 56 78"),  # 00 + country code
        ("my card is 4111 1111", "1111 1111 1111"),  # more groups than expected, all masked
        ("cpf 123.456", "789-09"),
    ],
)
def test_values_split_over_messages_leave_no_digit(texts):
    out = conversation(*texts)
    assert not [t for t in out if re.search(r"[0-9]", t)], out


def test_no_marker_when_a_reference_word_stands_between():
    pending = redact_in_conversation(REDACTOR, "for the account, zip 94105-1234", None, 0.0)[1]
    assert pending is None
