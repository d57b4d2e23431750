"""Answers of digits to an agent's question between fillers, in parts, and the requests
that ask for them (round 32, on the thirtieth author's phrasing).

The agent asked for the number: any number of fillers may open the answer ("ok es el",
"oui c'est le", "ja das ist"), two digits between fillers and thanks start it ("klar: 46",
"29 merci"), and it may come in four messages; "introduza", "tapez", "sag mir" make a
sentence a request.
"""

from __future__ import annotations

import pytest

from connect_privacy.redaction import Engine, RedactionSettings, build_redactor
from connect_privacy.redaction.agent_question import asked_for
from connect_privacy.redaction.continuation import (
    PendingNumber,
    continue_pending,
    redact_in_conversation,
)
from connect_privacy.redaction.patterns.answered_digits import answer_lead, bare_answer
from connect_privacy.telemetry import MemoryCounter

NOW = 1_764_115_200.0


def asked(entity: str, complete: int) -> PendingNumber:
    return PendingNumber(entity, 0, complete, 0, NOW + 300, asked=True)


def masked(text: str, pending: PendingNumber) -> str:
    spans = continue_pending(text, pending, NOW + 5).spans
    return "".join(text[span.begin : span.end] for span in spans)


# -- fillers before the answer's digits ---------------------------------------------------


@pytest.mark.parametrize(
    ("entity", "complete", "answer", "value"),
    [
        ("CREDIT_DEBIT_CVV", 3, "ok es el 731", "731"),
        ("PIN", 4, "sí claro es el 9046", "9046"),
        ("FR_NIR", 15, "oui c'est le 1840", "1840"),
        ("DE_TAX_ID", 11, "ja das ist 52 719", "52 719"),
        ("PHONE", 10, "here u go 5550148", "5550148"),
        ("BANK_ACCOUNT_NUMBER", 12, "tenez : 804417", "804417"),
        ("PT_NIF", 9, "sim é o 218 004", "218 004"),
    ],
)
def test_fillers_before_the_digits_asked_for_are_no_lead_that_names_them(
    entity: str, complete: int, answer: str, value: str
) -> None:
    assert masked(answer, asked(entity, complete)) == value


@pytest.mark.parametrize(
    "answer",
    [
        "ok es el pedido 731",  # a word of its own: not the code asked for
        "yes it is after 2230",
        "ja das ist seit 52 719",
    ],
)
def test_a_lead_with_a_word_of_its_own_starts_nothing(answer: str) -> None:
    assert masked(answer, asked("DE_TAX_ID", 11)) == ""


def test_the_same_fillers_before_a_value_the_customer_announced_start_nothing() -> None:
    # no agent asked: three words before the digits are more than a lead-in
    own = PendingNumber("CREDIT_DEBIT_CVV", 0, 3, 0, NOW + 120)

    assert masked("ok es el 731", own) == ""


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("ok es el ", True),
        ("oui c'est le ", True),
        ("klar: ", True),
        ("tenez : ", True),
        ("aqui esta ", True),
        ("ok es el pedido ", False),
        ("seit ", False),
    ],
)
def test_an_answer_lead_is_fillers_only(lead: str, expected: bool) -> None:
    assert answer_lead(lead) is expected


# -- two digits between fillers and thanks ------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "value"),
    [("klar: 46", "46"), ("29 merci", "29"), ("aqui esta 53", "53"), ("07 pronto", "07")],
)
def test_two_digits_between_fillers_start_the_value_asked_for(answer: str, value: str) -> None:
    assert masked(answer, asked("BANK_ACCOUNT_NUMBER", 12)) == value


@pytest.mark.parametrize(
    "answer",
    [
        "klar: 4",  # one digit: a count
        "29 Tage",  # a duration, no closing word
        "ok 29 minutes merci",
    ],
)
def test_fewer_digits_or_another_word_start_nothing(answer: str) -> None:
    assert masked(answer, asked("BANK_ACCOUNT_NUMBER", 12)) == ""


def test_a_bare_answer_is_short() -> None:
    assert bare_answer("ok 29 merci")
    assert not bare_answer("ok " * 20 + "29 merci")


# -- an answer in four parts --------------------------------------------------------------


def test_an_answer_asked_for_may_come_in_four_messages() -> None:
    pending: PendingNumber | None = asked("DE_TAX_ID", 11)
    parts = ["301", "422", "…e 18", "57 pronto"]
    seen = []
    for offset, part in enumerate(parts, start=1):
        assert pending is not None
        carried = continue_pending(part, pending, NOW + offset)
        seen.append("".join(part[s.begin : s.end] for s in carried.spans))
        pending = carried.pending
    assert seen == ["301", "422", "18", "57"]


