"""Round 21: a BIC printed right after its IBAN, with no bank word in the message, as
statements and invoices print the pair ("datos: ES91 ... / CAIXESBBXXX"). The IBAN's
mod-97 check vouches for the code beside it. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact

_IBAN_DE = "DE89 3704 0044 0532 0130 00"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"datos: {_IBAN_DE} / COBADEFFXXX", "datos: [IBAN] / [SWIFT_CODE]"),
        (f"dados: {_IBAN_DE}, DEUTDEFF500", "dados: [IBAN], [SWIFT_CODE]"),
        ("ES91-2100-0418-4502-0005-1332 ; BSCHES2M", "[IBAN] ; [SWIFT_CODE]"),
        # only spaces between
        ("ES91 2100 0418 4502 0005 1332 BSCHESMM", "[IBAN] [SWIFT_CODE]"),
        # the shortest IBAN (Norway's fifteen characters)
        ("NO93 8601 1117 947 / DNBANOKKXXX", "[IBAN] / [SWIFT_CODE]"),
        # a bank word in the message, the code of another country than the IBAN's
        (f"transfer to {_IBAN_DE} / BSCHESMM", "transfer to [IBAN] / [SWIFT_CODE]"),
    ],
)
def test_a_bic_right_after_an_iban_is_a_swift_code(text: str, masked: str) -> None:
    assert redact(text).replace("[INTERNATIONAL_BANK_ACCOUNT_NUMBER]", "[IBAN]") == masked


@pytest.mark.parametrize(
    "code",
    [
        "TRACKING",  # letters that read as no word, of no market served
        "URGENTEX",  # a word in capitals
        "QWRTZZ12",  # ZZ: no country
    ],
)
def test_what_is_no_bic_after_an_iban_stays(code: str) -> None:
    assert redact(f"{_IBAN_DE} / {code}").endswith(f" / {code}")


def test_a_code_after_a_number_failing_the_iban_check_stays() -> None:
    assert redact("ref XY12 3456 7890 1234 / COBADEFFXXX").endswith("/ COBADEFFXXX")


def test_a_code_set_apart_from_the_iban_by_words_stays() -> None:
    assert redact(f"{_IBAN_DE} pedido QWRTDE12").endswith("pedido QWRTDE12")
