"""Round 8: a PIN said in German pairs, each one long word ("siebenundvierzig,
fuenfunddreissig", "achthundert achtundsiebzig, fünf"), is masked whole after its word;
a branch's number later in the message stays. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("meine PIN ist siebenundvierzig, fuenfunddreissig", "meine PIN ist [PIN]"),
        ("die Geheimzahl ist siebenundneunzig dreiundsiebzig", "die Geheimzahl ist [PIN]"),
    ],
)
def test_a_pin_in_long_german_pairs_is_masked(text, masked):
    assert redact(text) == masked


def test_a_branch_number_after_a_spelled_pin_stays():
    text = (
        "die PIN war achthundert achtundsiebzig, fünf, der Automat in Filiale 665 hat die "
        "Karte eingezogen"
    )

    assert redact(text) == (
        "die PIN war [PIN], der Automat in Filiale 665 hat die Karte eingezogen"
    )


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "The PIN for the parcel locker at store 525 was two zero zero one",
            "The PIN for the parcel locker at store 525 was [PIN]",
        ),
        (
            "der Code vom Schließfach in Filiale 2653 war drei drei eins drei",
            "der Code vom Schließfach in Filiale 2653 war [PIN]",
        ),
        (
            "a senha do armário da loja 2399 era novecentos e noventa e oito - cinco",
            "a senha do armário da loja 2399 era [PIN]",
        ),
        (
            "le code de la consigne du magasin 367 était cinq huit un sept",
            "le code de la consigne du magasin 367 était [PIN]",
        ),
    ],
)
def test_a_locker_code_said_in_words_is_masked_and_the_store_number_stays(text, masked):
    assert redact(text) == masked


def test_a_locker_without_a_code_keeps_its_words():
    text = "the locker at store 525 was closed for two days"

    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "debit pin was 2840 i think?? or maybe five hundred thirty six, four",
            "debit pin was [PIN] i think?? or maybe [PIN]",
        ),
        (
            "debit pin was 5183 i think?? or maybe three seven eight six",
            "debit pin was [PIN] i think?? or maybe [PIN]",
        ),
    ],
)
def test_a_second_guess_said_in_words_is_masked(text, masked):
    assert redact(text) == masked


def test_a_count_said_after_a_pin_and_or_stays():
    assert redact("my pin is 4821 or maybe two cards were blocked") == (
        "my pin is [PIN] or maybe two cards were blocked"
    )


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "le code que j'avais mis c'est deux cinquante-trois quatre cent quarante-deux, le "
            "distributeur du magasin 287 a avalé ma carte",
            "le code que j'avais mis c'est [CREDIT_DEBIT_CVV], le distributeur du magasin 287 a "
            "avalé ma carte",
        ),
        ("the cvv is four five six", "the cvv is [CREDIT_DEBIT_CVV]"),
    ],
)
def test_a_code_said_in_words_is_masked_whole_whatever_its_length(text, masked):
    assert redact(text) == masked
