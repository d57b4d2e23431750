"""Numbers split across messages, round 6: a possessive and an abbreviated number word
("mon num", "meine Nr", "my no."), a NIR's one-digit first part, IBAN lengths of every
SEPA country, a bare number word before a card's first digits, and cards of 19 digits
whose last three come in a message of their own. Counts, amounts and references after a
complete card stay as typed."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation


def _no_digit(texts: list[str]) -> bool:
    return not any(c.isdigit() for text in texts for c in text)


@pytest.mark.parametrize(
    "texts",
    [
        ("mon num 01 61", "80 65 09 24"),
        ("meine nr 0699", "2300632"),
        ("meine Nr. 0170", "0574061"),
        ("mi num 612", "345 678"),
        ("meu nº 912", "345 678"),
        ("my no. 415", "555 0123"),
    ],
)
def test_an_abbreviated_number_word_after_a_possessive_starts_a_phone(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


def test_a_nir_whose_first_part_is_its_one_digit_sex_is_followed():
    out, _ = conversation("ma carte vitale 1", "puis 95 12 56", "331 687 42")

    assert out == ["ma carte vitale [FR_NIR]", "puis [FR_NIR]", "[FR_NIR]"]


@pytest.mark.parametrize(
    "texts",
    [
        ("iban AT61 1904", "dann 3002 3457", "3201"),  # Austria: 20 characters
        ("IBAN BE68 5390", "0754 7034"),  # Belgium: 16
        ("iban CH93 0076 2011", "6238 5295 7"),  # Switzerland: 21
    ],
)
def test_an_iban_is_followed_to_its_country_length(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[-1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("numéro 5396", "puis 4844 2593", "6140 dsl ça a envoyé trop vite"),
        ("die nummer 2221", "dann 00565060", "0706 sorry zu schnell abgeschickt"),
        ("numero 3711", "depois 338214", "88194 foi sem querer"),  # Amex: 15
    ],
)
def test_a_bare_number_word_before_a_card_issuer_follows_a_card(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and markers[0].entity_type == "CREDIT_DEBIT_NUMBER"


@pytest.mark.parametrize(
    "texts",
    [
        ("ma carte bleue 6212-1877-2775-7466", "253"),
        ("numero de tarjeta 4699-8698", "6053-8852", "056 perdon se me envio"),
        ("meine karte ist 4783-5905-3447-7321", "und 633"),
    ],
)
def test_the_last_three_digits_of_a_card_of_nineteen_are_masked(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[-1] is None


@pytest.mark.parametrize(
    "after",
    [
        "2 items missing",
        "100 € were charged",
        "350 euros",
        "order 12345678",
        "2025 was when I opened it",
        "12 Pakete fehlen",
    ],
)
def test_counts_amounts_and_references_after_a_whole_card_stay(after):
    out, markers = conversation("my card is 4111 1111 1111 1111", after)

    assert out == ["my card is [CREDIT_DEBIT_NUMBER]", after]
    assert markers[-1] is None


def test_a_phone_after_a_phone_word_is_not_taken_for_a_card():
    out, markers = conversation("my phone 4155", "550123 thanks")

    assert out == ["my phone [PHONE]", "[PHONE] thanks"]
    assert markers[-1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("3528", "4598-1866-8282 is my card, order 7990012"),
        ("535437880643", "9270 is my card"),
        ("5174", "2185 3584 4358 es mi tarjeta, pedido HI9943568"),
        ("3478", "766748 01977 c'est ma carte"),
        ("3640 459524", "1573 ist meine Karte"),
        ("513992349324", "6256 é meu cartão"),
    ],
)
def test_digits_sent_bare_then_named_a_card_mask_the_rest(texts):
    out, markers = conversation(*texts)

    # Alone, digits say nothing of a card: four are masked only as a reply's PIN, more are
    # sent as typed; either way the marker waits, unnamed, for the next message to say more.
    assert out[0] in (texts[0], "[PIN]")
    assert markers[0] is not None and markers[0].unnamed
    assert not any(c.isdigit() for c in out[1].split(",")[0])
    assert markers[1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("3528", "4598 1866 8282 arrived today"),  # not named a card
        ("4411", "2 cards were charged"),  # too few digits for a card
        ("4411", "the one ending 1234 was declined"),  # an ending, with no card word
        ("2019", "1234 5678 9012 is my card"),  # not an issuer's start: a year
    ],
)
def test_digits_after_bare_digits_stay_unless_named_a_card(texts):
    out, _ = conversation(*texts)

    assert out[1] == texts[1]  # (the first, four digits alone, is masked as a reply's PIN)


def test_the_unnamed_flag_is_stored_as_a_number_and_read_back():
    _, markers = conversation("3528")
    item = markers[0].to_item()

    assert item["unnamed"] == 1
    stored = {name: str(value) for name, value in item.items()}  # as the sessions table
    assert PendingNumber.from_item(stored) == markers[0]
    assert "unnamed" not in conversation("my card is 4111 1111")[1][0].to_item()


@pytest.mark.parametrize(
    "texts",
    [
        ("DE89 3704", "0044 0532", "0130 00"),
        ("es91 2100 0418", "4502 0005 1332"),
        ("ok PT50 0002", "0123 1234 5678 9015 4"),
    ],
)
def test_an_iban_start_without_a_context_word_is_followed(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None
    assert markers[0].entity_type == "INTERNATIONAL_BANK_ACCOUNT_NUMBER"
    assert markers[-1] is None


@pytest.mark.parametrize(
    "texts", [("model XC90 2024", "12 more"), ("DE12 3456 is my ref", "7890 please")]
)
def test_a_model_or_a_named_code_is_not_an_iban_start(texts):
    out, markers = conversation(*texts)

    assert out == list(texts)
    assert markers == [None, None]


@pytest.mark.parametrize(
    "third", ["ruft nach 20:05 an", "ruft nach 19.15 an", "19:00 ist gut", "llega el 12/05"]
)
def test_a_time_or_a_date_after_a_phone_in_progress_stays(third):
    out, _ = conversation("meine Nummer 030", "835845", third)

    assert out == ["meine Nummer [PHONE]", "[PHONE]", third]


def test_dotted_pairs_still_continue_a_phone():
    out, _ = conversation("mon num 06 12", "puis 34.56", "78")

    assert out == ["mon num [PHONE]", "puis [PHONE]", "[PHONE]"]


def test_a_card_start_joined_by_dots_after_in_parts_words_is_followed():
    out, _ = conversation("desculpa, vou mandar em partes: 2247.2144", "6781", "0764")

    assert _no_digit(out)
    assert conversation("the total was 4111.11", "12 items")[0][1] == "12 items"
