"""Round 15, Spanish and Portuguese: a BIC copied in the groups a statement prints it in
("BIC ABCD ESMM 123", "swift QWER-BR-2X") after a BIC word; the hesitations of Spanish and
Portuguese dictation between a number's groups ("4111 este 1111", "+55 tipo 11"); a
CLABE's four printed parts (bank, plaza, account, check digit) each in a message of its
own; a MAC address copied with look-alike letters for 0 and 1 ("mac 4a:34:l5:O3:eb:f5");
a Brazilian account whose check digit "X" is typed without its dash ("conta 21275X").
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "text",
    [
        "BIC ABCD ESMM 123 para la transferencia",
        "swift QWER-BR-2X",
        "el swift es ZXCV.PT.PL",
        "bic  MNOP  MXAB  A1B",
        "BIC ABCD - ESMM - 123",
        "código swift ABCD ES MM 123",
        # twelve characters between the word and the code
        "BIC del banco: ABCD ESMM",
    ],
)
def test_a_grouped_bic_after_a_bic_word_is_masked(text: str) -> None:
    out = redact(text)

    assert "[SWIFT_CODE]" in out
    assert "ESMM" not in out and "2X" not in out and "PL" not in out and "A1B" not in out


@pytest.mark.parametrize(
    "text",
    [
        # lower case: words, not a code copied from a statement
        "bic abcd esmm 123",
        "bic para el pago",
        # no such country
        "BIC ABCD QQMM 123",
        # thirteen characters between the word and the code, and no bank nor copula ending
        # them ("BIC de mi banco ABCD ESMM" names whose code it is: masked since round 46)
        "BIC para el pago ABCD ESMM",
        # no BIC word
        "ref ABCD ESMM 123",
        # three spaces between groups are not a statement's grouping
        "BIC ABCD   ESMM",
    ],
)
def test_groups_that_are_not_a_bic_stay(text: str) -> None:
    assert redact(text) == text


def test_a_four_digit_number_after_a_grouped_bic_is_not_its_branch() -> None:
    assert redact("BIC ABCD ESMM 1234") == "BIC [SWIFT_CODE] 1234"


@pytest.mark.parametrize(
    "filler", ["eh", "ehh", "este", "o sea", "pues", "tipo", "hum", "humm", "né"]
)
def test_a_card_dictated_with_hesitations_is_masked(filler: str) -> None:
    text = f"pagué con la 4111 {filler} 1111 {filler} 1111 {filler} 1111 gracias"

    assert redact(text) == "pagué con la [CREDIT_DEBIT_NUMBER] gracias"


@pytest.mark.parametrize(
    "text",
    ["mi número +54 este 11 este 2342 este 4838", "o zap +55 tipo 11 tipo 2355 tipo 6270"],
)
def test_a_phone_dictated_with_hesitations_is_masked(text: str) -> None:
    assert not any(c.isdigit() for c in redact(text))


@pytest.mark.parametrize(
    "text",
    [
        # a word that is no hesitation, or one that only starts like one
        "pagué con la 4111 casa 1111 casa 1111 casa 1111 gracias",
        "pagué con la 4111 estes 1111 estes 1111 estes 1111 gracias",
        "pagué con la 4111 tipos 1111 tipos 1111 tipos 1111 gracias",
        "pagué con la 4111 ne 1111 ne 1111 ne 1111 gracias",
        # short numbers around one stay what they are
        "calle 10 este 23, piso 4",
        "tengo 2 tipo 3 pedidos",
    ],
)
def test_numbers_around_other_words_are_not_joined(text: str) -> None:
    assert redact(text) == text


def test_a_clabe_sent_in_its_four_parts_after_its_word_is_masked_whole() -> None:
    out, pending = conversation("la clabe es", "002", "180", "00123456789", "6")

    assert out[1:] == ["[MX_CLABE]"] * 4
    assert pending[-1] is None


def test_a_fifth_message_after_a_clabes_word_is_not_read_as_its_rest() -> None:
    out, _ = conversation("la clabe es", "002", "180", "001", "23456789", "6")

    assert out[1:5] == ["[MX_CLABE]"] * 4
    assert out[5] == "6"


@pytest.mark.parametrize(
    "text",
    [
        "mac 4a:34:l5:O3:eb:f5",
        "mac O6 67 D2 44 8o l8",
        "mac 1A.C6.96.2l.C8.I4",
        "o mac do roteador é 7A  I8  EA  FD  43  69",
        "endereço mac: oa-3b-1c-9d-2e-4f",
        "mac 4a:34 : l5:O3:eb:f5",
    ],
)
def test_a_mac_with_look_alike_letters_after_a_mac_word_is_masked(text: str) -> None:
    assert "[MAC_ADDRESS]" in redact(text)
    assert "34" not in redact(text) and "EA" not in redact(text) and "9d" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # no MAC word
        "ref 4a:34:l5:O3:eb:f5",
        # three spaces between pairs
        "mac 7A   I8   EA   FD   43   69",
        # glued to a word
        "mac x4a:34:l5:O3:eb:f5",
        # five pairs, or seven
        "mac 4a:34:l5:O3:eb",
        "mac 4a:34:l5:O3:eb:f5:ab",
        # letters that stand for no digit
        "o mac: Oi Oi Oi Oi Oi Oi",
    ],
)
def test_look_alike_pairs_that_are_no_mac_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["na conta 31486X por favor", "cc 0071234X", "minha conta 123X", "conta 48213-X"]
)
def test_a_brazilian_account_ending_in_its_check_x_is_masked(text: str) -> None:
    out = redact(text)

    assert "[BANK_ACCOUNT_NUMBER]" in out
    assert not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    "text",
    [
        # in lower case, an "x" after a number is a multiplier
        "na conta 31486x por favor",
        "minha conta rende 100x mais",
        "minha conta 12X",
        "conta 123XY",
        "na conta 31486X-1",
        # no account word
        "pedido 31486X",
    ],
)
def test_an_x_after_other_numbers_is_no_check_digit(text: str) -> None:
    assert redact(text) == text
