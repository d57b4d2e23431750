"""Round 27, read in the twenty-fourth author's dev split (``cocooned/``) before any tuning:
an address whose user name spells its underscore ("ana underscore lopez at ..."), a BIC
printed before the IBAN it goes with, small-letter "ups" as the "oops" of three languages
(not the carrier) before the rest of a card, and a password corrected after an apology
("no sorry its ..."). Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation, redact

_IBAN_FR = "FR7630006000011234567890189"


@pytest.mark.parametrize(
    "text",
    [
        "its ana underscore lopez at example(dot)org",
        "mail ana unterstrich lopez Klammeraffe example punkt de",
        "mi correo es ana guion bajo lopez arroba example punto com gracias",
        "mi correo es ana barra baja lopez arroba example punto com",
        "c'est ana tiret bas lopez arobase example point fr",
        "c'est ana tiret du 8 lopez arobase example point fr",
        "meu email ana underline lopez arroba example ponto com",
        "meu email ana sublinhado lopez arroba example ponto com",
        # a plain "at": the spelled underscore is what says it is an address
        "its ana underscore lopez at example dot org",
    ],
)
def test_an_underscore_spelled_in_the_user_name_is_the_address(text: str) -> None:
    out = redact(text)

    assert "ana" not in out and "lopez" not in out
    assert "[EMAIL]" in out


@pytest.mark.parametrize(
    "text",
    [
        "the underscore key at this point is broken",
        "type an underscore at the start",
        "ana underscore lopez at home",  # no domain
    ],
)
def test_an_underscore_said_in_prose_is_no_address(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (f"virement : BNPAFRPPXXX / {_IBAN_FR}", "virement : [SWIFT_CODE] / [IBAN]"),
        (f"transfer: DEUTDEFF500 , {_IBAN_FR}", "transfer: [SWIFT_CODE] , [IBAN]"),
        # eight letters of a market served, read as no word
        (f"pour le virement : PBBKCAUB / {_IBAN_FR}", "pour le virement : [SWIFT_CODE] / [IBAN]"),
        # in the groups a statement prints it in, beside the IBAN, with a bank word
        (f"virement BNPA  FR  PP  XXX / {_IBAN_FR}", "virement [SWIFT_CODE] / [IBAN]"),
        (f"wire: COBA-DE-FF-500 {_IBAN_FR}", "wire: [SWIFT_CODE] [IBAN]"),
        (f"virement {_IBAN_FR} / BNPA FR PP", "virement [IBAN] / [SWIFT_CODE]"),
    ],
)
def test_a_bic_printed_before_its_iban_is_a_swift_code(text: str, masked: str) -> None:
    assert redact(text).replace("[INTERNATIONAL_BANK_ACCOUNT_NUMBER]", "[IBAN]") == masked


@pytest.mark.parametrize(
    "text",
    [
        f"pour le virement : URGENTEX / {_IBAN_FR}",  # a word in capitals
        f"pour le virement : QWRTZZ12 / {_IBAN_FR}",  # ZZ: no country
        f"BNPA FR PP / {_IBAN_FR}",  # grouped, but no bank word
        f"virement BNPA FR PP demain, {_IBAN_FR}",  # grouped, words between
        "virement BNPA FR PP / FR76 3000 6000 0112 3456 7890 188",  # the IBAN fails its check
    ],
)
def test_what_is_no_bic_before_an_iban_stays(text: str) -> None:
    out = redact(text)

    assert "[SWIFT_CODE]" not in out


@pytest.mark.parametrize(
    "second",
    [
        "ups zu früh abgeschickt 1111",
        "ups, se me fue 1111",
        "Ups perdão 1111",
    ],
)
def test_ups_before_words_is_an_interjection_before_the_cards_rest(second: str) -> None:
    out, pending = conversation("karte 4111 1111 1111", second)

    assert out[1].endswith("[CREDIT_DEBIT_NUMBER]")
    assert pending[1] is not None


@pytest.mark.parametrize(
    "second",
    [
        "ups 1111 1111",  # the carrier, its number
        "UPS zu früh 1111",  # in capitals, the carrier
        "my ups 1111",
    ],
)
def test_ups_the_carrier_continues_no_card(second: str) -> None:
    out, _ = conversation("card 4111 1111", second)

    assert out[1] == second


@pytest.mark.parametrize(
    ("second", "masked"),
    [
        ("no sorry its Mimi68$", "no sorry its [PASSWORD]"),
        ("nee sorry es ist LunaXx92", "nee sorry es ist [PASSWORD]"),
        ("sorry, es ist luna!!!85", "sorry, es ist [PASSWORD]"),
        ("no perdón es Mimi68$", "no perdón es [PASSWORD]"),
        ("non pardon c est Mimi68$", "non pardon c est [PASSWORD]"),
        ("désolé c'est Mimi68$", "désolé c'est [PASSWORD]"),
        ("não desculpa é Mimi68$", "não desculpa é [PASSWORD]"),
        ("nein entschuldigung ist es Kiw8011i", "nein entschuldigung ist es [PASSWORD]"),
    ],
)
def test_a_password_corrected_after_an_apology_is_masked(second: str, masked: str) -> None:
    out, pending = conversation("passwort bra1940sil*", second)

    assert out[1] == masked
    assert pending[1] is not None and pending[1].follow_ups == 1


@pytest.mark.parametrize(
    "second",
    [
        "sorry its iPhone15",  # a device
        "sorry is order12345",  # a reference
        "sorry its Mimi68$ right",  # more words: not the correction alone
        "no its Mimi68$",  # no apology
        "sorry Mimi68$",  # no copula
    ],
)
def test_what_is_no_corrected_password_stays(second: str) -> None:
    out, _ = conversation("password bra1940sil*", second)

    assert out[1] == second