def test_a_fifth_message_continues_no_answer() -> None:
    fourth = PendingNumber("DE_TAX_ID", 8, 11, 4, NOW + 300, asked=True)

    assert masked("185", fourth) == ""


def test_a_value_the_customer_announced_still_comes_in_three_at_most() -> None:
    third = PendingNumber("PT_NIF", 6, 9, 2, NOW + 120)

    assert masked("…e 185", third) == ""


# -- requests read -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Introduza o IBAN da conta de destino.", "INTERNATIONAL_BANK_ACCOUNT_NUMBER"),
        ("Insira o NIF.", "PT_NIF"),
        ("tapez votre code confidentiel", "PIN"),
        ("Renseignez votre numéro de sécurité sociale.", "FR_NIR"),
        ("sag mir Ihre Steuer-ID", "DE_TAX_ID"),
        ("ich brauch die Kontonummer", "BANK_ACCOUNT_NUMBER"),
    ],
)
def test_these_verbs_make_a_request(question: str, entity: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == entity


@pytest.mark.parametrize(
    "statement",
    [
        "O IBAN da conta de destino foi alterado.",
        "votre code confidentiel est bloqué",
        "Ihre Steuer-ID ist hinterlegt.",
    ],
)
def test_a_statement_about_the_value_asks_for_nothing(statement: str) -> None:
    assert asked_for(statement, NOW) is None


# -- a branch's or routing number and the account in one answer ---------------------------


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        ("021000021 - 4401660003", ["021000021", "4401660003"]),
        ("1234 // 3132845", ["1234", "3132845"]),
        ("12345 et 69937056", ["12345", "69937056"]),
        ("36389639 und 8801223401", ["36389639", "8801223401"]),
    ],
)
def test_the_account_after_the_branch_asked_for_is_masked_too(
    answer: str, values: list[str]
) -> None:
    carried = continue_pending(answer, asked("BANK_ROUTING", 9), NOW + 5)

    assert [answer[s.begin : s.end] for s in carried.spans] == values
    assert [s.entity_type for s in carried.spans][1:] == ["BANK_ACCOUNT_NUMBER"]


@pytest.mark.parametrize(
    "answer",
    [
        "1234 // 12345",  # five digits: no account
        "1234 // 3 Tage",
    ],
)
def test_fewer_digits_after_the_branch_are_no_account(answer: str) -> None:
    assert masked(answer, asked("BANK_ROUTING", 9)) == "1234"


def test_a_branch_the_customer_announced_takes_no_second_number() -> None:
    own = PendingNumber("BANK_ROUTING", 0, 9, 0, NOW + 120)

    assert masked("1234 // 4401660003", own) == "1234"


# -- references the agent asked for -------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué número de sucursal aparece en el ticket?",
        "Haben Sie die Sendungsverfolgungsnummer aus der Mail?",
        "Wie lautet die Sendungsnummer?",
    ],
)
def test_a_number_of_a_store_or_a_shipment_is_a_reference(question: str) -> None:
    marker = asked_for(question, NOW)

    assert marker is not None
    assert marker.entity_type == "REFERENCE"


def test_a_number_named_far_before_a_reference_word_is_still_the_phone() -> None:
    marker = asked_for("¿A qué número le llamamos si la sucursal cierra?", NOW)

    assert marker is not None
    assert marker.entity_type == "PHONE"


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    settings = RedactionSettings(engines=frozenset({Engine.PATTERNS, Engine.CUSTOM}))
    return build_redactor(settings, comprehend_client=None, counter=MemoryCounter())


@pytest.mark.parametrize(
    "answer",
    # Luhn-valid, led by 7 and 1: no card scheme starts so
    ["71204588364025196 gracias", "bitte: 10482033977156204"],
)
def test_a_parcels_digits_passing_luhn_stay_visible_in_a_references_answer(
    redactor, answer: str
) -> None:
    pending = asked_for("¿Me da el número de seguimiento?", NOW)
    result, _ = redact_in_conversation(redactor, answer, pending, NOW + 5)

    assert result.text == answer


def test_a_card_led_as_a_schemes_is_masked_in_a_references_answer(redactor) -> None:  # type: ignore[no-untyped-def]
    pending = asked_for("¿Me da el número de seguimiento?", NOW)
    result, _ = redact_in_conversation(redactor, "51204588364025198", pending, NOW + 5)

    assert "5120" not in result.text
