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
