"""Round 12: values sent over messages in Spanish, French and Portuguese. A bank branch said
in parts (Canada's transit, then the institution's three digits; Brazil's agência, then its
check digit), and a value's last part named after it ("450 é o nif", "755-211-M ese es el
dni", "V ese es el dni"). The marker holds no digit. Synthetic values."""

from __future__ import annotations

from tests.support.redaction import conversation

ROUTING = "[BANK_ROUTING]"


def test_a_transit_then_its_institution_is_masked():
    out, markers = conversation("transit 12345", "002 et compte 1234567")

    assert out == [f"transit {ROUTING}", f"{ROUTING} et compte [BANK_ACCOUNT_NUMBER]"]
    assert "12345" not in repr(markers[0])


def test_an_agencia_then_its_check_digit_is_masked():
    out, _ = conversation("ag 1234", "9 conta 12345678-1")

    assert out == [f"ag {ROUTING}", f"{ROUTING} conta [BANK_ACCOUNT_NUMBER]"]


def test_the_rest_of_a_nif_named_after_it_is_masked():
    out, _ = conversation("123 456", "789 é o nif")

    assert out[1] == "[PT_NIF] é o nif"


def test_a_dni_check_letter_named_after_it_is_masked():
    out, _ = conversation("12345678", "Z ese es el dni")

    assert out[1] == "[ES_DNI] ese es el dni"


def test_the_rest_of_a_dni_in_groups_named_after_it_is_masked():
    out, _ = conversation("12", "345-678-Z ese es el dni")

    assert out[1] == "[ES_DNI] ese es el dni"


def test_a_date_or_a_short_count_before_the_word_stays():
    out, _ = conversation("12/05 es la fecha del dni", "10 es el número")

    assert out == ["12/05 es la fecha del dni", "10 es el número"]


def test_a_clabe_sent_bare_in_two_messages_has_its_rest_masked():
    out, markers = conversation("0123 4567 8901 23", "4567 8")

    assert out[1] == "[PII]"
    assert "8901" not in repr(markers[0]) and markers[0].seen == 14


def test_a_phone_sent_bare_after_a_three_digit_start_has_its_rest_masked():
    out, _ = conversation("555", "123 4567")

    assert out[1] == "[PII]"


def test_a_year_or_a_short_count_after_bare_digits_stays():
    out, _ = conversation("123 4567 8", "2024", "3")

    assert out[1:] == ["2024", "3"]


def test_a_curps_second_half_sent_alone_is_masked():
    out, _ = conversation("GOMA8", "50101HDFRRN09")

    assert out[1] == "[MX_CURP]"


def test_a_curps_tail_needs_a_state_and_consonants():
    out, _ = conversation("ABCD", "50101HZZAEI09")

    assert out[1] == "50101HZZAEI09"
