"""Round 14, Spanish, French and Portuguese: an account word before an IBAN's start ("mon
compte : FR76 ...") starts an IBAN over messages, letters and all; "n° ss" names a NIR;
"homoclave" names an RFC; a NIE or DNI said digit by digit after its word, ending with a
long number word ("cuatro"), starts the id over messages. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact


@pytest.mark.parametrize(
    "texts",
    [
        ("mon compte : FR76 3000 6000 01QM", "PTL0 VTEP 189"),
        ("le rib FR76 3000 6000 0112", "34AB 7890 189"),
        ("mi cuenta es ES91 2100 0418", "4502 0005 1332"),
        ("minha conta PT50 0002 0123", "1234 5678 9015 4"),
    ],
)
def test_an_iban_started_after_an_account_word_is_followed(texts: tuple[str, ...]) -> None:
    out, pending = conversation(*texts)

    assert not any(c.isdigit() for text in out for c in text)
    assert "PTL0" not in out[1]
    assert pending[-1] is None


@pytest.mark.parametrize(
    ("text", "seen", "complete"),
    [
        ("mon compte : FR76 3000 6000 0112", 16, 27),
        # "cuenta" is also a CLABE's word: an IBAN's country says which it is
        ("mi cuenta es ES91 2100 0418", 12, 24),
    ],
)
def test_the_account_words_iban_keeps_its_length_by_country(
    text: str, seen: int, complete: int
) -> None:
    _, pending = conversation(text)

    first = pending[0]
    assert first is not None
    assert (first.entity_type, first.seen, first.complete) == (
        "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
        seen,
        complete,
    )


def test_an_account_word_before_digits_alone_starts_an_account() -> None:
    _, pending = conversation("mon compte : 3000 6000")

    assert pending[0] is not None
    assert pending[0].entity_type == "BANK_ACCOUNT_NUMBER"


def test_an_iban_named_after_its_start_is_whole_as_typed() -> None:
    out, pending = conversation("FR76 3000 6000 0112 is my account", "PTL0 VTEP 189")

    assert out[1] == "PTL0 VTEP 189"
    assert pending == [None, None]


@pytest.mark.parametrize(
    "texts",
    [
        ("n° ss 2 84 10 09", "451 089 46"),
        ("n° SS 28410093", "4510894"),
        ("numéro de ss 2 84 10", "09 451 089 46"),
        ("no ss 1 84 12 76", "451 089 46"),
        ("num ss 1 84 12", "76 451 089 46"),
    ],
)
def test_n_ss_names_a_nir_sent_in_parts(texts: tuple[str, ...]) -> None:
    out, pending = conversation(*texts)

    assert not any(c.isdigit() for text in out for c in text)
    assert pending[0] is not None and pending[0].entity_type == "FR_NIR"


def test_ss_alone_is_no_nir_word() -> None:
    # "ss" is also a screenshot: only after a number's word does it name the NIR
    _, pending = conversation("voici le ss 2 84 10 09")

    assert pending[0] is None or pending[0].entity_type != "FR_NIR"


@pytest.mark.parametrize(
    "text",
    [
        "con homoclave es GODE.5612.31GR.8",
        "con homoclave es GODE / 5612 / 31GR / 8",
        "con homoclave es GODE|5612|31GR|8",
        "con homoclave es GODE...5612...31GR...8",
    ],
)
def test_homoclave_names_an_rfc_typed_in_pieces(text: str) -> None:
    assert redact(text) == "con homoclave es [MX_RFC]"


def test_a_homoclave_alone_is_no_rfc() -> None:
    text = "la homoclave es GR8 y el pedido 123456"

    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "mi nie es cuatro 8 dos cuatro tres dos uno",
        "mi nie es 9-cinco-cuatro-tres-cinco-siete-siete",
        # the last word's blanks ("cuatro" -> "4     ") are no characters typed
        "mi nie es tres 5 tres cinco nueve uno cuatro",
        "mi dni es cuatro ocho dos cuatro tres dos uno cero",
    ],
)
def test_a_nie_said_digit_by_digit_starts_the_id(text: str) -> None:
    out, pending = conversation(text)

    assert out[0].startswith("mi ") and not any(c.isdigit() for c in out[0])
    assert "cuatro" not in out[0].split(" es ")[1] and "dos" not in out[0].split(" es ")[1]
    assert pending[0] is not None and pending[0].entity_type == "ES_DNI"


def test_a_dni_said_digit_by_digit_ends_with_its_letter() -> None:
    out, pending = conversation("mi dni es cuatro ocho dos cuatro tres dos uno cero", "T")

    assert out[1] == "[ES_DNI]"
    assert pending[-1] is None


def test_a_card_said_to_its_last_long_word_starts_a_card() -> None:
    _, pending = conversation("mi tarjeta es cuatro cinco tres dos cuatro")

    assert pending[0] is not None
    assert (pending[0].entity_type, pending[0].seen) == ("CREDIT_DEBIT_NUMBER", 5)


def test_a_nie_word_and_a_date_said_in_words_start_nothing() -> None:
    _, pending = conversation("mi dni caduca en dos mil veinte")

    assert pending[0] is None


def test_typed_digits_far_apart_start_no_dni() -> None:
    # only said digits leave gaps wider than three characters
    _, pending = conversation("mi dni es 1234    5678")

    assert pending[0] is None


def test_an_rfc_said_in_part_keeps_its_letters_rule() -> None:
    # an RFC's letters stand among its digits: said digits alone are not read as it
    _, pending = conversation("mi rfc es GODE cinco seis uno dos")

    assert pending[0] is None


def test_trailing_blanks_typed_end_no_value_early() -> None:
    _, pending = conversation("mi cuenta es 1234     ")

    assert pending[0] is not None and pending[0].seen == 4


@pytest.mark.parametrize(
    "text",
    [
        "mac 22 - 35 - 23 - 45 - 3e - 96 firmware 14.5",
        "o técnico falou mac 3E - 72 - 2E - B4 - BE - 74 firmware v5.14.5",
        "mac 3e : 4d : 8b : 75 : 2b : 2a",
        "mac 3e- 4d- 8b- 75- 2b- 2a",
    ],
)
def test_a_mac_with_separators_set_apart_is_masked(text: str) -> None:
    out = redact(text)

    assert "[MAC_ADDRESS]" in out
    assert not any(pair in out for pair in ("35", "72", "4d", "2a"))


def test_pairs_set_apart_without_a_mac_word_stay() -> None:
    text = "pedido 12 - 34 - 56 - 78 - 90 - 12"

    assert redact(text) == text


@pytest.mark.parametrize(
    ("texts", "first"),
    [
        (("mon numéro 1", "4 15 55 12 34"), "mon numéro [PHONE]"),
        (("mi número 6", "12 34 56 78"), "mi número [PHONE]"),
    ],
)
def test_the_customers_own_number_may_start_with_one_digit(
    texts: tuple[str, ...], first: str
) -> None:
    out, pending = conversation(*texts)

    assert out[0] == first
    assert not any(c.isdigit() for c in out[1])
    assert pending[0] is not None and (pending[0].entity_type, pending[0].seen) == ("PHONE", 1)


def test_a_phone_word_alone_wants_two_digits() -> None:
    _, pending = conversation("mon téléphone 0")

    assert pending[0] is None


@pytest.mark.parametrize(
    "text", ["bancame que la busco", "aguantame", "bancame", "la busco", "lo busco"]
)
def test_a_river_plate_wait_starts_a_dictation(text: str) -> None:
    _, pending = conversation(text)

    assert pending[0] is not None and pending[0].entity_type == "PII"


@pytest.mark.parametrize("lead", ["listo", "voilà", "pronto"])
def test_digits_after_a_ready_word_continue_a_dictation(lead: str) -> None:
    out, pending = conversation("espera que la busco", f"{lead} 41116230", "08027051")

    assert out[1:] == [f"{lead} [PII]", "[PII]"]
    assert pending[-1] is None


def test_digits_after_any_other_word_end_a_dictation() -> None:
    out, _ = conversation("espera que la busco", "hola 41116230")

    assert out[1] == "hola 41116230"


@pytest.mark.parametrize(
    "first",
    [
        "alors c'est 42426020",
        "entao 42429200",
        "então é 40009985",
        "listo 41116230",
        "so it's 55000055",
        "ok 42424242",
        "pues es 41116230",
        "c'est 42426020",
        "bon, 51059307",
    ],
)
def test_a_card_issuers_digits_after_a_filler_start_an_unnamed_card(first: str) -> None:
    out, pending = conversation(first, "92090516")

    assert out == [first, "[CREDIT_DEBIT_NUMBER]"]
    assert pending[0] is not None and pending[0].unnamed


@pytest.mark.parametrize(
    "first",
    [
        "ok 12345678",  # no card issuer's first digits
        "hola 42426020",  # a greeting is no filler: it may name what follows
        "alors c'est 2024",  # a year
    ],
)
def test_no_unnamed_card_after_a_filler_without_an_issuers_digits(first: str) -> None:
    out, _ = conversation(first, "92090516")

    assert out == [first, "92090516"]


@pytest.mark.parametrize(
    "text",
    [
        "toujours en transit depuis le 20.8.2024",
        "sigue en transit desde el 2024-08-20",
        "routing changed 13/02/2024",
    ],
)
def test_a_date_after_a_routing_word_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a sort code's pairs look like a date, but with no four-digit year
        ("sort code 20-08-24", "sort code [BANK_ROUTING]"),
        ("routing 021000021", "routing [BANK_ROUTING]"),
        # a year that makes no date with its day and month
        ("routing 45.8.2024", "routing [BANK_ROUTING]"),
    ],
)
def test_a_bank_code_after_its_word_is_still_masked(text: str, masked: str) -> None:
    assert redact(text) == masked


def test_the_word_a_after_a_reference_is_no_ni_suffix() -> None:
    text = "le ticket CS214694 a été fermé mais rien n'est réglé"

    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "AB123456 A ok",  # a capital suffix
        "AB123456 a",  # the last word of the message
        "ab123456a thanks",  # typed against the digits
        "AB123456 c merci",  # another suffix letter
    ],
)
def test_an_ni_numbers_suffix_is_still_read(text: str) -> None:
    assert "[UK_NATIONAL_INSURANCE_NUMBER]" in redact(text)


# FR85 3000 6000 011I 34EQ M2AZ J89 passes its check digits with the letter I in its account
@pytest.mark.parametrize(
    "noisy",
    [
        "FR85-30006 000 - 011I  34EQM\n2AZJ-89",
        "FR8530 006\n0000  11\nI34E - QM 2AZ\nJ89",
    ],
)
def test_a_broken_iban_with_a_letter_that_looks_like_a_digit_is_masked(noisy: str) -> None:
    assert redact(f"prélevé deux fois sur {noisy}") == (
        "prélevé deux fois sur [INTERNATIONAL_BANK_ACCOUNT_NUMBER]"
    )


def test_a_broken_iban_that_fails_its_check_digits_stays() -> None:
    text = "prélevé deux fois sur FR86-30006 000 - 011I  34EQM\n2AZJ-89"

    assert "FR86" in redact(text)


def test_a_nie_said_with_two_digit_words_starts_the_id() -> None:
    # "veintiocho" leaves nine blanks and a space before the next word
    out, pending = conversation("mi nie es quince dos cero veintiocho tres")

    assert out[0] == "mi nie es [ES_DNI]"
    assert pending[0] is not None and pending[0].seen == 7


# sixteen since round 25: German's pairs are one word ("siebenundsiebzig,"), and
# "cincuenta y siete" leaves eleven between the 5 and the 7
@pytest.mark.parametrize(("blanks", "seen"), [(16, 3), (17, None)])
def test_said_digits_join_across_sixteen_blanks_at_most(blanks: int, seen: int | None) -> None:
    _, pending = conversation("mi tarjeta es 4" + " " * blanks + "5 uno")

    assert (pending[0].seen if pending[0] is not None else None) == seen
