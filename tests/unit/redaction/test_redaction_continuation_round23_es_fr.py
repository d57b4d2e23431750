"""Round 23, Spanish and French first: a CURP in its groups or without its last two
characters, its first letters after "la curp es", a code the customer forgot and then gives
("l'ancien était ..."), and "le num" as a phone's word. Synthetic values (valid CURPs
computed for these tests)."""

from __future__ import annotations

import pytest

from connect_privacy.redaction.continuation import PendingNumber
from tests.support.redaction import conversation, redact

# Valid CURPs (check digit included), split where customers set them apart.
CURP = "GOPA850101HDFRRN06"


def redact_conversation(*messages: str) -> tuple[list[str], list[PendingNumber | None]]:
    return conversation(*messages)


# --- A whole CURP in its groups ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "GOPA 850101 HDFRRN 06",
        "GOPA-850101-HDFRRN-06",
        "GOPA.850101.HDFRRN.06",
        "mi identificación: LEMC 920315-MJCSRR-00 gracias",
        "GOPA850101 HDFRRN06",
    ],
)
def test_a_valid_curp_with_its_groups_set_apart_is_masked(text):
    assert "[MX_CURP]" in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check digit: a look-alike, not a CURP
        "GOPA 850101 HDFRRN 07",
        # two separators in a row are no printed grouping
        "GOPA  850101 HDFRRN 06",
        "GOPA 850101--HDFRRN 06",
    ],
)
def test_what_is_no_grouped_curp_stays(text):
    assert "[MX_CURP]" not in redact(text)


# --- A CURP's second half in its groups ---------------------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        ["GOPA", "850101 HDFRRN 06"],
        ["GOPA", "850101-HDFRRN-06"],
        ["GOP", "A850101-HDFRRN-06"],
    ],
)
def test_a_curp_s_second_half_in_its_groups_is_masked(messages):
    out, markers = redact_conversation(*messages)
    assert out[1] == "[MX_CURP]"
    assert markers[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "850101--HDFRRN-06",  # two separators in a row
        "850101-HDFRRN--06",
        "850101-HZZRRN-06",  # no state's code
    ],
)
def test_what_is_no_curp_tail_in_groups_stays(text):
    out, _ = redact_conversation(text)
    assert out[0] == text


def test_the_longest_grouped_tail_read_has_four_characters_either_side():
    # 27 characters: four either side of three letters, six digits, two gaps and eight
    out, _ = redact_conversation("--> GOP850101-HDFRRN-06 <--")
    assert out[0] == "--> [MX_CURP] <--"


# --- A CURP without its last two characters -----------------------------------------------


@pytest.mark.parametrize(
    ("head", "end"),
    [
        ("GOPA850101HDFRRN", "06"),
        ("GOPA 850101 HDFRRN", "06"),
        ("GOPA-850101-HDFRRN", "06"),
        ("LEMC920315MJCSRR", "00"),
        ("GOPA850101HDFRRN", "A6"),  # the homonymy character may be a letter
        ("GOPA850101XDFRRN", "06"),  # X: the third sex a CURP records
    ],
)
def test_a_curp_s_first_sixteen_then_its_last_two_are_masked(head, end):
    out, markers = redact_conversation(head, end)
    assert out == ["[MX_CURP]", "[MX_CURP]"]
    # the marker keeps counts, never a character
    assert markers[0] is not None
    assert (markers[0].entity_type, markers[0].seen, markers[0].complete) == ("MX_CURP", 16, 18)
    assert markers[1] is None


@pytest.mark.parametrize(
    "head",
    [
        "GOPA850101HZZRRN",  # ZZ: no state's code
        "GOPA850101QDFRRN",  # Q: no sex a CURP records
        "GOPA850101HDFARN",  # a vowel among the names' consonants
        "GOP850101HDFRRN",  # three letters first
        "GOPA85010HDFRRN",  # five digits of birth date
    ],
)
def test_what_is_no_curp_head_stays(head):
    out, _ = redact_conversation(head)
    assert out[0] == head


