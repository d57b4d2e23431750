"""Round 38: a customer asking to be called back, in the imperative, names the number that
follows, maybe in parts over the next messages ("rappelez-moi au 0641", then "5550 163";
"ruft mich zurück 0170", then "1549747"; "me liga 3193 65", then "78920"), with no phone
word of its own. The hour to call back at ("vers 15h", "gegen 15 Uhr") is no part of it.
Synthetic values."""

from __future__ import annotations

import pytest

from tests.support.redaction import conversation


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        ("give me a call 0641", "give me a call"),
        ("phone me 0641", "phone me"),
        ("llámame 0641", "llámame"),
        ("devuélveme la llamada al 0641", "devuélveme la llamada al"),
        ("rappelez moi au 0641", "rappelez moi au"),
        ("rappelle-moi au 0641", "rappelle-moi au"),
        ("recontactez-moi au 0641", "recontactez-moi au"),
        ("ruft mich zurück 0170", "ruft mich zurück"),
        ("rufen Sie mich bitte unter 0170", "rufen Sie mich bitte unter"),
        ("me liga 0641", "me liga"),
        ("liga-me 0641", "liga-me"),
        ("me retorna no 0641", "me retorna no"),
    ],
)
def test_a_call_back_request_starts_a_phone_given_in_parts(first: str, lead: str) -> None:
    out, markers = conversation(first, "5550 163")

    assert out[0] == f"{lead} [PHONE]"
    assert markers[0] is None or markers[0].entity_type == "PHONE"
    assert out[1] == "[PHONE]"


@pytest.mark.parametrize("request_", ["rappelez-moi", "ruft mich zurück", "me liga", "llámame"])
def test_the_number_after_a_call_back_request_alone_is_masked(request_: str) -> None:
    out, _ = conversation(request_, "+33 6 12 34 56 78")

    assert out[1] == "[PHONE]"


@pytest.mark.parametrize(
    "said",
    [
        "rappelez-moi dans 10 minutes",
        "ruft mich bitte nach 18 Uhr zurück",
        "me liga amanhã às 14h",
        "llámame en 5 minutos",
        "give me a call in 20 min",
    ],
)
def test_a_call_back_request_with_a_time_masks_nothing(said: str) -> None:
    out, _ = conversation(said)

    assert out[0] == said


@pytest.mark.parametrize(
    ("request_", "when"),
    [
        ("rappelez-moi", "vers 15h"),
        ("ruft mich zurück", "gegen 15 Uhr"),
        ("me liga", "às 15h"),
        ("call me back", "around 3pm"),
        ("call me back", "around 15h"),
        ("ruft mich zurück", "gegen 15h"),
        ("llámame", "a las 10 am"),
    ],
)
def test_the_hour_to_call_back_at_is_no_part_of_a_phone(request_: str, when: str) -> None:
    out, _ = conversation(request_, when)

    assert out[1] == when


def test_a_reminder_asked_for_is_no_phone() -> None:
    out, _ = conversation("rappelez-moi le montant svp", "42 euros")

    assert out[1] == "42 euros"


def test_a_dni_check_letter_after_its_digits_is_no_hour() -> None:
    out, _ = conversation("DNI 4567 123", "4H")

    assert out[1] == "[ES_DNI]"


@pytest.mark.parametrize("request_", ["rappelez-moi au", "call me on"])
def test_a_french_number_in_five_pairs_is_whole(request_: str) -> None:
    out, markers = conversation(f"{request_} 07 79 10 40 27", "alors 11")

    assert out == [f"{request_} [PHONE]", "alors 11"]
    assert markers[0] is None
