"""Round 15, French and German: a user name after a hedge ("je crois c'est", "glaub ich"),
a MAC with its pairs two spaces apart, an expiry before German's closing participle ("ist
am 03/32 abgelaufen"), a month with its year cut by an apostrophe ("mai '28") and Québec's
"folio" after a transit number. Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    "text",
    [
        "mon identifiant je crois c'est zorbax77",
        "benutzername glaub ich zorbax.77",
        "benutzername glaube ich zorbax_q",
        "my login i think is zorbax77",
        "my username i think it's zorbax77",
        # a hedged name of letters only, the last word of the message
        "benutzername glaub ich zorbaxq",
        "mon identifiant je crois c'est zorbaxq.",
    ],
)
def test_a_user_name_after_a_hedge_is_masked(text: str) -> None:
    assert "zorbax" not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        # letters only without a hedge after "login", also the act: a word as likely as a
        # name ("login gesperrt"); after "benutzername" it is the name since round 25
        # (test_redaction_round25_bare_user_name)
        "login zorbaxq",
        # hedged, but more words follow: a sentence, not the name alone
        "benutzername glaub ich falsch geschrieben",
        "mon identifiant je crois c'est bloque depuis hier",
        # "login" is also the act: a hedged word after it says how it went
        "login i think it's broken",
        "log in i think is impossible",
    ],
)
def test_a_word_of_letters_after_a_login_word_stays(text: str) -> None:
    assert redact(text) == text


def test_a_hedged_name_with_digits_need_not_end_the_message() -> None:
    assert "zorbax77" not in redact("benutzername glaub ich zorbax77 oder so")


@pytest.mark.parametrize(
    "text",
    ["mac 3c  a1  0e  5b  77  d2", "mac 3C  A1  0E  5B  77  D2", "mac 3c a1  0e 5b  77 d2"],
)
def test_a_mac_with_pairs_two_spaces_apart_is_masked(text: str) -> None:
    assert redact(text) == "mac [MAC_ADDRESS]"


@pytest.mark.parametrize(
    "text",
    [
        # three spaces: columns of something else
        "mac 3c   a1   0e   5b   77   d2",
        # no MAC word
        "code 3c  a1  0e  5b  77  d2",
    ],
)
def test_pairs_too_far_apart_or_without_a_mac_word_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("die karte ist am 03/32 abgelaufen", "die karte ist am [CREDIT_DEBIT_EXPIRY] abgelaufen"),
        (
            "die karte ist im September 2031 abgelaufen",
            "die karte ist im [CREDIT_DEBIT_EXPIRY] abgelaufen",
        ),
        ("meine Karte ist 11/30 ausgelaufen", "meine Karte ist [CREDIT_DEBIT_EXPIRY] ausgelaufen"),
    ],
)
def test_an_expiry_before_a_closing_participle_after_a_card_is_masked(
    text: str, masked: str
) -> None:
    assert redact(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        # no card: an offer, a subscription
        "das angebot ist am 03/32 abgelaufen",
        # the card word after the date
        "am 03/32 abgelaufen ist die karte",
        # a day and a month, no year
        "die karte ist am 6. März abgelaufen",
        # long past: no card in use ran out then
        "die karte ist am 03/12 abgelaufen",
        # not the participle of running out
        "die karte ist am 03/32 gelaufen",
        # the month and year that end a full date: the day it ran out
        "die alte karte ist am 15.03.2026 abgelaufen",
        "die karte ist am 23.3.31 abgelaufen",
        "die karte ist am 05/11/2031 abgelaufen",
    ],
)
def test_a_date_before_a_participle_without_the_card_before_it_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", ["expire fin mai '31", "expira en marzo \u201931", "exp Nov '29"])
def test_a_named_month_with_an_apostrophe_year_is_an_expiry(text: str) -> None:
    assert not any(c.isdigit() for c in redact(text))


@pytest.mark.parametrize("folio", ["76543", "7654321", "765432109876"])
def test_a_folio_after_a_transit_number_is_the_account(folio: str) -> None:
    assert redact(f"transit 12345, institution 815, folio {folio}") == (
        "transit [BANK_ROUTING], institution 815, folio [BANK_ACCOUNT_NUMBER]"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a hotel's bill, a Mexican reference: no transit before it
        ("folio 7654321 de l'hôtel", "7654321"),
        ("el número de folio es 7654321", "7654321"),
        # the transit after the folio
        ("folio 7654321, transit 12345", "7654321"),
        # four digits, thirteen digits: no account of Québec's caisses
        ("transit 12345 folio 4321", "4321"),
        ("transit 12345 folio 7654321098765", "7654321098765"),
    ],
)
def test_a_folio_without_a_transit_before_it_or_of_another_length_stays(
    text: str, kept: str
) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize("filler", ["äh", "ähm", "ah", "euh", "euhh", "ehm", "uh", "uhm"])
def test_a_card_read_out_with_a_hesitation_between_its_groups_is_masked(filler: str) -> None:
    text = f"karte 4111 {filler} 1111 {filler} 1111 {filler} 1111"

    assert redact(text) == "karte [CREDIT_DEBIT_NUMBER]"


@pytest.mark.parametrize(
    "text",
    [
        # a word that only starts like a hesitation joins nothing
        "karte 4111 ähnlich 1111 1111 1111",
        "karte 4111 uhr 1111 1111 1111",
    ],
)
def test_a_word_that_starts_like_a_hesitation_joins_no_groups(text: str) -> None:
    assert "1111 1111 1111" in redact(text)
