"""Round 48b: a named value's first part inside a sentence that goes on ("CLABE 021973. also
the discount ...", "my social 36202 doesnt match") starts the marker as if the message
stopped after it, in the five languages; the rest sent next is masked. Counts, prices,
times and a phone model's number after the word start nothing. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "rest", "entity"),
    [
        ("hi! CLABE 032180. also the discount of 20% wasnt applied", "rest is 4493", "MX_CLABE"),
        ("acct no 5521. also the refund never came", "and 7730 1184", "BANK_ACCOUNT_NUMBER"),
        ("letter says my social 36202 doesnt match, ref 62002", "oops 7691", "SSN"),
        ("mon numéro de sécu 1 84 12 et rien ne marche", "75 116 001 23", "FR_NIR"),
        ("meine Steuer-ID: 16-879. Danke", "lo demas es 051 4412", "DE_TAX_ID"),
        ("o meu CPF é 209 caso precisem", "441 876 05", "BR_CPF"),
        ("mi teléfono es 612 después de las 6", "oops 34 56 78", "PHONE"),
    ],
)
def test_a_first_part_inside_a_sentence_and_its_rest_are_masked(
    first: str, rest: str, entity: str
) -> None:
    (masked_first, masked_rest), _ = conversation(first, rest)

    assert f"[{entity}]" in masked_first
    assert not any(c.isdigit() for c in masked_rest)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my phone 12 pro max broke", "12"),  # a model: a phone's part has three digits
        ("la cuenta 3 veces bloqueada", "3"),  # a count
        ("the card 50€ fee was charged", "50"),  # a price
        ("mi celular 9pm no funciona", "9pm"),  # a time
        ("para la tarjeta de credito de 88 dólares", "88"),  # a price in words
        ("la carte expire le 12 novembre", "12"),  # a day
        ("my ssn, 22438 <- zip", "22438"),  # named after it
    ],
)
def test_a_count_a_price_or_a_model_after_the_word_starts_nothing(text: str, kept: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert kept in masked
    assert marker is None


def test_a_phone_three_digits_long_inside_a_sentence_starts_one() -> None:
    (first, second), _ = conversation("my phone 617 asking for", "oops 555-0178")

    assert first == "my phone [PHONE] asking for"
    assert second == "oops [PHONE]"


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("me pueden marcar al 6000219 despues de las 19h porfa", "y 98"),
        ("vous pouvez me rappeler au +33 6 74 après 11h svp", "99 64 56 pardon"),
        ("können Sie mich unter 0151 234 erreichen", "5678 danke"),
        ("pode me ligar no 11 9876 depois das 18h", "5432 obrigado"),
        ("got a text from +1415555 asking for my pin", "oops 0178"),
        ("recebi uma mensagem do 0800 123 dizendo que ganhei", "4567 sério"),
    ],
)
def test_a_callback_number_and_where_a_text_came_from_are_a_phone(first: str, rest: str) -> None:
    (masked_first, masked_rest), _ = conversation(first, rest)

    assert "[PHONE]" in masked_first
    assert not any(c.isdigit() for c in masked_rest)


@pytest.mark.parametrize(
    "text", ["j'ai reçu un sms de ma banque", "got a text from my bank", "un mensaje de 3 líneas"]
)
def test_a_text_from_someone_named_announces_no_phone(text: str) -> None:
    (masked,), (marker,) = conversation(text)

    assert masked == text
    assert marker is None or marker.entity_type != "PHONE"


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("la app version 3.2.1 se cierra cuando entro como nina_929", "nina_929"),
        ("l'appli plante quand je suis connecté en tant que kiki770", "kiki770"),
        ("quando entro como lucky.696 o app fecha", "lucky.696"),
        ("me conecto como tom_57 y no carga", "tom_57"),
    ],
)
def test_a_handle_the_app_is_entered_with_is_a_user_name(text: str, handle: str) -> None:
    (masked,), _ = conversation(text)

    assert handle not in masked
    assert "[USERNAME]" in masked


@pytest.mark.parametrize(
    "text", ["la puerta se cierra cuando entro como siempre", "entro como invitado al evento"]
)
def test_a_manner_or_a_role_after_entering_is_no_user_name(text: str) -> None:
    (masked,), _ = conversation(text)

    assert masked == text


def test_a_whole_card_inside_a_sentence_is_the_detectors_and_awaits_no_rest() -> None:
    # sixteen digits are a whole card: the marker would otherwise take the next message's
    # digits for three more, and mask the card even with the pattern engine off
    (masked, after), (marker, _) = conversation(
        "charged twice on my card 4111 1111 1111 1111, can you help?", "order 123"
    )

    assert masked == "charged twice on my card [CREDIT_DEBIT_NUMBER], can you help?"
    assert marker is None
    assert after == "order 123"
