"""Numbers split across messages, round 7: where to send a message is a phone ("envoyez un
sms au +34 613", "schick eine SMS an 0661", "manda mensagem no (11)"); a country code alone
after a phone word starts a phone ("my mobile is +1"); an NI number's letters alone or with
their first pairs start one ("my NI number? GM", then "87 08 36 D"). The marker holds no
digit. A message that only mentions texting, and a count after an NI word, stay."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


def _no_digit(texts: list[str]) -> bool:
    return not any(c.isdigit() for text in texts for c in text)


@pytest.mark.parametrize(
    "texts",
    [
        ("envoyez un sms au +34 613 46 04", "50"),
        ("schick eine SMS an 0661", "1234567"),
        ("manda mensagem no (11)", "96376-2764"),
        ("text me at 415", "555 0123"),
        ("my mobile is +1", "415 555 0123"),
    ],
)
def test_a_phone_started_after_where_to_send_a_message_is_followed(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and markers[0].entity_type == "PHONE"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("my NI number? GM", "87 08 36 D"), ["my NI number? [UK_NATIONAL_INSURANCE_NUMBER]"]),
        (("my NI number? TA.38", "98.51.A"), ["my NI number? [UK_NATIONAL_INSURANCE_NUMBER]"]),
        (("my NI number? YL.45.73.07", "C"), ["my NI number? [UK_NATIONAL_INSURANCE_NUMBER]"]),
    ],
)
def test_an_ni_number_in_two_messages_is_masked_in_both(texts, expected):
    out, _ = conversation(*texts)

    assert out[0] == expected[0]
    assert out[1] == "[UK_NATIONAL_INSURANCE_NUMBER]"


@pytest.mark.parametrize(
    "texts",
    [
        ("can you send me a text", "order 12345 arrived"),
        ("my NI number changed last year", "3 letters came"),
        ("my NI number changed", "3 letters came"),
    ],
)
def test_mentions_and_counts_stay(texts):
    out, _ = conversation(*texts)

    assert out == list(texts)


def test_a_nir_whose_first_part_looks_like_a_date_but_is_none_is_followed():
    # "1.78.04": sex, year of birth and month; 78 is no day and no month
    out, _ = conversation("ma sécu 1.78.04", "01.644", "422.91")

    assert out == ["ma sécu [FR_NIR]", "[FR_NIR]", "[FR_NIR]"]


@pytest.mark.parametrize(
    "texts",
    [
        ("la tarjeta se quedó en el cajero a las 9.45", "3 personas esperando"),
        ("my card was charged 12/05", "100 more"),
    ],
)
def test_a_time_or_a_date_after_a_card_word_starts_nothing(texts):
    out, markers = conversation(*texts)

    assert out == list(texts)
    assert markers[0] is None


def test_a_belgian_mobile_word_starts_a_phone():
    out, _ = conversation("gsm 06", "17 22 45 18")

    assert _no_digit(out)


@pytest.mark.parametrize(
    "texts",
    [
        ("bereit?", "01511", "4443609"),
        ("ok ready?", "(201)", "613-2558"),
        ("listo?", "222", "652 0949"),
        ("umm", "086", "89"),
        ("prêt ?", "06 12", "34 56 78"),
    ],
)
def test_digits_dictated_after_asking_whether_the_agent_is_ready_are_masked(texts):
    out, markers = conversation(*texts)

    assert _no_digit(out)
    assert markers[0] is not None and markers[0].seen == 0


@pytest.mark.parametrize(
    "texts",
    [
        ("ready?", "yes", "5 more"),
        ("ok ready?", "2 items", "12345"),
        ("hmm", "I have 3 cards"),
        ("are you ready for my order? it is 12345", "thanks"),
    ],
)
def test_words_after_a_ready_end_the_dictation(texts):
    out, _ = conversation(*texts)

    assert out == list(texts)


def test_a_capital_alone_after_eight_dictated_digits_is_a_dni_letter():
    out, _ = conversation("eh", "12345678", "Z")

    assert out == ["eh", "[PII]", "[PII]"]


@pytest.mark.parametrize("texts", [("eh", "1234567", "Z"), ("listo?", "12345678", "Y ya")])
def test_a_capital_after_other_digits_or_with_words_stays(texts):
    out, _ = conversation(*texts)

    assert out[2] == texts[2]


@pytest.mark.parametrize(
    "text",
    [
        # after the opening of veiled: a year after the word that dates it, and an amount
        "routing 021000021 checking 2568250, it's a joint account opened 2017",
        "cuenta abierta en 2019",
        "la transferencia de $ 2.071.000",
        "la transferencia de 2.071.000 €",
    ],
)
def test_a_year_or_an_amount_after_an_account_word_starts_nothing(text):
    out, markers = conversation(text)

    assert markers == [None]
    assert any(kept in out[0] for kept in ("2017", "2019", "2.071.000"))


def test_an_account_number_that_starts_like_a_year_is_still_followed():
    out, markers = conversation("my account number is 2017", "4455 6677")

    assert out == ["my account number is [BANK_ACCOUNT_NUMBER]", "[BANK_ACCOUNT_NUMBER]"]
    assert markers[1] is None


@pytest.mark.parametrize(
    "texts",
    [
        ("mi nie es Z", "4955334 L"),
        ("mi nie es Z.4955334", "L"),
        ("le paso el NIE por partes X-6800373", "T"),
        ("le paso el NIE por partes X", "6800373T"),
    ],
)
def test_an_nie_letter_sent_before_its_digits_is_masked_with_them(texts):
    # after the opening of veiled: the NIE's first letter stayed visible
    out, markers = conversation(*texts)

    assert not any(letter in text for text in out for letter in "XZ")
    assert _no_digit(out)
    assert markers[-1] is None


def test_the_word_y_after_a_dni_word_is_no_nie_letter():
    out, markers = conversation("mi dni es y", "nada")

    assert out == ["mi dni es y", "nada"]
    assert markers[-1] is None


# Written for the surviving mutants of ``_calendar_date`` (mutation run of 2026-11-28 23:10):
# each bound of a day and a month, in both orders, with a year so no clock time reads it.
@pytest.mark.parametrize(
    "value", ["1.12.24", "31.12.24", "13.1.24", "12.31.24", "1.31.24", "1.13.24", "2025-06-12"]
)
def test_a_calendar_date_after_a_card_word_starts_nothing(value):
    out, markers = conversation(f"my card number is {value}")

    assert out == [f"my card number is {value}"]
    assert markers == [None]


@pytest.mark.parametrize("value", ["32.12.24", "13.13.24", "12.32.24", "0.5.24"])
def test_a_date_shape_that_is_no_calendar_date_starts_a_card(value):
    out, markers = conversation(f"my card number is {value}")

    assert out == ["my card number is [CREDIT_DEBIT_NUMBER]"]
    assert markers[0] is not None