@pytest.mark.parametrize("end", ["6", "06 pesos", "gracias", "063"])
def test_after_a_curp_head_only_its_last_two_alone_end_it(end):
    out, _ = redact_conversation("GOPA850101HDFRRN", end)
    # ("063" alone may still be another finder's bare code, never the CURP's end)
    assert "[MX_CURP]" not in out[1]


# --- A CURP's or RFC's first letters after a copula ---------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        ["la curp es GOPA", "850101HDFRRN06"],
        ["my curp is GOPA", "850101HDFRRN06"],
        ["mi curp: es GOPA", "850101HDFRRN06"],
    ],
)
def test_a_curp_s_first_letters_after_its_word_and_a_copula_are_masked(messages):
    out, _ = redact_conversation(*messages)
    assert out[0] == messages[0][: -len("GOPA")] + "[MX_CURP]"
    assert out[1] == "[MX_CURP]"


def test_a_word_other_than_a_copula_before_the_letters_starts_nothing():
    out, _ = redact_conversation("la curp nueva GOPA", "850101HDFRRN06")
    assert out[0] == "la curp nueva GOPA"


# --- A forgotten code, then the old one ----------------------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        ["j'ai oublié mon code", "l'ancien était 4817"],
        ["j'ai oublié mon code", "l'ancien était quatre huit un sept"],
        ["j'ai oublie mon code", "l'ancien c'était 4817"],
        ["forgot my code", "4817"],
        ["i forgot my code", "the old one was 4817"],
        ["i forgot the code", "the previous one was 4817"],
        ["olvidé mi código", "el anterior era cuatro ocho uno siete"],
        ["olvide el codigo", "el viejo era 4817"],
        ["esqueci o meu código", "o antigo era 4817"],
        ["ich habe meinen Code vergessen", "der alte war 4817"],
    ],
)
def test_the_old_code_after_a_forgotten_one_is_masked(messages):
    out, _ = redact_conversation(*messages)
    assert "[PIN]" in out[1]
    assert not any(c.isdigit() for c in out[1])


@pytest.mark.parametrize(
    "messages",
    [
        # another code: a postal code, a promo code, ending the message
        ["j'ai oublié mon code postal", "75001"],
        ["olvidé mi código promocional", "48172"],
        # a lead-in of more than two words that says nothing of an old value
        ["i forgot my code", "we talked about 4817"],
        ["j'ai oublié mon code", "il y a 3 jours"],
    ],
)
def test_what_follows_no_forgotten_secret_code_stays(messages):
    out, _ = redact_conversation(*messages)
    assert out[1] == messages[1]


def test_the_old_one_lead_does_not_make_a_date_a_code():
    out, _ = redact_conversation("i forgot my code", "the old one was 12/05")
    assert out[1] == "the old one was 12/05"


# --- "le num", "el num", "o num" -----------------------------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        ["le num 06123456", "78"],
        ["le num +33", "6 12 34 56 78"],
        ["le num. 0612", "345678"],
        ["el num 612", "345 678"],
        ["o num 11", "98765 4321"],
    ],
)
def test_a_phone_s_start_after_an_article_and_num_is_masked_with_its_rest(messages):
    out, _ = redact_conversation(*messages)
    assert out[0].endswith("[PHONE]")
    assert out[1] == "[PHONE]"


@pytest.mark.parametrize(
    "messages",
    [
        ["le num de commande 4821", "22"],
        ["le num de dossier 48211", "22"],
        ["le numérique 0612", "345678"],
    ],
)
def test_another_num_starts_no_phone(messages):
    out, _ = redact_conversation(*messages)
    assert out[0] == messages[0]
    assert "[PHONE]" not in out[1]


# --- A NIR's head in dashes, its rest run together -----------------------------------------

# A valid NIR computed for these tests: 2 85 06 75 123 456, key 39.
NIR_REST = "85067512345639"


