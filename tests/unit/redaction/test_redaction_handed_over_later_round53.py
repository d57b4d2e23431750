"""Round 53: an account, routing, passport or licence number handed over by a copula or a
colon further on in the sentence that named it ("i typed my account number wrong earlier,
it's ...", "le bon c'est ...", "richtig ist ...", "ahora el número es ..."), in the five
languages. An amount, an order's number, a date or a ZIP+4 after such a sentence stays.
Synthetic values only."""

from __future__ import annotations

import pytest

from tests.support.redaction import redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I typed my account number wrong on the form. correct is 4417 2093 58", "4417 2093 58"),
        ("no sé cuál cuenta termina en qué, mejor toda: 730215948812", "730215948812"),
        ("je me suis trompé de compte tout à l'heure, le bon c'est 6390 1287 445",
         "6390 1287 445"),
        ("die hinterlegte Kontonummer stimmt nicht, richtig ist „3071.5528.164“", "3071.5528.164"),
        ("errei a conta no cadastro, a certa é 5520 3917 08", "5520 3917 08"),
    ],
)  # fmt: skip
def test_account_handed_over_after_its_sentence_is_masked(text: str, value: str) -> None:
    assert value in text
    assert value not in redact(text)


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("die hinterlegte BLZ stimmt nicht, richtig ist 72081365", "72081365", "BANK_ROUTING"),
        ("me renovaron la licencia y ahora el número es Q418 - 90273", "Q418 - 90273",
         "DRIVER_ID"),
        ("la préfecture a renvoyé le permis, le numéro a changé : 52KX.7310.4486",
         "52KX.7310.4486", "DRIVER_ID"),
        ("neuer Führerschein, die Nummer ist jetzt B612.WQ7N.30Z", "B612.WQ7N.30Z", "DRIVER_ID"),
        ("i renewed my passport, the new one is 3308 - 51742", "3308 - 51742",
         "PASSPORT_NUMBER"),
        ("renovei o passaporte e o novo é QX482193", "QX482193", "PASSPORT_NUMBER"),
    ],
)  # fmt: skip
def test_document_handed_over_after_its_sentence_is_named(
    text: str, value: str, entity: str
) -> None:
    redacted = redact(text)
    assert value not in redacted
    assert f"[{entity}]" in redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("my account was charged twice, the total is 48213790", "48213790"),
        ("mi cuenta está bien, el pedido es 48213790", "48213790"),
        ("mon compte est bloqué depuis le 2024-05-14, merci", "2024-05-14"),
        ("account address changed, the new zip is 30562-5229", "30562-5229"),
        ("mein Konto wurde belastet, der Betrag ist 1533.00", "1533.00"),
        ("mein Reisepass ist C9CH MNXWT, 2007 verlängert", "2007"),
        ("Passport: 317243675\nDL: T8206905\nDOB: 2024-01-05", "2024-01-05"),
        # one piece of letters and digits far from the passport word: its shapes are
        # ``national_ids``'s to read there
        ("el pasaporte lo copié de una foto, creo que es PAA12345", "PAA12345"),
    ],
)  # fmt: skip
def test_amounts_orders_dates_and_zip_codes_after_the_word_stay(text: str, kept: str) -> None:
    assert kept in redact(text)
