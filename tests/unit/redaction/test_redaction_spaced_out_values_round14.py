"""Round 14: values typed with spaces around their separators or with words between their
parts: a MAC "12 - f1 - 13 - c1 - 50 - b5" and an NI number "AB - 12 - 34 - 56 - C"; an IPv4
address read out part by part after its word ("ip 203 then 0 then 113 then 9"); a UK sort
code in dashed pairs, a space, then the account, where money comes back ("refund it to
12-34-56 87654321"); Canada's transit and institution joined by a dash where money moves
("banking: 12345-003"). Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "mac 12 - f1 - 13 - c1 - 50 - b5 firmware 2.1",
        "mac 3E - 9A - 7B - 32 - 4F - 05",
        "mac 12 :f1: 13 :c1: 50 :b5",
    ],
)
def test_mac_with_spaced_separators_after_its_word(text):
    assert "[MAC_ADDRESS]" in redact(text)


def test_spaced_hex_pairs_without_a_mac_word_stay():
    text = "order 12 - 34 - 56 - 78 - 90 - 1a shipped"

    assert redact(text) == text


@pytest.mark.parametrize(
    "text", ["its AB - 12 - 34 - 56 - C not that", "AB . 12 . 34 . 56 . C", "AB - 12 - 34 - 56 C"]
)
def test_nino_with_three_character_separators(text):
    assert "[UK_NATIONAL_INSURANCE_NUMBER]" in redact(text)


def test_nino_with_four_character_separators_is_not_read():
    # Past three characters between its pairs the shape is no longer one value.
    assert "[UK_NATIONAL_INSURANCE_NUMBER]" not in redact("AB  --  12  --  34  --  56  --  C")


@pytest.mark.parametrize(
    "text",
    [
        "ip 203 then 0 then 113 then 9 and mac",
        "ip 198 / 51 / 100 / 23",
        "ip 10  16  195  248",
        "ip 10 and 115 and 161 and 11",
        "ip: 203 , 0 , 113 , 53",
        "my ip address is 10 | 0 | 0 | 1",
        "IP-Adresse 10 und 1 und 2 und 3",
    ],
)
def test_ipv4_read_out_in_parts_after_its_word(text):
    out = redact(text)

    assert "[IP_ADDRESS]" in out and not any(c.isdigit() for c in out), out


@pytest.mark.parametrize(
    "text",
    [
        "ip 10 20 30 40 50",  # a fifth number: a list, not an address
        "ip 10 20 300 40",  # a part above 255
        "ip 10 20 256 40",
        "ip 10 20 30",  # three parts
        "my ip changed 3 times in 2 days",
        "10 then 0 then 0 then 1",  # no IP word
        "ip is down since order number 10 20 30 40",  # the numbers too far from the word
    ],
)
def test_numbers_that_are_not_a_read_out_address_stay(text):
    assert "[IP_ADDRESS]" not in redact(text)


def test_ipv4_part_of_255_is_an_address():
    assert redact("ip 10 20 255 40") == "ip [IP_ADDRESS]"


@pytest.mark.parametrize(
    "text",
    [
        "Refund it to 16-30-57 57823332 please, thats my bank",
        "refund it to 12-34-56 1234567",  # seven digits
        "refund it to 12-34-56 123456789012",  # twelve digits
        "reimburse 12-34-56  87654321",
        "please pay it back into 12-34-56 87654321",
        "wire it to 12-34-56 87654321",
        "12-34-56 87654321 is my account",
    ],
)
def test_dashed_sort_code_then_account_where_money_comes_back(text):
    out = redact(text)

    assert not any(c.isdigit() for c in out), out


@pytest.mark.parametrize(
    "text",
    [
        "refund it to 12-34-56 123456",  # six digits: not an account
        "refund it to 12-34-56 1234567890123",  # thirteen digits
        "refund order 12-34-56 87654321",  # a reference word names them
        "see you 12-34-56 87654321",  # nothing about money
        "refund it to 12-34-56/87654321-1",
    ],
)
def test_dashed_pairs_before_a_number_that_is_no_account_stay(text):
    assert "[BANK_ROUTING]" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "my banking: 17410-003 and acct 12345678",
        "direct deposit to 12345-815 please",
        "transfer from 12345-001",
    ],
)
def test_transit_and_institution_where_money_moves(text):
    assert "[BANK_ROUTING]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "bank 12345-6789",  # four after the dash: a ZIP+4
        "bank 12345-67",
        "bank 1234-567",
        "item 12345-678 arrived",  # no money word
        "bank order 12345-678",  # a reference word names it
    ],
)
def test_other_dashed_numbers_stay_no_transit(text):
    assert "[BANK_ROUTING]" not in redact(text)


@pytest.mark.parametrize(("gap", "read"), [(42, True), (43, False)])
def test_sort_code_reach_of_the_money_word(gap, read):
    # The word counts within 48 characters of the pair, on either side.
    pair = "12-34-56 1234567"
    for text in ("refund" + " " * gap + pair, pair + " " * gap + "refund"):
        assert ("[BANK_ROUTING]" in redact(text)) is read, text


@pytest.mark.parametrize(("gap", "read"), [(40, True), (41, False)])
def test_transit_reach_of_the_money_word(gap, read):
    for text in ("transfer" + " " * gap + "12345-003", "12345-003" + " " * gap + "transfer"):
        assert ("[BANK_ROUTING]" in redact(text)) is read, text
