"""Round 48d: a first part inside a sentence that goes on, made exact. A word hyphened to the
digits is a code's prefix, an extension's digits are whole, two digits count, a data size or
rate is no value, and a value the detectors mask on past the digits is whole: none of these
starts the marker. Their near neighbours still do. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ich möchte das modell PH-4660 zurückgeben, danke", "PH-4660"),
        ("quiero devolver el modelo CEL-3320 que compré", "CEL-3320"),
        ("the TEL-5521 model is out of stock again", "TEL-5521"),
    ],
)
def test_a_word_hyphened_to_the_digits_is_a_codes_prefix(text: str, kept: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert kept in masked
    assert marker is None


def test_the_same_word_and_digits_apart_start_a_phone() -> None:
    (first, second), _ = conversation("PH 617 asking for a callback", "oops 555-0178")

    assert first == "PH [PHONE] asking for a callback"
    assert second == "oops [PHONE]"


def test_an_extensions_digits_after_a_phone_are_whole() -> None:
    (masked, later), (marker, _) = conversation(
        "ruft +4915123558579 durchwahl 3418 an, buchhaltung", "danke 2020"
    )

    assert masked == "ruft [PHONE] durchwahl 3418 an, buchhaltung"
    assert marker is None
    assert later == "danke 2020"


def test_another_phone_word_before_the_digits_starts_a_phone() -> None:
    (first, second), _ = conversation("mein handy 0151 und dann der rest", "2345 678")

    assert "[PHONE]" in first
    assert second == "[PHONE]"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ich hab nie 10 paar schuhe bestellt", "10"),
        ("my social 36 doesnt match anything", "36"),
        ("mi clabe 02 no funciona", "02"),
    ],
)
def test_two_digits_inside_a_sentence_start_nothing(text: str, kept: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert kept in masked
    assert marker is None


def test_three_digits_inside_a_sentence_start_a_value() -> None:
    (first, second), _ = conversation("my social 362 doesnt match", "oops 02 7691")

    assert first == "my social [SSN] doesnt match"
    assert not any(c.isdigit() for c in second)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("box internet, débit 368 GB seulement", "368 GB"),
        ("my mobile 500 MB left this month", "500 MB"),
        ("mi celular 128 GB de memoria no alcanza", "128 GB"),
        ("mein handy 256 GB speicher ist voll", "256 GB"),
        ("meu celular 640 Mbps de internet caiu", "640 Mbps"),
        ("mon portable 640 Go de stockage", "640 Go"),
    ],
)
def test_a_data_size_or_rate_starts_nothing(text: str, kept: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert kept in masked
    assert marker is None


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        (
            "Für die Überweisung: IBAN GB92 NWBK 4196 1743 7459 15, BIC QGSGATR9705",
            "Vertragsnr. V-174683-50 und sonst nichts",
            "V-174683-50",
        ),
        ("im living in spain and my NIE is 2165.7929.W ok", "residency card expires 2020", "2020"),
    ],
)
def test_a_value_masked_on_past_its_digits_is_whole(first: str, second: str, kept: str) -> None:
    (_, masked), (marker, _) = conversation(first, second)

    assert marker is None
    assert kept in masked


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        ("número de cuenta 4630 9077 86 - tienda 418", "pues el SR-416489", "416489"),
        ("my social 36202, order 77310 please", "ticket 416489", "416489"),
        ("mon numéro de sécu 1 84 12 / dossier 5521", "ticket 416489", "416489"),
        ("meine Steuer-ID 16 879, Kundennr. 55210", "ticket 416489", "416489"),
        ("o meu CPF 209 441 - pedido: 7731", "ticket 416489", "416489"),
    ],
)
def test_a_value_the_next_fields_digits_follow_is_whole(first: str, second: str, kept: str) -> None:
    (_, masked), (marker, _) = conversation(first, second)

    assert marker is None
    assert kept in masked


def test_an_hour_after_the_value_is_no_next_field() -> None:
    (first, second), _ = conversation(
        "vous pouvez me rappeler au 06784784 après 9:30h svp", "oups 62"
    )

    assert "[PHONE]" in first
    assert second == "oups [PHONE]"