@pytest.mark.parametrize(
    "messages",
    [
        ["2-85-06-75-123", "456-39"],
        ["2-85-06-75-123-456", "39"],
        ["1-99-06-59-414", "204 87"],
    ],
)
def test_a_nir_s_first_groups_in_dashes_start_it(messages):
    out, markers = redact_conversation(*messages)
    assert out == ["[FR_NIR]", "[FR_NIR]"]
    assert markers[0] is not None
    assert markers[0].entity_type == "FR_NIR"


@pytest.mark.parametrize(
    "text",
    [
        "2-85-06",  # three groups in dashes: a date's shape
        "2-85-13-75-123",  # no month a NIR has
        "3-85-06-75-123",  # no sex digit
    ],
)
def test_what_is_no_nir_head_in_dashes_starts_no_nir(text):
    out, markers = redact_conversation(text)
    assert "[FR_NIR]" not in out[0]
    assert markers[0] is None or markers[0].entity_type != "FR_NIR"


@pytest.mark.parametrize("sex", ["1", "2"])
def test_a_nir_s_fourteen_digits_run_together_after_its_sex_digit_are_masked(sex):
    rest = NIR_REST if sex == "2" else "99065941420487"
    out, _ = redact_conversation(sex, rest)
    assert out[1] == "[FR_NIR]"


@pytest.mark.parametrize(
    "rest",
    [
        "85067512345638",  # the key fails with either sex digit
        "85167512345639",  # month 16: none a NIR has
        "8506751234563",  # thirteen digits
    ],
)
def test_fourteen_digits_that_make_no_nir_stay(rest):
    out, _ = redact_conversation("2", rest)
    assert "[FR_NIR]" not in out[1]


# --- A DNI's end after its first digits sent bare ------------------------------------------


@pytest.mark.parametrize(
    "messages",
    [
        ["38", "699 411 W"],
        ["38", "699411W"],
        ["98", "489-336-R"],
        ["381", "699 41 W"],
        # eight digits taken for a card's start, or a phone's, then the check letter
        ["49472312", "A"],
        ["55-284-461", "M"],
        ["02-111-591", "F"],
    ],
)
def test_a_dni_s_end_after_bare_digits_is_masked(messages):
    out, markers = redact_conversation(*messages)
    assert out[1] == "[PII]"
    assert markers[1] is None


@pytest.mark.parametrize(
    "messages",
    [
        ["38", "6994 W"],  # six digits in all: no DNI
        ["38", "699 411 12 W"],  # ten
        ["4947231", "A"],  # seven digits, then a letter
        ["38", "699 411 w"],  # a small letter is a word's
        ["38", "699 411 WX"],
        # a card named by its word: a letter after its first eight is no check letter
        ["card 4111 1111", "A"],
    ],
)
def test_what_ends_no_dni_stays(messages):
    out, _ = redact_conversation(*messages)
    assert out[1] == messages[1]


# --- A message sent too soon, then the value -----------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "oups envoyé trop vite",
        "pardon, envoyé trop tôt",
        "perdón se me fue",
        "sorry sent too early",
        "oops hit enter",
        "sorry that went too fast",
        "sem querer",
    ],
)
def test_digits_after_a_message_sent_too_soon_are_masked(opening):
    out, markers = redact_conversation(opening, "60111195", "1234 5678")
    assert out == [opening, "[PII]", "[PII]"]
    assert markers[0] is not None
    assert markers[0].seen == 0


@pytest.mark.parametrize(
    "messages",
    [
        # a bare apology asks for nothing
        ["sorry", "48213377"],
        ["perdón", "48213377"],
        # words after the apology: a count, a duration
        ["sorry sent too early", "2 pizzas"],
        ["perdón se me fue", "3 días"],
        # too long for an interjection: a sentence about something else
        ["sorry my last message went too soon because the app crashed again today", "48213377"],
    ],
)
def test_what_follows_no_early_message_stays(messages):
    out, _ = redact_conversation(*messages)
    assert out[1] == messages[1]
